"""Starting the GUI on a database someone else holds, or on a damaged one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.paths import AppPaths
from desktop_app.services.backups import backup_now
from desktop_app.services.startup import open_for_use
from desktop_app.ui.app import run_gui
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import when_main_window_shows

HOLDER = """
import sys, time
from desktop_app.storage.database import open_database
database = open_database(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


def _close_soon(seen: list[str]) -> QTimer:
    def look_and_close() -> None:
        seen.extend(
            w.windowTitle()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()
        )
        QApplication.closeAllWindows()

    return when_main_window_shows(look_and_close)


@pytest.fixture
def demo_paths(app_paths: AppPaths) -> AppPaths:
    open_for_use(app_paths).database.close()
    return app_paths


def test_a_database_held_elsewhere_is_offered_read_only(
    qapp: QApplication, demo_paths: AppPaths
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_paths.database_file)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "holding"
        questions: list[str] = []
        seen: list[str] = []
        _poll = _close_soon(seen)
        code = run_gui(
            demo_paths,
            None,
            "zh_CN",
            show_error=pytest.fail,
            ask=lambda text: questions.append(text) is None,
        )
        assert code == 0
        (question,) = questions
        assert "正由" in question and "是否以只读方式打开查看？" in question
        assert seen and seen[0].endswith("［只读］")
    finally:
        child.kill()
        child.wait()


def test_declining_the_read_only_offer_exits_without_a_window(
    qapp: QApplication, demo_paths: AppPaths
) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_paths.database_file)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "holding"
        assert run_gui(demo_paths, None, "zh_CN", show_error=pytest.fail, ask=lambda _t: False) == 2
    finally:
        child.kill()
        child.wait()


def test_a_damaged_database_is_moved_aside_and_the_backup_restored_on_request(
    qapp: QApplication, demo_paths: AppPaths
) -> None:
    opened = open_for_use(demo_paths)
    backup_now(opened.database, demo_paths.backup_dir)
    opened.database.close()
    path = demo_paths.database_file
    import sqlite3

    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    data = bytearray(path.read_bytes())
    data[4096 + 8 : 8192] = b"\xa5" * (4096 - 8)
    path.write_bytes(bytes(data))

    questions: list[str] = []
    seen: list[str] = []
    _poll = _close_soon(seen)
    code = run_gui(
        demo_paths, None, "zh_CN", show_error=pytest.fail, ask=lambda t: not questions.append(t)
    )
    assert code == 0
    assert "已损坏" in questions[0] and "是否立即恢复这个备份？" in questions[0]
    assert seen, "the main window opened on the restored database"
    assert list(Path(path.parent).glob("dutymatrix.db.damaged-*"))


def test_a_stale_lock_from_a_crash_is_taken_over_and_mentioned(
    qapp: QApplication, demo_paths: AppPaths
) -> None:
    import json

    from desktop_app.storage.lock import owner_path

    owner_path(demo_paths.database_file).write_text(
        json.dumps({"user": "李梅", "host": "BRANCH-PC", "pid": 999999, "since": "2026-01-05"}),
        encoding="utf-8",
    )
    warnings: list[str] = []
    _poll = _close_soon([])
    code = run_gui(demo_paths, None, "zh_CN", show_error=pytest.fail, show_warning=warnings.append)
    assert code == 0
    assert warnings and "李梅" in warnings[0] and "BRANCH-PC" in warnings[0]
