"""Write a checked import plan through the ORM (so the audit trail sees every row).

Called inside the import's one transaction by desktop_app/services/imports.py; nothing here
decides anything: the plans were made by the pure validators in desktop_app/domain.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import FieldRole
from desktop_app.domain.import_duties import DutyPlan
from desktop_app.domain.import_matrix import MatrixPlan, OversightPlan
from desktop_app.domain.import_people import PeoplePlan
from desktop_app.domain.import_refs import Key
from desktop_app.domain.import_units import UnitPlan
from desktop_app.domain.import_vocabulary import match_key
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


def apply_units(session: Session, plan: UnitPlan, year: int) -> None:
    """Create, update and link units; add enterprises' main fields and principals.

    New units are inserted level by level (parents first). A link whose target already
    exists is written with the new unit, so most rows cost one INSERT and no UPDATE.
    """
    units: dict[int, Unit] = {unit.id: unit for unit in session.scalars(select(Unit))}
    orders = _SortOrders([(u.parent_id, u.sort_order) for u in units.values()])
    ids: dict[Key, int] = {}
    pending_links: dict[Key, list[tuple[str, Key]]] = defaultdict(list)
    for link in plan.links:
        pending_links[link.unit].append((link.attribute, link.target))
    main_fields: dict[Key, list[int]] = defaultdict(list)
    for key, field_id in plan.main_fields:
        main_fields[key].append(field_id)

    def resolve(key: Key | None) -> int | None:
        if key is None:
            return None
        return key if key > 0 else ids[key]

    depth: dict[Key, int] = {}
    for new in plan.creates:  # parents come first
        depth[new.key] = depth.get(new.parent, -1) + 1 if new.parent is not None else 0
    for level in sorted(set(depth.values())):
        batch: list[tuple[Key, Unit]] = []
        for new in plan.creates:
            if depth[new.key] != level:
                continue
            parent_id = resolve(new.parent)
            links = {
                attribute: resolve(target)
                for attribute, target in pending_links.get(new.key, [])
                if target > 0 or target in ids
            }
            unit = Unit(
                name=new.name,
                kind=new.kind,
                parent_id=parent_id,
                sort_order=orders.take(parent_id),
                **new.values,
                **links,
            )
            pending_links[new.key] = [
                item for item in pending_links.get(new.key, []) if item[0] not in links
            ]
            session.add(unit)
            batch.append((new.key, unit))
            for field_id in main_fields.pop(new.key, []):
                session.add(
                    FieldAssignment(year=year, unit=unit, field_id=field_id, role=FieldRole.MAIN)
                )
        session.flush()
        for key, unit in batch:
            ids[key] = unit.id
            units[unit.id] = unit
    for update in plan.updates:
        unit = units[update.id]
        for column, value in update.changes.items():
            setattr(unit, column, value)
        if update.moves:
            unit.parent_id = resolve(update.parent)
            unit.sort_order = orders.take(unit.parent_id)
    for key, remaining in pending_links.items():
        for attribute, target in remaining:
            setattr(units[resolve(key) or 0], attribute, resolve(target))
    for key, field_ids in main_fields.items():  # existing enterprises (the plan checked them)
        for field_id in field_ids:
            session.add(
                FieldAssignment(
                    year=year, unit_id=resolve(key), field_id=field_id, role=FieldRole.MAIN
                )
            )
    _principals(session, plan, resolve)


def _principals(session: Session, plan: UnitPlan, resolve: Any) -> None:
    if not plan.principals:
        return
    heads = set(
        session.scalars(
            select(Person.unit_id).where(Person.is_admin_head.is_(True), Person.active.is_(True))
        )
    )
    orders = _SortOrders(list(session.execute(select(Person.unit_id, Person.sort_order)).all()))
    for change in plan.principals:
        unit_id = resolve(change.unit)
        if change.person_id is not None:
            person = session.get(Person, change.person_id)
            assert person is not None
            if change.title is not None:
                person.title = change.title
            if change.phone is not None:
                person.phone = change.phone
            continue
        session.add(
            Person(
                name=change.name,
                unit_id=unit_id,
                title=change.title,
                phone=change.phone,
                is_admin_head=unit_id not in heads,
                sort_order=orders.take(unit_id),
            )
        )
        heads.add(unit_id)


def apply_people(session: Session, plan: PeoplePlan) -> None:
    """Add and update people."""
    orders = _SortOrders(list(session.execute(select(Person.unit_id, Person.sort_order)).all()))
    for change in plan.creates:
        session.add(
            Person(
                name=change.name,
                unit_id=change.unit_id,
                sort_order=orders.take(change.unit_id),
                **change.values,
            )
        )
    for change in plan.updates:
        person = session.get(Person, change.person_id)
        assert person is not None
        for column, value in change.values.items():
            setattr(person, column, value)


def apply_matrix(session: Session, plan: MatrixPlan) -> None:
    """Add matrix cells and change the role of existing ones."""
    for cell in plan.cells:
        if cell.assignment_id is None:
            session.add(
                FieldAssignment(
                    year=cell.year, unit_id=cell.unit_id, field_id=cell.field_id, role=cell.role
                )
            )
        else:
            assignment = session.get(FieldAssignment, cell.assignment_id)
            assert assignment is not None
            assignment.role = cell.role


def apply_oversight(session: Session, plan: OversightPlan) -> None:
    """Add oversight records (一岗双责)."""
    for item in plan.items:
        session.add(
            Oversight(
                year=item.year,
                person_id=item.person_id,
                unit_id=item.unit_id,
                field_id=item.field_id,
            )
        )


def apply_duties(session: Session, plan: DutyPlan) -> None:
    """Add clauses to the library, posts and lists as needed, and clauses to lists."""
    next_duty = int(session.scalar(select(func.max(Duty.sort_order))) or 0) + 1
    duties: dict[tuple[Any, str], Duty] = {}
    posts: dict[tuple[int, str], Post] = {}
    lists: dict[tuple[Any, ...], DutyList] = {}
    unit_names = dict(session.execute(select(Unit.id, Unit.short_name)).all())
    for row in plan.rows:
        duty = session.get(Duty, row.duty_id) if row.duty_id is not None else None
        if duty is None:
            duty = duties.get((row.kind, match_key(row.text)))
        if duty is None:
            duty = Duty(
                kind=row.kind,
                text=row.text,
                legal_basis=row.legal_basis,
                frequency=row.frequency,
                sort_order=next_duty,
            )
            next_duty += 1
            session.add(duty)
            duties[(row.kind, match_key(row.text))] = duty
        for column, value in row.clause_changes.items():
            setattr(duty, column, value)
        if row.unit_id is None or row.list_kind is None:
            continue
        post_id = row.post_id
        if row.post_title and post_id is None:
            post_key = (row.unit_id, match_key(row.post_title))
            post = posts.get(post_key)
            if post is None:
                post = Post(unit_id=row.unit_id, title=row.post_title)
                session.add(post)
                session.flush()
                posts[post_key] = post
            post_id = post.id
        owner = (row.year, row.list_kind, None if post_id else row.unit_id, post_id)
        duty_list = (
            session.get(DutyList, row.list_id) if row.list_id is not None else lists.get(owner)
        )
        if duty_list is None:
            label = row.post_title or unit_names.get(row.unit_id) or ""
            duty_list = DutyList(
                year=row.year,
                kind=row.list_kind,
                unit_id=owner[2],
                post_id=post_id,
                title=f"{row.year}年度{label}安全生产责任清单",
            )
            session.add(duty_list)
        lists[owner] = duty_list
        if duty.id is None or all(item.duty_id != duty.id for item in duty_list.items):
            position = max((item.position for item in duty_list.items), default=0) + 1
            duty_list.items.append(DutyListItem(duty=duty, position=position))
