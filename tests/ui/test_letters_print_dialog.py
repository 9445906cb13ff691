"""The batch dialog says what it will write and where, before anything starts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.services.letter_ledger import ledger
from desktop_app.services.letter_print import printable_count
from desktop_app.services.letters import void_letter
from desktop_app.storage.database import Database
from desktop_app.ui.letters_print_dialog import BatchPrintDialog
from tests.demo_copy import DEMO_YEAR as YEAR
from tests.ui.fake_prompter import FakePrompter


def _dialog(qtbot: QtBot, database: Database, year: int = YEAR) -> BatchPrintDialog:
    dialog = BatchPrintDialog(database, year, FakePrompter(), "en", processes=1)
    qtbot.addWidget(dialog)
    return dialog


def test_the_dialog_states_the_count_proposes_a_folder_and_writes_pdfs(
    qtbot: QtBot, demo: Database
) -> None:
    void_letter(demo, ledger(demo, YEAR)[0].id, "负责人调整")  # a void letter is not printed
    dialog = _dialog(qtbot, demo)
    assert printable_count(demo, YEAR) == 54
    assert dialog.count_label.text() == (
        "54 letters will be written (2 copies of each in the combined file)."
    )
    dialog.copies_spin.setValue(3)
    assert "3 copies" in dialog.count_label.text()
    dialog.combined_check.setChecked(False)
    assert dialog.count_label.text() == "54 letters will be written, one PDF file each."
    assert not dialog.copies_spin.isEnabled()  # copies only go into the combined file
    folder = Path(dialog.folder_edit.text())
    assert folder.parts[-2:] == ("DutyMatrix", f"{YEAR}年度责任书")
    assert dialog.start_button.text() == "Write PDFs" and dialog.start_button.isEnabled()
    assert dialog.progress_bar.isHidden()  # no "0%" before anything runs


def test_the_folder_used_is_proposed_again_and_progress_shows_while_writing(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, demo)
    dialog.folder_edit.setText(str(tmp_path / "letters"))
    dialog.combined_check.setChecked(False)
    dialog.start()
    assert not dialog.progress_bar.isHidden()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert dialog.result is not None and len(dialog.result.files) == 55
    assert _dialog(qtbot, demo).folder_edit.text() == str(tmp_path / "letters")
    assert Path(_dialog(qtbot, demo, YEAR + 1).folder_edit.text()).name == f"{YEAR + 1}年度责任书"


def test_nothing_to_write_says_so_and_cannot_start(qtbot: QtBot, demo: Database) -> None:
    dialog = _dialog(qtbot, demo, YEAR + 3)
    assert "There is no letter of" in dialog.count_label.text()
    assert not dialog.start_button.isEnabled()
