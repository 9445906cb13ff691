"""分管, 责任清单, 人员 and 缺位检查 tabs: edits go through services and undo in the database."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.domain.gaps import GapKind
from desktop_app.services import demo_data
from desktop_app.services.duties import duty_list_entries, duty_lists
from desktop_app.services.oversight import load_portfolios
from desktop_app.storage.database import Database
from desktop_app.storage.models import Person, Unit
from desktop_app.ui.main_window import MainWindow
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import build_window


def _id(database: Database, name: str) -> int:
    with database.reading() as session:
        found = session.scalar(select(Unit.id).where(Unit.name == name))
    assert found is not None
    return int(found)


def _gap_row(window: MainWindow, kind: GapKind) -> int:
    window.tabs.setCurrentWidget(window.gaps_tab)
    window.gaps_tab.refresh()
    return next(row for row, gap in enumerate(window.gaps_tab.model.gaps()) if gap.kind is kind)


def _double_click_gap(window: MainWindow, kind: GapKind) -> None:
    row = _gap_row(window, kind)
    window.gaps_tab.view.doubleClicked.emit(window.gaps_tab.model.index(row, 0))


def test_the_idle_leaders_gap_leads_to_the_oversight_tab_and_assigning_fixes_it(
    qtbot: QtBot, demo: Database
) -> None:
    window, prompter = build_window(qtbot, demo)
    _double_click_gap(window, GapKind.LEADER_OVERSEES_NOTHING)

    tab = window.oversight_tab
    assert window.tabs.currentWidget() is tab
    leader = tab.selected_leader()
    assert leader is not None and leader.name == demo_data.IDLE_LEADER

    member = _id(demo, demo_data.UNOVERSEEN_MEMBER)
    prompter.answer(member)
    assert tab.assign_unit()
    assert (
        tab.items.rowCount() == 1 and tab.items.item(0).target_name == demo_data.UNOVERSEEN_MEMBER
    )

    window.tabs.setCurrentWidget(window.gaps_tab)
    remaining = {g.kind for g in window.gaps_tab.model.gaps()}
    assert GapKind.LEADER_OVERSEES_NOTHING not in remaining
    assert GapKind.MEMBER_WITHOUT_OVERSEER not in remaining

    window.workspace.undo_stack.undo()
    portfolio = next(p for p in load_portfolios(demo, DEMO_YEAR) if p.name == demo_data.IDLE_LEADER)
    assert portfolio.items == ()


def test_a_member_without_overseer_is_offered_to_the_next_assignment(
    qtbot: QtBot, demo: Database
) -> None:
    window, _prompter = build_window(qtbot, demo)
    _double_click_gap(window, GapKind.MEMBER_WITHOUT_OVERSEER)

    tab = window.oversight_tab
    assert window.tabs.currentWidget() is tab
    assert tab.pending_unit_id == _id(demo, demo_data.UNOVERSEEN_MEMBER)
    assert demo_data.UNOVERSEEN_MEMBER in tab.hint_label.text()
    tab.focus_person(tab.leaders.portfolio(0).person_id)

    assert tab.assign_unit()
    assert tab.pending_unit_id is None


def test_removing_an_oversight_and_undoing_it(qtbot: QtBot, demo: Database) -> None:
    window, _prompter = build_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.oversight_tab)
    tab = window.oversight_tab
    tab.focus_person(tab.leaders.portfolio(0).person_id)
    before = tab.items.rowCount()
    tab.item_view.selectRow(0)

    assert tab.remove_selected()
    assert tab.items.rowCount() == before - 1
    window.workspace.undo_stack.undo()
    assert tab.items.rowCount() == before


def test_the_empty_list_gap_leads_to_the_duties_tab_where_a_list_is_built(
    qtbot: QtBot, demo: Database
) -> None:
    window, prompter = build_window(qtbot, demo)
    _double_click_gap(window, GapKind.EMPTY_DUTY_LIST)
    tab = window.duties_tab
    member = _id(demo, demo_data.LISTLESS_MEMBER)
    assert window.tabs.currentWidget() is tab and tab.unit_id == member
    assert tab.empty_label.isVisible() or not tab.lists

    prompter.answer(0, 0, "2026年度审计局安全生产责任清单")
    assert tab.new_list()
    summary = tab.current_list()
    assert summary is not None and summary.title == "2026年度审计局安全生产责任清单"

    library = [
        e.duty_id
        for lst in duty_lists(demo, DEMO_YEAR)[:1]
        for e in duty_list_entries(demo, lst.id)
    ]
    assert tab.insert_clause(library[0])
    assert tab.insert_clause(library[1])
    assert [e.duty_id for e in tab.model.entries()] == library[:2]
    tab.select_row(1)
    assert tab.move_selected(-1)
    assert [e.duty_id for e in duty_list_entries(demo, summary.id)] == [library[1], library[0]]

    window.tabs.setCurrentWidget(window.gaps_tab)
    assert GapKind.EMPTY_DUTY_LIST not in {g.kind for g in window.gaps_tab.model.gaps()}

    stack = window.workspace.undo_stack
    stack.undo()
    assert [e.duty_id for e in duty_list_entries(demo, summary.id)] == library[:2]
    stack.undo()
    stack.undo()
    assert duty_list_entries(demo, summary.id) == []
    stack.undo()
    assert duty_lists(demo, DEMO_YEAR, member) == []


def test_the_headless_unit_gap_leads_to_its_people_and_a_flag_fixes_it(
    qtbot: QtBot, demo: Database
) -> None:
    window, _prompter = build_window(qtbot, demo)
    _double_click_gap(window, GapKind.UNIT_WITHOUT_PRINCIPAL)
    tab = window.people_tab
    assert window.tabs.currentWidget() is tab
    assert tab.unit_id == _id(demo, demo_data.HEADLESS_UNIT)
    person = tab.people.person(0)

    assert tab.update_person(person, {"is_admin_head": True})

    window.tabs.setCurrentWidget(window.gaps_tab)
    assert GapKind.UNIT_WITHOUT_PRINCIPAL not in {g.kind for g in window.gaps_tab.model.gaps()}
    window.workspace.undo_stack.undo()
    assert GapKind.UNIT_WITHOUT_PRINCIPAL in {g.kind for g in window.gaps_tab.model.gaps()}


def test_recording_a_successor_from_the_people_tab_is_undoable(
    qtbot: QtBot, demo: Database
) -> None:
    window, prompter = build_window(qtbot, demo)
    government = _id(demo, demo_data.GOVERNMENT)
    window.select_unit(government)
    tab = window.people_tab
    prompter.answer("孙志刚", "副县长")
    assert tab.add_person()
    successor = next(p for p in tab.people.people() if p.name == "孙志刚")
    deputy = next(p for p in tab.people.people() if p.name == "吴立新")

    assert tab.record_successor(deputy, successor.id, date(2026, 6, 1))

    with demo.reading() as session:
        assert not session.get(Person, deputy.id).active  # type: ignore[union-attr]
        assert session.get(Person, successor.id).is_leader  # type: ignore[union-attr]
    assert next(p for p in tab.people.people() if p.id == deputy.id).successor_name == "孙志刚"
    window.workspace.undo_stack.undo()
    with demo.reading() as session:
        assert session.get(Person, deputy.id).active  # type: ignore[union-attr]
        assert not session.get(Person, successor.id).is_leader  # type: ignore[union-attr]


def test_a_field_gap_selects_the_fields_column(qtbot: QtBot, demo: Database) -> None:
    window, _prompter = build_window(qtbot, demo)
    _double_click_gap(window, GapKind.FIELD_WITH_SEVERAL_LEADS)

    assert window.tabs.currentWidget() is window.matrix_tab
    selected = window.matrix_tab.view.selectionModel().selectedColumns()
    field = window.matrix_tab.model.fields()[selected[0].column()]
    assert field.name == demo_data.DOUBLE_LED_FIELD
