"""The 责任矩阵 tab: setting roles by mouse and keyboard, undo in the database, live gaps."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop_app.domain.enums import FieldRole, UnitKind
from desktop_app.domain.gaps import GapKind
from desktop_app.services import demo_data
from desktop_app.services.matrix import roles_of
from desktop_app.storage.database import Database
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.matrix_model import ROLE_VALUE_ROLE
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import build_window


def _open_matrix(qtbot: QtBot, database: Database) -> MainWindow:
    window, _prompter = build_window(qtbot, database)
    window.tabs.setCurrentWidget(window.matrix_tab)
    return window


def _select(window: MainWindow, cells: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Select the cells (unit name, field name); returns their keys."""
    model = window.matrix_tab.model
    units = {u.name: u.id for u in model.units()}
    fields = {f.name: f.id for f in model.fields()}
    selection = window.matrix_tab.view.selectionModel()
    selection.clearSelection()
    keys = []
    for unit, field in cells:
        key = (units[unit], fields[field])
        row, column = model.row_of(key[0]), model.column_of(key[1])
        index = model.index(row, column)  # type: ignore[arg-type]
        selection.select(index, QItemSelectionModel.SelectionFlag.Select)
        keys.append(key)
    return keys


def test_setting_a_cell_persists_and_undo_restores_the_database(
    qtbot: QtBot, demo: Database
) -> None:
    window = _open_matrix(qtbot, demo)
    keys = _select(window, [("青溪县商务局", "道路交通")])
    assert roles_of(demo, DEMO_YEAR, keys) == {keys[0]: None}

    assert window.matrix_tab.set_selected(FieldRole.SUPPORT)

    assert roles_of(demo, DEMO_YEAR, keys) == {keys[0]: FieldRole.SUPPORT}
    index = window.matrix_tab.view.selectionModel().selectedIndexes()[0]
    assert index.data(ROLE_VALUE_ROLE) == FieldRole.SUPPORT
    assert index.data() == "Support"

    window.workspace.undo_stack.undo()
    assert roles_of(demo, DEMO_YEAR, keys) == {keys[0]: None}
    assert index.data(ROLE_VALUE_ROLE) is None

    window.workspace.undo_stack.redo()
    assert roles_of(demo, DEMO_YEAR, keys) == {keys[0]: FieldRole.SUPPORT}


def test_a_multi_cell_edit_is_one_undo_step(qtbot: QtBot, demo: Database) -> None:
    window = _open_matrix(qtbot, demo)
    cells = [
        (unit, field)
        for unit in ("青溪县公安局", "青溪县交通运输局", "青溪县商务局")
        for field in ("道路交通", "道路运输")
    ]
    keys = _select(window, cells)
    before = roles_of(demo, DEMO_YEAR, keys)
    stack = window.workspace.undo_stack

    window.matrix_tab.set_selected(FieldRole.MAIN)

    assert stack.count() == 1
    assert set(roles_of(demo, DEMO_YEAR, keys).values()) == {FieldRole.MAIN}
    stack.undo()
    assert roles_of(demo, DEMO_YEAR, keys) == before
    assert not stack.canUndo()


def test_keys_set_and_clear_roles_on_the_selection(qtbot: QtBot, demo: Database) -> None:
    window = _open_matrix(qtbot, demo)
    window.show()
    qtbot.waitExposed(window)
    keys = _select(window, [("青溪县商务局", "道路交通"), ("青溪县林业局", "道路交通")])
    view = window.matrix_tab.view

    qtbot.keyClick(view, Qt.Key.Key_1)
    assert set(roles_of(demo, DEMO_YEAR, keys).values()) == {FieldRole.LEAD}
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert set(roles_of(demo, DEMO_YEAR, keys).values()) == {None}
    # Ctrl+Z / Ctrl+Y are the menu actions' shortcuts (offscreen windows never become
    # active, so the shortcut map is not consulted: trigger the actions themselves).
    undo, redo = window.menus.undo_action, window.menus.redo_action
    assert QKeySequence("Ctrl+Z") in undo.shortcuts()
    assert QKeySequence("Ctrl+Y") in redo.shortcuts()
    undo.trigger()
    assert set(roles_of(demo, DEMO_YEAR, keys).values()) == {FieldRole.LEAD}
    redo.trigger()
    assert set(roles_of(demo, DEMO_YEAR, keys).values()) == {None}


def test_the_gap_list_changes_after_the_edit_that_fixes_a_gap(qtbot: QtBot, demo: Database) -> None:
    window = _open_matrix(qtbot, demo)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.gaps_tab)

    def leadless() -> list[str]:
        return [
            g.subject_name
            for g in window.gaps_tab.model.gaps()
            if g.kind is GapKind.FIELD_WITHOUT_LEAD
        ]

    assert leadless() == [demo_data.LEADLESS_FIELD]
    count = window.gaps_tab.model.rowCount()
    assert window.tabs.tabText(window.tabs.indexOf(window.gaps_tab)).endswith(f"({count})")

    window.tabs.setCurrentWidget(window.matrix_tab)
    _select(window, [("青溪县农业农村局", demo_data.LEADLESS_FIELD)])
    window.matrix_tab.set_selected(FieldRole.LEAD)
    window.tabs.setCurrentWidget(window.gaps_tab)

    # The same edit gives the farm co-operative in that field a supervising department.
    assert leadless() == []
    assert window.gaps_tab.model.rowCount() == count - 2
    assert demo_data.UNSUPERVISED_ENTERPRISE not in {
        g.subject_name for g in window.gaps_tab.model.gaps()
    }
    window.workspace.undo_stack.undo()
    assert leadless() == [demo_data.LEADLESS_FIELD]


def test_headers_count_leads_and_supports_and_mark_fields_without_one_lead(
    qtbot: QtBot, demo: Database
) -> None:
    window = _open_matrix(qtbot, demo)
    model = window.matrix_tab.model
    column = {f.name: c for c, f in enumerate(model.fields())}

    road = model.headerData(column["道路交通"], Qt.Orientation.Horizontal)
    assert road.splitlines() == ["道路交通", "Lead 1 · Support 2"]
    assert (
        model.headerData(
            column["道路交通"], Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole
        )
        is None
    )
    leadless = column[demo_data.LEADLESS_FIELD]
    assert model.headerData(leadless, Qt.Orientation.Horizontal, Qt.ItemDataRole.ForegroundRole)

    keys = _select(window, [("青溪县商务局", "道路交通")])
    window.matrix_tab.set_selected(FieldRole.SUPPORT)
    assert model.counts(keys[0][1]).support == 3
    assert model.headerData(column["道路交通"], Qt.Orientation.Horizontal).endswith("Support 3")


def test_filters_choose_rows_without_touching_the_database(qtbot: QtBot, demo: Database) -> None:
    window = _open_matrix(qtbot, demo)
    tab = window.matrix_tab
    total = tab.model.rowCount()
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(demo.engine, "before_cursor_execute", listener)
    try:
        tab.kind_combo.setCurrentIndex(tab.kind_combo.findData(UnitKind.ENTERPRISE))
        enterprises = tab.model.rowCount()
        town = next(u for u in tab.model.all_units() if u.name == demo_data.TOWNSHIPS[0])
        tab.township_combo.setCurrentIndex(tab.township_combo.findData(town.id))
        in_town = tab.model.units()
        tab.clear_filter()
        tab.member_combo.setCurrentIndex(tab.member_combo.findData(True))
        members = tab.model.units()
    finally:
        event.remove(demo.engine, "before_cursor_execute", listener)

    assert statements == []
    assert 0 < enterprises < total
    assert in_town and all(
        u.kind is UnitKind.ENTERPRISE and u.township_id == town.id for u in in_town
    )
    assert members and all(u.is_committee_member for u in members)


def test_scrolling_and_painting_never_query_the_database(qtbot: QtBot, demo: Database) -> None:
    window = _open_matrix(qtbot, demo)
    window.show()
    qtbot.waitExposed(window)
    view = window.matrix_tab.view
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(demo.engine, "before_cursor_execute", listener)
    try:
        for fraction in (0.0, 0.5, 1.0):
            bar = view.verticalScrollBar()
            bar.setValue(int(bar.maximum() * fraction))
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().maximum())
            view.viewport().grab()
    finally:
        event.remove(demo.engine, "before_cursor_execute", listener)
    assert statements == []


def test_a_refused_edit_reports_why_and_leaves_no_undo_step(qtbot: QtBot, demo: Database) -> None:
    window, prompter = build_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.matrix_tab)
    _select(window, [("青溪县商务局", "道路交通")])
    window.workspace.year = 1999  # the database refuses years before 2000
    window.matrix_tab.model.year = 1999

    assert not window.matrix_tab.set_selected(FieldRole.LEAD)

    assert prompter.errors == ["年度 1999 不在允许的范围内（2000—2200）。"]
    assert window.workspace.undo_stack.count() == 0


def test_selection_spanning_rows_uses_the_whole_block(qtbot: QtBot, demo: Database) -> None:
    window = _open_matrix(qtbot, demo)
    model = window.matrix_tab.model
    selection = window.matrix_tab.view.selectionModel()
    block = QItemSelection(model.index(5, 0), model.index(9, 3))
    selection.select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    window.matrix_tab.set_selected(FieldRole.TERRITORIAL)

    keys = [(model.units()[r].id, model.fields()[c].id) for r in range(5, 10) for c in range(4)]
    assert set(roles_of(demo, DEMO_YEAR, keys).values()) == {FieldRole.TERRITORIAL}
    assert window.workspace.undo_stack.count() == 1
