"""Years: which years hold data, rolling a year over to the next, and comparing two years.

Rolling over copies the matrix cells, the oversight and the duty lists (with their clauses in
order) of active units, people, fields and posts, and the year's letter templates (the newest
active version of each, with its 考核细则, as version 1 of the new year), in one audited
transaction. It refuses a target year that already holds matrix cells, oversight or duty
lists, so nothing is ever overwritten; a template the target year already has (same name) is
left as it is. Letters are not copied: each year's letters are issued afresh.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from desktop_app.domain.enums import DutyListKind, FieldRole
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.years import (
    Change,
    DutyListKey,
    OwnerKind,
    YearContent,
    diff_years,
    rolled_title,
)
from desktop_app.services.matrix import check_year
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Duty,
    DutyList,
    DutyListItem,
    Field,
    FieldAssignment,
    LetterTemplate,
    Oversight,
    Person,
    Post,
    Unit,
)


def years_in_use(database: Database) -> list[int]:
    """Every year that holds matrix cells, oversight or duty lists, ascending."""
    query = union(select(FieldAssignment.year), select(Oversight.year), select(DutyList.year))
    with database.reading() as session:
        return sorted(int(year) for year in session.scalars(query))


def _year_counts(session: Session, year: int) -> dict[str, int]:
    return {
        name: int(session.scalar(select(func.count()).where(column == year)) or 0)
        for name, column in (
            ("field_assignment", FieldAssignment.year),
            ("oversight", Oversight.year),
            ("duty_list", DutyList.year),
        )
    }


@dataclass(frozen=True)
class RollOverSummary:
    """How many rows the roll-over copied, and how many it left behind (inactive owners).

    ``templates`` letter templates were carried over; ``templates_kept`` were not, because
    the new year already had a template of that name.
    """

    from_year: int
    to_year: int
    assignments: int
    oversights: int
    duty_lists: int
    duty_list_items: int
    skipped: int
    templates: int
    templates_kept: int


def _carry_templates_over(session: Session, from_year: int, to_year: int) -> tuple[int, int]:
    """Copy the newest active version of each of ``from_year``'s templates into ``to_year``.

    Each copy is version 1 of the new year with the same level, title, body and scoring
    rules; a name the new year already holds is skipped. Returns (copied, skipped).
    """
    taken = set(session.scalars(select(LetterTemplate.name).where(LetterTemplate.year == to_year)))
    newest: dict[str, LetterTemplate] = {}
    for template in session.scalars(
        select(LetterTemplate)
        .where(LetterTemplate.year == from_year, LetterTemplate.active.is_(True))
        .order_by(LetterTemplate.version.desc(), LetterTemplate.id.desc())
    ):
        newest.setdefault(template.name, template)
    copied = kept = 0
    for template in sorted(newest.values(), key=lambda row: row.id):
        if template.name in taken:
            kept += 1
            continue
        session.add(
            LetterTemplate(
                level=template.level,
                name=template.name,
                year=to_year,
                version=1,
                title=template.title,
                body=copy.deepcopy(template.body),
                scoring_rules=copy.deepcopy(template.scoring_rules),
                active=True,
            )
        )
        copied += 1
    return copied, kept


def roll_over_year(database: Database, from_year: int, to_year: int) -> RollOverSummary:
    """Copy ``from_year``'s matrix, oversight, duty lists and letter templates into the
    empty ``to_year`` (templates it already has by name are kept, not overwritten)."""
    check_year(from_year)
    check_year(to_year)
    if from_year == to_year:
        raise DomainError(ErrorCode.SAME_YEAR, year=to_year)
    with database.transaction("roll_over_year") as session:
        target = _year_counts(session, to_year)
        if any(target.values()):
            raise DomainError(
                ErrorCode.YEAR_NOT_EMPTY,
                year=to_year,
                cells=target["field_assignment"],
                oversights=target["oversight"],
                lists=target["duty_list"],
            )
        if not any(_year_counts(session, from_year).values()):
            raise DomainError(ErrorCode.YEAR_EMPTY, year=from_year)
        active_units = set(session.scalars(select(Unit.id).where(Unit.active.is_(True))))
        active_fields = set(session.scalars(select(Field.id).where(Field.active.is_(True))))
        active_people = set(session.scalars(select(Person.id).where(Person.active.is_(True))))
        active_posts = set(
            session.scalars(
                select(Post.id).where(Post.active.is_(True), Post.unit_id.in_(active_units))
            )
        )
        skipped = 0
        assignments = 0
        for cell in session.scalars(
            select(FieldAssignment).where(FieldAssignment.year == from_year)
        ):
            if cell.unit_id in active_units and cell.field_id in active_fields:
                session.add(
                    FieldAssignment(
                        year=to_year, unit_id=cell.unit_id, field_id=cell.field_id, role=cell.role
                    )
                )
                assignments += 1
            else:
                skipped += 1
        oversights = 0
        for row in session.scalars(select(Oversight).where(Oversight.year == from_year)):
            target_ok = (
                row.unit_id in active_units
                if row.unit_id is not None
                else row.field_id in active_fields
            )
            if row.person_id in active_people and target_ok:
                session.add(
                    Oversight(
                        year=to_year,
                        person_id=row.person_id,
                        unit_id=row.unit_id,
                        field_id=row.field_id,
                    )
                )
                oversights += 1
            else:
                skipped += 1
        lists = 0
        items = 0
        for old in session.scalars(select(DutyList).where(DutyList.year == from_year)):
            owner_ok = (
                old.unit_id in active_units
                if old.unit_id is not None
                else old.post_id in active_posts
            )
            if not owner_ok:
                skipped += 1
                continue
            new = DutyList(
                year=to_year,
                kind=old.kind,
                unit_id=old.unit_id,
                post_id=old.post_id,
                title=rolled_title(old.title, from_year, to_year),
            )
            for item in old.items:
                new.items.append(DutyListItem(duty_id=item.duty_id, position=item.position))
                items += 1
            session.add(new)
            lists += 1
        templates, templates_kept = _carry_templates_over(session, from_year, to_year)
    return RollOverSummary(
        from_year=from_year,
        to_year=to_year,
        assignments=assignments,
        oversights=oversights,
        duty_lists=lists,
        duty_list_items=items,
        skipped=skipped,
        templates=templates,
        templates_kept=templates_kept,
    )


def year_content(session: Session, year: int) -> YearContent:
    """What ``year`` holds, as ids (four queries)."""
    roles = {
        (row.unit_id, row.field_id): FieldRole(row.role)
        for row in session.execute(
            select(FieldAssignment.unit_id, FieldAssignment.field_id, FieldAssignment.role).where(
                FieldAssignment.year == year
            )
        )
    }
    oversights = frozenset(
        (row.person_id, row.unit_id, row.field_id)
        for row in session.execute(
            select(Oversight.person_id, Oversight.unit_id, Oversight.field_id).where(
                Oversight.year == year
            )
        )
    )
    lists: dict[DutyListKey, list[int]] = {}
    keys: dict[int, DutyListKey] = {}
    for list_id, unit_id, post_id, kind in session.execute(
        select(DutyList.id, DutyList.unit_id, DutyList.post_id, DutyList.kind).where(
            DutyList.year == year
        )
    ):
        if unit_id is not None:
            key: DutyListKey = (OwnerKind.UNIT, unit_id, DutyListKind(kind))
        else:
            key = (OwnerKind.POST, int(post_id or 0), DutyListKind(kind))
        keys[list_id] = key
        lists.setdefault(key, [])
    for duty_list_id, duty_id in session.execute(
        select(DutyListItem.duty_list_id, DutyListItem.duty_id)
        .join(DutyList, DutyList.id == DutyListItem.duty_list_id)
        .where(DutyList.year == year)
        .order_by(DutyListItem.duty_list_id, DutyListItem.position)
    ):
        lists[keys[duty_list_id]].append(duty_id)
    return YearContent(roles=roles, oversights=oversights, duty_lists=lists)


class DiffArea(StrEnum):
    """Which part of the year a difference is in."""

    MATRIX = "matrix"
    OVERSIGHT = "oversight"
    DUTY_LIST = "duty_list"


@dataclass(frozen=True)
class DiffRow:
    """One difference between two years, named for the clerk.

    ``subject`` is the unit (matrix, unit lists), the leader (oversight) or "unit · post";
    ``target`` the field (matrix), the overseen unit or field, or the list kind's value.
    """

    area: DiffArea
    change: Change
    subject: str
    target: str
    before_role: FieldRole | None = None
    after_role: FieldRole | None = None
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    reordered: bool = False


def compare_years(database: Database, earlier: int, later: int) -> list[DiffRow]:
    """Every difference from ``earlier`` to ``later``: matrix, oversight, duty lists."""
    with database.reading() as session:
        diff = diff_years(year_content(session, earlier), year_content(session, later))
        units = dict(session.execute(select(Unit.id, Unit.name)).all())
        fields = dict(session.execute(select(Field.id, Field.name)).all())
        people = dict(session.execute(select(Person.id, Person.name)).all())
        posts = {
            row.id: f"{units.get(row.unit_id, '?')} · {row.title}"
            for row in session.execute(select(Post.id, Post.unit_id, Post.title))
        }
        clause_ids = {d for change in diff.duty_lists for d in (*change.added, *change.removed)}
        clauses = dict(
            session.execute(select(Duty.id, Duty.text).where(Duty.id.in_(clause_ids))).all()
        )
    rows = [
        DiffRow(
            DiffArea.MATRIX,
            cell.change,
            units.get(cell.unit_id, "?"),
            fields.get(cell.field_id, "?"),
            before_role=cell.before,
            after_role=cell.after,
        )
        for cell in diff.cells
    ]
    rows.extend(
        DiffRow(
            DiffArea.OVERSIGHT,
            item.change,
            people.get(item.person_id, "?"),
            units.get(item.unit_id, "?")
            if item.unit_id is not None
            else fields.get(item.field_id or 0, "?"),
        )
        for item in diff.oversights
    )
    for change in diff.duty_lists:
        owner_kind, owner_id, list_kind = change.key
        owner = (
            units.get(owner_id, "?") if owner_kind is OwnerKind.UNIT else posts.get(owner_id, "?")
        )
        rows.append(
            DiffRow(
                DiffArea.DUTY_LIST,
                change.change,
                owner,
                list_kind.value,
                added=tuple(clauses.get(d, "?") for d in change.added),
                removed=tuple(clauses.get(d, "?") for d in change.removed),
                reordered=change.reordered,
            )
        )
    return rows
