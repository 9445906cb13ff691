"""What the matrix says about a signing pair: who signs with whom, principals, fields, duties.

Signing pairs follow the template's ``pairing`` rule, level by level (层层签订):
``townships`` — the county government with each township, street and zone;
``committee_members`` — the safety committee (安委会) with each member department;
``subsidiaries`` — a company with each subsidiary or workshop;
``teams`` — a workshop with each team (班组);
``children`` — every unit with each of its direct children, level by level.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import DutyListKind, FieldRole, UnitKind
from desktop_app.domain.letters import LetterFacts, PartyFacts
from desktop_app.storage.models import (
    Duty,
    DutyList,
    DutyListItem,
    Field,
    FieldAssignment,
    Oversight,
    Person,
    Unit,
)

_CHILD_KINDS: dict[str, frozenset[UnitKind]] = {
    "townships": frozenset({UnitKind.TOWNSHIP, UnitKind.PARK}),
    "committee_members": frozenset({UnitKind.DEPARTMENT}),
    "subsidiaries": frozenset({UnitKind.SUBSIDIARY, UnitKind.WORKSHOP}),
    "teams": frozenset({UnitKind.TEAM}),
}
_PARENT_KINDS: dict[str, frozenset[UnitKind]] = {
    "townships": frozenset({UnitKind.GOVERNMENT}),
    "committee_members": frozenset({UnitKind.COMMITTEE}),
    "subsidiaries": frozenset({UnitKind.GOVERNMENT, UnitKind.ENTERPRISE, UnitKind.SUBSIDIARY}),
    "teams": frozenset({UnitKind.WORKSHOP, UnitKind.SUBSIDIARY}),
}
PAIRING_RULES = tuple(_CHILD_KINDS)
PAIRING_CHOICES = (*PAIRING_RULES, "children")


@dataclass(frozen=True)
class SigningPair:
    """Party A (the issuing level) and party B (the accepting unit)."""

    party_a_id: int
    party_b_id: int
    party_a_name: str
    party_b_name: str


def signing_pairs(
    session: Session, pairing: str, *, root_unit_id: int | None = None
) -> list[SigningPair]:
    """Every pair the rule gives, or only those under ``root_unit_id`` as party A."""
    child_kinds = _CHILD_KINDS.get(pairing, frozenset(UnitKind))
    units = list(
        session.scalars(
            select(Unit).where(Unit.active.is_(True)).order_by(Unit.sort_order, Unit.id)
        )
    )
    pairs: list[SigningPair] = []
    if pairing == "committee_members":
        committees = [u for u in units if u.kind is UnitKind.COMMITTEE]
        if root_unit_id is not None:
            committees = [u for u in units if u.id == root_unit_id]
        for committee in committees[:1]:
            pairs += [
                SigningPair(committee.id, u.id, committee.name, u.name)
                for u in units
                if u.is_committee_member and u.kind in child_kinds and u.id != committee.id
            ]
        return pairs
    parents = [u for u in units if u.kind in _PARENT_KINDS.get(pairing, frozenset(UnitKind))]
    if root_unit_id is not None:
        parents = [u for u in units if u.id == root_unit_id]
    children: dict[int, list[Unit]] = {}  # by parent, in display order (one pass, not n×m)
    for unit in units:
        if unit.parent_id is not None and unit.kind in child_kinds:
            children.setdefault(unit.parent_id, []).append(unit)
    for parent in parents:
        pairs += [
            SigningPair(parent.id, u.id, parent.name, u.name) for u in children.get(parent.id, [])
        ]
    return pairs


def _pick_principal(
    unit: Unit, people: list[Person], units: dict[int, Unit], by_unit: dict[int, list[Person]]
) -> Person | None:
    for person in people:
        if person.is_admin_head:
            return person
    for person in people:
        if person.is_party_head:
            return person
    if unit.kind is UnitKind.COMMITTEE and unit.parent_id is not None and unit.parent_id in units:
        parent = units[unit.parent_id]
        return _pick_principal(parent, by_unit.get(parent.id, []), units, by_unit)
    if unit.kind in (UnitKind.WORKSHOP, UnitKind.TEAM) and people:
        return people[0]  # 车间主任 / 班组长: the first person on record
    return None


@dataclass
class FactsIndex:
    """Everything letters of one year draw from the matrix, read in a few bulk queries."""

    year: int
    units: dict[int, Unit]
    people: dict[int, list[Person]]
    fields: dict[int, list[tuple[str, FieldRole]]]
    duties: dict[int, list[str]]
    leaders: dict[int, list[str]]

    @classmethod
    def load(cls, session: Session, year: int, unit_ids: Iterable[int] | None = None) -> FactsIndex:
        """Read the facts of ``year`` (for ``unit_ids`` and their parents, or all units)."""
        wanted: set[int] | None = None
        if unit_ids is None:
            units = {u.id: u for u in session.scalars(select(Unit))}
        else:
            units = {}
            for unit_id in set(unit_ids):
                unit = session.get(Unit, unit_id)
                while unit is not None and unit.id not in units:
                    units[unit.id] = unit
                    unit = unit.parent if unit.kind is UnitKind.COMMITTEE else None
            wanted = set(units)
        people: dict[int, list[Person]] = defaultdict(list)
        query = select(Person).where(Person.active.is_(True)).order_by(Person.sort_order, Person.id)
        if wanted is not None:
            query = query.where(Person.unit_id.in_(wanted))
        for person in session.scalars(query):
            people[person.unit_id].append(person)
        fields: dict[int, list[tuple[str, FieldRole]]] = defaultdict(list)
        field_query = (
            select(FieldAssignment.unit_id, Field.name, FieldAssignment.role)
            .join(Field, Field.id == FieldAssignment.field_id)
            .where(FieldAssignment.year == year)
            .order_by(Field.sort_order, Field.id)
        )
        duty_query = (
            select(DutyList.unit_id, Duty.text)
            .join(DutyListItem, DutyListItem.duty_id == Duty.id)
            .join(DutyList, DutyList.id == DutyListItem.duty_list_id)
            .where(DutyList.year == year, DutyList.kind == DutyListKind.MAIN)
            .order_by(DutyList.id, DutyListItem.position)
        )
        leader_query = (
            select(Oversight.unit_id, Person.name, Person.title)
            .join(Person, Person.id == Oversight.person_id)
            .where(Oversight.year == year, Oversight.unit_id.is_not(None))
            .order_by(Person.sort_order, Person.id)
        )
        if wanted is not None:
            field_query = field_query.where(FieldAssignment.unit_id.in_(wanted))
            duty_query = duty_query.where(DutyList.unit_id.in_(wanted))
            leader_query = leader_query.where(Oversight.unit_id.in_(wanted))
        for unit_id, name, role in session.execute(field_query):
            fields[unit_id].append((name, role))
        duties: dict[int, list[str]] = defaultdict(list)
        for owner_id, text in session.execute(duty_query):
            if owner_id is not None:
                duties[owner_id].append(text)
        leaders: dict[int, list[str]] = defaultdict(list)
        for overseen_id, name, title in session.execute(leader_query):
            if overseen_id is not None:
                leaders[overseen_id].append(f"{name}（{title}）" if title else name)
        return cls(year, units, people, fields, duties, leaders)

    def principal(self, unit: Unit) -> Person | None:
        """The unit's principal (see ``principal_of``)."""
        return _pick_principal(unit, self.people.get(unit.id, []), self.units, self.people)

    def party(self, unit: Unit) -> PartyFacts:
        """Name and principal of one party."""
        principal = self.principal(unit)
        return PartyFacts(
            name=unit.name,
            principal=principal.name if principal else None,
            principal_title=principal.title if principal else None,
        )

    def facts(self, party_a: Unit, party_b: Unit, due: date | None) -> LetterFacts:
        """What the matrix says about one pair."""
        return LetterFacts(
            year=self.year,
            party_a=self.party(party_a),
            party_b=self.party(party_b),
            fields=tuple(self.fields.get(party_b.id, ())),
            duties=tuple(self.duties.get(party_b.id, ())),
            overseeing_leaders=tuple(self.leaders.get(party_b.id, ())),
            due_text=f"{due.year}年{due.month}月{due.day}日" if due else "",
        )


def principal_of(session: Session, unit: Unit) -> Person | None:
    """The unit's principal: the administrative head, else the party head.

    A safety committee has no staff of its own: its chair is the government's head.
    """
    index = FactsIndex.load(session, 0, [unit.id])
    return index.principal(unit)


def letter_facts(
    session: Session, year: int, party_a: Unit, party_b: Unit, due: date | None
) -> LetterFacts:
    """Fields with roles, the duty list and the overseeing leaders of party B in ``year``."""
    return FactsIndex.load(session, year, [party_a.id, party_b.id]).facts(party_a, party_b, due)
