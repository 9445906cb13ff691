"""The ledger records the real date many selected letters were signed, returned or archived."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.domain.enums import LetterStatus
from desktop_app.services.letters import change_status
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter
from desktop_app.ui.date_dialog import DateDialog
from desktop_app.ui.letters_model import ROW_ROLE
from desktop_app.ui.letters_tab import UNSIGNED, LettersTab
from tests.demo_copy import DEMO_YEAR as YEAR
from tests.ui.fake_prompter import FakePrompter, build_window

SIGNING_DAY = date(YEAR, 3, 2)  # after every demo issue date (10–25 January)


def _open(qtbot: QtBot, database: Database) -> tuple[LettersTab, FakePrompter]:
    window, prompter = build_window(qtbot, database)
    window.tabs.setCurrentWidget(window.letters_tab)
    return window.letters_tab, prompter


def _select(tab: LettersTab, status: LetterStatus, count: int | None = None) -> list[int]:
    """Select (as with Ctrl+click) the rows of ``status``; their letter ids."""
    tab.view.clearSelection()
    model = tab.view.selectionModel()
    ids: list[int] = []
    for row in range(tab.proxy.rowCount()):
        value = tab.proxy.index(row, 0).data(ROW_ROLE)
        if value.status is status and (count is None or len(ids) < count):
            model.select(
                tab.proxy.index(row, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows
            )
            ids.append(value.id)
    return ids


def _ledger(database: Database) -> dict[int, tuple[LetterStatus, date | None, date | None]]:
    with database.reading() as session:
        return {
            letter.id: (letter.status, letter.signed_on, letter.returned_on)
            for letter in session.scalars(select(Letter).where(Letter.year == YEAR))
        }


def test_several_selected_letters_are_signed_on_the_date_the_clerk_gives(
    qtbot: QtBot, demo: Database
) -> None:
    tab, prompter = _open(qtbot, demo)
    ids = _select(tab, LetterStatus.ISSUED)
    assert len(ids) == 18 and len(tab.selected_rows()) == 18
    assert tab.buttons["signed"].isEnabled() and not tab.buttons["returned"].isEnabled()

    prompter.answer(SIGNING_DAY)
    tab.buttons["signed"].click()

    assert prompter.errors == []
    assert prompter.questions[-1].startswith("Record 18 letters as signed (")
    assert prompter.date_limits[-1] == date.today()  # no day after today can be picked
    after = _ledger(demo)
    assert {after[i][:2] for i in ids} == {(LetterStatus.SIGNED, SIGNING_DAY)}
    assert sorted(row.id for row in tab.selected_rows()) == sorted(ids)  # still selected
    assert tab.buttons["returned"].isEnabled() and not tab.buttons["signed"].isEnabled()
    assert not [row for row in tab.model.rows() if row.status is LetterStatus.ISSUED]

    returned_day = SIGNING_DAY + timedelta(days=5)
    prompter.answer(returned_day)
    tab.buttons["returned"].click()
    after = _ledger(demo)
    assert {after[i] for i in ids} == {(LetterStatus.RETURNED, SIGNING_DAY, returned_day)}


def test_cancelling_the_date_changes_nothing(qtbot: QtBot, demo: Database) -> None:
    tab, prompter = _open(qtbot, demo)
    _select(tab, LetterStatus.SIGNED, 5)
    before = _ledger(demo)
    prompter.answer(None)
    tab.buttons["returned"].click()
    assert prompter.questions[-1].startswith("Record 5 letters as returned (")
    assert _ledger(demo) == before and prompter.errors == []


def test_a_mixed_selection_cannot_take_a_step(qtbot: QtBot, demo: Database) -> None:
    tab, _prompter = _open(qtbot, demo)
    _select(tab, LetterStatus.ISSUED, 2)
    model = tab.view.selectionModel()
    signed_row = next(
        row
        for row in range(tab.proxy.rowCount())
        if tab.proxy.index(row, 0).data(ROW_ROLE).status is LetterStatus.SIGNED
    )
    model.select(
        tab.proxy.index(signed_row, 0), model.SelectionFlag.Select | model.SelectionFlag.Rows
    )
    assert len(tab.selected_rows()) == 3
    assert not any(tab.buttons[key].isEnabled() for key in ("signed", "returned", "archived"))


def test_a_letter_signed_meanwhile_refuses_the_batch_and_is_named(
    qtbot: QtBot, demo: Database
) -> None:
    tab, prompter = _open(qtbot, demo)
    tab.filter_combo.setCurrentIndex(UNSIGNED)
    ids = _select(tab, LetterStatus.ISSUED)
    assert tab.buttons["signed"].isEnabled()
    change_status(demo, ids[3], LetterStatus.SIGNED, SIGNING_DAY)  # e.g. from the command line
    before = _ledger(demo)
    prompter.answer(SIGNING_DAY + timedelta(days=1))
    tab.buttons["signed"].click()

    assert _ledger(demo) == before  # none of the other 17 was signed
    assert len(prompter.errors) == 1
    party_b = next(row.party_b for row in tab.model.rows() if row.id == ids[3])
    assert party_b in prompter.errors[0] and "“已签订”" in prompter.errors[0]


def test_a_date_before_the_issue_date_is_refused_and_nothing_changes(
    qtbot: QtBot, demo: Database
) -> None:
    tab, prompter = _open(qtbot, demo)
    _select(tab, LetterStatus.ISSUED)
    before = _ledger(demo)
    prompter.answer(date(YEAR, 1, 12))  # some were issued on the 15th or later
    tab.buttons["signed"].click()
    assert _ledger(demo) == before
    assert len(prompter.errors) == 1 and f"{YEAR}-01-12" in prompter.errors[0]


def test_the_clerk_is_asked_in_chinese(
    qtbot: QtBot, demo: Database, use_language: Callable[[str], list[str]]
) -> None:
    use_language("zh_CN")
    tab, prompter = _open(qtbot, demo)
    ids = _select(tab, LetterStatus.RETURNED)
    prompter.answer(SIGNING_DAY)
    tab.buttons["archived"].click()
    assert prompter.questions[-1].startswith(f"将 {len(ids)} 份责任书登记为已归档（")
    assert {_ledger(demo)[i][0] for i in ids} == {LetterStatus.ARCHIVED}


def test_the_date_dialog_defaults_to_today_and_allows_no_later_day(qtbot: QtBot) -> None:
    today = date.today()
    dialog = DateDialog("将 12 份责任书登记为已签订。", today, label="签订日期：", maximum=today)
    qtbot.addWidget(dialog)
    assert dialog.date_edit.calendarPopup()
    assert dialog.chosen() == today
    dialog.date_edit.setDate(QDate(today.year, today.month, today.day).addDays(3))
    assert dialog.chosen() == today  # clamped to the maximum
    dialog.date_edit.setDate(QDate(YEAR, 3, 2))
    assert dialog.chosen() == SIGNING_DAY
    assert dialog.date_edit.text() == f"{YEAR}-03-02"
