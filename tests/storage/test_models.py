"""Constraints live in the database itself, not only in Python."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop_app.domain.enums import FieldRole, UnitKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.storage.database import Database
from desktop_app.storage.errors import StorageError
from desktop_app.storage.models import Field, FieldAssignment, Oversight, Person, Unit


def _add(any_database: Database, *objects: object) -> None:
    with any_database.transaction("test") as session:
        session.add_all(objects)


def test_two_top_level_units_with_the_same_name_are_refused(any_database: Database) -> None:
    _add(any_database, Unit(name="青溪县人民政府", kind=UnitKind.GOVERNMENT))
    with pytest.raises(StorageError) as caught:
        _add(any_database, Unit(name="青溪县人民政府", kind=UnitKind.GOVERNMENT))
    assert caught.value.code is ErrorCode.CONSTRAINT_VIOLATED
    assert caught.value.facts["kind"] == "unique"


def test_sibling_names_are_unique_but_cousins_may_share_a_name(any_database: Database) -> None:
    town_a = Unit(name="青溪镇", kind=UnitKind.TOWNSHIP)
    town_b = Unit(name="白石镇", kind=UnitKind.TOWNSHIP)
    _add(any_database, town_a, town_b)
    _add(
        any_database,
        Unit(name="安监站", kind=UnitKind.OTHER, parent_id=town_a.id),
        Unit(name="安监站", kind=UnitKind.OTHER, parent_id=town_b.id),
    )
    with pytest.raises(StorageError):
        _add(any_database, Unit(name="安监站", kind=UnitKind.OTHER, parent_id=town_a.id))


def test_an_unknown_enum_value_is_refused_by_the_check_constraint(any_database: Database) -> None:
    with pytest.raises(StorageError) as caught, any_database.transaction("raw") as session:
        session.execute(
            text(
                "INSERT INTO unit (uuid, name, kind, is_committee_member, "
                "sort_order, active, updated_at) VALUES "
                "('u1', '某单位', 'castle', false, 0, true, '2026-01-01')"
            )
        )
    assert caught.value.facts["kind"] == "check"


def test_foreign_keys_are_enforced(any_database: Database) -> None:
    with pytest.raises(StorageError) as caught:
        _add(any_database, Person(name="李梅", unit_id=999))
    assert caught.value.facts["kind"] == "foreign_key"


def test_a_cell_holds_one_role_per_unit_field_and_year(any_database: Database) -> None:
    unit = Unit(name="应急管理局", kind=UnitKind.DEPARTMENT)
    field = Field(code="hazchem", name="危险化学品")
    _add(any_database, unit, field)
    _add(
        any_database,
        FieldAssignment(year=2026, unit_id=unit.id, field_id=field.id, role=FieldRole.LEAD),
    )
    _add(
        any_database,
        FieldAssignment(year=2027, unit_id=unit.id, field_id=field.id, role=FieldRole.LEAD),
    )
    with pytest.raises(StorageError):
        _add(
            any_database,
            FieldAssignment(year=2026, unit_id=unit.id, field_id=field.id, role=FieldRole.SUPPORT),
        )


def test_oversight_names_exactly_one_of_unit_or_field(any_database: Database) -> None:
    unit = Unit(name="县政府", kind=UnitKind.GOVERNMENT)
    _add(any_database, unit)
    leader = Person(name="王强", unit_id=unit.id, is_leader=True)
    _add(any_database, leader)
    with pytest.raises(StorageError) as caught:
        _add(any_database, Oversight(year=2026, person_id=leader.id))
    assert caught.value.facts["kind"] == "check"


def test_a_unit_cannot_be_its_own_parent(any_database: Database) -> None:
    unit = Unit(name="县政府", kind=UnitKind.GOVERNMENT)
    _add(any_database, unit)
    with pytest.raises(StorageError), any_database.transaction("raw") as session:
        session.get(Unit, unit.id).parent_id = unit.id  # type: ignore[union-attr]
