"""Letter dialogs: verify, the template editor's live preview, batch printing in the background."""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.domain.canonical import short_code
from desktop_app.services.letter_ledger import ledger
from desktop_app.services.letter_templates import list_templates, template_spec
from desktop_app.services.letters import void_letter
from desktop_app.storage.database import Database
from desktop_app.ui.letters_dialogs import VerifyDialog
from desktop_app.ui.letters_issue_dialog import IssueDialog
from desktop_app.ui.letters_print_dialog import BatchPrintDialog
from desktop_app.ui.letters_template_editor import TemplateEditor
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import FakePrompter


def test_verify_dialog_says_whether_the_code_matches(qtbot: QtBot, demo: Database) -> None:
    row = next(r for r in ledger(demo, DEMO_YEAR) if r.fingerprint)
    dialog = VerifyDialog(demo, "zh_CN")
    qtbot.addWidget(dialog)
    dialog.input_edit.setText(short_code(row.fingerprint or ""))
    dialog.check_button.click()
    assert dialog.last is not None and dialog.last.matches
    assert row.party_b in dialog.result_label.text()
    dialog.input_edit.setText("0000-0000-0000")
    dialog.check_button.click()
    assert dialog.last is not None and not dialog.last.matches
    dialog.input_edit.setText("不是核验码")
    dialog.check_button.click()
    assert dialog.last is None and "无法核验" in dialog.result_label.text()


def test_the_template_editor_previews_live_and_refuses_unknown_placeholders(
    qtbot: QtBot, demo: Database
) -> None:
    template = list_templates(demo, DEMO_YEAR)[0]
    prompter = FakePrompter()
    editor = TemplateEditor(
        demo, template.id, template_spec(demo, template.id), DEMO_YEAR, prompter, "zh_CN"
    )
    qtbot.addWidget(editor)
    assert editor.preview.page_count >= 3
    editor.title_edit.setText("{年度}年度安全生产目标责任书（修订）")
    started = time.perf_counter()
    editor.refresh_preview()
    print(f"live preview: {time.perf_counter() - started:.3f} s")  # figure, not an assertion
    assert editor.problems_label.text() == ""
    editor.title_edit.setText("{年度}年度{丙方}责任书")
    editor.refresh_preview()
    assert "{丙方}" in editor.problems_label.text()
    editor.save()
    assert prompter.errors and "{丙方}" in prompter.errors[0]
    assert editor.saved_id is None
    editor.title_edit.setText("{年度}年度安全生产目标责任书（修订）")
    editor.save()
    assert editor.saved_id is not None
    versions = [t for t in list_templates(demo, DEMO_YEAR) if t.name == template.name]
    assert [(t.version, t.title) for t in versions] == [(2, "{年度}年度安全生产目标责任书（修订）")]


def test_the_issue_dialog_offers_only_pairs_without_a_letter(qtbot: QtBot, demo: Database) -> None:
    townships = next(t for t in list_templates(demo, DEMO_YEAR) if t.pairing == "townships")
    row = next(r for r in ledger(demo, DEMO_YEAR) if r.party_b == "桃源乡")
    void_letter(demo, row.id, "重新签订")
    dialog = IssueDialog(demo, DEMO_YEAR, [townships])
    qtbot.addWidget(dialog)
    assert dialog.pair_list.count() == 13
    assert len(dialog.chosen_pairs()) == 1


def test_batch_printing_runs_in_the_background_and_can_be_cancelled(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    dialog = BatchPrintDialog(demo, DEMO_YEAR, FakePrompter(), "zh_CN", processes=1)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "letters"))
    dialog.copies_spin.setValue(1)
    dialog.start()
    assert dialog.running  # the window keeps processing events meanwhile
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    assert dialog.result is not None and len(dialog.result.files) == 55
    assert (tmp_path / "letters" / f"{DEMO_YEAR}年度责任书（合并打印）.pdf").is_file()

    dialog.folder_edit.setText(str(tmp_path / "again"))
    dialog.start()
    dialog.cancel()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60000)
    folder = tmp_path / "again"
    written = list(folder.iterdir()) if folder.exists() else []
    assert all(p.suffix == ".pdf" and not p.name.startswith(".") for p in written)
    assert len(written) < 56
