"""文件 → 立即备份 / 从备份恢复… in the main window."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.domain.enums import UnitKind
from desktop_app.paths import AppPaths
from desktop_app.services.startup import open_for_use
from desktop_app.services.units import create_unit
from desktop_app.storage.models import Unit
from desktop_app.ui.main_window import MainWindow
from tests.ui.fake_prompter import FakePrompter


def _units(window: MainWindow) -> int:
    with window.database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Unit)) or 0)


def test_back_up_then_restore_brings_the_old_data_back_into_the_window(
    qtbot: QtBot, app_paths: AppPaths
) -> None:
    database = open_for_use(app_paths).database
    window = MainWindow(database, prompter=FakePrompter(), paths=app_paths)
    qtbot.addWidget(window)
    assert window.menus.backup_action.text() and window.menus.restore_action.text()

    backup = window.backup_now()
    assert backup is not None and backup.exists()
    before = _units(window)
    create_unit(window.database, "后来加的单位", UnitKind.DEPARTMENT)
    assert _units(window) == before + 1

    assert window.restore_from_backup(backup)

    assert _units(window) == before
    assert window.workspace.undo_stack.count() == 0
    kept = list(app_paths.backup_dir.glob("*-pre-restore.db"))
    assert len(kept) == 1, "the replaced data is kept as a backup"
    window.close()
    window.database.close()
    database.close()
