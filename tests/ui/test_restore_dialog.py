"""The restore dialog shows what each backup holds before anything is replaced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication

from desktop_app.paths import AppPaths
from desktop_app.services.backups import backup_now
from desktop_app.services.startup import open_for_use
from desktop_app.ui.restore_dialog import RestoreDialog


def _two_backups(app_paths: AppPaths) -> list[Path]:
    opened = open_for_use(app_paths)
    try:
        return [backup_now(opened.database, app_paths.backup_dir) for _ in range(2)]
    finally:
        opened.database.close()


def test_the_dialog_lists_backups_and_shows_what_the_selected_one_holds(
    qapp: QApplication, app_paths: AppPaths
) -> None:
    _two_backups(app_paths)
    dialog = RestoreDialog(app_paths.database_file, app_paths.backup_dir, confirm=lambda _t: True)
    rows = dialog.table.rowCount()
    assert rows >= 2  # the two manual ones and the daily one taken at start
    assert dialog.restore_button.isEnabled()
    assert "units" in dialog.details.text() or "单位" in dialog.details.text()
    assert "0001" in dialog.details.text()
    dialog.grab().save(str(app_paths.data_dir / "restore_dialog.png"))


def test_restoring_needs_confirmation(qapp: QApplication, app_paths: AppPaths) -> None:
    _two_backups(app_paths)
    asked: list[str] = []
    dialog = RestoreDialog(
        app_paths.database_file,
        app_paths.backup_dir,
        confirm=lambda text: asked.append(text) is not None,
    )
    dialog.table.selectRow(1)
    dialog.restore_button.click()
    assert asked and dialog.chosen_backup() is None

    yes = RestoreDialog(app_paths.database_file, app_paths.backup_dir, confirm=lambda _t: True)
    yes.table.selectRow(1)
    yes.restore_button.click()
    assert yes.chosen_backup() is not None
    assert yes.chosen_backup() == yes._backups[1].path


def test_without_backups_nothing_can_be_restored(qapp: QApplication, tmp_path: Path) -> None:
    dialog = RestoreDialog(tmp_path / "x.db", tmp_path / "none", confirm=lambda _t: True)
    assert dialog.table.rowCount() == 0
    assert not dialog.restore_button.isEnabled()
