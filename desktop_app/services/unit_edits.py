"""Edits of a unit beyond the tree operations of :mod:`desktop_app.services.units`.

Properties (category, membership, risk level, territorial and supervising unit …), and the
two operations undo needs for "add unit": removing a unit nothing refers to yet, and putting
it back with the same id and uuid.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import RiskLevel, UnitCategory, UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    DutyList,
    FieldAssignment,
    Letter,
    Oversight,
    Person,
    Post,
    Unit,
)

# Columns of a unit the properties dialog may change (name and parent have their own
# operations, which check sibling names and cycles).
EDITABLE_UNIT_COLUMNS = frozenset(
    {
        "code",
        "short_name",
        "kind",
        "category",
        "is_committee_member",
        "risk_level",
        "territorial_unit_id",
        "supervisor_unit_id",
        "notes",
    }
)


def _unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise DomainError(ErrorCode.UNIT_NOT_FOUND, unit_id=unit_id)
    return unit


def _coerce(key: str, value: Any) -> Any:
    if value is None:
        return None
    converters: dict[str, Any] = {
        "kind": UnitKind,
        "category": UnitCategory,
        "risk_level": RiskLevel,
        "is_committee_member": bool,
    }
    if key in converters:
        return converters[key](value)
    if key in ("code", "short_name", "notes"):
        return str(value).strip() or None
    return value


def update_unit(database: Database, unit_id: int, **changes: Any) -> dict[str, Any]:
    """Change some properties of a unit; returns their former values (for undo)."""
    unknown = set(changes) - EDITABLE_UNIT_COLUMNS
    if unknown:
        raise ValueError(f"not editable here: {sorted(unknown)}")
    values = {key: _coerce(key, value) for key, value in changes.items()}
    with database.transaction("update_unit") as session:
        unit = _unit(session, unit_id)
        for key in ("territorial_unit_id", "supervisor_unit_id"):
            other = values.get(key)
            if other is None:
                continue
            if other == unit_id:
                raise DomainError(ErrorCode.UNIT_REFERS_TO_ITSELF, unit=unit.name)
            _unit(session, other)
        code = values.get("code")
        if code and session.scalar(select(Unit.id).where(Unit.code == code, Unit.id != unit_id)):
            raise DomainError(ErrorCode.DUPLICATE_CODE, code=code)
        before = {key: getattr(unit, key) for key in values}
        for key, value in values.items():
            setattr(unit, key, value)
    return before


@dataclass(frozen=True)
class UnitRecord:
    """Every column of a removed unit, enough to restore it exactly."""

    columns: dict[str, Any]


_REFERENCES: tuple[tuple[str, Any, Any], ...] = (
    ("units below", Unit, Unit.parent_id),
    ("people", Person, Person.unit_id),
    ("posts", Post, Post.unit_id),
    ("matrix cells", FieldAssignment, FieldAssignment.unit_id),
    ("oversight", Oversight, Oversight.unit_id),
    ("duty lists", DutyList, DutyList.unit_id),
)


def _references(session: Session, unit_id: int) -> dict[str, int]:
    found: dict[str, int] = {}
    for label, model, column in _REFERENCES:
        count = session.scalar(select(func.count()).select_from(model).where(column == unit_id))
        if count:
            found[label] = int(count)
    letters = session.scalar(
        select(func.count())
        .select_from(Letter)
        .where(or_(Letter.party_a_id == unit_id, Letter.party_b_id == unit_id))
    )
    if letters:
        found["letters"] = int(letters)
    territory = session.scalar(
        select(func.count())
        .select_from(Unit)
        .where(or_(Unit.territorial_unit_id == unit_id, Unit.supervisor_unit_id == unit_id))
    )
    if territory:
        found["territorial or supervised units"] = int(territory)
    return found


def delete_unused_unit(database: Database, unit_id: int) -> UnitRecord:
    """Remove a unit nothing refers to (undo of "add unit"); refused with UNIT_IN_USE else."""
    with database.transaction("delete_unit") as session:
        unit = _unit(session, unit_id)
        references = _references(session, unit_id)
        if references:
            detail = ", ".join(f"{label} {count}" for label, count in references.items())
            raise DomainError(
                ErrorCode.UNIT_IN_USE,
                unit=unit.name,
                count=sum(references.values()),
                detail=detail,
            )
        columns = {attr.key: getattr(unit, attr.key) for attr in Unit.__mapper__.column_attrs}
        session.delete(unit)
    return UnitRecord(columns)


def restore_unit(database: Database, record: UnitRecord) -> None:
    """Put a removed unit back with its former id, uuid and properties."""
    with database.transaction("restore_unit") as session:
        parent_id = record.columns.get("parent_id")
        if parent_id is not None:
            _unit(session, parent_id)
        columns = {k: v for k, v in record.columns.items() if k != "updated_at"}
        session.add(Unit(**columns))


def unit_properties(database: Database, unit_id: int) -> dict[str, Any]:
    """The current values of the columns :func:`update_unit` may change."""
    with database.reading() as session:
        unit = _unit(session, unit_id)
        return {key: getattr(unit, key) for key in sorted(EDITABLE_UNIT_COLUMNS)}
