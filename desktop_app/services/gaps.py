"""List the responsibility gaps (责任零缺位) of a year: read a snapshot, run the domain rules.

The snapshot is read with one query per table (and one grouped count of duty-list items), so
the cost does not grow with per-row queries however large the county is.
"""

from __future__ import annotations

from sqlalchemy import func, select

from desktop_app.domain.gaps import (
    AssignmentFacts,
    DutyListFacts,
    FieldFacts,
    Gap,
    OversightFacts,
    PersonFacts,
    PostFacts,
    Snapshot,
    UnitFacts,
    find_gaps,
)
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    DutyList,
    DutyListItem,
    Field,
    FieldAssignment,
    Oversight,
    Person,
    Post,
    Unit,
)


def load_snapshot(database: Database, year: int) -> Snapshot:
    """Read what the gap rules need for ``year`` (inactive rows included; the rules skip them)."""
    with database.reading() as session:
        units = tuple(
            UnitFacts(
                id=row.id,
                name=row.name,
                kind=row.kind,
                category=row.category,
                is_committee_member=row.is_committee_member,
                parent_id=row.parent_id,
                territorial_unit_id=row.territorial_unit_id,
                supervisor_unit_id=row.supervisor_unit_id,
                active=row.active,
            )
            for row in session.execute(
                select(
                    Unit.id,
                    Unit.name,
                    Unit.kind,
                    Unit.category,
                    Unit.is_committee_member,
                    Unit.parent_id,
                    Unit.territorial_unit_id,
                    Unit.supervisor_unit_id,
                    Unit.active,
                ).order_by(Unit.id)
            )
        )
        people = tuple(
            PersonFacts(
                id=row.id,
                name=row.name,
                unit_id=row.unit_id,
                is_party_head=row.is_party_head,
                is_admin_head=row.is_admin_head,
                is_leader=row.is_leader,
                active=row.active,
            )
            for row in session.execute(
                select(
                    Person.id,
                    Person.name,
                    Person.unit_id,
                    Person.is_party_head,
                    Person.is_admin_head,
                    Person.is_leader,
                    Person.active,
                ).order_by(Person.id)
            )
        )
        fields = tuple(
            FieldFacts(id=row.id, name=row.name, active=row.active)
            for row in session.execute(
                select(Field.id, Field.name, Field.active).order_by(Field.id)
            )
        )
        posts = tuple(
            PostFacts(id=row.id, unit_id=row.unit_id, title=row.title, active=row.active)
            for row in session.execute(
                select(Post.id, Post.unit_id, Post.title, Post.active).order_by(Post.id)
            )
        )
        assignments = tuple(
            AssignmentFacts(unit_id=row.unit_id, field_id=row.field_id, role=row.role)
            for row in session.execute(
                select(FieldAssignment.unit_id, FieldAssignment.field_id, FieldAssignment.role)
                .where(FieldAssignment.year == year)
                .order_by(FieldAssignment.id)
            )
        )
        oversights = tuple(
            OversightFacts(person_id=row.person_id, unit_id=row.unit_id, field_id=row.field_id)
            for row in session.execute(
                select(Oversight.person_id, Oversight.unit_id, Oversight.field_id)
                .where(Oversight.year == year)
                .order_by(Oversight.id)
            )
        )
        item_counts = (
            select(DutyListItem.duty_list_id, func.count().label("item_count"))
            .group_by(DutyListItem.duty_list_id)
            .subquery()
        )
        duty_lists = tuple(
            DutyListFacts(
                id=row.id,
                unit_id=row.unit_id,
                post_id=row.post_id,
                item_count=row.item_count or 0,
                kind=row.kind,
                title=row.title,
            )
            for row in session.execute(
                select(
                    DutyList.id,
                    DutyList.unit_id,
                    DutyList.post_id,
                    DutyList.kind,
                    DutyList.title,
                    item_counts.c.item_count,
                )
                .outerjoin(item_counts, item_counts.c.duty_list_id == DutyList.id)
                .where(DutyList.year == year)
                .order_by(DutyList.id)
            )
        )
    return Snapshot(
        year=year,
        units=units,
        people=people,
        fields=fields,
        assignments=assignments,
        oversights=oversights,
        duty_lists=duty_lists,
        posts=posts,
    )


def list_gaps(database: Database, year: int) -> list[Gap]:
    """Every responsibility gap of ``year``, in report order."""
    return find_gaps(load_snapshot(database, year))
