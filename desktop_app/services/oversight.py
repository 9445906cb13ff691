"""一岗双责: which leader oversees which units and fields in a year, and a leader's card.

Every write is one audited transaction. Removing an oversight returns a record of the row so
that undo can put it back with the same id and uuid (other sites know it by its uuid).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import DutyListKind, FieldRole
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.services.matrix import check_year
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Duty,
    DutyList,
    DutyListItem,
    Field,
    FieldAssignment,
    Oversight,
    Person,
    Post,
    Unit,
)


@dataclass(frozen=True)
class OversightItem:
    """One thing a leader oversees: a unit or a field."""

    id: int
    unit_id: int | None
    field_id: int | None
    target_name: str


@dataclass(frozen=True)
class Portfolio:
    """A leader (or anyone who oversees something this year) with what they oversee."""

    person_id: int
    name: str
    title: str | None
    unit_id: int
    unit_name: str
    is_leader: bool
    active: bool
    items: tuple[OversightItem, ...] = ()

    @property
    def units(self) -> tuple[OversightItem, ...]:
        """The overseen units."""
        return tuple(item for item in self.items if item.unit_id is not None)

    @property
    def fields(self) -> tuple[OversightItem, ...]:
        """The overseen fields."""
        return tuple(item for item in self.items if item.field_id is not None)


@dataclass(frozen=True)
class OversightRecord:
    """Everything of an oversight row, enough to restore it exactly."""

    id: int
    uuid: str
    year: int
    person_id: int
    unit_id: int | None
    field_id: int | None


def load_portfolios(database: Database, year: int) -> list[Portfolio]:
    """Active leaders (班子成员) and everyone overseeing something in ``year``, in three queries.

    Leaders come first (in their unit's and their own order), then the others.
    """
    with database.reading() as session:
        unit_names = dict(session.execute(select(Unit.id, Unit.name)).all())
        field_names = dict(session.execute(select(Field.id, Field.name)).all())
        items: dict[int, list[OversightItem]] = defaultdict(list)
        for row in session.execute(
            select(Oversight.id, Oversight.person_id, Oversight.unit_id, Oversight.field_id)
            .where(Oversight.year == year)
            .order_by(Oversight.id)
        ):
            name = (
                unit_names.get(row.unit_id, "?")
                if row.unit_id is not None
                else field_names.get(row.field_id or 0, "?")
            )
            items[row.person_id].append(OversightItem(row.id, row.unit_id, row.field_id, name))
        people = session.execute(
            select(Person)
            .where(or_(Person.is_leader.is_(True), Person.id.in_(list(items))))
            .order_by(Person.unit_id, Person.sort_order, Person.id)
        ).scalars()
        portfolios = [
            Portfolio(
                person_id=person.id,
                name=person.name,
                title=person.title,
                unit_id=person.unit_id,
                unit_name=unit_names.get(person.unit_id, "?"),
                is_leader=person.is_leader,
                active=person.active,
                items=tuple(
                    sorted(items.get(person.id, []), key=lambda i: (i.unit_id is None, i.id))
                ),
            )
            for person in people
            if person.active or person.id in items
        ]
    portfolios.sort(key=lambda p: (not p.is_leader, not p.active))
    return portfolios


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise DomainError(ErrorCode.PERSON_NOT_FOUND, person_id=person_id)
    return person


def _target_name(session: Session, unit_id: int | None, field_id: int | None) -> str:
    if (unit_id is None) == (field_id is None):
        raise DomainError(ErrorCode.OVERSIGHT_TARGET_REQUIRED)
    if unit_id is not None:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise DomainError(ErrorCode.UNIT_NOT_FOUND, unit_id=unit_id)
        return unit.name
    field_row = session.get(Field, field_id)
    if field_row is None:
        raise DomainError(ErrorCode.FIELD_NOT_FOUND, field_id=field_id)
    return field_row.name


def assign_oversight(
    database: Database,
    year: int,
    person_id: int,
    *,
    unit_id: int | None = None,
    field_id: int | None = None,
) -> OversightRecord:
    """Let ``person_id`` oversee a unit or a field in ``year``; refused if already so."""
    check_year(year)
    with database.transaction("assign_oversight") as session:
        person = _person(session, person_id)
        target = _target_name(session, unit_id, field_id)
        duplicate = select(Oversight.id).where(
            Oversight.year == year,
            Oversight.person_id == person_id,
            Oversight.unit_id == unit_id if unit_id is not None else Oversight.field_id == field_id,
        )
        if session.scalar(duplicate) is not None:
            raise DomainError(
                ErrorCode.OVERSIGHT_EXISTS, person=person.name, target=target, year=year
            )
        row = Oversight(year=year, person_id=person_id, unit_id=unit_id, field_id=field_id)
        session.add(row)
        session.flush()
        return _record(row)


def _record(row: Oversight) -> OversightRecord:
    return OversightRecord(
        id=row.id,
        uuid=row.uuid,
        year=row.year,
        person_id=row.person_id,
        unit_id=row.unit_id,
        field_id=row.field_id,
    )


def remove_oversight(database: Database, oversight_id: int) -> OversightRecord:
    """Remove one oversight; returns the row as it was, for ``restore_oversight``."""
    with database.transaction("remove_oversight") as session:
        row = session.get(Oversight, oversight_id)
        if row is None:
            raise DomainError(ErrorCode.OVERSIGHT_NOT_FOUND, oversight_id=oversight_id)
        record = _record(row)
        session.delete(row)
    return record


def restore_oversight(database: Database, record: OversightRecord) -> None:
    """Put a removed oversight back with its former id and uuid."""
    check_year(record.year)
    with database.transaction("restore_oversight") as session:
        _person(session, record.person_id)
        _target_name(session, record.unit_id, record.field_id)
        session.add(
            Oversight(
                id=record.id,
                uuid=record.uuid,
                year=record.year,
                person_id=record.person_id,
                unit_id=record.unit_id,
                field_id=record.field_id,
            )
        )


@dataclass(frozen=True)
class CardUnit:
    """A unit on a leader's card, with the fields it leads and supports."""

    name: str
    leads: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardField:
    """A field on a leader's card, with its lead and support units."""

    name: str
    leads: tuple[str, ...] = ()
    supports: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardClause:
    """A clause of one of the leader's post duty lists."""

    text: str
    legal_basis: str | None


@dataclass(frozen=True)
class ResponsibilityCard:
    """责任告知卡: what one leader is responsible for in one year."""

    year: int
    name: str
    title: str | None
    unit_name: str
    units: tuple[CardUnit, ...] = ()
    fields: tuple[CardField, ...] = ()
    clauses: tuple[CardClause, ...] = field(default_factory=tuple)


def responsibility_card(database: Database, year: int, person_id: int) -> ResponsibilityCard:
    """The leader's card: overseen units and fields with their roles, and post duties."""
    with database.reading() as session:
        person = _person(session, person_id)
        unit_name = person.unit.name
        rows = session.execute(
            select(Oversight.unit_id, Oversight.field_id).where(
                Oversight.year == year, Oversight.person_id == person_id
            )
        ).all()
        unit_ids = [r.unit_id for r in rows if r.unit_id is not None]
        field_ids = [r.field_id for r in rows if r.field_id is not None]
        names = dict(session.execute(select(Unit.id, Unit.name)).all())
        field_names = dict(session.execute(select(Field.id, Field.name)).all())
        field_order = dict(session.execute(select(Field.id, Field.sort_order)).all())
        cells = session.execute(
            select(FieldAssignment.unit_id, FieldAssignment.field_id, FieldAssignment.role).where(
                FieldAssignment.year == year,
                or_(
                    FieldAssignment.unit_id.in_(unit_ids),
                    FieldAssignment.field_id.in_(field_ids),
                ),
                FieldAssignment.role.in_([FieldRole.LEAD, FieldRole.SUPPORT]),
            )
        ).all()
        clauses = session.execute(
            select(Duty.text, Duty.legal_basis)
            .join(DutyListItem, DutyListItem.duty_id == Duty.id)
            .join(DutyList, DutyList.id == DutyListItem.duty_list_id)
            .join(Post, Post.id == DutyList.post_id)
            .where(
                DutyList.year == year,
                DutyList.kind == DutyListKind.POST,
                Post.holder_id == person_id,
                Post.active.is_(True),
            )
            .order_by(DutyList.id, DutyListItem.position)
        ).all()

    def by_role(
        key_of: str, value: int, role: FieldRole, name_of: dict[int, str]
    ) -> tuple[str, ...]:
        other = "field_id" if key_of == "unit_id" else "unit_id"
        found = [getattr(c, other) for c in cells if getattr(c, key_of) == value and c.role == role]
        if other == "field_id":
            found.sort(key=lambda f: field_order.get(f, 0))
        return tuple(name_of.get(v, "?") for v in found)

    return ResponsibilityCard(
        year=year,
        name=person.name,
        title=person.title,
        unit_name=unit_name,
        units=tuple(
            CardUnit(
                names.get(u, "?"),
                by_role("unit_id", u, FieldRole.LEAD, field_names),
                by_role("unit_id", u, FieldRole.SUPPORT, field_names),
            )
            for u in unit_ids
        ),
        fields=tuple(
            CardField(
                field_names.get(f, "?"),
                by_role("field_id", f, FieldRole.LEAD, names),
                by_role("field_id", f, FieldRole.SUPPORT, names),
            )
            for f in sorted(field_ids, key=lambda f: field_order.get(f, 0))
        ),
        clauses=tuple(CardClause(c.text, c.legal_basis) for c in clauses),
    )
