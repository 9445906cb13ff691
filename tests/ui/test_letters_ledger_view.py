"""What a new clerk sees in the 责任书 tab: the ledger's order, its columns, what red means,
which buttons can be pressed, the draft and void views and what an empty view says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.enums import LetterStatus
from desktop_app.services.letter_ledger import ledger
from desktop_app.services.letter_templates import list_templates
from desktop_app.services.letters import issue_letters, void_letter
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter
from desktop_app.ui.letters_model import (
    DATE_COLUMNS,
    OVERDUE_COLUMN,
    PARTY_B_COLUMN,
    ROW_ROLE,
    STATUS_COLUMN,
    overdue_meaning,
)
from desktop_app.ui.letters_tab import ALL, DRAFTS, VOIDED, LettersTab
from tests.demo_copy import DEMO_YEAR as YEAR
from tests.ui.fake_prompter import FakePrompter, build_window


def _open(
    qtbot: QtBot, database: Database, size: tuple[int, int] = (1366, 768)
) -> tuple[LettersTab, FakePrompter]:
    window, prompter = build_window(qtbot, database)
    window.resize(*size)
    window.tabs.setCurrentWidget(window.letters_tab)
    qtbot.waitUntil(lambda: window.letters_tab.view.viewport().width() > 300)
    return window.letters_tab, prompter


def _shown(tab: LettersTab) -> list[int]:
    return [tab.proxy.index(row, 0).data(ROW_ROLE).id for row in range(tab.proxy.rowCount())]


def _select(tab: LettersTab, status: LetterStatus) -> None:
    for row in range(tab.proxy.rowCount()):
        if tab.proxy.index(row, 0).data(ROW_ROLE).status is status:
            tab.view.selectRow(row)
            return
    raise AssertionError(f"no {status} letter shown")


def _void_and_redraft(database: Database) -> tuple[int, int]:
    """Void a signed township letter and save a draft for the same pair; (void id, draft id)."""
    row = next(
        r
        for r in ledger(database, YEAR, check_stale=False)
        if r.status is LetterStatus.SIGNED and "乡镇" in r.level
    )
    void_letter(database, row.id, "乡镇主要负责人调整")
    with database.reading() as session:
        letter = session.get(Letter, row.id)
        assert letter is not None
        pair = (letter.party_a_id, letter.party_b_id)
    template = next(t.id for t in list_templates(database, YEAR) if t.pairing == "townships")
    [draft] = issue_letters(database, template, YEAR, pairs=[pair], as_drafts=True).issued
    return row.id, draft


def test_the_ledger_opens_in_the_services_order_grouped_by_level(
    qtbot: QtBot, demo: Database
) -> None:
    tab, _prompter = _open(qtbot, demo)
    service = [row.id for row in ledger(demo, YEAR, check_stale=False)]
    assert _shown(tab) == service
    assert tab.view.horizontalHeader().sortIndicatorSection() == -1  # no sort by a column
    names = [tab.proxy.index(row, PARTY_B_COLUMN).data() for row in range(tab.proxy.rowCount())]
    assert names != sorted(names, reverse=True)
    assert names[0] == "青溪县应急管理局"  # the first committee member in the unit tree
    levels = [row.level for row in ledger(demo, YEAR, check_stale=False)]
    groups = [level for i, level in enumerate(levels) if i == 0 or levels[i - 1] != level]
    assert len(groups) == len(set(groups))  # each level is one block

    tab.view.sortByColumn(PARTY_B_COLUMN, Qt.SortOrder.DescendingOrder)  # a header click
    names = [tab.proxy.index(row, PARTY_B_COLUMN).data() for row in range(tab.proxy.rowCount())]
    assert names == sorted(names, reverse=True)
    tab.view.sortByColumn(OVERDUE_COLUMN, Qt.SortOrder.DescendingOrder)
    days = [tab.proxy.index(r, 0).data(ROW_ROLE).days_overdue for r in range(tab.proxy.rowCount())]
    assert days == sorted(days, reverse=True)  # by the number of days, not their text


def test_dates_are_never_cut_and_status_to_overdue_fit_on_a_1366_screen(
    qtbot: QtBot, demo: Database
) -> None:
    tab, _prompter = _open(qtbot, demo)
    date_width = tab.view.fontMetrics().horizontalAdvance("2026-01-15")
    for column in DATE_COLUMNS:
        assert tab.view.columnWidth(column) > date_width
    visible = tab.view.viewport().width()
    for column in (PARTY_B_COLUMN, STATUS_COLUMN, *DATE_COLUMNS, OVERDUE_COLUMN):
        right = tab.view.columnViewportPosition(column) + tab.view.columnWidth(column)
        assert tab.view.columnViewportPosition(column) >= 0 and right <= visible, column
    sizes = tab.splitter.sizes()
    assert sizes[0] > sizes[1]  # the ledger matters more than the preview


def test_red_rows_say_what_overdue_means_and_names_show_in_full(
    qtbot: QtBot, demo: Database
) -> None:
    tab, _prompter = _open(qtbot, demo)
    meaning = overdue_meaning()
    assert meaning in tab.legend_label.text()
    header = tab.proxy.headerData(
        OVERDUE_COLUMN, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert header == meaning
    overdue = next(
        r for r in range(tab.proxy.rowCount()) if tab.proxy.index(r, 0).data(ROW_ROLE).overdue
    )
    tooltip = tab.proxy.index(overdue, STATUS_COLUMN).data(Qt.ItemDataRole.ToolTipRole)
    assert meaning in tooltip
    name = tab.proxy.index(overdue, PARTY_B_COLUMN)
    assert name.data() in name.data(Qt.ItemDataRole.ToolTipRole)


def test_void_and_scan_are_only_enabled_when_the_service_would_accept_them(
    qtbot: QtBot, demo: Database
) -> None:
    _void_and_redraft(demo)
    tab, prompter = _open(qtbot, demo)
    _select(tab, LetterStatus.ARCHIVED)
    assert not tab.buttons["void"].isEnabled()  # an archived letter cannot become void
    assert tab.buttons["scan"].isEnabled()
    _select(tab, LetterStatus.DRAFT)
    assert not tab.buttons["void"].isEnabled() and not tab.buttons["scan"].isEnabled()
    assert tab.buttons["delete_drafts"].isEnabled()
    _select(tab, LetterStatus.VOID)
    assert not tab.buttons["void"].isEnabled() and not tab.buttons["scan"].isEnabled()
    _select(tab, LetterStatus.SIGNED)
    assert tab.buttons["void"].isEnabled() and tab.buttons["scan"].isEnabled()
    tab.view.selectAll()  # voiding acts on one letter: not offered for several
    assert not tab.buttons["void"].isEnabled() and not tab.buttons["scan"].isEnabled()
    assert prompter.errors == []


def test_the_draft_and_void_views_and_what_an_empty_view_says(qtbot: QtBot, demo: Database) -> None:
    tab, _prompter = _open(qtbot, demo)
    assert tab.preview_stack.currentWidget() is tab.preview_hint  # nothing selected yet
    assert "Select a letter" in tab.preview_hint.text()
    tab.filter_combo.setCurrentIndex(VOIDED)
    assert tab.proxy.rowCount() == 0
    assert tab.ledger_stack.currentWidget() is tab.empty_label
    assert tab.empty_label.text() == "No letters match this view."

    void_id, draft_id = _void_and_redraft(demo)
    tab.refresh()
    assert _shown(tab) == [void_id]
    assert tab.ledger_stack.currentWidget() is tab.view
    tab.filter_combo.setCurrentIndex(DRAFTS)
    assert _shown(tab) == [draft_id]
    tab.view.selectRow(0)
    assert tab.preview_stack.currentWidget() is tab.preview  # the draft as it would be issued
    tab.filter_combo.setCurrentIndex(ALL)
    shown = _shown(tab)
    assert shown.index(draft_id) == shown.index(void_id) + 1  # the same pair, side by side
