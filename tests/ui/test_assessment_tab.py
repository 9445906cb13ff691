"""The 考核 tab: last year's closed results, the chart, sheet entry, close and reopen."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.domain.enums import Grade
from desktop_app.domain.letter_dates import SIGNED_STATES
from desktop_app.services.assessment import create_score_sheets
from desktop_app.services.assessment_read import assessment_results, year_state, year_summary
from desktop_app.services.letter_ledger import ledger
from desktop_app.services.letter_templates import list_templates
from desktop_app.services.scoring_rules import template_rules
from desktop_app.storage.database import Database
from desktop_app.ui.assessment_model import NOTE
from desktop_app.ui.assessment_rules_dialog import RulesDialog
from desktop_app.ui.assessment_sheet_dialog import ACTUAL, E_REASON, SELF, SheetDialog
from desktop_app.ui.assessment_tab import AssessmentTab
from desktop_app.ui.main_window import MainWindow
from tests.ui.fake_prompter import FakePrompter, build_window

LAST, THIS = 2025, 2026


def _open(qtbot: QtBot, database: Database) -> tuple[MainWindow, AssessmentTab, FakePrompter]:
    window, prompter = build_window(qtbot, database)
    window.tabs.setCurrentWidget(window.assessment_tab)
    tab = window.assessment_tab
    tab.set_year(LAST)
    return window, tab, prompter


def test_the_tab_shows_last_years_ranked_results_and_their_chart(
    qtbot: QtBot, demo: Database
) -> None:
    window, tab, _prompter = _open(qtbot, demo)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Assessment"
    rows = tab.model.rows()
    assert len(rows) == year_state(demo, LAST).sheets
    summary = year_summary(demo, LAST)
    assert tab.chart.counts() == [summary.grades[g] for g in Grade]
    assert "closed" in tab.summary_label.text()
    tied = [r for r in rows if r.party_b in ("石桥镇", "柳河镇")]
    assert tied[0].rank == tied[1].rank
    vetoed = next(r for r in rows if r.party_b == "龙潭镇")
    assert vetoed.grade is Grade.FAIL
    assert not tab.buttons["close"].isEnabled() and tab.buttons["reopen"].isEnabled()
    tab.select_sheet(vetoed.id)
    assert tab.preview._data.startswith(b"%PDF")  # noqa: SLF001 - the sheet is previewed


def test_reopen_asks_for_a_reason_and_close_asks_first(qtbot: QtBot, demo: Database) -> None:
    _window, tab, prompter = _open(qtbot, demo)
    prompter.answer("")
    tab.reopen_year()
    assert year_state(demo, LAST).closed
    assert prompter.errors and "原因" in prompter.errors[-1]
    prompter.answer("复核龙潭镇事故等级")
    tab.reopen_year()
    assert not year_state(demo, LAST).closed
    assert tab.buttons["close"].isEnabled()
    prompter.answer(False)
    tab.close_year()
    assert not year_state(demo, LAST).closed
    prompter.answer(True)
    tab.close_year()
    assert year_state(demo, LAST).closed


def test_a_score_sheet_is_entered_in_the_dialog_with_live_totals(
    qtbot: QtBot, demo: Database
) -> None:
    create_score_sheets(demo, THIS)
    window, tab, prompter = _open(qtbot, demo)
    tab.set_year(THIS)
    row = next(r for r in tab.model.rows() if r.party_b.endswith("镇"))
    dialog = SheetDialog(window.workspace, row.id, window)
    qtbot.addWidget(dialog)
    for number, state in enumerate(dialog.rows):
        if state.item.indicator is not None:
            target = state.item.indicator.target
            dialog.items_table.item(number, 3).setText(str(target))
    assert dialog.score().score == Decimal(100)
    hazards = next(n for n, s in enumerate(dialog.rows) if s.item.name == "隐患排查治理")
    dialog.items_table.selectRow(hazards)
    dialog.add_entry()
    dialog.entries_table.item(0, 0).setText("2")
    dialog.entries_table.item(0, 1).setText("3")
    dialog.items_table.item(hazards, SELF).setText("12")
    assert dialog.score().score == Decimal(100)  # no reason yet: not counted
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert prompter.errors and "原因" in prompter.errors[-1]  # refused, dialog stays
    dialog.entries_table.item(0, E_REASON).setText("3处隐患逾期未整改")
    assert dialog.score().score == Decimal(94)
    assert "94" in dialog.total_label.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = next(r for r in assessment_results(demo, THIS) if r.id == row.id)
    assert saved.score == Decimal(94) and saved.self_score is not None
    assert saved.grade is Grade.EXCELLENT and saved.rank == 1


def test_a_closed_sheet_opens_read_only(qtbot: QtBot, demo: Database) -> None:
    window, tab, _prompter = _open(qtbot, demo)
    row = tab.model.rows()[0]
    dialog = SheetDialog(window.workspace, row.id, window)
    qtbot.addWidget(dialog)
    assert dialog.read_only
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not dialog.add_button.isEnabled()


def test_scoring_rules_are_edited_per_template_and_locked_once_closed(
    qtbot: QtBot, demo: Database
) -> None:
    window, _tab, prompter = _open(qtbot, demo)
    templates = list_templates(demo, THIS)
    dialog = RulesDialog(window.workspace, templates)
    qtbot.addWidget(dialog)
    assert dialog.items_table.rowCount() > 5 and dialog.indicators_table.rowCount() > 0
    dialog.excellent.setValue(95)
    dialog.save()
    assert template_rules(demo, dialog.template_id()).thresholds.excellent == Decimal(95)
    closed = RulesDialog(window.workspace, list_templates(demo, LAST))
    qtbot.addWidget(closed)
    closed.good.setValue(70)
    closed.save()
    assert prompter.errors and "定稿" in prompter.errors[-1]
    assert template_rules(demo, closed.template_id()).thresholds.good == Decimal(80)


def _signed_this_year(database: Database) -> set[str]:
    return {r.party_b for r in ledger(database, THIS) if r.status in SIGNED_STATES}


def test_after_switching_the_year_the_preview_never_shows_the_other_years_sheet(
    qtbot: QtBot, demo: Database
) -> None:
    _window, tab, _prompter = _open(qtbot, demo)
    signed = _signed_this_year(demo)
    last = next(r for r in tab.model.rows() if r.party_b in signed)
    tab.select_sheet(last.id)
    assert tab.previewed is not None and tab.previewed.year == LAST

    tab.set_year(THIS)  # no score sheets yet in THIS: nothing to preview
    assert tab.model.rowCount() == 0
    assert tab.previewed is None and tab.preview.page_count == 0

    tab.buttons["make"].click()
    shown = tab.previewed
    assert shown is not None and shown.year == THIS
    assert shown.party_b == last.party_b, "the unit looked at last year, now this year's sheet"
    assert tab.selected() == shown


def test_the_tab_and_the_toolbar_always_show_the_same_year(qtbot: QtBot, demo: Database) -> None:
    window, tab, _prompter = _open(qtbot, demo)
    assert window.workspace.year == LAST
    assert window.year_combo.currentData() == LAST == tab.year_combo.currentData()

    window.set_year(THIS)
    assert tab.year_combo.currentData() == THIS
    assert tab.summary_label.text().startswith(str(THIS))

    tab.year_combo.setCurrentIndex(tab.year_combo.findData(LAST))  # chosen in the tab
    assert window.workspace.year == LAST
    assert window.year_combo.currentData() == LAST
    assert tab.summary_label.text().startswith(str(LAST))


def test_the_selected_units_whole_explanation_is_shown_under_the_table(
    qtbot: QtBot, demo: Database
) -> None:
    _window, tab, _prompter = _open(qtbot, demo)
    row = next(r for r in tab.model.rows() if r.no_excellent)
    tab.select_sheet(row.id)
    note = tab.view.selectionModel().selectedRows(NOTE)[0]
    full = str(note.data())
    assert row.no_excellent[0] in full
    assert tab.note_label.isVisible() and full in tab.note_label.text()
    assert note.data(Qt.ItemDataRole.ToolTipRole) == full
    plain = next(r for r in tab.model.rows() if not (r.no_excellent or r.veto or r.rank_note))
    tab.select_sheet(plain.id)
    assert not tab.note_label.isVisible()


def test_the_score_sheet_dialog_gives_room_to_the_inputs_and_the_items(
    qtbot: QtBot, demo: Database
) -> None:
    window, tab, _prompter = _open(qtbot, demo)
    dialog = SheetDialog(window.workspace, tab.model.rows()[0].id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    header = dialog.items_table.horizontalHeader()
    number = dialog.items_table.fontMetrics().horizontalAdvance("100.25")
    for column in (ACTUAL, SELF):
        assert header.sectionSize(column) >= max(80, number + 16)
    items, entries = dialog.splitter.sizes()
    assert items > entries, "the items table gets the room, not the deductions of one item"


def test_score_sheets_and_the_bulletin_print_with_translated_file_names(
    qtbot: QtBot, demo: Database, tmp_path: Path, use_language: Callable[[str], list[str]]
) -> None:
    use_language("zh_CN")
    _window, tab, prompter = _open(qtbot, demo)
    prompter.answer(tmp_path / "评分表", tmp_path / "通报.pdf")  # a name typed without .pdf
    assert tab.print_all() and tab.bulletin()
    assert prompter.suggested == [f"{LAST}年度考核评分表.pdf", f"{LAST}年度考核结果通报.pdf"]
    assert (tmp_path / "评分表.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "通报.pdf").read_bytes().startswith(b"%PDF")
    use_language("en")
    prompter.answer(None, None)  # cancelled: nothing asked again, nothing written
    assert not tab.print_all() and not tab.bulletin()
    assert prompter.suggested[2:] == [f"Score sheets {LAST}.pdf", f"Assessment bulletin {LAST}.pdf"]
    assert not prompter.errors


def test_printing_onto_a_file_that_cannot_be_written_is_reported_naming_it(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    _window, tab, prompter = _open(qtbot, demo)
    blocked = tmp_path / "通报.pdf"
    blocked.mkdir()  # as a PDF still open in a viewer on Windows: the file cannot be replaced
    prompter.answer(blocked, blocked)
    assert not tab.bulletin()
    assert not tab.print_all()
    assert len(prompter.errors) == 2
    assert all(f"无法写入“{blocked}”" in error for error in prompter.errors)
    assert blocked.is_dir() and not list(blocked.iterdir())
    assert not list(tmp_path.glob(".*"))  # no temp file left behind
