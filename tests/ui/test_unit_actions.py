"""The unit tree's context actions: add, rename, move (cycles refused), deactivate, undo."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.domain.enums import UnitKind
from desktop_app.services import demo_data
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditEvent, Unit
from desktop_app.ui.unit_picker import TOP_LEVEL
from tests.ui.fake_prompter import build_window


def _unit(database: Database, name: str) -> Unit | None:
    with database.reading() as session:
        return session.scalar(select(Unit).where(Unit.name == name))


def _id(database: Database, name: str) -> int:
    unit = _unit(database, name)
    assert unit is not None
    return unit.id


def test_moving_a_unit_under_its_descendant_is_refused_with_a_clear_message(
    qtbot: QtBot, demo: Database
) -> None:
    window, prompter = build_window(qtbot, demo)
    town = _id(demo, demo_data.TOWNSHIPS[0])
    enterprise = next(
        n.id for n in window.model.node_by_id(town).children if n.kind is UnitKind.ENTERPRISE
    )
    enterprise_name = window.model.node_by_id(enterprise).name
    with demo.reading() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    window.select_unit(town)
    prompter.answer(enterprise)

    assert not window.unit_actions.move()

    assert prompter.errors == [
        f"不能把“{demo_data.TOWNSHIPS[0]}”移到“{enterprise_name}”之下：“{enterprise_name}”"
        "是它自己或它的下级单位，会形成循环。"
    ]
    assert window.workspace.undo_stack.count() == 0
    assert window.model.parent_id(town) == _id(demo, demo_data.GOVERNMENT)
    with demo.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events


def test_a_legal_move_is_undone_in_the_database(qtbot: QtBot, demo: Database) -> None:
    window, prompter = build_window(qtbot, demo)
    bureau = _id(demo, "青溪县商务局")
    government = _id(demo, demo_data.GOVERNMENT)
    window.select_unit(bureau)
    prompter.answer(TOP_LEVEL)

    assert window.unit_actions.move()
    assert _unit(demo, "青溪县商务局").parent_id is None  # type: ignore[union-attr]
    assert window.model.parent_id(bureau) is None

    window.workspace.undo_stack.undo()
    assert _unit(demo, "青溪县商务局").parent_id == government  # type: ignore[union-attr]
    assert window.selected_unit() is not None and window.selected_unit().id == bureau  # type: ignore[union-attr]


def test_adding_a_unit_is_undone_and_redone_with_the_same_id(qtbot: QtBot, demo: Database) -> None:
    window, prompter = build_window(qtbot, demo)
    window.select_unit(_id(demo, demo_data.GOVERNMENT))
    prompter.answer("青溪县数据局", list(UnitKind).index(UnitKind.DEPARTMENT))

    assert window.unit_actions.add_child()
    created = _unit(demo, "青溪县数据局")
    assert created is not None and created.kind is UnitKind.DEPARTMENT
    assert window.model.node_by_id(created.id) is not None

    window.workspace.undo_stack.undo()
    assert _unit(demo, "青溪县数据局") is None
    assert window.model.node_by_id(created.id) is None
    window.workspace.undo_stack.redo()
    again = _unit(demo, "青溪县数据局")
    assert again is not None and (again.id, again.uuid) == (created.id, created.uuid)


def test_rename_and_deactivate_are_each_one_undo_step(qtbot: QtBot, demo: Database) -> None:
    window, prompter = build_window(qtbot, demo)
    bureau = _id(demo, "青溪县商务局")
    window.select_unit(bureau)
    prompter.answer("青溪县商务和投资促进局", True)

    assert window.unit_actions.rename()
    assert window.unit_actions.toggle_active()
    assert not _unit(demo, "青溪县商务和投资促进局").active  # type: ignore[union-attr]
    stack = window.workspace.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Rename 青溪县商务局 to 青溪县商务和投资促进局",
        "Deactivate 青溪县商务和投资促进局",
    ]

    stack.undo()
    stack.undo()
    restored = _unit(demo, "青溪县商务局")
    assert restored is not None and restored.active


def test_a_duplicate_name_is_refused_in_one_sentence(qtbot: QtBot, demo: Database) -> None:
    window, prompter = build_window(qtbot, demo)
    window.select_unit(_id(demo, "青溪县商务局"))
    prompter.answer("青溪县林业局")

    assert not window.unit_actions.rename()
    assert prompter.errors == [
        f"“{demo_data.GOVERNMENT}”下已有名为“青溪县林业局”的单位，同一上级下单位名称不能重复。"
    ]


def test_properties_give_the_county_company_a_territory_and_history_shows_it(
    qtbot: QtBot, demo: Database
) -> None:
    window, _prompter = build_window(qtbot, demo)
    company = _id(demo, demo_data.UNTERRITORIAL_ENTERPRISE)
    town = _id(demo, demo_data.TOWNSHIPS[0])
    window.select_unit(company)

    dialog = window.unit_actions.edit_properties()
    assert dialog is not None
    dialog.territory_combo.setCurrentIndex(dialog.territory_combo.findData(town))
    dialog.accept()

    assert _unit(demo, demo_data.UNTERRITORIAL_ENTERPRISE).territorial_unit_id == town  # type: ignore[union-attr]
    assert window.summary.detail_labels["territory"].text() == demo_data.TOWNSHIPS[0]
    history = window.unit_actions.show_history()
    assert history is not None
    model = history.model
    assert model.index(0, 2).data() == "Edit unit properties"
    assert f"territorial unit：{demo_data.TOWNSHIPS[0]}" in model.index(0, 5).data()
    history.close()
