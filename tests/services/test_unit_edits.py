"""Unit properties, removing an unused unit (undo of "add"), and a unit's audit history."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.domain.enums import FieldRole, RiskLevel, UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.gaps import GapKind
from desktop_app.messages import describe
from desktop_app.services import demo_data
from desktop_app.services.gaps import list_gaps
from desktop_app.services.history import unit_history
from desktop_app.services.matrix import load_matrix, set_role
from desktop_app.services.oversight import assign_oversight
from desktop_app.services.people import create_person, create_post
from desktop_app.services.unit_edits import delete_unused_unit, restore_unit, update_unit
from desktop_app.services.units import create_unit, rename_unit
from desktop_app.storage.database import Database
from desktop_app.storage.models import Unit
from tests.demo_copy import DEMO_YEAR as YEAR


def _unit_id(database: Database, name: str) -> int:
    with database.reading() as session:
        return int(session.scalar(select(Unit.id).where(Unit.name == name)) or 0)


def test_giving_the_county_company_a_territory_closes_its_gap(demo: Database) -> None:
    company = _unit_id(demo, demo_data.UNTERRITORIAL_ENTERPRISE)
    town = _unit_id(demo, demo_data.TOWNSHIPS[0])

    before = update_unit(demo, company, territorial_unit_id=town, risk_level="major")

    assert before == {"territorial_unit_id": None, "risk_level": RiskLevel.HIGH}
    assert not any(
        g.kind is GapKind.ENTERPRISE_WITHOUT_TERRITORY and g.subject_id == company
        for g in list_gaps(demo, YEAR)
    )
    with pytest.raises(DomainError) as itself:
        update_unit(demo, company, supervisor_unit_id=company)
    assert itself.value.code is ErrorCode.UNIT_REFERS_TO_ITSELF


def test_an_unused_unit_can_be_removed_and_restored_with_its_id_and_uuid(demo: Database) -> None:
    government = _unit_id(demo, demo_data.GOVERNMENT)
    new_id = create_unit(demo, "县数据局", UnitKind.DEPARTMENT, parent_id=government)
    with demo.reading() as session:
        uuid = session.get(Unit, new_id).uuid  # type: ignore[union-attr]

    record = delete_unused_unit(demo, new_id)
    with demo.reading() as session:
        assert session.get(Unit, new_id) is None
    restore_unit(demo, record)

    with demo.reading() as session:
        restored = session.get(Unit, new_id)
        assert restored is not None and restored.uuid == uuid and restored.name == "县数据局"


def test_a_unit_in_use_is_not_removed(demo: Database) -> None:
    with pytest.raises(DomainError) as caught:
        delete_unused_unit(demo, _unit_id(demo, "青溪县应急管理局"))

    assert caught.value.code is ErrorCode.UNIT_IN_USE
    assert "青溪县应急管理局" in describe(caught.value)


def test_history_shows_the_units_own_changes_and_its_matrix_cells(demo: Database) -> None:
    police = _unit_id(demo, "青溪县公安局")
    road = next(f.id for f in load_matrix(demo, YEAR).fields if f.name == "道路交通")
    rename_unit(demo, police, "青溪县公安局（交警大队）")
    set_role(demo, YEAR, [(police, road)], FieldRole.SUPPORT)

    history = unit_history(demo, police)

    assert [(e.operation, e.entity) for e in history[:2]] == [
        ("set_matrix_roles", "field_assignment"),
        ("rename_unit", "unit"),
    ]
    assert history[0].before == {"role": "lead"} and history[0].after == {"role": "support"}
    assert history[-1].operation == "generate_demo"
    assert all(e.os_user for e in history)


def test_history_names_referenced_rows_and_keeps_empty_references_without_ids(
    demo: Database,
) -> None:
    bureau = _unit_id(demo, "青溪县应急管理局")
    leader = create_person(demo, bureau, "李明", "副局长", is_leader=True)
    create_post(demo, bureau, "安全员", holder_id=leader)
    assign_oversight(demo, YEAR + 1, leader, unit_id=bureau)

    history = unit_history(demo, bureau)

    oversight, post = history[0].after, history[1].after
    bureau_name = "青溪县应急管理局"
    assert oversight == {"year": YEAR + 1, "person": "李明", "unit": bureau_name, "field": None}
    assert post is not None and post["holder"] == "李明" and post["unit"] == bureau_name
    keys = {key for e in history for image in (e.before, e.after) if image for key in image}
    assert not [key for key in keys if key.endswith("_id") or key in ("id", "uuid")]
