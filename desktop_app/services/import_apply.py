"""Write a checked import plan in the import's one transaction, every row audited.

Called inside the import's one transaction by desktop_app/services/imports.py; nothing here
decides anything: the plans were made by the pure validators in desktop_app/domain.

Every kind goes out as Core executemany statements in batches of
:data:`~desktop_app.storage.bulk.CHUNK` rows (desktop_app/storage/bulk.py; the ORM would
spend seconds building and flushing one object per row), and each batch's audit events are
the ones the ORM hooks would have written. ``progress`` hears (records written, records
planned) after each batch; it may raise to stop, and the transaction then rolls back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import FieldRole
from desktop_app.domain.import_duties import DutyPlan, DutyRow
from desktop_app.domain.import_matrix import MatrixPlan, OversightPlan
from desktop_app.domain.import_people import PeoplePlan
from desktop_app.domain.import_problems import RowProgress
from desktop_app.domain.import_refs import Key
from desktop_app.domain.import_units import UnitPlan
from desktop_app.domain.import_vocabulary import match_key
from desktop_app.storage.bulk import CHUNK, insert_rows, update_rows
from desktop_app.storage.models import (
    Duty,
    DutyList,
    DutyListItem,
    FieldAssignment,
    Oversight,
    Person,
    Post,
    Unit,
)

T = TypeVar("T")


def _chunks(items: Sequence[T]) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def _batches(items: Iterable[T]) -> Iterator[list[T]]:
    """``items`` in lists of :data:`CHUNK`, without holding more than one list."""
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


class _Counter:
    """Counts the records written and tells ``progress`` after each batch."""

    def __init__(self, progress: RowProgress | None, total: int) -> None:
        self.progress = progress
        self.total = total
        self.done = 0

    def add(self, count: int) -> None:
        self.done += count
        if self.progress is not None and count:
            self.progress(min(self.done, self.total), self.total)


class _SortOrders:
    """Next free ``sort_order`` per parent, so new rows go after the existing ones."""

    def __init__(self, pairs: list[tuple[Any, int]]) -> None:
        self._next: dict[Any, int] = defaultdict(int)
        for owner, order in pairs:
            self._next[owner] = max(self._next[owner], (order or 0) + 1)

    def take(self, owner: Any) -> int:
        value = self._next[owner]
        self._next[owner] = value + 1
        return value


def apply_units(
    session: Session, plan: UnitPlan, year: int, progress: RowProgress | None = None
) -> None:
    """Create, update and link units; add enterprises' main fields and principals.

    New units are inserted level by level (parents first). A link whose target already
    exists is written with the new unit, so most rows cost one INSERT and no UPDATE. The new
    units are walked from the plan's store batch by batch, once per level; only the ids of
    the new units that something else points at are kept.
    """
    counter = _Counter(progress, plan.change_count)
    orders = _SortOrders(list(session.execute(select(Unit.parent_id, Unit.sort_order)).all()))
    pointed_at = plan.pointed_at  # the new units whose ids are needed later
    depth = plan.depth  # how deep new units lie below other new units (0 not kept)
    ids: dict[Key, int] = {}

    def resolve(key: Key | None) -> int | None:
        if key is None:
            return None
        return key if key > 0 else ids[key]

    # links whose target is inserted later: (row, unit id, attribute, target)
    later: list[tuple[int, int, str, Key]] = []
    for level in sorted({0, *depth.values()}):
        batch = (new for new in plan.creates if depth.get(new.key, 0) == level)
        for chunk in _batches(batch):
            rows: list[dict[str, Any]] = []
            waiting: list[list[tuple[str, Key]]] = []  # per new unit: its links left over
            linked = 0
            for new in chunk:
                parent_id = resolve(new.parent)
                links: dict[str, int | None] = {}
                left: list[tuple[str, Key]] = []
                for attribute, target in new.links:
                    if target > 0 or target in ids:
                        links[attribute] = resolve(target)
                    else:
                        left.append((attribute, target))
                waiting.append(left)
                linked += len(links)
                rows.append(
                    {
                        "name": new.name,
                        "kind": new.kind,
                        "parent_id": parent_id,
                        "sort_order": orders.take(parent_id),
                        **new.values,
                        **links,
                    }
                )
            new_ids = insert_rows(session, Unit, rows)
            for new, unit_id, left in zip(chunk, new_ids, waiting, strict=True):
                if new.key in pointed_at:
                    ids[new.key] = unit_id
                later.extend((new.row, unit_id, attribute, target) for attribute, target in left)
            counter.add(len(chunk) + linked)
            fields = [
                {
                    "year": year,
                    "unit_id": unit_id,
                    "field_id": new.main_field,
                    "role": FieldRole.MAIN,
                }
                for new, unit_id in zip(chunk, new_ids, strict=True)
                if new.main_field is not None
            ]
            insert_rows(session, FieldAssignment, fields)
            counter.add(len(fields))
    _update_units(session, plan, resolve, orders, later, counter)
    fields = [  # existing enterprises (the plan checked them)
        {"year": year, "unit_id": resolve(key), "field_id": field_id, "role": FieldRole.MAIN}
        for key, field_id in plan.main_fields
    ]
    for field_chunk in _chunks(fields):
        insert_rows(session, FieldAssignment, field_chunk)
        counter.add(len(field_chunk))
    _principals(session, plan, resolve, counter)


def _update_units(
    session: Session,
    plan: UnitPlan,
    resolve: Any,
    orders: _SortOrders,
    later: list[tuple[int, int, str, Key]],
    counter: _Counter,
) -> None:
    """Changed columns, moves and the links left over, one UPDATE per unit."""
    changes: dict[int, dict[str, Any]] = {}
    records: dict[int, int] = defaultdict(int)
    for change in plan.updates:
        values = dict(change.changes)
        if change.moves:
            parent_id = resolve(change.parent)
            values["parent_id"] = parent_id
            values["sort_order"] = orders.take(parent_id)
        changes[change.id] = values
        records[change.id] += 1
    # the links of database units and the new units' links left over, in row order
    links = [(link.row, resolve(link.unit), link.attribute, link.target) for link in plan.links]
    for _row, unit_id, attribute, target in sorted([*links, *later], key=lambda item: item[0]):
        changes.setdefault(unit_id, {})[attribute] = resolve(target)
        records[unit_id] += 1
    items = list(changes.items())
    for chunk in _chunks(items):
        update_rows(session, Unit, chunk)
        counter.add(sum(records[unit_id] for unit_id, _values in chunk))


def _principals(session: Session, plan: UnitPlan, resolve: Any, counter: _Counter) -> None:
    if not plan.principals:
        return
    heads = set(
        session.scalars(
            select(Person.unit_id).where(Person.is_admin_head.is_(True), Person.active.is_(True))
        )
    )
    orders = _SortOrders(list(session.execute(select(Person.unit_id, Person.sort_order)).all()))
    updates: list[tuple[int, dict[str, Any]]] = []
    creates: list[dict[str, Any]] = []
    for change in plan.principals:
        unit_id = resolve(change.unit)
        if change.person_id is not None:
            values = {
                column: value
                for column, value in (("title", change.title), ("phone", change.phone))
                if value is not None
            }
            updates.append((change.person_id, values))
            continue
        creates.append(
            {
                "name": change.name,
                "unit_id": unit_id,
                "title": change.title,
                "phone": change.phone,
                "is_admin_head": unit_id not in heads,
                "sort_order": orders.take(unit_id),
            }
        )
        heads.add(unit_id)
    for chunk in _chunks(creates):
        insert_rows(session, Person, chunk)
        counter.add(len(chunk))
    for update_chunk in _chunks(updates):
        update_rows(session, Person, update_chunk)
        counter.add(len(update_chunk))


def apply_people(session: Session, plan: PeoplePlan, progress: RowProgress | None = None) -> None:
    """Add and update people."""
    counter = _Counter(progress, plan.change_count)
    orders = _SortOrders(list(session.execute(select(Person.unit_id, Person.sort_order)).all()))
    creates = [
        {
            "name": change.name,
            "unit_id": change.unit_id,
            "sort_order": orders.take(change.unit_id),
            **change.values,
        }
        for change in plan.creates
    ]
    for chunk in _chunks(creates):
        insert_rows(session, Person, chunk)
        counter.add(len(chunk))
    updates = [
        (change.person_id, change.values) for change in plan.updates if change.person_id is not None
    ]
    for update_chunk in _chunks(updates):
        update_rows(session, Person, update_chunk)
        counter.add(len(update_chunk))


def apply_matrix(session: Session, plan: MatrixPlan, progress: RowProgress | None = None) -> None:
    """Add matrix cells and change the role of existing ones."""
    counter = _Counter(progress, plan.change_count)
    for chunk in _chunks(plan.cells):
        insert_rows(
            session,
            FieldAssignment,
            [
                {"year": c.year, "unit_id": c.unit_id, "field_id": c.field_id, "role": c.role}
                for c in chunk
                if c.assignment_id is None
            ],
        )
        update_rows(
            session,
            FieldAssignment,
            [(c.assignment_id, {"role": c.role}) for c in chunk if c.assignment_id is not None],
        )
        counter.add(len(chunk))


def apply_oversight(
    session: Session, plan: OversightPlan, progress: RowProgress | None = None
) -> None:
    """Add oversight records (一岗双责)."""
    counter = _Counter(progress, plan.change_count)
    for chunk in _chunks(plan.items):
        insert_rows(
            session,
            Oversight,
            [
                {
                    "year": item.year,
                    "person_id": item.person_id,
                    "unit_id": item.unit_id,
                    "field_id": item.field_id,
                }
                for item in chunk
            ],
        )
        counter.add(len(chunk))


def apply_duties(session: Session, plan: DutyPlan, progress: RowProgress | None = None) -> None:
    """Add clauses to the library, posts and lists as needed, and clauses to lists.

    In four steps, each a few statements: new clauses (and changed ones), new posts, new
    lists, then the clauses each list gains, appended after the ones it holds.
    """
    counter = _Counter(progress, plan.change_count)
    duty_of = _write_duties(session, plan)
    post_of = _write_posts(session, plan)
    list_of = _write_lists(session, plan, post_of)
    members, last = _list_contents(session, [row.list_id for row in plan.rows if row.list_id])
    for chunk in _chunks(plan.rows):
        items: list[dict[str, Any]] = []
        for row in chunk:
            owner = _owner(row, post_of)
            if owner is None:
                continue
            list_id = list_of[owner] if row.list_id is None else row.list_id
            duty_id = row.duty_id if row.duty_id is not None else duty_of[_clause(row)]
            if duty_id in members[list_id]:
                continue
            members[list_id].add(duty_id)
            last[list_id] += 1
            items.append({"duty_list_id": list_id, "duty_id": duty_id, "position": last[list_id]})
        insert_rows(session, DutyListItem, items)
        counter.add(len(chunk))


def _clause(row: DutyRow) -> tuple[Any, str]:
    return (row.kind, match_key(row.text))


def _write_duties(session: Session, plan: DutyPlan) -> dict[tuple[Any, str], int]:
    """Insert the new clauses (one per kind and text), update changed ones; the new ids."""
    next_duty = int(session.scalar(select(func.max(Duty.sort_order))) or 0) + 1
    keys: dict[tuple[Any, str], None] = {}  # the new clauses, in order
    rows: list[dict[str, Any]] = []
    changes: dict[int, dict[str, Any]] = {}
    for row in plan.rows:
        if row.duty_id is not None:
            if row.clause_changes:
                changes.setdefault(row.duty_id, {}).update(row.clause_changes)
            continue
        key = _clause(row)
        if key in keys:
            continue
        keys[key] = None
        rows.append(
            {
                "kind": row.kind,
                "text": row.text,
                "legal_basis": row.legal_basis,
                "frequency": row.frequency,
                "sort_order": next_duty + len(rows),
            }
        )
    ids: list[int] = []
    for chunk in _chunks(rows):
        ids += insert_rows(session, Duty, chunk)
    update_rows(session, Duty, list(changes.items()))
    return dict(zip(keys, ids, strict=True))


def _write_posts(session: Session, plan: DutyPlan) -> dict[tuple[int, str], int]:
    """Insert the posts the rows name that do not exist yet; (unit, title key) → id."""
    wanted: dict[tuple[int, str], dict[str, Any]] = {}
    for row in plan.rows:
        if row.unit_id is None or row.list_kind is None or not row.post_title:
            continue
        if row.post_id is None:
            key = (row.unit_id, match_key(row.post_title))
            wanted.setdefault(key, {"unit_id": row.unit_id, "title": row.post_title})
    ids = insert_rows(session, Post, list(wanted.values()))
    return dict(zip(wanted, ids, strict=True))


_Owner = tuple[int, Any, int | None, int | None]  # year, list kind, unit id, post id


def _owner(row: DutyRow, post_of: dict[tuple[int, str], int]) -> _Owner | None:
    """Whose list the row's clause joins (None: the clause only goes to the library)."""
    if row.unit_id is None or row.list_kind is None:
        return None
    post_id = row.post_id
    if row.post_title and post_id is None:
        post_id = post_of[(row.unit_id, match_key(row.post_title))]
    return (row.year, row.list_kind, None if post_id else row.unit_id, post_id)


def _write_lists(
    session: Session, plan: DutyPlan, post_of: dict[tuple[int, str], int]
) -> dict[_Owner, int]:
    """Insert the lists the rows need that do not exist yet; owner → list id."""
    unit_names = dict(session.execute(select(Unit.id, Unit.short_name)).all())
    known: dict[_Owner, int] = {}
    wanted: dict[_Owner, dict[str, Any]] = {}
    for row in plan.rows:
        owner = _owner(row, post_of)
        if owner is None:
            continue
        if row.list_id is not None:
            known.setdefault(owner, row.list_id)
        elif owner not in known and owner not in wanted:
            label = row.post_title or unit_names.get(row.unit_id or 0) or ""
            wanted[owner] = {
                "year": row.year,
                "kind": row.list_kind,
                "unit_id": owner[2],
                "post_id": owner[3],
                "title": f"{row.year}年度{label}安全生产责任清单",
            }
    ids = insert_rows(session, DutyList, list(wanted.values()))
    return {**dict(zip(wanted, ids, strict=True)), **known}


def _list_contents(
    session: Session, list_ids: list[int]
) -> tuple[dict[int, set[int]], dict[int, int]]:
    """The clauses each list holds and its last position (new lists: none, 0)."""
    members: dict[int, set[int]] = defaultdict(set)
    last: dict[int, int] = defaultdict(int)
    unique = sorted(set(list_ids))
    for chunk in _chunks(unique):
        for list_id, duty_id, position in session.execute(
            select(DutyListItem.duty_list_id, DutyListItem.duty_id, DutyListItem.position).where(
                DutyListItem.duty_list_id.in_(chunk)
            )
        ):
            members[list_id].add(duty_id)
            last[list_id] = max(last[list_id], position)
    return members, last
