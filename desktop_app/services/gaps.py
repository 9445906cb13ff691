"""List the responsibility gaps (责任零缺位) of a year: read a snapshot, run the domain rules.

The snapshot is read with one query per table (and one grouped count of duty-list items), so
the cost does not grow with per-row queries however large the county is. Letters add one
query for the year's letters, one for its templates and one unit query per pairing rule in
use (``signing_pairs``), however many letters there are.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from desktop_app.domain.gaps import (
    AssignmentFacts,
    DutyListFacts,
    FieldFacts,
    Gap,
    LetterRecord,
    OversightFacts,
    PersonFacts,
    PostFacts,
    SigningPairFacts,
    Snapshot,
    UnitFacts,
    find_gaps,
)
from desktop_app.services.letter_facts import signing_pairs
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    DutyList,
    DutyListItem,
    Field,
    FieldAssignment,
    Letter,
    LetterTemplate,
    Oversight,
    Person,
    Post,
    Unit,
)


def _letters_and_pairs(
    session: Session, year: int
) -> tuple[tuple[LetterRecord, ...], tuple[SigningPairFacts, ...]]:
    """The year's letters, and the pairs its active templates' rules give whose issuing unit
    has started (issued, drafted or voided a letter of that template this year)."""
    letters = tuple(
        LetterRecord(
            id=row.id,
            party_a_id=row.party_a_id,
            party_b_id=row.party_b_id,
            status=row.status,
            due_date=row.due_date,
            template=row.name,
            issued_on=row.issued_on,
        )
        for row in session.execute(
            select(
                Letter.id,
                Letter.party_a_id,
                Letter.party_b_id,
                Letter.status,
                Letter.due_date,
                Letter.issued_on,
                LetterTemplate.name,
            )
            .outerjoin(LetterTemplate, LetterTemplate.id == Letter.template_id)
            .where(Letter.year == year)
            .order_by(Letter.id)
        )
    )
    started = {(letter.template, letter.party_a_id) for letter in letters}
    started_templates = {template for template, _issuer in started}
    rules: dict[str, set[str]] = {}  # pairing rule → names of the started templates using it
    for name, body in session.execute(
        select(LetterTemplate.name, LetterTemplate.body).where(
            LetterTemplate.year == year, LetterTemplate.active.is_(True)
        )
    ):
        if name in started_templates:
            rules.setdefault(str((body or {}).get("pairing") or "children"), set()).add(name)
    pairs = tuple(
        SigningPairFacts(name, pair.party_a_id, pair.party_b_id)
        for pairing, names in sorted(rules.items())
        for pair in signing_pairs(session, pairing)
        for name in sorted(names)
        if (name, pair.party_a_id) in started
    )
    return letters, pairs


def load_snapshot(database: Database, year: int, *, today: date | None = None) -> Snapshot:
    """Read what the gap rules need for ``year`` (inactive rows included; the rules skip them).

    ``today`` (default: the real date) decides which letters are overdue.
    """
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
        letters, pairs = _letters_and_pairs(session, year)
    return Snapshot(
        year=year,
        units=units,
        people=people,
        fields=fields,
        assignments=assignments,
        oversights=oversights,
        duty_lists=duty_lists,
        posts=posts,
        letters=letters,
        signing_pairs=pairs,
        today=today or date.today(),
    )


def list_gaps(database: Database, year: int, *, today: date | None = None) -> list[Gap]:
    """Every responsibility gap of ``year``, in report order (letters overdue as of ``today``)."""
    return find_gaps(load_snapshot(database, year, today=today))


def years_with_data(database: Database) -> list[int]:
    """Every year something was recorded for (matrix cells, oversight, duty lists, letters or
    letter templates), ascending. A year outside it has nothing to check: every rule would
    only say that everything is missing."""
    query = union(
        select(FieldAssignment.year),
        select(Oversight.year),
        select(DutyList.year),
        select(Letter.year),
        select(LetterTemplate.year),
    )
    with database.reading() as session:
        return sorted(int(year) for year in session.scalars(query))
