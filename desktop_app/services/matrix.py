"""The responsibility matrix of a year: units × industry fields, each cell a role or empty.

``load_matrix`` reads everything the matrix tab shows in three queries (units, fields, cells),
whatever the size of the county. ``apply_roles`` writes any number of cells in one audited
transaction and returns what the cells held before, which is exactly what undo needs.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import FieldRole, UnitCategory, UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.matrix import CellKey, RoleChanges, township_of, tree_order
from desktop_app.domain.years import is_valid_year
from desktop_app.storage.database import Database
from desktop_app.storage.models import Field, FieldAssignment, Unit

# SQLite allows many more bound parameters, but smaller IN lists keep every backend happy.
_CHUNK = 500


@dataclass(frozen=True)
class MatrixUnit:
    """A row of the matrix: a unit with what the filters look at."""

    id: int
    name: str
    kind: UnitKind
    category: UnitCategory | None
    is_committee_member: bool
    parent_id: int | None
    township_id: int | None
    depth: int
    active: bool


@dataclass(frozen=True)
class MatrixField:
    """A column of the matrix: an industry field."""

    id: int
    code: str
    name: str


@dataclass
class MatrixData:
    """One year's matrix: rows in tree order, columns in field order, and the cells."""

    year: int
    units: list[MatrixUnit] = field(default_factory=list)
    fields: list[MatrixField] = field(default_factory=list)
    roles: dict[CellKey, FieldRole] = field(default_factory=dict)


def check_year(year: int) -> None:
    """Refuse a year the database would not accept."""
    if not is_valid_year(year):
        raise DomainError(ErrorCode.INVALID_YEAR, year=year)


def load_matrix(database: Database, year: int, *, include_inactive: bool = False) -> MatrixData:
    """Units (tree order), active fields and the year's cells, in three queries."""
    with database.reading() as session:
        unit_rows = session.execute(
            select(
                Unit.id,
                Unit.name,
                Unit.kind,
                Unit.category,
                Unit.is_committee_member,
                Unit.parent_id,
                Unit.territorial_unit_id,
                Unit.sort_order,
                Unit.active,
            )
        ).all()
        fields = [
            MatrixField(id=row.id, code=row.code, name=row.name)
            for row in session.execute(
                select(Field.id, Field.code, Field.name)
                .where(Field.active.is_(True))
                .order_by(Field.sort_order, Field.id)
            )
        ]
        roles = {
            (row.unit_id, row.field_id): FieldRole(row.role)
            for row in session.execute(
                select(
                    FieldAssignment.unit_id, FieldAssignment.field_id, FieldAssignment.role
                ).where(FieldAssignment.year == year)
            )
        }
    parent_of = {row.id: row.parent_id for row in unit_rows}
    kind_of = {row.id: UnitKind(row.kind) for row in unit_rows}
    territorial_of = {row.id: row.territorial_unit_id for row in unit_rows}
    by_id = {row.id: row for row in unit_rows}
    shown = [row.id for row in unit_rows if include_inactive or row.active]
    order = tree_order(shown, parent_of, {row.id: row.sort_order for row in unit_rows})
    units = [
        MatrixUnit(
            id=unit_id,
            name=by_id[unit_id].name,
            kind=kind_of[unit_id],
            category=by_id[unit_id].category,
            is_committee_member=by_id[unit_id].is_committee_member,
            parent_id=by_id[unit_id].parent_id,
            township_id=township_of(unit_id, parent_of, kind_of, territorial_of),
            depth=depth,
            active=by_id[unit_id].active,
        )
        for unit_id, depth in order
    ]
    return MatrixData(year=year, units=units, fields=fields, roles=roles)


def _chunks(values: Iterable[int]) -> Iterable[list[int]]:
    ordered = sorted(set(values))
    for start in range(0, len(ordered), _CHUNK):
        yield ordered[start : start + _CHUNK]


def _check_references(session: Session, unit_ids: set[int], field_ids: set[int]) -> None:
    found_units: set[int] = set()
    for chunk in _chunks(unit_ids):
        found_units.update(session.scalars(select(Unit.id).where(Unit.id.in_(chunk))))
    missing_units = unit_ids - found_units
    if missing_units:
        raise DomainError(ErrorCode.UNIT_NOT_FOUND, unit_id=min(missing_units))
    found_fields = set(session.scalars(select(Field.id).where(Field.id.in_(sorted(field_ids)))))
    missing_fields = field_ids - found_fields
    if missing_fields:
        raise DomainError(ErrorCode.FIELD_NOT_FOUND, field_id=min(missing_fields))


def apply_roles(
    database: Database, year: int, changes: Mapping[CellKey, FieldRole | None]
) -> RoleChanges:
    """Give each cell its new role (None clears it), in one audited transaction.

    Returns the role every touched cell held before (None where it was empty), so applying
    the result restores the matrix exactly. Cells already holding their new role are left
    alone and are not in the result.
    """
    check_year(year)
    wanted = {key: (FieldRole(role) if role is not None else None) for key, role in changes.items()}
    if not wanted:
        return {}
    with database.transaction("set_matrix_roles") as session:
        _check_references(session, {u for u, _ in wanted}, {f for _, f in wanted})
        field_ids = sorted({f for _, f in wanted})
        existing: dict[CellKey, FieldAssignment] = {}
        for chunk in _chunks(u for u, _ in wanted):
            for row in session.scalars(
                select(FieldAssignment).where(
                    FieldAssignment.year == year,
                    FieldAssignment.unit_id.in_(chunk),
                    FieldAssignment.field_id.in_(field_ids),
                )
            ):
                key = (row.unit_id, row.field_id)
                if key in wanted:
                    existing[key] = row
        previous: RoleChanges = {}
        for key, role in wanted.items():
            current = existing.get(key)
            old = FieldRole(current.role) if current is not None else None
            if old == role:
                continue
            previous[key] = old
            if current is None:
                session.add(FieldAssignment(year=year, unit_id=key[0], field_id=key[1], role=role))
            elif role is None:
                session.delete(current)
            else:
                current.role = role
    return previous


def set_role(
    database: Database, year: int, cells: Iterable[CellKey], role: FieldRole | None
) -> RoleChanges:
    """Give every cell in ``cells`` the same ``role`` (or clear them) in one transaction."""
    return apply_roles(database, year, dict.fromkeys(cells, role))


def roles_of(database: Database, year: int, cells: Iterable[CellKey]) -> RoleChanges:
    """The current role of each cell (None where empty), read in a few queries."""
    keys = set(cells)
    found: RoleChanges = dict.fromkeys(keys)
    if not keys:
        return found
    field_ids = sorted({f for _, f in keys})
    with database.reading() as session:
        for chunk in _chunks(u for u, _ in keys):
            for unit_id, field_id, role in session.execute(
                select(
                    FieldAssignment.unit_id, FieldAssignment.field_id, FieldAssignment.role
                ).where(
                    FieldAssignment.year == year,
                    FieldAssignment.unit_id.in_(chunk),
                    FieldAssignment.field_id.in_(field_ids),
                )
            ):
                if (unit_id, field_id) in keys:
                    found[(unit_id, field_id)] = FieldRole(role)
    return found
