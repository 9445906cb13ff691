"""The matrix of a year: loading it in bulk and setting roles on many cells in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import event, func, select

from desktop_app.domain.enums import FieldRole, UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.gaps import GapKind
from desktop_app.services import demo_data
from desktop_app.services.gaps import list_gaps
from desktop_app.services.matrix import apply_roles, load_matrix, roles_of, set_role
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditEvent, FieldAssignment, Unit
from tests.demo_copy import DEMO_YEAR as YEAR


def _ids(database: Database) -> tuple[dict[str, int], dict[str, int]]:
    matrix = load_matrix(database, YEAR)
    return {u.name: u.id for u in matrix.units}, {f.name: f.id for f in matrix.fields}


def test_the_matrix_loads_in_three_queries_whatever_its_size(demo: Database) -> None:
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(demo.engine, "before_cursor_execute", listener)
    try:
        matrix = load_matrix(demo, YEAR)
    finally:
        event.remove(demo.engine, "before_cursor_execute", listener)

    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3
    with demo.reading() as session:
        active = session.scalar(select(func.count()).select_from(Unit).where(Unit.active.is_(True)))
    assert len(matrix.units) == active
    assert [f.name for f in matrix.fields][:2] == ["道路交通", "道路运输"]
    units, fields = {u.name: u for u in matrix.units}, {f.name: f.id for f in matrix.fields}
    assert matrix.roles[(units["青溪县公安局"].id, fields["道路交通"])] is FieldRole.LEAD
    # rows come in tree order: the government first, then its children with depth 1
    assert matrix.units[0].name == demo_data.GOVERNMENT and matrix.units[0].depth == 0
    assert matrix.units[1].depth == 1


def test_every_enterprise_knows_its_township(demo: Database) -> None:
    matrix = load_matrix(demo, YEAR)
    by_id = {u.id: u for u in matrix.units}

    enterprises = [u for u in matrix.units if u.kind is UnitKind.ENTERPRISE]
    in_townships = [u for u in enterprises if u.township_id is not None]
    assert len(in_townships) == len(enterprises) - 1  # the county company sits under the county
    assert all(
        by_id[u.township_id].kind in (UnitKind.TOWNSHIP, UnitKind.PARK) for u in in_townships
    )


def test_setting_a_role_on_many_cells_is_one_transaction_and_returns_the_old_roles(
    demo: Database,
) -> None:
    units, fields = _ids(demo)
    police, transport = units["青溪县公安局"], units["青溪县交通运输局"]
    road = fields["道路交通"]
    cells = [(police, road), (transport, road), (transport, fields["非煤矿山"])]
    before = roles_of(demo, YEAR, cells)
    with demo.reading() as session:
        last_event = session.scalar(select(func.max(AuditEvent.id)))

    previous = set_role(demo, YEAR, cells, FieldRole.SUPPORT)

    assert previous == {k: v for k, v in before.items() if v is not FieldRole.SUPPORT}
    assert roles_of(demo, YEAR, cells) == dict.fromkeys(cells, FieldRole.SUPPORT)
    with demo.reading() as session:
        operations = set(
            session.scalars(select(AuditEvent.operation).where(AuditEvent.id > last_event))
        )
    assert operations == {"set_matrix_roles"}

    apply_roles(demo, YEAR, previous)
    assert roles_of(demo, YEAR, cells) == before


def test_clearing_a_cell_deletes_its_row_and_fixing_a_leadless_field_closes_the_gap(
    demo: Database,
) -> None:
    units, fields = _ids(demo)
    leadless = fields[demo_data.LEADLESS_FIELD]
    assert any(
        g.kind is GapKind.FIELD_WITHOUT_LEAD and g.subject_id == leadless
        for g in list_gaps(demo, YEAR)
    )

    set_role(demo, YEAR, [(units["青溪县农业农村局"], leadless)], FieldRole.LEAD)

    assert not any(
        g.kind is GapKind.FIELD_WITHOUT_LEAD and g.subject_id == leadless
        for g in list_gaps(demo, YEAR)
    )
    set_role(demo, YEAR, [(units["青溪县农业农村局"], leadless)], None)
    with demo.reading() as session:
        count = session.scalar(
            select(func.count())
            .select_from(FieldAssignment)
            .where(FieldAssignment.field_id == leadless, FieldAssignment.role == FieldRole.LEAD)
        )
    assert count == 0


def test_unknown_units_fields_and_years_are_refused_without_writing(demo: Database) -> None:
    units, fields = _ids(demo)
    road = fields["道路交通"]
    with demo.reading() as session:
        rows = session.scalar(select(func.count()).select_from(FieldAssignment))

    with pytest.raises(DomainError) as unit_error:
        set_role(demo, YEAR, [(units["青溪县公安局"], road), (99999, road)], FieldRole.LEAD)
    with pytest.raises(DomainError) as field_error:
        set_role(demo, YEAR, [(units["青溪县公安局"], 99999)], FieldRole.LEAD)
    with pytest.raises(DomainError) as year_error:
        set_role(demo, 1999, [(units["青溪县公安局"], road)], FieldRole.LEAD)

    assert unit_error.value.code is ErrorCode.UNIT_NOT_FOUND
    assert field_error.value.code is ErrorCode.FIELD_NOT_FOUND
    assert year_error.value.code is ErrorCode.INVALID_YEAR
    with demo.reading() as session:
        assert session.scalar(select(func.count()).select_from(FieldAssignment)) == rows


def test_inactive_units_are_left_out_unless_asked_for(demo: Database) -> None:
    from desktop_app.services.units import set_unit_active

    units, _fields = _ids(demo)
    set_unit_active(demo, units["青溪县商务局"], False)

    assert "青溪县商务局" not in {u.name for u in load_matrix(demo, YEAR).units}
    shown = {u.name: u for u in load_matrix(demo, YEAR, include_inactive=True).units}
    assert not shown["青溪县商务局"].active
