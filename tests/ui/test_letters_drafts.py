"""Drafts and per-letter targets in the GUI; the ledger's stale check off the GUI thread."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.domain.enums import LetterStatus, UnitKind
from desktop_app.services.letter_drafts import DraftTargets
from desktop_app.services.letter_templates import install_default_templates, list_templates
from desktop_app.storage.database import Database
from desktop_app.storage.models import IndicatorValue, Letter, Person, Unit
from desktop_app.ui.letters_issue_dialog import IssueDialog
from desktop_app.ui.letters_model import MATRIX_COLUMN, ROW_ROLE
from desktop_app.ui.letters_tab import LettersTab
from desktop_app.ui.letters_targets import TargetsDialog
from desktop_app.ui.main_window import MainWindow
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import FakePrompter, build_window

YEAR = DEMO_YEAR + 1
DEATHS = "生产安全事故死亡人数"
MAJOR = "较大及以上生产安全事故起数"


def _issue_dialog(qtbot: QtBot, database: Database, pairing: str = "townships") -> IssueDialog:
    install_default_templates(database, YEAR)
    templates = [t for t in list_templates(database, YEAR) if t.pairing == pairing]
    dialog = IssueDialog(database, YEAR, templates, language="en")
    qtbot.addWidget(dialog)
    return dialog


def _column(dialog: IssueDialog, name: str) -> int:
    names = [spec.name for spec in dialog.targets_editor.model.indicators]
    return names.index(name)


def test_the_targets_table_validates_and_warns_live(qtbot: QtBot, demo: Database) -> None:
    dialog = _issue_dialog(qtbot, demo)
    editor = dialog.targets_editor
    model = editor.model
    assert model.rowCount() == 13 and len(dialog.chosen_pairs()) == 13
    deaths, major = _column(dialog, DEATHS), _column(dialog, MAJOR)
    header = str(model.headerData(deaths, Qt.Orientation.Horizontal))
    assert "≤3" in header  # the county's own limit is shown
    assert dialog.warnings() == [] and editor.warnings_label.text() == ""

    assert model.setData(model.index(0, deaths), "2")
    assert model.setData(model.index(1, deaths), "2")
    assert DEATHS in editor.warnings_label.text() and "4" in editor.warnings_label.text()
    assert [w.kind for w in dialog.warnings()] == ["over_limit"]

    assert not model.setData(model.index(2, deaths), "-1")
    assert "-1" in editor.error_label.text() and DEATHS in editor.error_label.text()
    assert not model.setData(model.index(2, deaths), "0.5")  # people come whole
    assert "0.5" in editor.error_label.text()
    assert model.index(2, deaths).data() == "0"  # the refused values left the cell alone

    assert model.setData(model.index(3, major), "")
    assert "veto" in editor.warnings_label.text()
    assert {w.kind for w in dialog.warnings()} == {"over_limit", "veto_missing"}
    assert model.index(3, major).data() == "—"
    assert model.setData(model.index(3, major), "0")
    assert model.index(3, major).data() == "0"  # a 0 起 target stays 0, not empty
    pair = dialog.chosen_pairs()[3]
    assert dialog.targets()[pair][MAJOR] == 0.0

    editor.split_button.click()  # ≤3 shared among 13 towns: three get 1, the rest 0
    shares = [dialog.targets()[p][DEATHS] for p in dialog.chosen_pairs()]
    assert sum(shares) == 3 and max(shares) == 1
    assert dialog.warnings() == []
    editor.defaults_button.click()
    assert {dialog.targets()[p][DEATHS] for p in dialog.chosen_pairs()} == {0.0}


def test_a_missing_veto_item_is_warned_against_the_issuing_units_own_letter(
    qtbot: QtBot, demo: Database
) -> None:
    with demo.transaction("add_team") as session:
        workshop = session.scalars(select(Unit).where(Unit.name == "机修车间")).one()
        team = Unit(name="起重班", kind=UnitKind.TEAM, parent_id=workshop.id)
        session.add(team)
        session.flush()
        session.add(Person(name="赵班长", title="班组长", unit_id=team.id))
    templates = [t for t in list_templates(demo, DEMO_YEAR) if t.pairing == "teams"]
    dialog = IssueDialog(demo, DEMO_YEAR, templates, language="en")
    qtbot.addWidget(dialog)
    assert len(dialog.chosen_pairs()) == 1  # only the new team has no letter yet
    editor = dialog.targets_editor
    assert editor.model.issuer is not None and editor.model.issuer.party_a == "机修车间"
    editor.model.setData(editor.model.index(0, _column(dialog, DEATHS)), "")
    warning = next(w for w in dialog.warnings() if w.kind == "veto_missing")
    assert warning.parent == "机修车间" and warning.children == ("起重班",)


def test_the_dialog_saves_drafts_or_issues(qtbot: QtBot, demo: Database) -> None:
    dialog = _issue_dialog(qtbot, demo)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text() == "Issue" and dialog.issued_edit.isEnabled() and not dialog.as_drafts()
    dialog.drafts_radio.setChecked(True)
    assert ok.text() == "Save drafts" and not dialog.issued_edit.isEnabled()
    assert dialog.as_drafts()


def _open(qtbot: QtBot, database: Database) -> tuple[MainWindow, LettersTab, FakePrompter]:
    window, prompter = build_window(qtbot, database)
    window.tabs.setCurrentWidget(window.letters_tab)
    return window, window.letters_tab, prompter


def _rows(tab: LettersTab, status: LetterStatus) -> list[int]:
    return [
        row
        for row in range(tab.proxy.rowCount())
        if tab.proxy.index(row, 0).data(ROW_ROLE).status is status
    ]


def _select(tab: LettersTab, rows: list[int]) -> None:
    tab.view.clearSelection()
    selection = tab.view.selectionModel()
    for row in rows:
        selection.select(
            tab.proxy.index(row, 0),
            selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
        )


def test_drafts_are_made_previewed_retargeted_issued_and_deleted_from_the_ledger(
    qtbot: QtBot, demo: Database
) -> None:
    install_default_templates(demo, YEAR)
    window, tab, prompter = _open(qtbot, demo)
    window.workspace.set_year(YEAR)
    qtbot.waitUntil(lambda: not tab.checking)

    def answered_issue_dialog(templates: list) -> IssueDialog:  # type: ignore[type-arg]
        dialog = IssueDialog(demo, YEAR, templates, language="en")
        qtbot.addWidget(dialog)
        dialog.template_combo.setCurrentIndex(
            next(i for i, t in enumerate(templates) if t.pairing == "townships")
        )
        dialog.drafts_radio.setChecked(True)
        model = dialog.targets_editor.model
        model.setData(model.index(0, _column(dialog, DEATHS)), "1")
        dialog.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return dialog

    tab.make_issue_dialog = answered_issue_dialog  # type: ignore[method-assign]
    tab.buttons["issue"].click()
    assert prompter.errors == []
    drafts = _rows(tab, LetterStatus.DRAFT)
    assert len(drafts) == 13
    assert tab.proxy.index(drafts[0], MATRIX_COLUMN).data() == "Follows it"
    assert "Drafts: 13" in tab.summary_label.text()

    _select(tab, drafts[:1])
    assert tab.buttons["issue_drafts"].isEnabled() and tab.buttons["delete_drafts"].isEnabled()
    assert tab.preview.page_count >= 3 and tab.preview_note.text()
    assert not tab.buttons["open_pdf"].isEnabled()  # nothing official to print yet

    def answered_targets_dialog(found: DraftTargets) -> TargetsDialog:
        dialog = TargetsDialog(demo, found, "en")
        qtbot.addWidget(dialog)
        model = dialog.editor.model
        names = [spec.name for spec in model.indicators]
        model.setData(model.index(0, names.index(DEATHS)), "2")
        dialog.exec = lambda: QDialog.DialogCode.Accepted  # type: ignore[method-assign]
        return dialog

    tab.make_targets_dialog = answered_targets_dialog  # type: ignore[method-assign]
    first_id = tab.selected().id  # type: ignore[union-attr]
    tab.buttons["edit_targets"].click()
    with demo.reading() as session:
        target = session.scalars(
            select(IndicatorValue.target).where(
                IndicatorValue.letter_id == first_id, IndicatorValue.name == DEATHS
            )
        ).one()
    assert target == 2.0

    drafts = _rows(tab, LetterStatus.DRAFT)
    _select(tab, drafts[:2])
    prompter.answer(None)  # the issue date is asked first; cancelling issues nothing
    tab.buttons["issue_drafts"].click()
    assert len(_rows(tab, LetterStatus.DRAFT)) == 13
    issued_on = date.today() - timedelta(days=3)
    prompter.answer(issued_on)
    tab.buttons["issue_drafts"].click()
    assert "Issue 2 drafts" in prompter.questions[-1] and prompter.date_limits[-1] == date.today()
    assert len(_rows(tab, LetterStatus.DRAFT)) == 11
    issued = _rows(tab, LetterStatus.ISSUED)
    assert len(issued) == 2
    with demo.reading() as session:
        dates = list(session.scalars(select(Letter.issued_on).where(Letter.year == YEAR)))
    assert [day for day in dates if day is not None] == [issued_on, issued_on]
    _select(tab, issued[:1])
    assert not tab.buttons["delete_drafts"].isEnabled()  # issued letters are never deleted
    assert tab.buttons["open_pdf"].isEnabled()

    _select(tab, _rows(tab, LetterStatus.DRAFT)[:3])
    prompter.answer(True)
    tab.buttons["delete_drafts"].click()
    assert len(_rows(tab, LetterStatus.DRAFT)) == 8
    with demo.reading() as session:
        statuses = list(session.scalars(select(Letter.status).where(Letter.year == YEAR)))
    assert sorted(statuses).count(LetterStatus.ISSUED) == 2 and len(statuses) == 10


def test_the_ledger_says_checking_then_shows_what_is_out_of_date(
    qtbot: QtBot, demo: Database
) -> None:
    _window, tab, _prompter = _open(qtbot, demo)
    with demo.transaction("edit_people") as session:
        head = session.scalars(
            select(Person)
            .join(Unit, Unit.id == Person.unit_id)
            .where(Unit.name == "城东街道", Person.is_admin_head)
        ).one()
        head.name = "新主任"
    tab.refresh()  # reads the rows at once; the check runs on a pool thread
    texts = {tab.model.index(r, MATRIX_COLUMN).data() for r in range(tab.model.rowCount())}
    assert "Checking…" in texts and tab.checking
    assert "checking…" in tab.summary_label.text()
    qtbot.waitUntil(lambda: not tab.checking, timeout=30000)
    stale = [row for row in tab.model.rows() if row.out_of_date]
    assert [row.party_b for row in stale] == ["城东街道"]
    assert "Out of date: 1." in tab.summary_label.text()
