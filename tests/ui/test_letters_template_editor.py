"""The template editor: reorder, pairing and parent limits, placeholders, undo, saving."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop_app.services.letter_ledger import ledger
from desktop_app.services.letter_print import letter_pdf_bytes
from desktop_app.services.letter_queries import candidate_pairs
from desktop_app.services.letter_templates import list_templates, template_spec
from desktop_app.services.letter_verify import Verdict, verify
from desktop_app.services.letters import issue_letters, void_letter
from desktop_app.storage.database import Database
from desktop_app.ui.letters_template_editor import TemplateEditor
from desktop_app.ui.letters_template_indicators import LIMIT, TARGET, WEIGHT
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import FakePrompter


def _editor(qtbot: QtBot, database: Database, pairing: str) -> tuple[TemplateEditor, int]:
    template = next(t for t in list_templates(database, DEMO_YEAR) if t.pairing == pairing)
    editor = TemplateEditor(
        database,
        template.id,
        template_spec(database, template.id),
        DEMO_YEAR,
        FakePrompter(),
        "zh_CN",
    )
    qtbot.addWidget(editor)
    return editor, template.id


def _prompter(editor: TemplateEditor) -> FakePrompter:
    assert isinstance(editor.prompter, FakePrompter)
    return editor.prompter


def _preview_text(editor: TemplateEditor) -> str:
    editor.refresh_preview()
    return "\n".join(editor.preview.page_text(n) for n in range(editor.preview.page_count))


def _pdf_text(data: bytes, folder: Path) -> str:
    path = folder / "letter.pdf"
    path.write_bytes(data)
    done = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    )
    return "".join(done.stdout.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_reordered_sections_and_clauses_reach_the_preview_the_template_and_the_letter(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    editor, template_id = _editor(qtbot, demo, "townships")
    page = editor.sections_page
    before = {r.id: (r.fingerprint, r.code) for r in ledger(demo, DEMO_YEAR)}
    # 五、附则 moved to the top with Alt+Up, four times
    editor.show()
    qtbot.waitExposed(editor)
    editor.activateWindow()
    page.section_list.setFocus()
    qtbot.waitUntil(page.section_list.hasFocus)
    page.section_list.setCurrentRow(4)
    for _ in range(4):
        qtbot.keyClick(page.section_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.heading[:3] for s in editor.draft.sections] == [
        "五、附",
        "一、责",
        "二、甲",
        "三、乙",
        "四、考",
    ]
    assert page.section_list.currentRow() == 0
    # in 二、甲方职责 the third clause is dragged to the top
    page.section_list.setCurrentRow(2)
    clauses = editor.draft.sections[2].clauses
    model = page.clause_list.model()
    assert model.moveRow(QModelIndex(), 2, QModelIndex(), 0)
    qtbot.waitUntil(lambda: editor.stack.count() == 5)
    assert editor.draft.sections[2].clauses == (clauses[2], clauses[0], clauses[1])
    assert page.clause_list.item(0).text() == clauses[2]

    text = _preview_text(editor)
    order = [text.index(h) for h in ("五、附则", "一、责任目标", "二、甲方职责", "三、乙方职责")]
    assert order == sorted(order)
    assert text.index("3．为乙方开展") < text.index("1．统筹领导全县")

    editor.stack.undo()  # the drag
    assert editor.draft.sections[2].clauses == clauses
    editor.stack.redo()
    editor.save()
    assert editor.saved_id is not None and not _prompter(editor).errors
    saved = template_spec(demo, editor.saved_id)
    assert saved.sections == editor.draft.sections

    # letters issued before the edit are untouched and still verify
    assert {r.id: (r.fingerprint, r.code) for r in ledger(demo, DEMO_YEAR)} == before
    assert verify(demo, next(iter(before.values()))[1]).verdict is Verdict.MATCH
    # a letter issued from the new version prints the sections in the new order
    row = next(r for r in ledger(demo, DEMO_YEAR) if r.party_b == "桃源乡")
    void_letter(demo, row.id, "按修订后的模板重新签订")
    result = issue_letters(demo, editor.saved_id, DEMO_YEAR)
    assert len(result.issued) == 1
    printed = _pdf_text(letter_pdf_bytes(demo, result.issued[0]), tmp_path)
    positions = [
        printed.index(h) for h in ("五、附则", "一、责任目标", "二、甲方职责", "四、考核与奖惩")
    ]
    assert positions == sorted(positions)
    assert printed.index("3．为乙方开展") < printed.index("1．统筹领导全县")
    assert template_id != editor.saved_id


def test_pairing_and_parent_limit_edits_are_saved_and_used_by_issuing(
    qtbot: QtBot, demo: Database
) -> None:
    editor, _template_id = _editor(qtbot, demo, "teams")
    table = editor.indicators_page.table
    names = [table.item(row, 0).text() for row in range(table.rowCount())]
    deaths = names.index("生产安全事故死亡人数")
    table.item(deaths, LIMIT).setText("1")
    assert editor.draft.parent_limits["生产安全事故死亡人数"] == 1
    editor.pairing_combo.setCurrentIndex(editor.pairing_combo.findData("subsidiaries"))
    assert "3" in editor.pairing_label_text.text()
    assert "青溪县城市建设投资有限公司 →" in editor.pairing_label_text.text()
    editor.refresh_preview()
    assert "甲方：青溪县城市建设投资有限公司" in editor.preview.page_text(0).replace("\n", "")
    editor.save()
    assert editor.saved_id is not None
    saved = template_spec(demo, editor.saved_id)
    assert saved.pairing == "subsidiaries" and saved.parent_limits["生产安全事故死亡人数"] == 1
    offered = candidate_pairs(demo, editor.saved_id, DEMO_YEAR)
    result = issue_letters(demo, editor.saved_id, DEMO_YEAR)  # the default signing pairs
    assert len(result.issued) == len(offered) == 3


def test_an_unknown_placeholder_is_flagged_live_and_refused_on_saving(
    qtbot: QtBot, demo: Database
) -> None:
    editor, _template_id = _editor(qtbot, demo, "townships")
    shown = _preview_text(editor)
    page = editor.sections_page
    page.section_list.setCurrentRow(4)
    page.clause_list.setCurrentRow(2)
    page.clause_edit.setPlainText("3．本责任书由{乙方名字}保存。")
    editor.refresh_preview()
    assert "{乙方名字}" in editor.problems_label.text()
    assert "{乙方名字}" not in _preview_text(editor)
    assert _preview_text(editor) == shown  # the last good preview stays
    versions = len(list_templates(demo, DEMO_YEAR, active_only=False))
    editor.save()
    assert editor.saved_id is None and "{乙方名字}" in _prompter(editor).errors[0]
    editor.save_as()
    assert editor.saved_id is None and len(_prompter(editor).errors) == 2
    assert len(list_templates(demo, DEMO_YEAR, active_only=False)) == versions
    page.clause_edit.setPlainText("3．本责任书一式{份数}份，由{乙方}保存一份。")
    editor.refresh_preview()
    assert editor.problems_label.text() == ""
    assert "由青溪镇保存一份" in _preview_text(editor).replace("\n", "")


def test_placeholders_are_inserted_where_the_cursor_was_and_blocks_become_clauses(
    qtbot: QtBot, demo: Database
) -> None:
    editor, _template_id = _editor(qtbot, demo, "committee_members")
    editor.show()
    qtbot.waitExposed(editor)
    editor.pages.setCurrentIndex(0)
    editor.title_edit.setFocus()
    qtbot.waitUntil(editor.title_edit.hasFocus)
    editor.title_edit.setCursorPosition(0)
    editor.insert_placeholder("乙方")
    assert editor.title_edit.text().startswith("{乙方}")
    page = editor.sections_page
    page.section_list.setCurrentRow(2)
    count = len(editor.draft.sections[2].clauses)
    editor.insert_placeholder("职责清单")
    assert len(editor.draft.sections[2].clauses) == count + 1
    assert "{职责清单}" in editor.draft.sections[2].clauses
    editor.stack.undo()
    assert len(editor.draft.sections[2].clauses) == count


def test_structural_edits_undo_and_weights_warn_before_saving(qtbot: QtBot, demo: Database) -> None:
    editor, _template_id = _editor(qtbot, demo, "townships")
    original = editor.draft
    page = editor.sections_page
    page.section_list.setCurrentRow(1)
    page.remove_section()
    page.add_section()
    page.heading_edit.setText("六、其他")
    page.heading_edit.textEdited.emit("六、其他")
    assert [s.heading for s in editor.draft.sections][1] == "六、其他"
    indicators = editor.indicators_page
    indicators.table.setCurrentCell(0, 0)
    indicators.move_chosen(1)
    indicators.remove_indicator()
    editor.stack.undo()
    editor.stack.undo()
    assert editor.draft.indicators == original.indicators
    editor.stack.undo()
    editor.stack.undo()
    assert editor.draft == original

    indicators.table.item(0, WEIGHT).setText("15")
    indicators.table.item(1, TARGET).setText("很少")
    editor.refresh_preview()
    assert "很少" in editor.problems_label.text()
    editor.save()
    assert editor.saved_id is None and "很少" in _prompter(editor).errors[-1]
    indicators.table.item(1, TARGET).setText("0")
    _prompter(editor).answer(False)
    editor.save()
    assert editor.saved_id is None and "90" in _prompter(editor).questions[-1]
    _prompter(editor).answer(True, "乡镇责任书（试行）")
    editor.save_as()
    assert editor.saved_id is not None
    copy = template_spec(demo, editor.saved_id)
    assert copy.name == "乡镇责任书（试行）" and copy.indicators[0].weight == 15


def test_cancelling_asks_before_throwing_changes_away(qtbot: QtBot, demo: Database) -> None:
    editor, _template_id = _editor(qtbot, demo, "teams")
    prompter = _prompter(editor)
    editor.show()
    editor.reject()  # nothing changed: no question
    assert not editor.isVisible() and prompter.questions == []
    editor.show()
    editor.sections_page.remove_section()
    prompter.answer(False)
    editor.reject()
    assert editor.isVisible() and len(prompter.questions) == 1
    prompter.answer(True)
    editor.reject()
    assert not editor.isVisible() and editor.saved_id is None


def test_the_preview_names_its_sample_unit_but_not_how_long_drawing_took(
    qtbot: QtBot, demo: Database
) -> None:
    editor, _template_id = _editor(qtbot, demo, "townships")
    editor.refresh_preview()
    text = editor.preview_label.text()
    assert editor.facts().party_b.name in text
    assert not any(word in text for word in ("ms", "毫秒")), "a timing is for bench/, not the clerk"
