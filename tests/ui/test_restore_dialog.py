"""The restore dialog shows what each backup holds before anything is replaced."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.paths import AppPaths
from desktop_app.record_labels import BACKUP_REASONS, backup_reason, table_label
from desktop_app.services.backups import backup_now, describe_backup
from desktop_app.services.startup import open_for_use
from desktop_app.storage.backup import SUMMARY_TABLES
from desktop_app.ui.restore_dialog import RestoreDialog
from tests.cli.helpers import run_cli


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


def _one_backup_per_reason(app_paths: AppPaths) -> list[str]:
    """Backups of every reason services take them for (and a second one of the same second)."""
    model = _two_backups(app_paths)[0]
    spare = app_paths.data_dir / "spare.db"
    shutil.copy(model, spare)
    for old in app_paths.backup_dir.glob("*.db"):
        old.unlink()
    reasons = [*BACKUP_REASONS, "manual-2"]
    stem = app_paths.database_file.stem
    for number, reason in enumerate(reasons):
        shutil.copy(spare, app_paths.backup_dir / f"{stem}-20250101-0000{number:02d}-{reason}.db")
    return reasons


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_dialog_names_every_reason_and_table_as_the_command_line_does(
    qapp: QApplication,
    app_paths: AppPaths,
    language: str,
    use_language: Callable[[str], list[str]],
) -> None:
    reasons = _one_backup_per_reason(app_paths)
    use_language(language)  # the dialog follows the translators installed
    dialog = RestoreDialog(app_paths.database_file, app_paths.backup_dir, confirm=lambda _t: True)
    shown = {
        dialog._backups[row].path.name: dialog.table.item(row, 1).text()
        for row in range(dialog.table.rowCount())
    }
    code, out, _err = run_cli("--lang", language, "backup", "--list")
    assert code == 0
    printed = {
        Path(line.split("  ")[2]).name: line.split("  ")[1]
        for line in out.splitlines()
        if not line.startswith(" ")
    }

    assert len(shown) == len(reasons) and shown == printed
    assert set(shown.values()) == {backup_reason(reason, language) for reason in reasons}
    assert all(not text.isascii() for text in shown.values()) == (language == "zh_CN")
    counts = describe_backup(dialog._backups[0].path).counts
    assert set(counts) == set(SUMMARY_TABLES)
    for table, count in counts.items():
        label = f"{table_label(table, language)} {count}"
        assert label in dialog.details.text() and label in out
    assert ("考核表" in dialog.details.text()) == (language == "zh_CN")
    assert ("score sheets" in dialog.details.text()) == (language == "en")
    if language == "zh_CN":
        dialog.resize(760, 440)
        dialog.grab().save(str(app_paths.data_dir.parent / "restore_dialog_zh.png"))
