"""People of a unit, their posts and principal flags, and succession (接任) when a leader leaves.

When a successor is recorded, the letters the predecessor signs pass to the successor
("接任人自然成为签字人"): the predecessor's open ``LetterSignatory`` rows end on the day of the
change and new rows start for the successor. The posts they held and, optionally, the year's
oversight pass on too. It is one audited transaction, so the audit trail logs every step, and
the returned :class:`Succession` lets undo reverse it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    DutyList,
    Letter,
    LetterSignatory,
    Oversight,
    Person,
    Post,
    Unit,
)

# The columns of a person the GUI may change; anything else is a programming error.
EDITABLE_PERSON_COLUMNS = frozenset(
    {"name", "title", "is_party_head", "is_admin_head", "is_leader", "phone", "active"}
)
# Flags that pass to a successor together with the office.
_OFFICE_FLAGS = ("is_party_head", "is_admin_head", "is_leader")


@dataclass(frozen=True)
class PersonRow:
    """A person as the people tab shows them."""

    id: int
    name: str
    unit_id: int
    title: str | None
    is_party_head: bool
    is_admin_head: bool
    is_leader: bool
    phone: str | None
    active: bool
    successor_name: str | None = None


def people_of_unit(database: Database, unit_id: int) -> list[PersonRow]:
    """The people of a unit in their order, active first (two queries)."""
    with database.reading() as session:
        people = list(
            session.scalars(
                select(Person)
                .where(Person.unit_id == unit_id)
                .order_by(Person.active.desc(), Person.sort_order, Person.id)
            )
        )
        successor_ids = [p.successor_id for p in people if p.successor_id is not None]
        names = dict(
            session.execute(
                select(Person.id, Person.name).where(Person.id.in_(successor_ids))
            ).all()
        )
        return [
            PersonRow(
                id=p.id,
                name=p.name,
                unit_id=p.unit_id,
                title=p.title,
                is_party_head=p.is_party_head,
                is_admin_head=p.is_admin_head,
                is_leader=p.is_leader,
                phone=p.phone,
                active=p.active,
                successor_name=names.get(p.successor_id) if p.successor_id else None,
            )
            for p in people
        ]


def _person(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise DomainError(ErrorCode.PERSON_NOT_FOUND, person_id=person_id)
    return person


def create_person(
    database: Database,
    unit_id: int,
    name: str,
    title: str | None = None,
    *,
    is_party_head: bool = False,
    is_admin_head: bool = False,
    is_leader: bool = False,
) -> int:
    """Add a person at the end of a unit's people."""
    cleaned = " ".join(name.replace("\u3000", " ").split())
    if not cleaned:
        raise DomainError(ErrorCode.EMPTY_NAME)
    with database.transaction("create_person") as session:
        if session.get(Unit, unit_id) is None:
            raise DomainError(ErrorCode.UNIT_NOT_FOUND, unit_id=unit_id)
        last = session.scalar(select(func.max(Person.sort_order)).where(Person.unit_id == unit_id))
        person = Person(
            unit_id=unit_id,
            name=cleaned,
            title=(title or "").strip() or None,
            is_party_head=is_party_head,
            is_admin_head=is_admin_head,
            is_leader=is_leader,
            sort_order=(last or 0) + 1,
        )
        session.add(person)
        session.flush()
        return person.id


def update_person(database: Database, person_id: int, **changes: Any) -> dict[str, Any]:
    """Change some of a person's editable columns; returns their former values (for undo)."""
    unknown = set(changes) - EDITABLE_PERSON_COLUMNS
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    if "name" in changes and not " ".join(str(changes["name"] or "").split()):
        raise DomainError(ErrorCode.EMPTY_NAME)
    with database.transaction("update_person") as session:
        person = _person(session, person_id)
        before = {key: getattr(person, key) for key in changes}
        for key, value in changes.items():
            setattr(person, key, value)
    return before


@dataclass(frozen=True)
class PostRow:
    """A post (岗位) of a unit and who holds it."""

    id: int
    unit_id: int
    title: str
    holder_id: int | None
    holder_name: str | None
    active: bool


def posts_of_unit(database: Database, unit_id: int) -> list[PostRow]:
    """The posts of a unit, in order, with their holders' names (one query)."""
    with database.reading() as session:
        return [
            PostRow(row.id, row.unit_id, row.title, row.holder_id, row.holder_name, row.active)
            for row in session.execute(
                select(
                    Post.id,
                    Post.unit_id,
                    Post.title,
                    Post.holder_id,
                    Person.name.label("holder_name"),
                    Post.active,
                )
                .outerjoin(Person, Person.id == Post.holder_id)
                .where(Post.unit_id == unit_id)
                .order_by(Post.sort_order, Post.id)
            )
        ]


def create_post(database: Database, unit_id: int, title: str, holder_id: int | None = None) -> int:
    """Add a post to a unit; titles are unique within the unit."""
    cleaned = " ".join(title.split())
    if not cleaned:
        raise DomainError(ErrorCode.EMPTY_NAME)
    with database.transaction("create_post") as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise DomainError(ErrorCode.UNIT_NOT_FOUND, unit_id=unit_id)
        taken = select(Post.id).where(Post.unit_id == unit_id, Post.title == cleaned)
        if session.scalar(taken) is not None:
            raise DomainError(ErrorCode.DUPLICATE_POST, unit=unit.name, title=cleaned)
        if holder_id is not None:
            _person(session, holder_id)
        last = session.scalar(select(func.max(Post.sort_order)).where(Post.unit_id == unit_id))
        post = Post(unit_id=unit_id, title=cleaned, holder_id=holder_id, sort_order=(last or 0) + 1)
        session.add(post)
        session.flush()
        return post.id


@dataclass(frozen=True)
class Succession:
    """What ``record_successor`` changed, so that ``undo_succession`` can reverse it."""

    predecessor_id: int
    successor_id: int
    on: date
    ended_signatories: tuple[int, ...] = ()
    new_signatories: tuple[int, ...] = ()
    posts: tuple[int, ...] = ()
    oversights: tuple[int, ...] = ()
    predecessor_before: dict[str, Any] = field(default_factory=dict)
    successor_before: dict[str, Any] = field(default_factory=dict)


def record_successor(
    database: Database,
    person_id: int,
    successor_id: int,
    *,
    on: date,
    year: int | None = None,
    take_over_oversight: bool = True,
) -> Succession:
    """``successor_id`` takes over from ``person_id`` on ``on``, in one audited transaction.

    The predecessor's open signatures on letters that are not void pass to the successor;
    the posts they hold pass on; with ``take_over_oversight`` their oversight in ``year``
    does too (unless the successor already oversees the same). The successor gets the
    predecessor's principal and leader flags; the predecessor leaves office (inactive).
    """
    if person_id == successor_id:
        with database.reading() as session:
            raise DomainError(ErrorCode.SUCCESSOR_IS_SELF, person=_person(session, person_id).name)
    with database.transaction("record_successor") as session:
        predecessor = _person(session, person_id)
        successor = _person(session, successor_id)
        if not successor.active:
            raise DomainError(ErrorCode.SUCCESSOR_INACTIVE, person=successor.name)
        predecessor_before = {
            "active": predecessor.active,
            "successor_id": predecessor.successor_id,
            **{flag: getattr(predecessor, flag) for flag in _OFFICE_FLAGS},
        }
        successor_before = {flag: getattr(successor, flag) for flag in _OFFICE_FLAGS}
        ended, created = _pass_signatures(session, predecessor, successor, on)
        posts = list(session.scalars(select(Post).where(Post.holder_id == person_id)))
        for post in posts:
            post.holder_id = successor_id
        moved = _pass_oversight(session, person_id, successor_id, year, take_over_oversight)
        for flag in _OFFICE_FLAGS:
            if getattr(predecessor, flag):
                setattr(successor, flag, True)
                setattr(predecessor, flag, False)
        predecessor.successor_id = successor_id
        predecessor.active = False
        session.flush()
        return Succession(
            predecessor_id=person_id,
            successor_id=successor_id,
            on=on,
            ended_signatories=tuple(ended),
            new_signatories=tuple(created),
            posts=tuple(post.id for post in posts),
            oversights=tuple(moved),
            predecessor_before=predecessor_before,
            successor_before=successor_before,
        )


def _pass_signatures(
    session: Session, predecessor: Person, successor: Person, on: date
) -> tuple[list[int], list[int]]:
    open_rows = session.scalars(
        select(LetterSignatory)
        .join(Letter, Letter.id == LetterSignatory.letter_id)
        .where(
            LetterSignatory.person_id == predecessor.id,
            LetterSignatory.valid_to.is_(None),
            Letter.status != LetterStatus.VOID,
        )
        .order_by(LetterSignatory.id)
    ).all()
    ended: list[int] = []
    created: list[LetterSignatory] = []
    for row in open_rows:
        row.valid_to = on
        ended.append(row.id)
        new_row = LetterSignatory(
            letter_id=row.letter_id,
            party=row.party,
            person_id=successor.id,
            valid_from=on,
            note=f"接任 {predecessor.name}",
        )
        session.add(new_row)
        created.append(new_row)
    session.flush()
    return ended, [row.id for row in created]


def _pass_oversight(
    session: Session, person_id: int, successor_id: int, year: int | None, wanted: bool
) -> list[int]:
    if not wanted or year is None:
        return []
    rows = session.scalars(
        select(Oversight).where(Oversight.year == year, Oversight.person_id == person_id)
    ).all()
    held = {
        (row.unit_id, row.field_id)
        for row in session.scalars(
            select(Oversight).where(Oversight.year == year, Oversight.person_id == successor_id)
        )
    }
    moved: list[int] = []
    for row in rows:
        if (row.unit_id, row.field_id) not in held:
            row.person_id = successor_id
            moved.append(row.id)
    return moved


def undo_succession(database: Database, succession: Succession) -> None:
    """Reverse ``record_successor`` exactly (another audited transaction)."""
    with database.transaction("undo_successor") as session:
        predecessor = _person(session, succession.predecessor_id)
        successor = _person(session, succession.successor_id)
        for signatory_id in succession.new_signatories:
            row = session.get(LetterSignatory, signatory_id)
            if row is not None:
                session.delete(row)
        for signatory_id in succession.ended_signatories:
            row = session.get(LetterSignatory, signatory_id)
            if row is not None:
                row.valid_to = None
        for post_id in succession.posts:
            post = session.get(Post, post_id)
            if post is not None:
                post.holder_id = predecessor.id
        for oversight_id in succession.oversights:
            oversight = session.get(Oversight, oversight_id)
            if oversight is not None:
                oversight.person_id = predecessor.id
        for key, value in succession.predecessor_before.items():
            setattr(predecessor, key, value)
        for key, value in succession.successor_before.items():
            setattr(successor, key, value)


@dataclass(frozen=True)
class UnitDetails:
    """What the details panel shows about one unit beyond the tree's own data."""

    id: int
    code: str | None
    risk_level: str | None
    territorial_unit: str | None
    supervisor_unit: str | None
    principals: tuple[tuple[str, str | None], ...] = ()


def unit_details(database: Database, unit_id: int) -> UnitDetails:
    """Code, risk level, territorial and supervising unit, and the principals in office."""
    with database.reading() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise DomainError(ErrorCode.UNIT_NOT_FOUND, unit_id=unit_id)
        principals = session.execute(
            select(Person.name, Person.title)
            .where(
                Person.unit_id == unit_id,
                Person.active.is_(True),
                (Person.is_party_head.is_(True)) | (Person.is_admin_head.is_(True)),
            )
            .order_by(Person.sort_order, Person.id)
        ).all()
        return UnitDetails(
            id=unit.id,
            code=unit.code,
            risk_level=unit.risk_level.value if unit.risk_level else None,
            territorial_unit=unit.territorial_unit.name if unit.territorial_unit else None,
            supervisor_unit=unit.supervisor_unit.name if unit.supervisor_unit else None,
            principals=tuple((name, title) for name, title in principals),
        )


@dataclass(frozen=True)
class RowRecord:
    """Every column of a removed person or post, enough to restore it exactly."""

    columns: dict[str, Any]


def _columns(row: Person | Post) -> dict[str, Any]:
    mapper = row.__mapper__
    return {a.key: getattr(row, a.key) for a in mapper.column_attrs if a.key != "updated_at"}


def delete_unused_person(database: Database, person_id: int) -> RowRecord:
    """Remove a person nothing refers to (undo of "add person"); PERSON_IN_USE otherwise."""
    with database.transaction("delete_person") as session:
        person = _person(session, person_id)
        uses = sum(
            int(session.scalar(select(func.count()).where(column == person_id)) or 0)
            for column in (
                Oversight.person_id,
                Post.holder_id,
                LetterSignatory.person_id,
                Person.successor_id,
            )
        )
        if uses:
            raise DomainError(ErrorCode.PERSON_IN_USE, person=person.name, count=uses)
        record = RowRecord(_columns(person))
        session.delete(person)
    return record


def restore_person(database: Database, record: RowRecord) -> None:
    """Put a removed person back with their former id and uuid."""
    with database.transaction("restore_person") as session:
        session.add(Person(**record.columns))


def delete_unused_post(database: Database, post_id: int) -> RowRecord:
    """Remove a post without duty lists (undo of "add post"); POST_IN_USE otherwise."""
    with database.transaction("delete_post") as session:
        post = session.get(Post, post_id)
        if post is None:
            raise DomainError(ErrorCode.POST_NOT_FOUND, post_id=post_id)
        lists = int(session.scalar(select(func.count()).where(DutyList.post_id == post_id)) or 0)
        if lists:
            raise DomainError(ErrorCode.POST_IN_USE, post=post.title, count=lists)
        record = RowRecord(_columns(post))
        session.delete(post)
    return record


def restore_post(database: Database, record: RowRecord) -> None:
    """Put a removed post back with its former id and uuid."""
    with database.transaction("restore_post") as session:
        session.add(Post(**record.columns))
