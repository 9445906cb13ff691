"""Starting the GUI: language choice, a refused database explained in one sentence, self-test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QSplashScreen

from desktop_app.paths import AppPaths
from desktop_app.services.startup import open_for_use
from desktop_app.storage.database import Database, open_database
from desktop_app.ui.app import EXIT_CANNOT_START, run_gui, self_test_window
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import LANGUAGE_KEY, app_settings
from desktop_app.ui.translation import choose_language
from tests.ui.conftest import County, when_main_window_shows


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    """A private data folder for the run."""
    return AppPaths(tmp_path / "data")


@pytest.fixture
def not_a_database(tmp_path: Path) -> Path:
    """A text file someone renamed to .db."""
    path = tmp_path / "名单.db"
    path.write_text("这不是数据库，是一份名单。\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("requested", "saved", "chosen"),
    [
        (None, None, "zh_CN"),
        ("en", None, "en"),
        ("en_US", "zh_CN", "en"),
        (None, "en", "en"),
        ("zh-CN", "en", "zh_CN"),
        ("fr", None, "zh_CN"),
        (None, 42, "zh_CN"),
    ],
)
def test_language_is_argument_then_setting_then_chinese(
    requested: str | None, saved: object, chosen: str
) -> None:
    assert choose_language(requested, saved) == chosen


def test_a_file_that_is_not_a_database_is_explained_in_chinese(
    qapp: QApplication, paths: AppPaths, not_a_database: Path
) -> None:
    shown: list[str] = []

    code = run_gui(paths, str(not_a_database), None, show_error=shown.append)

    assert code == EXIT_CANNOT_START == 2
    assert len(shown) == 1
    assert f"“{not_a_database}”不是数据库文件" in shown[0]
    assert not_a_database.read_text(encoding="utf-8").startswith("这不是数据库")


def test_the_explanation_is_english_when_english_is_saved(
    qapp: QApplication, paths: AppPaths, not_a_database: Path
) -> None:
    app_settings().setValue(LANGUAGE_KEY, "en")
    shown: list[str] = []

    assert run_gui(paths, str(not_a_database), None, show_error=shown.append) == 2

    assert shown == [
        f'"{not_a_database}" is not a database file (it may be another kind of file or empty). '
        "It was left untouched; choose the right database."
    ]


def test_a_missing_database_names_the_file(
    qapp: QApplication, paths: AppPaths, tmp_path: Path
) -> None:
    missing = tmp_path / "没有这个.db"
    shown: list[str] = []

    assert run_gui(paths, str(missing), "zh_CN", show_error=shown.append) == 2

    assert str(missing) in shown[0]
    assert not missing.exists()


def test_gui_runs_until_the_window_closes_and_releases_the_database(
    qapp: QApplication, paths: AppPaths, county: County
) -> None:
    seen: list[str] = []

    def close_windows() -> None:
        seen.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible())
        QApplication.closeAllWindows()

    _poll = when_main_window_shows(close_windows)
    code = run_gui(paths, str(county.path), "zh_CN", show_error=pytest.fail)

    assert code == 0
    assert "安全生产责任矩阵 — t.db" in seen


def test_self_test_window_shows_the_county(qapp: QApplication, county: County) -> None:
    self_test_window(county.database)


def test_self_test_window_refuses_an_empty_tree(qapp: QApplication, tmp_path: Path) -> None:
    database: Database = open_database(tmp_path / "empty.db", create=True)
    try:
        with pytest.raises(RuntimeError, match="no units"):
            self_test_window(database)
    finally:
        database.close()


def test_first_start_creates_the_demo_county_and_opens_it(
    qapp: QApplication, paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, int, str]] = []

    def look_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                top = widget.model.index(0, 0)
                seen.append(
                    (
                        widget.model.data(top),
                        widget.model.rowCount(top),
                        widget.statusBar().currentMessage(),
                    )
                )
        QApplication.closeAllWindows()

    splash_messages: list[str] = []

    def open_and_watch(*args: object, **kwargs: object) -> object:
        splash_messages.extend(
            widget.message()
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QSplashScreen) and widget.isVisible()
        )
        return open_for_use(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("desktop_app.ui.app.open_for_use", open_and_watch)
    _poll = when_main_window_shows(look_and_close)
    assert run_gui(paths, None, "zh_CN", show_error=pytest.fail) == 0

    # while the demo county is built, a splash says so (in Chinese), and it is gone after
    assert len(splash_messages) == 1 and "示例" in splash_messages[0]
    assert not any(
        isinstance(w, QSplashScreen) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
    assert paths.database_file.exists()
    ((root_name, children, status),) = seen
    assert root_name == "青溪县人民政府"
    assert children >= 40  # committee, 30+ departments, townships, the development zone
    assert "演示数据库" in status


def test_the_self_test_command_passes(tmp_path: Path) -> None:
    import io

    from desktop_app.self_test import run_self_test

    out = io.StringIO()
    assert run_self_test(out) == 0, out.getvalue()
    assert "ok  openpyxl.DEFUSEDXML" in out.getvalue()
    assert "self-test passed" in out.getvalue()
