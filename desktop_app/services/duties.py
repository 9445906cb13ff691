"""Duty lists (责任清单) of units and posts, and the clause library (责任条款) they draw from.

Each write is one audited transaction and returns what undo needs: the previous values of an
edited clause, the position a removed clause had, the former order of a reordered list, or a
full record of a deleted list (restored with the same ids and uuid).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import DutyListKind, Responsibility
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.services.matrix import check_year
from desktop_app.storage.database import Database
from desktop_app.storage.models import Duty, DutyList, DutyListItem, Post, Unit


@dataclass(frozen=True)
class Clause:
    """A clause of the library, with how many duty lists use it (any year)."""

    id: int
    kind: Responsibility
    text: str
    legal_basis: str | None
    frequency: str | None
    active: bool
    used_in: int = 0


@dataclass(frozen=True)
class ClauseValues:
    """The editable part of a clause."""

    kind: Responsibility
    text: str
    legal_basis: str | None = None
    frequency: str | None = None


def _clean(text: str | None) -> str | None:
    cleaned = (text or "").strip()
    return cleaned or None


def clause_library(database: Database, *, include_inactive: bool = True) -> list[Clause]:
    """Every clause in library order, with its use count (two queries)."""
    with database.reading() as session:
        uses = dict(
            session.execute(
                select(
                    DutyListItem.duty_id, func.count(func.distinct(DutyListItem.duty_list_id))
                ).group_by(DutyListItem.duty_id)
            ).all()
        )
        query = select(Duty).order_by(Duty.sort_order, Duty.id)
        if not include_inactive:
            query = query.where(Duty.active.is_(True))
        return [
            Clause(
                id=duty.id,
                kind=Responsibility(duty.kind),
                text=duty.text,
                legal_basis=duty.legal_basis,
                frequency=duty.frequency,
                active=duty.active,
                used_in=int(uses.get(duty.id, 0)),
            )
            for duty in session.scalars(query)
        ]


def _duty(session: Session, duty_id: int) -> Duty:
    duty = session.get(Duty, duty_id)
    if duty is None:
        raise DomainError(ErrorCode.CLAUSE_NOT_FOUND, duty_id=duty_id)
    return duty


def create_clause(database: Database, values: ClauseValues) -> int:
    """Add a clause at the end of the library; its text must not be blank."""
    text = _clean(values.text)
    if text is None:
        raise DomainError(ErrorCode.EMPTY_CLAUSE_TEXT)
    with database.transaction("create_clause") as session:
        last = session.scalar(select(func.max(Duty.sort_order))) or 0
        duty = Duty(
            kind=values.kind,
            text=text,
            legal_basis=_clean(values.legal_basis),
            frequency=_clean(values.frequency),
            sort_order=last + 1,
        )
        session.add(duty)
        session.flush()
        return duty.id


def update_clause(database: Database, duty_id: int, values: ClauseValues) -> ClauseValues:
    """Change a clause's kind, text, legal basis and frequency; returns the former values.

    Every duty list that holds the clause shows the new text (the lists refer to it).
    """
    text = _clean(values.text)
    if text is None:
        raise DomainError(ErrorCode.EMPTY_CLAUSE_TEXT)
    with database.transaction("update_clause") as session:
        duty = _duty(session, duty_id)
        before = ClauseValues(
            Responsibility(duty.kind), duty.text, duty.legal_basis, duty.frequency
        )
        duty.kind = values.kind
        duty.text = text
        duty.legal_basis = _clean(values.legal_basis)
        duty.frequency = _clean(values.frequency)
    return before


def set_clause_active(database: Database, duty_id: int, active: bool) -> None:
    """Retire (or bring back) a clause; lists that hold it keep it."""
    with database.transaction("retire_clause" if not active else "reinstate_clause") as session:
        _duty(session, duty_id).active = active


@dataclass(frozen=True)
class DutyListSummary:
    """A duty list as the list picker shows it."""

    id: int
    year: int
    kind: DutyListKind
    unit_id: int
    unit_name: str
    post_id: int | None
    post_title: str | None
    title: str | None
    item_count: int


@dataclass(frozen=True)
class DutyListEntry:
    """A clause in a duty list, at its position (1-based)."""

    duty_id: int
    position: int
    kind: Responsibility
    text: str
    legal_basis: str | None
    frequency: str | None


def duty_lists(database: Database, year: int, unit_id: int | None = None) -> list[DutyListSummary]:
    """The year's duty lists (of one unit and its posts, or all), units' lists first."""
    item_counts = (
        select(DutyListItem.duty_list_id, func.count().label("item_count"))
        .group_by(DutyListItem.duty_list_id)
        .subquery()
    )
    owner = func.coalesce(DutyList.unit_id, Post.unit_id)
    query = (
        select(
            DutyList.id,
            DutyList.year,
            DutyList.kind,
            owner.label("owner_id"),
            Unit.name.label("unit_name"),
            DutyList.post_id,
            Post.title.label("post_title"),
            DutyList.title,
            item_counts.c.item_count,
        )
        .outerjoin(Post, Post.id == DutyList.post_id)
        .join(Unit, Unit.id == owner)
        .outerjoin(item_counts, item_counts.c.duty_list_id == DutyList.id)
        .where(DutyList.year == year)
        .order_by(Unit.sort_order, Unit.id, DutyList.post_id.is_not(None), Post.sort_order)
    )
    if unit_id is not None:
        query = query.where(or_(DutyList.unit_id == unit_id, Post.unit_id == unit_id))
    with database.reading() as session:
        return [
            DutyListSummary(
                id=row.id,
                year=row.year,
                kind=DutyListKind(row.kind),
                unit_id=row.owner_id,
                unit_name=row.unit_name,
                post_id=row.post_id,
                post_title=row.post_title,
                title=row.title,
                item_count=row.item_count or 0,
            )
            for row in session.execute(query)
        ]


def _list(session: Session, list_id: int) -> DutyList:
    duty_list = session.get(DutyList, list_id)
    if duty_list is None:
        raise DomainError(ErrorCode.DUTY_LIST_NOT_FOUND, list_id=list_id)
    return duty_list


def _list_name(duty_list: DutyList) -> str:
    return duty_list.title or str(duty_list.id)


def duty_list_entries(database: Database, list_id: int) -> list[DutyListEntry]:
    """The clauses of one list, in order (one query)."""
    with database.reading() as session:
        _list(session, list_id)
        return [
            DutyListEntry(
                duty_id=row.duty_id,
                position=row.position,
                kind=Responsibility(row.kind),
                text=row.text,
                legal_basis=row.legal_basis,
                frequency=row.frequency,
            )
            for row in session.execute(
                select(
                    DutyListItem.duty_id,
                    DutyListItem.position,
                    Duty.kind,
                    Duty.text,
                    Duty.legal_basis,
                    Duty.frequency,
                )
                .join(Duty, Duty.id == DutyListItem.duty_id)
                .where(DutyListItem.duty_list_id == list_id)
                .order_by(DutyListItem.position, DutyListItem.id)
            )
        ]


@dataclass(frozen=True)
class DutyListRecord:
    """A whole duty list with its clauses in order, enough to restore it exactly."""

    id: int
    uuid: str
    year: int
    kind: DutyListKind
    unit_id: int | None
    post_id: int | None
    title: str | None
    duty_ids: tuple[int, ...] = ()


def create_duty_list(
    database: Database,
    year: int,
    kind: DutyListKind,
    *,
    unit_id: int | None = None,
    post_id: int | None = None,
    title: str | None = None,
) -> DutyListRecord:
    """A new, empty list of a unit or of a post (exactly one of them)."""
    check_year(year)
    if (unit_id is None) == (post_id is None):
        raise DomainError(ErrorCode.DUTY_LIST_OWNER_REQUIRED)
    with database.transaction("create_duty_list") as session:
        if unit_id is not None and session.get(Unit, unit_id) is None:
            raise DomainError(ErrorCode.UNIT_NOT_FOUND, unit_id=unit_id)
        if post_id is not None and session.get(Post, post_id) is None:
            raise DomainError(ErrorCode.POST_NOT_FOUND, post_id=post_id)
        duty_list = DutyList(
            year=year, kind=kind, unit_id=unit_id, post_id=post_id, title=_clean(title)
        )
        session.add(duty_list)
        session.flush()
        return _list_record(duty_list)


def _list_record(duty_list: DutyList) -> DutyListRecord:
    return DutyListRecord(
        id=duty_list.id,
        uuid=duty_list.uuid,
        year=duty_list.year,
        kind=DutyListKind(duty_list.kind),
        unit_id=duty_list.unit_id,
        post_id=duty_list.post_id,
        title=duty_list.title,
        duty_ids=tuple(item.duty_id for item in duty_list.items),
    )


def delete_duty_list(database: Database, list_id: int) -> DutyListRecord:
    """Remove a list and its items; returns the list as it was, for ``restore_duty_list``."""
    with database.transaction("delete_duty_list") as session:
        duty_list = _list(session, list_id)
        record = _list_record(duty_list)
        session.delete(duty_list)
    return record


def restore_duty_list(database: Database, record: DutyListRecord) -> None:
    """Put a deleted list back with its former id, uuid and clauses."""
    with database.transaction("restore_duty_list") as session:
        duty_list = DutyList(
            id=record.id,
            uuid=record.uuid,
            year=record.year,
            kind=record.kind,
            unit_id=record.unit_id,
            post_id=record.post_id,
            title=record.title,
        )
        for position, duty_id in enumerate(record.duty_ids, start=1):
            _duty(session, duty_id)
            duty_list.items.append(DutyListItem(duty_id=duty_id, position=position))
        session.add(duty_list)


def _renumber(items: Sequence[DutyListItem]) -> None:
    for position, item in enumerate(items, start=1):
        if item.position != position:
            item.position = position


def add_clause_to_list(
    database: Database, list_id: int, duty_id: int, index: int | None = None
) -> int:
    """Insert a library clause into a list at ``index`` (0-based; None: at the end).

    Returns the index it landed at. A clause appears at most once in a list.
    """
    with database.transaction("add_clause_to_list") as session:
        duty_list = _list(session, list_id)
        duty = _duty(session, duty_id)
        items = list(duty_list.items)
        if any(item.duty_id == duty_id for item in items):
            raise DomainError(
                ErrorCode.CLAUSE_ALREADY_IN_LIST, list=_list_name(duty_list), text=duty.text[:30]
            )
        at = len(items) if index is None else max(0, min(index, len(items)))
        item = DutyListItem(duty_id=duty_id, position=at + 1)
        items.insert(at, item)
        duty_list.items.insert(at, item)
        _renumber(items)
        return at


def remove_clause_from_list(database: Database, list_id: int, duty_id: int) -> int:
    """Take a clause out of a list; returns the 0-based index it had (for undo)."""
    with database.transaction("remove_clause_from_list") as session:
        duty_list = _list(session, list_id)
        items = list(duty_list.items)
        for index, item in enumerate(items):
            if item.duty_id == duty_id:
                duty_list.items.remove(item)
                items.pop(index)
                _renumber(items)
                return index
        raise DomainError(ErrorCode.CLAUSE_NOT_IN_LIST, list=_list_name(duty_list), duty_id=duty_id)


def reorder_duty_list(database: Database, list_id: int, duty_ids: Sequence[int]) -> list[int]:
    """Put a list's clauses in the order ``duty_ids``; returns the former order.

    ``duty_ids`` must hold exactly the list's clauses, else the list changed meanwhile.
    """
    with database.transaction("reorder_duty_list") as session:
        duty_list = _list(session, list_id)
        items = {item.duty_id: item for item in duty_list.items}
        before = [item.duty_id for item in duty_list.items]
        if sorted(duty_ids) != sorted(items) or len(set(duty_ids)) != len(duty_ids):
            raise DomainError(ErrorCode.REORDER_MISMATCH, list=_list_name(duty_list))
        _renumber([items[duty_id] for duty_id in duty_ids])
    return before


@dataclass(frozen=True)
class ClauseRecord:
    """Every column of a removed clause, enough to restore it exactly."""

    id: int
    uuid: str
    kind: Responsibility
    text: str
    legal_basis: str | None
    frequency: str | None
    sort_order: int
    active: bool


def delete_unused_clause(database: Database, duty_id: int) -> ClauseRecord:
    """Remove a clause no list holds (undo of "new clause"); refused with CLAUSE_IN_USE else."""
    with database.transaction("delete_clause") as session:
        duty = _duty(session, duty_id)
        lists = session.scalar(
            select(func.count()).select_from(DutyListItem).where(DutyListItem.duty_id == duty_id)
        )
        if lists:
            raise DomainError(ErrorCode.CLAUSE_IN_USE, text=duty.text[:30], count=lists)
        record = ClauseRecord(
            id=duty.id,
            uuid=duty.uuid,
            kind=Responsibility(duty.kind),
            text=duty.text,
            legal_basis=duty.legal_basis,
            frequency=duty.frequency,
            sort_order=duty.sort_order,
            active=duty.active,
        )
        session.delete(duty)
    return record


def restore_clause(database: Database, record: ClauseRecord) -> None:
    """Put a removed clause back with its former id and uuid."""
    with database.transaction("restore_clause") as session:
        session.add(
            Duty(
                id=record.id,
                uuid=record.uuid,
                kind=record.kind,
                text=record.text,
                legal_basis=record.legal_basis,
                frequency=record.frequency,
                sort_order=record.sort_order,
                active=record.active,
            )
        )
