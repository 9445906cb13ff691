"""The demo county (青溪县): its shape, its determinism, its planted gaps and its audit trail."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, aliased

from desktop_app.domain.enums import FieldRole, UnitCategory, UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.gaps import GapKind
from desktop_app.services import demo_data
from desktop_app.services.demo import DELIBERATE_GAPS, DemoSummary, demo_uuid, generate_demo
from desktop_app.services.gaps import list_gaps, load_snapshot
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.models import (
    AuditEvent,
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

YEAR = 2026


def _open(folder: Path) -> Database:
    return open_database(folder / "demo.db", create=True, backup_dir=folder / "backups")


@pytest.fixture
def fresh_database(tmp_path: Path) -> Iterator[Database]:
    """A fresh, empty database in a temporary folder."""
    database = _open(tmp_path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, DemoSummary]]:
    """One generated demo shared by the read-only tests of this module."""
    database = _open(tmp_path_factory.mktemp("demo"))
    summary = generate_demo(database, year=YEAR)
    yield database, summary
    database.close()


def _count(database: Database, model: Any, *where: Any) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


# shape --------------------------------------------------------------------------------------


def test_the_summary_matches_the_rows_written(demo: tuple[Database, DemoSummary]) -> None:
    database, summary = demo
    assert summary.units == _count(database, Unit)
    assert summary.committee_members == _count(database, Unit, Unit.is_committee_member)
    assert summary.townships == _count(database, Unit, Unit.kind == UnitKind.TOWNSHIP)
    assert summary.parks == _count(database, Unit, Unit.kind == UnitKind.PARK)
    assert summary.enterprises == _count(database, Unit, Unit.kind == UnitKind.ENTERPRISE)
    assert summary.fields == _count(database, Field)
    assert summary.people == _count(database, Person)
    assert summary.leaders == _count(database, Person, Person.is_leader)
    assert summary.assignments == _count(database, FieldAssignment, FieldAssignment.year == YEAR)
    assert summary.oversights == _count(database, Oversight, Oversight.year == YEAR)
    assert summary.duties == _count(database, Duty)
    assert summary.duty_lists == _count(database, DutyList, DutyList.year == YEAR)
    assert summary.posts == _count(database, Post)


def test_the_county_has_the_size_of_a_real_one(demo: tuple[Database, DemoSummary]) -> None:
    database, summary = demo
    with database.reading() as session:
        categories = Counter(
            session.scalars(
                select(Unit.category).where(
                    Unit.kind == UnitKind.DEPARTMENT, Unit.is_committee_member
                )
            )
        )
        roots = list(session.scalars(select(Unit).where(Unit.parent_id.is_(None))))
        committee = session.scalars(select(Unit).where(Unit.kind == UnitKind.COMMITTEE)).one()
    assert sum(categories.values()) >= 30
    assert set(categories) == set(UnitCategory)
    assert all(count >= 1 for count in categories.values())
    assert summary.townships >= 10
    assert summary.parks == 1
    assert summary.enterprises >= 100
    assert summary.fields >= 12
    assert summary.leaders >= 6
    assert summary.duties >= 20
    assert [(u.name, u.kind) for u in roots] == [(demo_data.GOVERNMENT, UnitKind.GOVERNMENT)]
    assert committee.name == demo_data.COMMITTEE and committee.parent_id == roots[0].id
    assert "应急管理局" in (committee.notes or "")


def test_departments_townships_and_the_zone_hang_under_the_government(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo
    with database.reading() as session:
        government_id = session.scalars(
            select(Unit.id).where(Unit.kind == UnitKind.GOVERNMENT)
        ).one()
        members = list(session.scalars(select(Unit).where(Unit.is_committee_member)))
    assert {u.kind for u in members} == {UnitKind.DEPARTMENT, UnitKind.TOWNSHIP, UnitKind.PARK}
    assert all(u.parent_id == government_id for u in members)
    assert all(u.category is not None for u in members if u.kind is UnitKind.DEPARTMENT)


def test_every_enterprise_sits_in_its_township_except_the_county_company(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo
    territory = aliased(Unit)
    with database.reading() as session:
        rows = session.execute(
            select(
                Unit.name, Unit.parent_id, Unit.territorial_unit_id, Unit.risk_level, territory.kind
            )
            .outerjoin(territory, territory.id == Unit.territorial_unit_id)
            .where(Unit.kind == UnitKind.ENTERPRISE)
        ).all()
    without = [name for name, _parent, territorial, _risk, _kind in rows if territorial is None]
    assert without == [demo_data.UNTERRITORIAL_ENTERPRISE]
    for name, parent, territorial, risk, kind in rows:
        assert risk is not None, name
        if territorial is not None:
            assert territorial == parent, name
            assert kind in (UnitKind.TOWNSHIP, UnitKind.PARK), name
    parks = sum(1 for *_rest, kind in rows if kind is UnitKind.PARK)
    assert parks >= 10  # the zone hosts a good share of the chemical and manufacturing plants


def test_each_enterprise_carries_the_main_responsibility_in_exactly_one_field(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, summary = demo
    with database.reading() as session:
        mains = Counter(
            session.scalars(
                select(FieldAssignment.unit_id).where(FieldAssignment.role == FieldRole.MAIN)
            )
        )
        enterprise_ids = set(
            session.scalars(select(Unit.id).where(Unit.kind == UnitKind.ENTERPRISE))
        )
    assert set(mains) == enterprise_ids
    assert set(mains.values()) == {1}
    assert len(enterprise_ids) == summary.enterprises


def test_explicit_supervisors_are_the_lead_department_of_the_enterprises_field(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, summary = demo
    with database.reading() as session:
        leads: dict[int, set[int]] = {}
        for unit_id, field_id in session.execute(
            select(FieldAssignment.unit_id, FieldAssignment.field_id).where(
                FieldAssignment.role == FieldRole.LEAD
            )
        ):
            leads.setdefault(field_id, set()).add(unit_id)
        rows = session.execute(
            select(Unit.name, Unit.supervisor_unit_id, FieldAssignment.field_id, Field.name)
            .join(FieldAssignment, FieldAssignment.unit_id == Unit.id)
            .join(Field, Field.id == FieldAssignment.field_id)
            .where(Unit.kind == UnitKind.ENTERPRISE, FieldAssignment.role == FieldRole.MAIN)
        ).all()
        agriculture = session.scalars(select(Unit.id).where(Unit.short_name == "农业农村局")).one()
    explicit = [row for row in rows if row.supervisor_unit_id is not None]
    assert len(explicit) > summary.enterprises // 2  # "most" have an explicit supervisor
    assert len(explicit) < summary.enterprises  # … and some derive it from their field
    for name, supervisor, field_id, field_name in explicit:
        if field_name == demo_data.LEADLESS_FIELD:
            assert supervisor == agriculture, name
        else:
            assert supervisor in leads[field_id], name


def test_every_field_has_one_lead_except_the_planted_gaps(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo
    with database.reading() as session:
        fields = list(session.scalars(select(Field.name)))
        leads = Counter(
            session.scalars(
                select(Field.name)
                .join(FieldAssignment, FieldAssignment.field_id == Field.id)
                .where(FieldAssignment.role == FieldRole.LEAD)
            )
        )
        territorial = Counter(
            session.scalars(
                select(Field.name)
                .join(FieldAssignment, FieldAssignment.field_id == Field.id)
                .where(FieldAssignment.role == FieldRole.TERRITORIAL)
            )
        )
    for name in fields:
        expected = {demo_data.LEADLESS_FIELD: 0, demo_data.DOUBLE_LED_FIELD: 2}.get(name, 1)
        assert leads[name] == expected, name
    assert "道路交通" in fields and "危险化学品" in fields
    assert sum(1 for name in fields if territorial[name] == 13) >= len(fields) - 2


def test_principals_leaders_and_names_look_like_a_county(
    demo: tuple[Database, DemoSummary],
) -> None:
    database, _ = demo
    with database.reading() as session:
        government = session.scalars(select(Unit).where(Unit.kind == UnitKind.GOVERNMENT)).one()
        county = list(session.scalars(select(Person).where(Person.unit_id == government.id)))
        people = session.execute(select(Person.unit_id, Person.name)).all()
        overseen = Counter(
            session.scalars(select(Oversight.person_id).where(Oversight.year == YEAR))
        )
    titles = {p.title for p in county}
    assert {"县委书记", "县长"} <= titles
    assert any(p.is_party_head for p in county) and any(p.is_admin_head for p in county)
    deputies = [p for p in county if p.is_leader]
    assert len(deputies) >= 6
    assert sum(1 for p in deputies if overseen[p.id] >= 3) >= 6  # 一岗双责: several each
    per_unit = Counter(people)
    assert max(per_unit.values()) == 1  # no duplicate name within a unit
    assert all(2 <= len(name) <= 3 for _unit, name in people)


def test_duty_lists_hold_clauses_with_a_legal_basis(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    with database.reading() as session:
        duties = list(session.scalars(select(Duty)))
        kinds = {duty.kind for duty in duties}
        lists = session.execute(
            select(DutyList.kind, func.count(DutyListItem.id))
            .join(DutyListItem, DutyListItem.duty_list_id == DutyList.id)
            .group_by(DutyList.id)
        ).all()
        members = _count(database, Unit, Unit.is_committee_member)
        members_with_list = session.scalar(
            select(func.count(func.distinct(DutyList.unit_id)))
            .join(Unit, Unit.id == DutyList.unit_id)
            .where(Unit.is_committee_member)
        )
    assert len(kinds) == 5  # leadership, supervisory, main, territorial, post
    assert all(duty.legal_basis and "第" in duty.legal_basis for duty in duties)
    assert {kind.value for kind, _items in lists} == {"main", "post"}
    assert all(items >= 2 for _kind, items in lists)
    assert members_with_list == members - 1  # all but the planted one


# gaps ---------------------------------------------------------------------------------------


def test_list_gaps_finds_exactly_the_deliberate_gaps(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    # before the letters' due dates: only the planted gaps (later, the unsigned letters too)
    gaps = list_gaps(database, YEAR, today=date(YEAR, 1, 1))
    found = [(gap.kind, gap.subject_name) for gap in gaps]
    planted = [(kind, name) for kind, name, _why in DELIBERATE_GAPS]
    assert sorted(found) == sorted(planted)
    # every rule but the letter ones has a planted example, so the demo shows each kind once;
    # the letters left unsigned show as overdue once their due dates pass (test_gaps_letters)
    letter_kinds = {GapKind.UNIT_WITHOUT_SIGNED_LETTER, GapKind.LETTER_OVERDUE}
    assert {kind for kind, _name in planted} == set(GapKind) - letter_kinds


def test_the_deliberate_gaps_carry_useful_facts(demo: tuple[Database, DemoSummary]) -> None:
    database, _ = demo
    gaps = {gap.kind: gap for gap in list_gaps(database, YEAR)}
    assert gaps[GapKind.FIELD_WITH_SEVERAL_LEADS].facts["leads"] == [
        "青溪县住房和城乡建设局",
        "青溪县城市管理局",
    ]
    assert gaps[GapKind.ENTERPRISE_WITHOUT_SUPERVISOR].facts["fields"] == ["农业机械"]
    assert gaps[GapKind.LEADER_OVERSEES_NOTHING].facts["unit"] == demo_data.GOVERNMENT
    assert gaps[GapKind.EMPTY_DUTY_LIST].facts["reason"] == "no_list"


def test_gaps_are_per_year(demo: tuple[Database, DemoSummary]) -> None:
    database, summary = demo
    gaps = list_gaps(database, YEAR - 1)  # nothing was assigned for last year
    per_kind = Counter(gap.kind for gap in gaps)
    assert per_kind[GapKind.FIELD_WITHOUT_LEAD] == summary.fields
    assert per_kind[GapKind.MEMBER_WITHOUT_OVERSEER] == summary.committee_members
    assert per_kind[GapKind.LEADER_OVERSEES_NOTHING] == summary.leaders
    assert per_kind[GapKind.EMPTY_DUTY_LIST] == summary.committee_members


def test_load_snapshot_reads_in_a_few_bulk_queries(demo: tuple[Database, DemoSummary]) -> None:
    database, summary = demo
    statements: list[str] = []

    def record(*args: Any) -> None:
        statements.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        snapshot = load_snapshot(database, YEAR)
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) <= 9 + 4  # one per table, plus one unit query per pairing rule in use
    assert len(snapshot.units) == summary.units
    assert len(snapshot.people) == summary.people
    assert len(snapshot.assignments) == summary.assignments
    assert len(snapshot.duty_lists) == summary.duty_lists
    assert sum(d.item_count for d in snapshot.duty_lists) == _count(database, DutyListItem)


def test_fixing_a_planted_gap_removes_it(fresh_database: Database) -> None:
    generate_demo(fresh_database, year=YEAR)
    with fresh_database.transaction("fix") as session:
        statistics = session.scalars(select(Unit).where(Unit.name == demo_data.HEADLESS_UNIT)).one()
        session.add(Person(name="新局长", unit=statistics, title="局长", is_admin_head=True))
        county_company = session.scalars(
            select(Unit).where(Unit.name == demo_data.UNTERRITORIAL_ENTERPRISE)
        ).one()
        county_company.active = False
    kinds = {gap.kind for gap in list_gaps(fresh_database, YEAR)}
    assert GapKind.UNIT_WITHOUT_PRINCIPAL not in kinds
    assert GapKind.ENTERPRISE_WITHOUT_TERRITORY not in kinds
    assert GapKind.FIELD_WITHOUT_LEAD in kinds


# determinism, refusal, audit ------------------------------------------------------------------


def _rows(session: Session, statement: Any) -> set[tuple[Any, ...]]:
    return {tuple(row) for row in session.execute(statement)}


def _fingerprint(database: Database) -> dict[str, set[tuple[Any, ...]]]:
    """Everything but ids and timestamps, keyed by uuid."""
    parent, territory, supervisor = aliased(Unit), aliased(Unit), aliased(Unit)
    units = (
        select(
            Unit.uuid,
            Unit.name,
            Unit.kind,
            Unit.category,
            Unit.risk_level,
            Unit.code,
            Unit.sort_order,
            parent.uuid,
            territory.uuid,
            supervisor.uuid,
        )
        .outerjoin(parent, parent.id == Unit.parent_id)
        .outerjoin(territory, territory.id == Unit.territorial_unit_id)
        .outerjoin(supervisor, supervisor.id == Unit.supervisor_unit_id)
    )
    people = select(
        Person.uuid,
        Person.name,
        Person.title,
        Person.is_party_head,
        Person.is_admin_head,
        Person.is_leader,
        Unit.uuid,
    ).join(Unit, Unit.id == Person.unit_id)
    assignments = (
        select(FieldAssignment.uuid, Unit.uuid, Field.uuid, FieldAssignment.role)
        .join(Unit, Unit.id == FieldAssignment.unit_id)
        .join(Field, Field.id == FieldAssignment.field_id)
    )
    oversights = (
        select(Oversight.uuid, Person.uuid, parent.uuid, Field.uuid)
        .join(Person, Person.id == Oversight.person_id)
        .outerjoin(parent, parent.id == Oversight.unit_id)
        .outerjoin(Field, Field.id == Oversight.field_id)
    )
    duty_lists = (
        select(DutyList.uuid, DutyList.title, Duty.uuid, DutyListItem.position)
        .join(DutyListItem, DutyListItem.duty_list_id == DutyList.id)
        .join(Duty, Duty.id == DutyListItem.duty_id)
    )
    with database.reading() as session:
        tables = {
            "unit": _rows(session, units),
            "person": _rows(session, people),
            "field": _rows(session, select(Field.uuid, Field.code, Field.name)),
            "assignment": _rows(session, assignments),
            "oversight": _rows(session, oversights),
            "duty": _rows(session, select(Duty.uuid, Duty.kind, Duty.text, Duty.legal_basis)),
            "post": _rows(session, select(Post.uuid, Post.title)),
            "duty_list": _rows(session, duty_lists),
        }
    return tables


def test_two_demos_are_identical_but_for_timestamps(tmp_path: Path) -> None:
    first_folder, second_folder = tmp_path / "first", tmp_path / "second"
    first_folder.mkdir()
    second_folder.mkdir()
    first, second = _open(first_folder), _open(second_folder)
    try:
        assert generate_demo(first) == generate_demo(second)
        one, other = _fingerprint(first), _fingerprint(second)
    finally:
        first.close()
        second.close()
    assert one == other
    assert all(one[table] for table in one)
    units = {row[1]: row[0] for row in one["unit"]}
    assert units[demo_data.GOVERNMENT] == demo_uuid("unit", demo_data.GOVERNMENT)
    assert len(units) == len(one["unit"])  # names are unique, so uuid5 of the name is too


def test_a_database_that_holds_units_is_refused_and_left_alone(fresh_database: Database) -> None:
    with fresh_database.transaction("setup") as session:
        session.add(Unit(name="某集团", kind=UnitKind.GOVERNMENT))
    events_before = _count(fresh_database, AuditEvent)
    with pytest.raises(DomainError) as caught:
        generate_demo(fresh_database)
    assert caught.value.code is ErrorCode.DATABASE_NOT_EMPTY
    assert caught.value.facts == {"path": fresh_database.display_name}
    assert _count(fresh_database, Unit) == 1
    assert _count(fresh_database, Person) == 0
    assert _count(fresh_database, AuditEvent) == events_before


def test_a_second_demo_into_the_same_database_is_refused(fresh_database: Database) -> None:
    summary = generate_demo(fresh_database)
    with pytest.raises(DomainError) as caught:
        generate_demo(fresh_database)
    assert caught.value.code is ErrorCode.DATABASE_NOT_EMPTY
    assert _count(fresh_database, Unit) == summary.units


def test_every_demo_row_is_in_the_audit_trail(fresh_database: Database) -> None:
    summary = generate_demo(fresh_database)
    with fresh_database.reading() as session:
        inserts = Counter(
            session.scalars(
                select(AuditEvent.entity).where(
                    AuditEvent.operation == "generate_demo", AuditEvent.action == "insert"
                )
            )
        )
        operations = set(session.scalars(select(AuditEvent.operation)))
    assert operations == {"generate_demo"}
    assert sum(inserts.values()) > summary.units
    assert inserts["unit"] == summary.units
    assert inserts["person"] == summary.people
    assert inserts["field_assignment"] == summary.assignments
    assert inserts["oversight"] == summary.oversights
    assert inserts["duty_list"] == summary.duty_lists
    assert inserts["duty_list_item"] == _count(fresh_database, DutyListItem)
