"""The 缺位检查 tab and letters: letter gaps are listed with how to fix them, and a double-click
opens the 责任书 tab on the letter concerned."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.domain.enums import LetterStatus, UnitKind
from desktop_app.domain.gaps import Gap, GapKind
from desktop_app.messages import describe_gap, gap_hint, gap_label
from desktop_app.services.letters import void_letter
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter, Unit
from desktop_app.ui.gaps_tab import HINT_COLUMN, KIND_COLUMN, SUBJECT_COLUMN, TEXT_COLUMN
from desktop_app.ui.letters_tab import ALL, OVERDUE, UNSIGNED
from desktop_app.ui.main_window import MainWindow
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import build_window


def _gaps(window: MainWindow, kind: GapKind) -> list[tuple[int, Gap]]:
    window.tabs.setCurrentWidget(window.gaps_tab)
    window.gaps_tab.refresh()
    return [(row, gap) for row, gap in enumerate(window.gaps_tab.model.gaps()) if gap.kind is kind]


def _double_click(window: MainWindow, row: int) -> None:
    window.gaps_tab.view.doubleClicked.emit(window.gaps_tab.model.index(row, TEXT_COLUMN))


def _signed_township_letter(database: Database) -> tuple[int, int]:
    with database.reading() as session:
        row = session.execute(
            select(Letter.id, Letter.party_b_id)
            .join(Unit, Unit.id == Letter.party_b_id)
            .where(
                Letter.year == DEMO_YEAR,
                Letter.status == LetterStatus.SIGNED,
                Unit.kind == UnitKind.TOWNSHIP,
            )
            .order_by(Letter.id)
            .limit(1)
        ).one()
    return row.id, row.party_b_id


def test_overdue_letters_are_listed_with_label_sentence_and_hint(
    qtbot: QtBot, demo: Database
) -> None:
    window, _prompter = build_window(qtbot, demo)
    overdue = _gaps(window, GapKind.LETTER_OVERDUE)
    assert len(overdue) == 18  # the demo's unsigned letters, past their February deadlines
    row, gap = overdue[0]
    model, language = window.gaps_tab.model, window.workspace.language

    def cell(column: int) -> object:
        return model.index(row, column).data()

    assert cell(KIND_COLUMN) == gap_label(GapKind.LETTER_OVERDUE, language)
    assert cell(SUBJECT_COLUMN) == gap.facts["party_b"]
    assert cell(TEXT_COLUMN) == describe_gap(gap, language)
    assert gap.facts["due_date"] in str(cell(TEXT_COLUMN))
    assert cell(HINT_COLUMN) == gap_hint(gap, language)
    assert str(len(model.gaps())) in window.gaps_tab.summary_label.text()


def test_double_clicking_an_overdue_letter_selects_it_in_the_letters_tab(
    qtbot: QtBot, demo: Database
) -> None:
    window, prompter = build_window(qtbot, demo)
    overdue = _gaps(window, GapKind.LETTER_OVERDUE)
    row, gap = overdue[0]
    count = window.gaps_tab.model.rowCount()
    _double_click(window, row)
    assert window.tabs.currentWidget() is window.letters_tab
    selected = window.letters_tab.selected()
    assert selected is not None and selected.id == gap.facts["letter_id"]
    assert selected.overdue and selected.party_b == gap.facts["party_b"]
    unit = window.selected_unit()
    assert unit is not None and unit.id == gap.facts["party_b_id"]

    # marking it signed there with the button closes the gap: the gap check learns of it
    gaps_index = window.tabs.indexOf(window.gaps_tab)
    assert f"{count}" in window.tabs.tabText(gaps_index)
    prompter.answer(date(DEMO_YEAR, 3, 1))
    window.letters_tab.buttons["signed"].click()
    assert window.letters_tab.selected() is not None
    assert window.letters_tab.selected().status is LetterStatus.SIGNED  # type: ignore[union-attr]
    assert f"{count}" not in window.tabs.tabText(gaps_index)  # not known until checked again
    window.tabs.setCurrentWidget(window.gaps_tab)  # shown: checked again, no refresh by hand
    remaining = [g for g in window.gaps_tab.model.gaps() if g.kind is GapKind.LETTER_OVERDUE]
    assert gap.subject_id not in {g.subject_id for g in remaining}
    assert len(remaining) == len(overdue) - 1
    assert f"{count - 1}" in window.tabs.tabText(gaps_index)


def test_a_voided_letter_is_a_gap_that_leads_to_it_even_through_a_ledger_filter(
    qtbot: QtBot, demo: Database
) -> None:
    letter_id, township = _signed_township_letter(demo)
    void_letter(demo, letter_id, "乡镇区划调整，原责任书作废", on=date(DEMO_YEAR, 11, 2))
    window, _prompter = build_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.letters_tab)
    window.letters_tab.filter_combo.setCurrentIndex(UNSIGNED)  # hides the void letter
    [(row, gap)] = _gaps(window, GapKind.UNIT_WITHOUT_SIGNED_LETTER)
    assert gap.subject_id == township and gap.facts["letter_id"] == letter_id
    text = str(window.gaps_tab.model.index(row, TEXT_COLUMN).data())
    assert gap.subject_name in text
    _double_click(window, row)
    assert window.tabs.currentWidget() is window.letters_tab
    assert window.letters_tab.filter_combo.currentIndex() == ALL
    selected = window.letters_tab.selected()
    assert selected is not None and selected.id == letter_id
    assert selected.status is LetterStatus.VOID


def test_a_letter_shown_by_the_current_filter_keeps_the_filter(
    qtbot: QtBot, demo: Database
) -> None:
    window, _prompter = build_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.letters_tab)
    window.letters_tab.filter_combo.setCurrentIndex(OVERDUE)
    row, gap = _gaps(window, GapKind.LETTER_OVERDUE)[-1]
    _double_click(window, row)
    assert window.letters_tab.filter_combo.currentIndex() == OVERDUE
    selected = window.letters_tab.selected()
    assert selected is not None and selected.id == gap.subject_id


def test_a_year_without_data_says_so_instead_of_listing_everything(
    qtbot: QtBot, demo: Database
) -> None:
    window, _prompter = build_window(qtbot, demo)
    window.workspace.year = DEMO_YEAR + 5
    window.tabs.setCurrentWidget(window.gaps_tab)
    window.gaps_tab.refresh()
    assert window.gaps_tab.model.rowCount() == 0
    assert str(DEMO_YEAR + 5) in window.gaps_tab.summary_label.text()
    assert not window.gaps_tab.year_has_data
