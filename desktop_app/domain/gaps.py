"""Responsibility-gap analysis (责任零缺位): pure rules over a snapshot of one year's matrix.

The services read the database into a :class:`Snapshot`; :func:`find_gaps` lists every gap,
each with the facts a message needs. Only active units, people, fields and posts count: an
inactive one neither has gaps nor closes another's gap (an oversight held by a person who has
left does not cover a unit). A snapshot holds the rows of one year only (assignments,
oversights and duty lists are per year; units, people and fields are not).

Letters (DESIGN §1.4, 责任书签订率 100%): every unit that must sign a letter this year needs
one that is signed (signed, returned or archived), and no issued letter may stay unsigned past
its due date. A unit must sign when it is a committee member (安委会成员单位), or when a
template of the year pairs it with an issuing unit that has started issuing that template
(层层签订: an issuer who began must reach every unit its rule gives). An issued letter still
within its deadline is not a gap: it is being signed, and the ledger tracks it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from desktop_app.domain.enums import DutyListKind, FieldRole, LetterStatus, UnitCategory, UnitKind
from desktop_app.domain.letter_dates import SIGNED_STATES, days_overdue


@dataclass(frozen=True)
class UnitFacts:
    """What the rules need to know about a unit."""

    id: int
    name: str
    kind: UnitKind
    category: UnitCategory | None = None
    is_committee_member: bool = False
    parent_id: int | None = None
    territorial_unit_id: int | None = None
    supervisor_unit_id: int | None = None
    active: bool = True


@dataclass(frozen=True)
class PersonFacts:
    """What the rules need to know about a person."""

    id: int
    name: str
    unit_id: int
    is_party_head: bool = False
    is_admin_head: bool = False
    is_leader: bool = False
    active: bool = True


@dataclass(frozen=True)
class FieldFacts:
    """An industry field (行业领域)."""

    id: int
    name: str
    active: bool = True


@dataclass(frozen=True)
class AssignmentFacts:
    """A matrix cell of the year: the unit plays ``role`` in the field."""

    unit_id: int
    field_id: int
    role: FieldRole


@dataclass(frozen=True)
class OversightFacts:
    """一岗双责 of the year: the person oversees a unit or a field (exactly one is set)."""

    person_id: int
    unit_id: int | None = None
    field_id: int | None = None


@dataclass(frozen=True)
class PostFacts:
    """A post (岗位) of a unit; only needed to know whose a post duty list is."""

    id: int
    unit_id: int
    title: str
    active: bool = True


@dataclass(frozen=True)
class DutyListFacts:
    """A duty list of the year, of a unit or of a post (exactly one is set)."""

    id: int
    unit_id: int | None
    post_id: int | None
    item_count: int
    kind: DutyListKind = DutyListKind.MAIN
    title: str | None = None


@dataclass(frozen=True)
class LetterRecord:
    """A letter of the year as the gap rules see it (party B is the unit that signs)."""

    id: int
    party_a_id: int
    party_b_id: int
    status: LetterStatus
    due_date: date | None = None
    template: str | None = None
    """The template's name (its family: every version shares it)."""
    issued_on: date | None = None


@dataclass(frozen=True)
class SigningPairFacts:
    """A pair a template of the year gives by its pairing rule: party A issues to party B."""

    template: str
    party_a_id: int
    party_b_id: int


@dataclass(frozen=True)
class Snapshot:
    """Everything :func:`find_gaps` looks at, for one year.

    ``today`` decides which letters are overdue; without it none is.
    """

    year: int
    units: tuple[UnitFacts, ...] = ()
    people: tuple[PersonFacts, ...] = ()
    fields: tuple[FieldFacts, ...] = ()
    assignments: tuple[AssignmentFacts, ...] = ()
    oversights: tuple[OversightFacts, ...] = ()
    duty_lists: tuple[DutyListFacts, ...] = ()
    posts: tuple[PostFacts, ...] = ()
    letters: tuple[LetterRecord, ...] = ()
    signing_pairs: tuple[SigningPairFacts, ...] = ()
    today: date | None = None


class GapKind(StrEnum):
    """Kinds of responsibility gap, in the order they are reported."""

    FIELD_WITHOUT_LEAD = "field_without_lead"
    FIELD_WITH_SEVERAL_LEADS = "field_with_several_leads"
    MEMBER_WITHOUT_OVERSEER = "member_without_overseer"
    UNIT_WITHOUT_SIGNED_LETTER = "unit_without_signed_letter"
    LETTER_OVERDUE = "letter_overdue"
    ENTERPRISE_WITHOUT_SUPERVISOR = "enterprise_without_supervisor"
    ENTERPRISE_WITHOUT_TERRITORY = "enterprise_without_territory"
    LEADER_OVERSEES_NOTHING = "leader_oversees_nothing"
    UNIT_WITHOUT_PRINCIPAL = "unit_without_principal"
    EMPTY_DUTY_LIST = "empty_duty_list"


class GapSubject(StrEnum):
    """What a gap is about."""

    UNIT = "unit"
    FIELD = "field"
    PERSON = "person"
    LETTER = "letter"


@dataclass(frozen=True)
class Gap:
    """One gap: its kind, the unit/field/person it is about, and the facts for the message."""

    kind: GapKind
    subject: GapSubject
    subject_id: int
    subject_name: str
    facts: dict[str, Any] = field(default_factory=dict, hash=False)


# Units that must have a principal (主要负责人): party head or administrative head.
PRINCIPAL_KINDS = frozenset(
    {
        UnitKind.GOVERNMENT,
        UnitKind.DEPARTMENT,
        UnitKind.TOWNSHIP,
        UnitKind.PARK,
        UnitKind.ENTERPRISE,
        UnitKind.SUBSIDIARY,
    }
)
# EMPTY_DUTY_LIST reasons, in ``Gap.facts["reason"]``.
REASON_NO_ITEMS = "no_items"
REASON_NO_LIST = "no_list"
# UNIT_WITHOUT_SIGNED_LETTER reasons, in ``Gap.facts["reason"]``: no letter at all, a draft
# never issued, or only letters that were voided.
REASON_NO_LETTER = "no_letter"
REASON_DRAFT = "draft"
REASON_VOID = "void"

_KIND_ORDER = {kind: position for position, kind in enumerate(GapKind)}


class SnapshotIndex:
    """Lookups over the active part of a snapshot, built once per analysis."""

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.units = {u.id: u for u in snapshot.units if u.active}
        self.names = {u.id: u.name for u in snapshot.units}  # inactive ones too
        self.people = {p.id: p for p in snapshot.people if p.active and p.unit_id in self.units}
        self.fields = {f.id: f for f in snapshot.fields if f.active}
        self.posts = {p.id: p for p in snapshot.posts if p.active and p.unit_id in self.units}
        self.leads: dict[int, list[UnitFacts]] = defaultdict(list)
        self.main_fields: dict[int, list[FieldFacts]] = defaultdict(list)
        for cell in snapshot.assignments:
            unit = self.units.get(cell.unit_id)
            field_ = self.fields.get(cell.field_id)
            if unit is None or field_ is None:
                continue
            if cell.role is FieldRole.LEAD:
                self.leads[field_.id].append(unit)
            elif cell.role is FieldRole.MAIN:
                self.main_fields[unit.id].append(field_)
        self.oversights = [
            o
            for o in snapshot.oversights
            if o.person_id in self.people
            and (o.unit_id in self.units if o.unit_id is not None else o.field_id in self.fields)
        ]

    def active_units(self, *kinds: UnitKind) -> list[UnitFacts]:
        """Active units of the given kinds (all kinds when none are given)."""
        return [u for u in self.units.values() if not kinds or u.kind in kinds]

    def members(self) -> list[UnitFacts]:
        """Active committee member units."""
        return [u for u in self.units.values() if u.is_committee_member]


def _unit_gap(kind: GapKind, unit: UnitFacts, **facts: Any) -> Gap:
    return Gap(kind, GapSubject.UNIT, unit.id, unit.name, {"unit": unit.name, **facts})


def _sorted_names(units: Iterable[UnitFacts | FieldFacts]) -> list[str]:
    return sorted(item.name for item in units)


def fields_without_lead(index: SnapshotIndex) -> list[Gap]:
    """Active fields no active unit leads (牵头) this year."""
    return [
        Gap(GapKind.FIELD_WITHOUT_LEAD, GapSubject.FIELD, f.id, f.name, {"field": f.name})
        for f in index.fields.values()
        if not index.leads.get(f.id)
    ]


def fields_with_several_leads(index: SnapshotIndex) -> list[Gap]:
    """Active fields led by two or more active units: nobody is clearly in charge."""
    gaps: list[Gap] = []
    for f in index.fields.values():
        leads = index.leads.get(f.id, [])
        if len(leads) > 1:
            names = _sorted_names(leads)
            facts = {"field": f.name, "leads": names, "count": len(names)}
            gaps.append(
                Gap(GapKind.FIELD_WITH_SEVERAL_LEADS, GapSubject.FIELD, f.id, f.name, facts)
            )
    return gaps


def members_without_overseer(index: SnapshotIndex) -> list[Gap]:
    """Committee member units that no active person oversees (分管) this year."""
    overseen = {o.unit_id for o in index.oversights if o.unit_id is not None}
    return [
        _unit_gap(GapKind.MEMBER_WITHOUT_OVERSEER, unit)
        for unit in index.members()
        if unit.id not in overseen
    ]


def _letters_must_sign(index: SnapshotIndex) -> dict[int, int | None]:
    """Active units that must sign a letter this year → their issuing unit, when known.

    Committee members always must; a template's pairs count once their issuing unit has a
    letter of that template (in any state) this year.
    """
    started = {(letter.template, letter.party_a_id) for letter in index.snapshot.letters}
    issuers: dict[int, int | None] = {}
    for pair in index.snapshot.signing_pairs:
        if pair.party_b_id in index.units and (pair.template, pair.party_a_id) in started:
            issuers.setdefault(pair.party_b_id, pair.party_a_id)
    for unit in index.members():
        issuers.setdefault(unit.id, None)
    return issuers


def units_without_signed_letter(index: SnapshotIndex) -> list[Gap]:
    """Units that must sign a letter and have no letter signed or on its way this year.

    Signed, returned or archived letters count; an issued one is left to the ledger while in
    its deadline and to :func:`letters_overdue` after it. What is left is a unit with no letter,
    only a draft, or only voided letters (``reason``); ``letter_id`` is the newest of those.
    """
    by_party_b: dict[int, list[LetterRecord]] = defaultdict(list)
    for letter in index.snapshot.letters:
        by_party_b[letter.party_b_id].append(letter)
    live = SIGNED_STATES | {LetterStatus.ISSUED}
    gaps: list[Gap] = []
    for unit_id, issuer_id in _letters_must_sign(index).items():
        own = by_party_b.get(unit_id, [])
        if any(letter.status in live for letter in own):
            continue
        drafts = [letter for letter in own if letter.status is LetterStatus.DRAFT]
        reason = REASON_DRAFT if drafts else REASON_VOID if own else REASON_NO_LETTER
        newest = max(drafts or own, key=lambda letter: letter.id, default=None)
        if issuer_id is None and newest is not None:
            issuer_id = newest.party_a_id
        facts = {
            "reason": reason,
            "year": index.snapshot.year,
            "issuer": index.names.get(issuer_id) if issuer_id is not None else None,
            "letter_id": newest.id if newest is not None else None,
        }
        gaps.append(_unit_gap(GapKind.UNIT_WITHOUT_SIGNED_LETTER, index.units[unit_id], **facts))
    return gaps


def letters_overdue(index: SnapshotIndex) -> list[Gap]:
    """Issued letters still unsigned after their due date, one gap each (party B active)."""
    gaps: list[Gap] = []
    for letter in index.snapshot.letters:
        days = days_overdue(letter.status, letter.due_date, index.snapshot.today)
        party_b = index.units.get(letter.party_b_id)
        if days <= 0 or party_b is None or letter.due_date is None:
            continue
        facts = {
            "party_a": index.names.get(letter.party_a_id, "—"),
            "party_b": party_b.name,
            "party_b_id": party_b.id,
            "letter_id": letter.id,
            "template": letter.template,
            "issued_on": letter.issued_on.isoformat() if letter.issued_on else None,
            "due_date": letter.due_date.isoformat(),
            "days": days,
        }
        gaps.append(Gap(GapKind.LETTER_OVERDUE, GapSubject.LETTER, letter.id, party_b.name, facts))
    return gaps


def enterprises_without_supervisor(index: SnapshotIndex) -> list[Gap]:
    """Enterprises with no explicit supervising unit and none derivable from their fields.

    The supervisor is derived from the lead department of any field the enterprise carries
    the main responsibility (主体) in; an explicit supervisor that is inactive does not count.
    """
    gaps: list[Gap] = []
    for unit in index.active_units(UnitKind.ENTERPRISE):
        if unit.supervisor_unit_id in index.units:
            continue
        fields = index.main_fields.get(unit.id, [])
        if any(index.leads.get(f.id) for f in fields):
            continue
        gaps.append(
            _unit_gap(GapKind.ENTERPRISE_WITHOUT_SUPERVISOR, unit, fields=_sorted_names(fields))
        )
    return gaps


def enterprises_without_territory(index: SnapshotIndex) -> list[Gap]:
    """Enterprises with no active territorial unit (属地: township, street or park)."""
    return [
        _unit_gap(GapKind.ENTERPRISE_WITHOUT_TERRITORY, unit)
        for unit in index.active_units(UnitKind.ENTERPRISE)
        if unit.territorial_unit_id not in index.units
    ]


def leaders_overseeing_nothing(index: SnapshotIndex) -> list[Gap]:
    """Active leaders (班子成员) with no oversight of an active unit or field this year."""
    busy = {o.person_id for o in index.oversights}
    gaps: list[Gap] = []
    for person in index.people.values():
        if person.is_leader and person.id not in busy:
            unit_name = index.units[person.unit_id].name
            facts = {"person": person.name, "unit": unit_name}
            gaps.append(
                Gap(
                    GapKind.LEADER_OVERSEES_NOTHING,
                    GapSubject.PERSON,
                    person.id,
                    person.name,
                    facts,
                )
            )
    return gaps


def units_without_principal(index: SnapshotIndex) -> list[Gap]:
    """Units of the principal kinds with no active party head or administrative head."""
    headed = {p.unit_id for p in index.people.values() if p.is_party_head or p.is_admin_head}
    return [
        _unit_gap(GapKind.UNIT_WITHOUT_PRINCIPAL, unit, unit_kind=unit.kind.value)
        for unit in index.active_units(*PRINCIPAL_KINDS)
        if unit.id not in headed
    ]


def _list_owner(
    index: SnapshotIndex, duty_list: DutyListFacts
) -> tuple[UnitFacts, PostFacts | None]:
    """The active unit (and post) a duty list belongs to; raises KeyError if inactive."""
    if duty_list.post_id is not None:
        post = index.posts[duty_list.post_id]
        return index.units[post.unit_id], post
    if duty_list.unit_id is None:
        raise KeyError(duty_list.id)
    return index.units[duty_list.unit_id], None


def empty_duty_lists(index: SnapshotIndex) -> list[Gap]:
    """Duty lists without items, and committee member units with no duty list at all.

    A member unit's list may be its own or that of one of its posts.
    """
    gaps: list[Gap] = []
    units_with_lists: set[int] = set()
    for duty_list in index.snapshot.duty_lists:
        try:
            unit, post = _list_owner(index, duty_list)
        except KeyError:
            continue
        units_with_lists.add(unit.id)
        if duty_list.item_count == 0:
            facts: dict[str, Any] = {
                "reason": REASON_NO_ITEMS,
                "list_kind": duty_list.kind.value,
                "title": duty_list.title,
                "post": post.title if post else None,
            }
            gaps.append(_unit_gap(GapKind.EMPTY_DUTY_LIST, unit, **facts))
    for unit in index.members():
        if unit.id not in units_with_lists:
            gaps.append(_unit_gap(GapKind.EMPTY_DUTY_LIST, unit, reason=REASON_NO_LIST))
    return gaps


# Each rule reports the gaps of one kind.
RULES: tuple[Callable[[SnapshotIndex], list[Gap]], ...] = (
    fields_without_lead,
    fields_with_several_leads,
    members_without_overseer,
    units_without_signed_letter,
    letters_overdue,
    enterprises_without_supervisor,
    enterprises_without_territory,
    leaders_overseeing_nothing,
    units_without_principal,
    empty_duty_lists,
)


def gap_sort_key(gap: Gap) -> tuple[int, str, int]:
    """Report order: by kind (as declared in :class:`GapKind`), then name, then id."""
    return (_KIND_ORDER[gap.kind], gap.subject_name, gap.subject_id)


def find_gaps(snapshot: Snapshot) -> list[Gap]:
    """Every responsibility gap in ``snapshot``, in :func:`gap_sort_key` order."""
    index = SnapshotIndex(snapshot)
    gaps = [gap for rule in RULES for gap in rule(index)]
    return sorted(gaps, key=gap_sort_key)
