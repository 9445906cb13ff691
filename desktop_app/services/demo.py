"""Generate the demo county (青溪县) into an empty database, in one audited transaction.

The content comes from :mod:`desktop_app.services.demo_data`; this module only turns it into
ORM rows (so the audit hooks record every one of them). Everything is deterministic: uuids are
``uuid5`` of a stable key and the random choices come from seeded generators, so two demo
databases differ only in timestamps and audit metadata.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import DutyListKind, FieldRole, RiskLevel, UnitCategory, UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.services import demo_data as data
from desktop_app.services.demo_data import DELIBERATE_GAPS
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

__all__ = ["DELIBERATE_GAPS", "DEMO_NAMESPACE", "DemoSummary", "demo_uuid", "generate_demo"]

DEMO_NAMESPACE = uuid.UUID("5b0e6f0c-3a4d-5c1e-9d2b-7a6c0e4f1d38")
"""Namespace of the demo's ``uuid5`` identifiers."""

# Enterprises of these fields sit in rural townships (镇/乡), never in a street (街道).
_RURAL_FIELDS = frozenset({"非煤矿山", "烟花爆竹", "农业机械", "电力", "民用爆炸物品", "水上交通"})
# Who supervises an enterprise whose field has no lead department (the demo's 农机 story).
_FALLBACK_SUPERVISORS = {"农业机械": "农业农村局"}
# Enterprises of these risk levels get their own main-responsibility list and a safety post.
_LISTED_RISKS = frozenset({RiskLevel.MAJOR, RiskLevel.HIGH})
# The clauses of a member department's list, by category.
_CATEGORY_LISTS = {
    UnitCategory.COMPREHENSIVE: data.COMPREHENSIVE_LIST,
    UnitCategory.INDUSTRY: data.DEPARTMENT_LIST,
    UnitCategory.OTHER: data.OTHER_MEMBER_LIST,
}


def demo_uuid(kind: str, *parts: object) -> str:
    """The stable uuid of a demo row: ``uuid5(DEMO_NAMESPACE, "kind:part/part…")``."""
    return str(uuid.uuid5(DEMO_NAMESPACE, f"{kind}:" + "/".join(str(part) for part in parts)))


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each sort the demo wrote."""

    units: int
    committee_members: int
    townships: int
    parks: int
    enterprises: int
    fields: int
    people: int
    leaders: int
    assignments: int
    oversights: int
    duties: int
    duty_lists: int
    posts: int


class _DemoBuilder:
    """Adds the demo county to one session, keeping the rows it made for cross-references."""

    def __init__(self, session: Session, year: int) -> None:
        self.session = session
        self.year = year
        self.names = random.Random(data.NAME_SEED)
        self.placement = random.Random(data.PLACEMENT_SEED)
        self.used_person_names = {leader[0] for leader in data.COUNTY_LEADERS}
        self.child_counts: Counter[str] = Counter()  # units and people per parent unit name
        self.units: list[Unit] = []
        self.people: list[Person] = []
        self.departments: dict[str, Unit] = {}
        self.townships: list[Unit] = []
        self.enterprises: list[Unit] = []
        self.fields: dict[str, Field] = {}
        self.duties: dict[str, Duty] = {}
        self.assignments = 0
        self.oversights = 0
        self.duty_lists = 0
        self.posts = 0
        # (unit, clause keys) of unit lists, and (unit, post title, holder, keys) of post lists
        self.unit_lists: list[tuple[Unit, tuple[str, ...]]] = []
        self.post_lists: list[tuple[Unit, str, Person, tuple[str, ...]]] = []

    # ------------------------------------------------------------------ rows
    def add_unit(self, name: str, kind: UnitKind, parent: Unit | None, **columns: object) -> Unit:
        """A unit with its stable uuid, placed last among its siblings."""
        parent_key = f"unit:{parent.name}" if parent else "unit:"
        unit = Unit(
            uuid=demo_uuid("unit", name),
            name=name,
            kind=kind,
            parent=parent,
            sort_order=self.child_counts[parent_key],
            **columns,
        )
        self.child_counts[parent_key] += 1
        self.session.add(unit)
        self.units.append(unit)
        return unit

    def person_name(self) -> str:
        """A fresh Chinese name, unique in the whole demo."""
        while True:
            given_length = 2 if self.names.random() < 0.6 else 1
            given = "".join(self.names.sample(data.GIVEN_CHARACTERS, given_length))
            name = self.names.choice(data.SURNAMES) + given
            if name not in self.used_person_names:
                self.used_person_names.add(name)
                return name

    def add_person(
        self,
        unit: Unit,
        title: str,
        *,
        name: str | None = None,
        party_head: bool = False,
        admin_head: bool = False,
        leader: bool = False,
    ) -> Person:
        """A person of ``unit``; a generated name unless one is given."""
        name = name or self.person_name()
        person = Person(
            uuid=demo_uuid("person", unit.name, name),
            name=name,
            unit=unit,
            title=title,
            is_party_head=party_head,
            is_admin_head=admin_head,
            is_leader=leader,
            sort_order=self.child_counts[f"person:{unit.name}"],
        )
        self.child_counts[f"person:{unit.name}"] += 1
        self.session.add(person)
        self.people.append(person)
        return person

    def assign(self, unit: Unit, field_name: str, role: FieldRole) -> None:
        """A matrix cell of the year."""
        field = self.fields[field_name]
        self.session.add(
            FieldAssignment(
                uuid=demo_uuid("assignment", self.year, unit.name, field.code),
                year=self.year,
                unit=unit,
                field=field,
                role=role,
            )
        )
        self.assignments += 1

    def oversee(
        self, person: Person, *, unit: Unit | None = None, field: Field | None = None
    ) -> None:
        """一岗双责: ``person`` oversees a unit or a field this year."""
        target = f"unit/{unit.name}" if unit is not None else f"field/{field.code if field else ''}"
        self.session.add(
            Oversight(
                uuid=demo_uuid("oversight", self.year, person.unit.name, person.name, target),
                year=self.year,
                person=person,
                unit=unit,
                field=field,
            )
        )
        self.oversights += 1

    # ------------------------------------------------------------- sections
    def build(self) -> None:
        """Add the whole county, flushing where later rows need earlier ids."""
        government = self.add_unit(data.GOVERNMENT, UnitKind.GOVERNMENT, None, code="QX")
        self.add_unit(
            data.COMMITTEE,
            UnitKind.COMMITTEE,
            government,
            code="QX-AWH",
            short_name=data.COMMITTEE_SHORT,
            notes=data.COMMITTEE_NOTE,
        )
        self.add_departments(government)
        self.add_townships(government)
        self.add_fields()
        self.add_matrix()
        self.add_enterprises(government)
        self.add_county_leaders(government)
        self.add_duties()
        self.session.flush()  # posts and duty lists refer to units and people by id
        self.add_duty_lists()

    def add_departments(self, government: Unit) -> None:
        """The member departments, each with its principals and deputies."""
        for number, (short, full, category, heads, deputy_title, deputies) in enumerate(
            data.DEPARTMENTS, start=1
        ):
            unit = self.add_unit(
                full,
                UnitKind.DEPARTMENT,
                government,
                code=f"QX-BM{number:02d}",
                short_name=short,
                category=category,
                is_committee_member=True,
            )
            self.departments[short] = unit
            for title, party_head, admin_head in heads:
                self.add_person(unit, title, party_head=party_head, admin_head=admin_head)
            for _ in range(deputies):
                self.add_person(unit, deputy_title)
            if unit.name != data.LISTLESS_MEMBER:
                self.unit_lists.append((unit, _CATEGORY_LISTS[category]))

    def add_townships(self, government: Unit) -> None:
        """Townships, streets and the development zone: territorial members of the committee."""
        places = [(name, UnitKind.TOWNSHIP) for name in data.TOWNSHIPS]
        places.append((data.PARK, UnitKind.PARK))
        for number, (name, kind) in enumerate(places, start=1):
            code = "QX-KFQ" if kind is UnitKind.PARK else f"QX-XZ{number:02d}"
            unit = self.add_unit(name, kind, government, code=code, is_committee_member=True)
            self.townships.append(unit)
            party, admin, deputy = next(
                titles for suffix, *titles in data.TOWNSHIP_HEADS if name.endswith(suffix)
            )
            self.add_person(unit, party, party_head=True)
            self.add_person(unit, admin, admin_head=True)
            for _ in range(data.TOWNSHIP_DEPUTIES):
                self.add_person(unit, deputy)
            self.unit_lists.append((unit, data.TOWNSHIP_LIST))

    def add_fields(self) -> None:
        """The industry fields."""
        for position, (code, name, *_roles) in enumerate(data.FIELDS):
            field = Field(uuid=demo_uuid("field", code), code=code, name=name, sort_order=position)
            self.session.add(field)
            self.fields[name] = field

    def add_matrix(self) -> None:
        """Lead and support departments per field; townships and the zone as territorial."""
        for _code, name, leads, supports, territorial in data.FIELDS:
            for short in leads:
                self.assign(self.departments[short], name, FieldRole.LEAD)
            for short in supports:
                self.assign(self.departments[short], name, FieldRole.SUPPORT)
            if territorial:
                for township in self.townships:
                    self.assign(township, name, FieldRole.TERRITORIAL)

    def enterprise_specs(self) -> list[tuple[str, str, str, RiskLevel, float, str]]:
        """(field, name, principal title, risk, share in the zone, township or "") of each
        enterprise in a township or the zone."""
        taken = {spec[1] for spec in data.NAMED_ENTERPRISES}
        specs: list[tuple[str, str, str, RiskLevel, float, str]] = []
        for field, count, suffixes, title, risks, park_share in data.ENTERPRISE_GROUPS:
            for number in range(count):
                suffix = suffixes[number % len(suffixes)]
                name = f"{data.COUNTY}{self.placement.choice(data.TRADE_NAMES)}{suffix}"
                while name in taken:
                    name = f"{data.COUNTY}{self.placement.choice(data.TRADE_NAMES)}{suffix}"
                taken.add(name)
                specs.append((field, name, title, self.placement.choice(risks), park_share, ""))
        specs.extend((f, n, t, r, 0.0, place) for f, n, t, r, place in data.NAMED_ENTERPRISES)
        return specs

    def supervisor_for(self, name: str, field: str) -> Unit | None:
        """The explicit supervising department of an enterprise, or None to derive it."""
        leads = next(row[2] for row in data.FIELDS if row[1] == field)
        if not leads:
            fallback = _FALLBACK_SUPERVISORS.get(field)
            if name == data.UNSUPERVISED_ENTERPRISE or fallback is None:
                return None
            return self.departments[fallback]
        if self.placement.random() < data.EXPLICIT_SUPERVISOR_SHARE:
            return self.departments[leads[0]]
        return None

    def add_enterprises(self, government: Unit) -> None:
        """Enterprises in the townships and the zone, plus the county-owned company."""
        park = self.townships[-1]
        rural = [t for t in self.townships[:-1] if not t.name.endswith("街道")]
        towns = self.townships[:-1]
        by_name = {township.name: township for township in towns}
        for number, (field, name, title, risk, park_share, place_name) in enumerate(
            self.enterprise_specs(), start=1
        ):
            if place_name:
                place = by_name[place_name]
            elif self.placement.random() < park_share:
                place = park
            else:
                place = self.placement.choice(rural if field in _RURAL_FIELDS else towns)
            self.add_enterprise(
                place,
                name,
                field,
                title,
                risk,
                code=f"QX-QY{number:03d}",
                territory=place,
                supervisor=self.supervisor_for(name, field),
            )
        name, field, short, title = data.COUNTY_COMPANY
        self.add_enterprise(
            government,
            name,
            field,
            title,
            RiskLevel.HIGH,
            code="QX-QY000",
            territory=None,
            supervisor=self.departments[short],
        )

    def add_enterprise(
        self,
        parent: Unit,
        name: str,
        field: str,
        title: str,
        risk: RiskLevel,
        *,
        code: str,
        territory: Unit | None,
        supervisor: Unit | None,
    ) -> None:
        """One enterprise: main responsibility in its field, a principal and a safety officer."""
        unit = self.add_unit(
            name,
            UnitKind.ENTERPRISE,
            parent,
            code=code,
            risk_level=risk,
            territorial_unit=territory,
            supervisor_unit=supervisor,
        )
        self.enterprises.append(unit)
        self.assign(unit, field, FieldRole.MAIN)
        self.add_person(unit, title, admin_head=True)
        officer = self.add_person(unit, data.ENTERPRISE_SAFETY_OFFICER)
        if risk in _LISTED_RISKS:
            self.unit_lists.append((unit, data.ENTERPRISE_LIST))
            self.post_lists.append(
                (unit, data.ENTERPRISE_SAFETY_OFFICER, officer, data.SAFETY_OFFICER_POST_LIST)
            )

    def add_county_leaders(self, government: Unit) -> None:
        """县委书记, 县长 and the deputies, with portfolios (一岗双责) and liaison townships."""
        with_portfolio: list[Person] = []
        for name, title, post, party, admin, leader, units, fields in data.COUNTY_LEADERS:
            person = self.add_person(
                government, title, name=name, party_head=party, admin_head=admin, leader=leader
            )
            for short in units:
                self.oversee(person, unit=self.departments[short])
            for field in fields:
                self.oversee(person, field=self.fields[field])
            if units or fields:
                with_portfolio.append(person)
            keys = data.LEADER_POST_LIST if party or admin else data.DEPUTY_POST_LIST
            self.post_lists.append((government, post, person, keys))
        for number, township in enumerate(self.townships):
            self.oversee(with_portfolio[number % len(with_portfolio)], unit=township)

    def add_duties(self) -> None:
        """The clause library."""
        for position, (key, kind, text, basis, frequency) in enumerate(data.DUTIES):
            duty = Duty(
                uuid=demo_uuid("duty", key),
                kind=kind,
                text=text,
                legal_basis=basis,
                frequency=frequency,
                sort_order=position,
            )
            self.session.add(duty)
            self.duties[key] = duty

    def add_duty_list(self, duty_list: DutyList, keys: Iterable[str]) -> None:
        """A duty list with the given clauses, in order."""
        for position, key in enumerate(keys, start=1):
            duty_list.items.append(DutyListItem(duty=self.duties[key], position=position))
        self.session.add(duty_list)
        self.duty_lists += 1

    def add_duty_lists(self) -> None:
        """Unit lists (主体责任清单) and post lists (岗位责任清单) with their posts."""
        for unit, keys in self.unit_lists:
            label = unit.short_name or unit.name
            duty_list = DutyList(
                uuid=demo_uuid("duty_list", self.year, "unit", unit.name),
                year=self.year,
                kind=DutyListKind.MAIN,
                unit_id=unit.id,
                title=f"{self.year}年度{label}安全生产责任清单",
            )
            self.add_duty_list(duty_list, keys)
        posts: list[tuple[Post, Unit, tuple[str, ...]]] = []
        for unit, title, holder, keys in self.post_lists:
            post = Post(
                uuid=demo_uuid("post", unit.name, title),
                unit_id=unit.id,
                title=title,
                holder_id=holder.id,
                sort_order=len(posts),
            )
            self.session.add(post)
            posts.append((post, unit, keys))
        self.posts = len(posts)
        self.session.flush()
        for post, unit, keys in posts:
            duty_list = DutyList(
                uuid=demo_uuid("duty_list", self.year, "post", unit.name, post.title),
                year=self.year,
                kind=DutyListKind.POST,
                post_id=post.id,
                title=f"{self.year}年度{post.title}岗位安全生产责任清单",
            )
            self.add_duty_list(duty_list, keys)

    def summary(self) -> DemoSummary:
        """The counts of what was added."""
        return DemoSummary(
            units=len(self.units),
            committee_members=len(self.departments) + len(self.townships),
            townships=sum(1 for u in self.units if u.kind is UnitKind.TOWNSHIP),
            parks=sum(1 for u in self.units if u.kind is UnitKind.PARK),
            enterprises=len(self.enterprises),
            fields=len(self.fields),
            people=len(self.people),
            leaders=sum(1 for p in self.people if p.is_leader),
            assignments=self.assignments,
            oversights=self.oversights,
            duties=len(self.duties),
            duty_lists=self.duty_lists,
            posts=self.posts,
        )


def generate_demo(database: Database, *, year: int = 2026) -> DemoSummary:
    """Write the demo county for ``year`` into an empty database, in one audited transaction.

    Refuses (``DATABASE_NOT_EMPTY``) when the database already holds units; then nothing is
    written.
    """
    with database.transaction("generate_demo") as session:
        if session.scalar(select(func.count()).select_from(Unit)):
            raise DomainError(ErrorCode.DATABASE_NOT_EMPTY, path=database.display_name)
        builder = _DemoBuilder(session, year)
        builder.build()
        from desktop_app.services.demo_letters import add_demo_letters

        add_demo_letters(builder, database)  # this year's letters (issue 5)
        from desktop_app.services.demo_assessment import add_demo_assessment

        add_demo_assessment(builder)  # last year's letters, assessed and closed (issue 8)
        return builder.summary()
