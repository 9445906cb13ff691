"""The rows of a unit register as typed values, and the plan an import of units writes.

desktop_app/domain/import_units.py fills the plan; desktop_app/services/import_apply.py
writes it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from operator import attrgetter
from typing import Any

from desktop_app.domain.enums import RiskLevel, UnitCategory, UnitKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_cells import Cells
from desktop_app.domain.import_problems import RowProgress, counted
from desktop_app.domain.import_refs import Key, Snapshot
from desktop_app.domain.import_schema import SourceRow
from desktop_app.domain.import_store import Packed, RowMap, RowStore, StoreFactory, in_memory
from desktop_app.domain.import_vocabulary import ParseError, match_key, parse_choice

_NUMBERING = re.compile(r"^([一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*")


@dataclass(slots=True)
class UnitRow:
    """One parsed row of a unit register."""

    number: int
    name: str
    code: str | None = None
    short_name: str | None = None
    kind: UnitKind | None = None
    category: UnitCategory | None = None
    is_committee_member: bool | None = None
    risk_level: RiskLevel | None = None
    notes: str | None = None
    parent_text: str | None = None
    parent_code: str | None = None
    territorial: str | None = None
    supervisor: str | None = None
    field_id: int | None = None
    field_name: str | None = None
    principal: str | None = None
    title: str | None = None
    phone: str | None = None


_UNIT_ROW_FIELDS = attrgetter(*(item.name for item in fields(UnitRow)))


def pack_unit_row(row: UnitRow) -> Packed:
    """The row as a plain tuple, for a store that spools (see :func:`unpack_unit_row`)."""
    packed: Packed = _UNIT_ROW_FIELDS(row)
    return packed


def unpack_unit_row(packed: Packed) -> UnitRow:
    """The row :func:`pack_unit_row` packed."""
    return UnitRow(*packed)


_MAX_SHEET_ROW = 1_048_576
"""The last row of an Excel sheet: a key below ``-_MAX_SHEET_ROW`` is no row's."""

NEW_UNIT_COLUMNS = ("code", "short_name", "category", "is_committee_member", "risk_level", "notes")
"""The columns of a new unit that come from its row as they are (besides name and kind)."""


def compact(values: tuple[Any, ...]) -> tuple[Any, ...]:
    """``values`` without its trailing empty ones (``()`` when all are empty)."""
    end = len(values)
    while end and values[end - 1] is None:
        end -= 1
    return values[:end]


@dataclass(slots=True)
class NewUnit:
    """A unit to create; ``parent`` is a database id, ``-row`` or a created parent's key.

    ``given`` holds the values of :data:`NEW_UNIT_COLUMNS` in that order, None where the
    file left a cell empty (a tuple, not a dict: an import of 50,000 units holds them all).
    ``links`` are its 属地/监管部门 as (attribute, key) and ``main_field`` the field it
    works in: they travel with the unit, so the writer needs no index of all new units.
    """

    key: Key
    row: int
    name: str
    kind: UnitKind
    parent: Key | None
    given: tuple[Any, ...] = ()
    links: tuple[tuple[str, Key], ...] = ()
    main_field: int | None = None

    @property
    def values(self) -> dict[str, Any]:
        """The columns the file gives, empty ones left out."""
        return {
            column: value
            for column, value in zip(NEW_UNIT_COLUMNS, self.given, strict=False)
            if value is not None
        }


@dataclass(slots=True)
class UnitUpdate:
    """Columns of a database unit that change (``parent`` as a key when it moves)."""

    id: int
    row: int
    changes: dict[str, Any]
    parent: Key | None = None
    moves: bool = False


@dataclass(slots=True)
class LinkChange:
    """属地 or 监管部门 of a database unit, set once every unit exists."""

    unit: Key
    attribute: str  # territorial_unit_id / supervisor_unit_id
    target: Key
    row: int = 0  # the row naming it (links are written in row order)


@dataclass(slots=True)
class PrincipalChange:
    """The 主要负责人 named in a unit register: a person to add or to update."""

    unit: Key
    row: int
    name: str
    title: str | None
    phone: str | None
    person_id: int | None


def _pack_new_unit(unit: NewUnit) -> Packed:
    return (unit.key, unit.row, unit.name, unit.kind, unit.parent, unit.given, unit.links,
            unit.main_field)  # fmt: skip


def _unpack_new_unit(packed: Packed) -> NewUnit:
    return NewUnit(*packed)


def _pack_principal(change: PrincipalChange) -> Packed:
    return (change.unit, change.row, change.name, change.title, change.phone, change.person_id)


def _unpack_principal(packed: Packed) -> PrincipalChange:
    return PrincipalChange(*packed)


@dataclass
class UnitPlan:
    """Everything an import of units will write, in a writable order.

    ``creates`` (with their links and main fields) and ``principals`` grow with the file and
    live in stores (see :class:`~desktop_app.domain.import_store.StoreFactory`); ``links``
    and ``main_fields`` are those of database units.
    """

    creates: RowStore[NewUnit] = field(default_factory=list)
    updates: list[UnitUpdate] = field(default_factory=list)
    links: list[LinkChange] = field(default_factory=list)
    main_fields: list[tuple[Key, int]] = field(default_factory=list)
    principals: RowStore[PrincipalChange] = field(default_factory=list)
    unchanged: int = 0
    # What the writer needs to know of ``creates`` without walking them, kept up by
    # :meth:`add_create`: their links and main fields (counts), how deep each new unit lies
    # below other new units (0 left out) and the new units something points at (a parent,
    # a link target, a principal's unit, a moved unit's parent): only their ids are kept.
    create_links: int = 0
    create_fields: int = 0
    depth: dict[Key, int] = field(default_factory=dict)
    pointed_at: set[Key] = field(default_factory=set)
    _placed_rows: RowMap[bool] = field(default_factory=RowMap, repr=False)
    _placed_other: set[Key] = field(default_factory=set, repr=False)
    _in_order: bool = True

    @classmethod
    def stored(cls, store: StoreFactory) -> UnitPlan:
        """An empty plan whose growing parts live in stores from ``store``."""
        return cls(principals=store(_pack_principal, _unpack_principal))

    @staticmethod
    def creates_store(store: StoreFactory) -> RowStore[NewUnit]:
        """An empty store for new units."""
        return store(_pack_new_unit, _unpack_new_unit)

    def point_at(self, key: Key | None) -> None:
        """Note that something points at ``key`` (only new units' keys are kept)."""
        if key is not None and key < 0:
            self.pointed_at.add(key)

    def add_create(self, creates: RowStore[NewUnit], unit: NewUnit) -> None:
        """Append ``unit`` to ``creates`` (the store :meth:`set_creates` takes), noted."""
        creates.append(unit)
        self.create_links += len(unit.links)
        self.create_fields += unit.main_field is not None
        for _attribute, target in unit.links:
            self.point_at(target)
        parent = unit.parent
        if parent is not None and parent < 0:
            self.point_at(parent)
            if self._placed(parent):
                self.depth[unit.key] = self.depth.get(parent, 0) + 1
            else:
                self._in_order = False  # a child before its parent: set_creates reorders
        if -unit.key <= _MAX_SHEET_ROW:
            self._placed_rows[-unit.key] = True
        else:
            self._placed_other.add(unit.key)

    def _placed(self, key: Key) -> bool:
        return -key in self._placed_rows if -key <= _MAX_SHEET_ROW else key in self._placed_other

    def set_creates(self, creates: RowStore[NewUnit], store: StoreFactory) -> None:
        """Take ``creates`` (filled by :meth:`add_create`) as the plan's new units, parents
        first: as they are when the file listed parents first (the usual case), else put in
        order in a new store from ``store``."""
        self._placed_rows = RowMap()
        self._placed_other = set()
        if self._in_order:
            self.creates = creates
            return
        self.creates = parents_first(creates, store)
        self.depth = {}
        for unit in self.creates:
            if unit.parent is not None and unit.parent < 0:
                self.depth[unit.key] = self.depth.get(unit.parent, 0) + 1

    @property
    def change_count(self) -> int:
        """How many rows or links the plan writes."""
        return (
            len(self.creates)
            + self.create_links
            + self.create_fields
            + len(self.updates)
            + len(self.links)
            + len(self.principals)
            + len(self.main_fields)
        )


def parse_unit_rows(
    cells: Cells,
    snapshot: Snapshot,
    progress: RowProgress | None = None,
    store: StoreFactory = in_memory,
) -> tuple[RowStore[UnitRow], set[int]]:
    """Typed rows (in a store from ``store``) and the numbers of the rows without a name;
    unreadable cells are reported and their rows marked bad."""
    parsed = store(pack_unit_row, unpack_unit_row)
    unnamed: set[int] = set()
    for source in counted(cells.table.rows, progress):
        name = cells.text(source, "name")
        if name is None:
            unnamed.add(source.number)
            continue
        unit = UnitRow(
            number=source.number,
            name=name,
            code=cells.text(source, "code"),
            short_name=cells.text(source, "short_name"),
            kind=cells.choice(source, "kind", UnitKind),
            category=cells.choice(source, "category", UnitCategory) or _section_category(source),
            is_committee_member=cells.boolean(source, "is_committee_member"),
            risk_level=cells.choice(source, "risk_level", RiskLevel),
            notes=cells.text(source, "notes"),
            parent_text=cells.text(source, "parent"),
            parent_code=cells.text(source, "parent_code"),
            territorial=cells.text(source, "territorial"),
            supervisor=cells.text(source, "supervisor"),
            principal=cells.text(source, "principal"),
            title=cells.text(source, "title"),
            phone=cells.phone(source, "phone"),
        )
        field_name = cells.text(source, "field")
        if field_name is not None:
            found = snapshot.field_by_key.get(match_key(field_name))
            if found is None:
                cells.problems.add(
                    ErrorCode.IMPORT_UNKNOWN_FIELD,
                    source.number,
                    cells.label("field"),
                    field_name,
                    fields=snapshot.field_names(),
                )
            else:
                unit.field_id = found.id
                unit.field_name = found.name
        parsed.append(unit)
    return parsed, unnamed


def _section_category(source: SourceRow) -> UnitCategory | None:
    if not source.section:
        return None
    try:
        return parse_choice(_NUMBERING.sub("", source.section), UnitCategory)
    except ParseError:
        return None


def parents_first(creates: Iterable[NewUnit], store: StoreFactory = in_memory) -> RowStore[NewUnit]:
    """New units ordered so each comes after its parent (the file may list children first),
    in a store from ``store``; they are held in memory while they are put in order."""
    ordered = UnitPlan.creates_store(store)
    for unit in _parents_first(list(creates)):
        ordered.append(unit)
    return ordered


def _parents_first(creates: list[NewUnit]) -> list[NewUnit]:
    by_key = {unit.key: unit for unit in creates}
    ordered: list[NewUnit] = []
    placed: set[Key] = set()

    def place(unit: NewUnit) -> None:
        stack = [unit]
        while stack:
            current = stack[-1]
            parent = by_key.get(current.parent) if current.parent is not None else None
            if parent is not None and parent.key not in placed and parent not in stack:
                stack.append(parent)
                continue
            stack.pop()
            if current.key not in placed:
                placed.add(current.key)
                ordered.append(current)

    for unit in creates:
        place(unit)
    return ordered
