"""What the database already holds, as plain values, and how a cell names a unit in it.

A cell names a unit by its code or by its name; names are unique only among siblings, so a
name shared by several units is ambiguous unless a code or the parent says which. Units that
the imported file itself brings count too: they are "entities" with negative keys
(``-row number``) next to the database ids.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.domain.enums import (
    DutyListKind,
    FieldRole,
    Responsibility,
    RiskLevel,
    UnitCategory,
    UnitKind,
)
from desktop_app.domain.import_vocabulary import match_key

Key = int
"""A unit in an import: a database id (> 0) or ``-row`` for a unit the file adds."""


@dataclass(frozen=True, slots=True)
class ExistingUnit:
    """A unit row of the database, as the validators see it."""

    id: int
    code: str | None
    name: str
    parent_id: int | None
    kind: UnitKind
    category: UnitCategory | None = None
    is_committee_member: bool = False
    risk_level: RiskLevel | None = None
    territorial_unit_id: int | None = None
    supervisor_unit_id: int | None = None
    short_name: str | None = None
    notes: str | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class ExistingPerson:
    """A person row of the database."""

    id: int
    unit_id: int
    name: str
    title: str | None = None
    phone: str | None = None
    is_party_head: bool = False
    is_admin_head: bool = False
    is_leader: bool = False
    active: bool = True


@dataclass(frozen=True, slots=True)
class ExistingField:
    """An industry field."""

    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class ExistingDuty:
    """A clause of the clause library."""

    id: int
    kind: Responsibility
    text: str
    legal_basis: str | None = None
    frequency: str | None = None


@dataclass(frozen=True, slots=True)
class ExistingDutyList:
    """A year's duty list of a unit or a post, with the clauses already in it."""

    id: int
    year: int
    kind: DutyListKind
    unit_id: int | None
    post_id: int | None
    duty_ids: frozenset[int] = frozenset()


@dataclass
class Snapshot:
    """The database content an import is checked against (only what the import needs)."""

    units: list[ExistingUnit] = field(default_factory=list)
    people: list[ExistingPerson] = field(default_factory=list)
    fields: list[ExistingField] = field(default_factory=list)
    # (year, unit id, field id) → (assignment id, role)
    assignments: dict[tuple[int, int, int], tuple[int, FieldRole]] = field(default_factory=dict)
    # (year, person id, unit id or None, field id or None)
    oversights: set[tuple[int, int, int | None, int | None]] = field(default_factory=set)
    duties: list[ExistingDuty] = field(default_factory=list)
    duty_lists: list[ExistingDutyList] = field(default_factory=list)
    # (unit id, post title key) → post id
    posts: dict[tuple[int, str], int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        """Build the lookup tables once."""
        self.unit_by_id: dict[int, ExistingUnit] = {unit.id: unit for unit in self.units}
        self.unit_by_code: dict[str, ExistingUnit] = {
            match_key(unit.code): unit for unit in self.units if unit.code
        }
        self.units_by_name: dict[str, list[ExistingUnit]] = defaultdict(list)
        self.child_by_name: dict[tuple[int | None, str], ExistingUnit] = {}
        for unit in self.units:
            key = match_key(unit.name)
            self.units_by_name[key].append(unit)
            self.child_by_name.setdefault((unit.parent_id, key), unit)
        self.field_by_key: dict[str, ExistingField] = {}
        for item in self.fields:
            self.field_by_key.setdefault(match_key(item.name), item)
            self.field_by_key.setdefault(match_key(item.code), item)
        self.people_by_name: dict[str, list[ExistingPerson]] = defaultdict(list)
        for person in self.people:
            self.people_by_name[match_key(person.name)].append(person)
        self.duty_by_text: dict[tuple[Responsibility, str], ExistingDuty] = {
            (duty.kind, match_key(duty.text)): duty for duty in self.duties
        }
        self.list_by_owner: dict[
            tuple[int, DutyListKind, int | None, int | None], ExistingDutyList
        ] = {(item.year, item.kind, item.unit_id, item.post_id): item for item in self.duty_lists}
        self.list_by_id = {item.id: item for item in self.duty_lists}

    def unit_name(self, unit_id: int | None) -> str:
        """The name of a database unit ('' for none)."""
        unit = self.unit_by_id.get(unit_id) if unit_id is not None else None
        return unit.name if unit is not None else ""

    def field_names(self) -> str:
        """The fields, for a problem sentence."""
        return "、".join(item.name for item in self.fields) or "—"


@dataclass(frozen=True, slots=True)
class Lookup:
    """The outcome of resolving one cell: a unit, or why not."""

    key: Key | None = None
    ambiguous: tuple[str, ...] = ()  # the parents of the units sharing the name
    excluded_row: int | None = None  # the name belongs to a row left out for its problems

    @property
    def found(self) -> bool:
        """True when exactly one unit was found."""
        return self.key is not None


@dataclass
class FileUnits:
    """The units a file brings, indexed like the database's (keys are ``-row``)."""

    by_code: dict[str, Key] = field(default_factory=dict)
    # the first row of each name, and the further rows of the few names shared by several
    # (no list per name: a 50,000-row import would hold 50,000 of them)
    first_by_name: dict[str, Key] = field(default_factory=dict)
    more_by_name: dict[str, list[Key]] = field(default_factory=dict)
    claims: dict[int, Key] = field(default_factory=dict)  # database id → row key
    excluded_names: dict[str, int] = field(default_factory=dict)  # name key → row left out
    excluded_codes: dict[str, int] = field(default_factory=dict)

    def add(self, row: int, name: str, code: str | None) -> None:
        """Register the unit of file row ``row``."""
        key = match_key(name)
        own = -row  # one integer object for both indexes
        if self.first_by_name.setdefault(key, own) != own:
            self.more_by_name.setdefault(key, []).append(own)
        if code:
            self.by_code.setdefault(match_key(code), own)

    def named(self, key: str) -> list[Key]:
        """The rows (as keys) whose name has the match key ``key``, in file order."""
        first = self.first_by_name.get(key)
        if first is None:
            return []
        return [first, *self.more_by_name.get(key, ())]

    def exclude(self, rows: Iterable[tuple[int, str, str | None]]) -> None:
        """Remember rows left out, so references to them say so."""
        for row, name, code in rows:
            self.excluded_names.setdefault(match_key(name), row)
            if code:
                self.excluded_codes.setdefault(match_key(code), row)


def resolve_unit(
    text: str,
    snapshot: Snapshot,
    file_units: FileUnits | None = None,
    *,
    code: str | None = None,
    parent_key: Key | None = None,
    parent_of: Mapping[Key, Key | None] | None = None,
) -> Lookup:
    """The unit a cell names: by code, then by name (file first, then database).

    ``parent_key`` narrows a shared name to the unit under that parent; ``parent_of`` gives
    the parents of file rows for that narrowing.
    """
    units = file_units or FileUnits()
    for candidate in (code, text):
        if not candidate:
            continue
        key = match_key(candidate)
        if key in units.by_code:
            return Lookup(units.by_code[key])
        existing = snapshot.unit_by_code.get(key)
        if existing is not None:
            return Lookup(units.claims.get(existing.id, existing.id))
        if key in units.excluded_codes:
            return Lookup(excluded_row=units.excluded_codes[key])
    if not text:
        return Lookup()
    key = match_key(text)
    # The file's own units come first: a row named like a database unit usually is that unit.
    candidates = units.named(key) or list(
        dict.fromkeys(
            units.claims.get(unit.id, unit.id) for unit in snapshot.units_by_name.get(key, [])
        )
    )
    if len(candidates) > 1 and parent_key is not None:
        narrowed = [c for c in candidates if _parent(c, snapshot, parent_of) == parent_key]
        candidates = narrowed or candidates
    if len(candidates) == 1:
        return Lookup(candidates[0])
    if candidates:
        parents = tuple(_parent_name(c, snapshot, parent_of) or "—" for c in candidates[:5])
        return Lookup(ambiguous=parents)
    if key in units.excluded_names:
        return Lookup(excluded_row=units.excluded_names[key])
    return Lookup()


def _parent(key: Key, snapshot: Snapshot, parent_of: Mapping[Key, Key | None] | None) -> Key | None:
    if parent_of is not None and key in parent_of:
        return parent_of[key]
    unit = snapshot.unit_by_id.get(key)
    return unit.parent_id if unit is not None else None


def _parent_name(key: Key, snapshot: Snapshot, parent_of: Mapping[Key, Key | None] | None) -> str:
    parent = _parent(key, snapshot, parent_of)
    if parent is None:
        return ""
    if parent > 0:
        return snapshot.unit_name(parent)
    return f"#{-parent}"


def resolve_unit_cell(
    text: str | None, code: str | None, parent_text: str | None, snapshot: Snapshot
) -> Lookup:
    """The database unit named by a 单位 cell, narrowed by 单位编码 and 上级单位 cells."""
    parent_key: Key | None = None
    if parent_text:
        parent = resolve_unit(parent_text, snapshot)
        parent_key = parent.key
    return resolve_unit(text or "", snapshot, code=code, parent_key=parent_key)
