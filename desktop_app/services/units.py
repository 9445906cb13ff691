"""Operations on the unit hierarchy: read the tree, add, rename, move, deactivate.

Each write is one audited transaction. The hierarchy stays acyclic: a move is checked here,
before anything is written, and refused with a clear error.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import UnitCategory, UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.hierarchy import would_create_cycle
from desktop_app.domain.import_vocabulary import match_key
from desktop_app.storage.database import Database
from desktop_app.storage.models import Person, Unit


@dataclass
class UnitNode:
    """A unit as the tree shows it, with its children and the number of people in it."""

    id: int
    uuid: str
    name: str
    kind: UnitKind
    category: UnitCategory | None
    is_committee_member: bool
    active: bool
    people: int
    children: list[UnitNode] = field(default_factory=list)

    def descendant_count(self) -> int:
        """How many units lie below this one."""
        return sum(1 + child.descendant_count() for child in self.children)


def unit_tree(database: Database, *, include_inactive: bool = True) -> list[UnitNode]:
    """The whole hierarchy as nested nodes (roots first), in two queries."""
    with database.reading() as session:
        people = dict(
            session.execute(
                select(Person.unit_id, func.count())
                .where(Person.active.is_(True))
                .group_by(Person.unit_id)
            ).all()
        )
        query = select(Unit).order_by(Unit.sort_order, Unit.id)
        if not include_inactive:
            query = query.where(Unit.active.is_(True))
        units = list(session.scalars(query))
    nodes = {
        unit.id: UnitNode(
            id=unit.id,
            uuid=unit.uuid,
            name=unit.name,
            kind=unit.kind,
            category=unit.category,
            is_committee_member=unit.is_committee_member,
            active=unit.active,
            people=people.get(unit.id, 0),
        )
        for unit in units
    }
    roots: list[UnitNode] = []
    for unit in units:
        parent = nodes.get(unit.parent_id) if unit.parent_id is not None else None
        (parent.children if parent else roots).append(nodes[unit.id])
    return roots


def _normalised_name(name: str) -> str:
    cleaned = " ".join(name.replace("\u3000", " ").split())
    if not cleaned:
        raise DomainError(ErrorCode.EMPTY_NAME)
    return cleaned


def _check_sibling_name(
    session: Session, name: str, parent_id: int | None, unit_id: int | None
) -> None:
    query = select(Unit.id).where(Unit.name == name)
    query = query.where(
        Unit.parent_id.is_(None) if parent_id is None else Unit.parent_id == parent_id
    )
    if unit_id is not None:
        query = query.where(Unit.id != unit_id)
    if session.scalar(query.limit(1)) is not None:
        parent = session.get(Unit, parent_id) if parent_id is not None else None
        parent_name = parent.name if parent is not None else ""
        raise DomainError(ErrorCode.DUPLICATE_SIBLING_NAME, name=name, parent=parent_name)


def _get_unit(session: Session, unit_id: int) -> Unit:
    unit = session.get(Unit, unit_id)
    if unit is None:
        raise DomainError(ErrorCode.UNIT_NOT_FOUND, unit_id=unit_id)
    return unit


def create_unit(
    database: Database,
    name: str,
    kind: UnitKind,
    *,
    parent_id: int | None = None,
    category: UnitCategory | None = None,
    is_committee_member: bool = False,
    code: str | None = None,
) -> int:
    """Add a unit under ``parent_id``; its name must be new among its siblings."""
    name = _normalised_name(name)
    with database.transaction("create_unit") as session:
        if parent_id is not None:
            _get_unit(session, parent_id)
        _check_sibling_name(session, name, parent_id, None)
        if code and session.scalar(select(Unit.id).where(Unit.code == code)) is not None:
            raise DomainError(ErrorCode.DUPLICATE_CODE, code=code)
        unit = Unit(
            name=name,
            kind=kind,
            parent_id=parent_id,
            category=category,
            is_committee_member=is_committee_member,
            code=code or None,
        )
        session.add(unit)
        session.flush()
        return unit.id


def rename_unit(database: Database, unit_id: int, new_name: str) -> None:
    """Give a unit a new name, still unique among its siblings."""
    new_name = _normalised_name(new_name)
    with database.transaction("rename_unit") as session:
        unit = _get_unit(session, unit_id)
        _check_sibling_name(session, new_name, unit.parent_id, unit.id)
        unit.name = new_name


def move_unit(database: Database, unit_id: int, new_parent_id: int | None) -> None:
    """Put a unit under another parent; refused if that parent lies below the unit itself."""
    with database.transaction("move_unit") as session:
        unit = _get_unit(session, unit_id)
        parent = _get_unit(session, new_parent_id) if new_parent_id is not None else None
        parent_of = dict(session.execute(select(Unit.id, Unit.parent_id)).all())
        if would_create_cycle(unit_id, new_parent_id, parent_of):
            raise DomainError(
                ErrorCode.HIERARCHY_CYCLE,
                unit=unit.name,
                parent=parent.name if parent else "",
            )
        _check_sibling_name(session, unit.name, new_parent_id, unit.id)
        unit.parent_id = new_parent_id


def set_unit_active(database: Database, unit_id: int, active: bool) -> None:
    """Deactivate (or reactivate) a unit; its history and letters stay on record."""
    with database.transaction("deactivate_unit" if not active else "reactivate_unit") as session:
        _get_unit(session, unit_id).active = active


def find_unit(database: Database, text: str) -> int:
    """The id of the unit with the code or else the name ``text`` (compared as imports do).

    Raises DomainError UNIT_NAME_NOT_FOUND, or UNIT_NAME_AMBIGUOUS when several units share
    the name (their parents are named, so the user can give the code instead).
    """
    key = match_key(text)
    with database.reading() as session:
        rows = session.execute(select(Unit.id, Unit.name, Unit.code, Unit.parent_id)).all()
    for unit_id, _name, code, _parent in rows:
        if code and match_key(code) == key:
            return int(unit_id)
    named = [row for row in rows if match_key(row.name) == key]
    if len(named) == 1:
        return int(named[0].id)
    if not named:
        raise DomainError(ErrorCode.UNIT_NAME_NOT_FOUND, value=text)
    names = {row.id: row.name for row in rows}
    parents = "、".join(names.get(row.parent_id, "—") for row in named[:5])
    raise DomainError(ErrorCode.UNIT_NAME_AMBIGUOUS, value=text, count=len(named), parents=parents)
