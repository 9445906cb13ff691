"""The rows of a unit register as typed values, and the plan an import of units writes.

desktop_app/domain/import_units.py fills the plan; desktop_app/services/import_apply.py
writes it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.enums import RiskLevel, UnitCategory, UnitKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_cells import Cells
from desktop_app.domain.import_problems import RowProgress, counted
from desktop_app.domain.import_refs import Key, Snapshot
from desktop_app.domain.import_schema import SourceRow
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
    """

    key: Key
    row: int
    name: str
    kind: UnitKind
    parent: Key | None
    given: tuple[Any, ...] = ()

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
    """属地 or 监管部门 of a unit, set once every unit exists."""

    unit: Key
    attribute: str  # territorial_unit_id / supervisor_unit_id
    target: Key


@dataclass(slots=True)
class PrincipalChange:
    """The 主要负责人 named in a unit register: a person to add or to update."""

    unit: Key
    row: int
    name: str
    title: str | None
    phone: str | None
    person_id: int | None


@dataclass
class UnitPlan:
    """Everything an import of units will write, in a writable order."""

    creates: list[NewUnit] = field(default_factory=list)
    updates: list[UnitUpdate] = field(default_factory=list)
    links: list[LinkChange] = field(default_factory=list)
    main_fields: list[tuple[Key, int]] = field(default_factory=list)
    principals: list[PrincipalChange] = field(default_factory=list)
    unchanged: int = 0

    @property
    def change_count(self) -> int:
        """How many rows or links the plan writes."""
        return (
            len(self.creates)
            + len(self.updates)
            + len(self.links)
            + len(self.principals)
            + len(self.main_fields)
        )


def parse_unit_rows(
    cells: Cells, snapshot: Snapshot, progress: RowProgress | None = None
) -> list[UnitRow]:
    """Typed rows; unreadable cells are reported and their rows marked bad."""
    parsed: list[UnitRow] = []
    for source in counted(cells.table.rows, progress):
        name = cells.text(source, "name")
        if name is None:
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
    return parsed


def _section_category(source: SourceRow) -> UnitCategory | None:
    if not source.section:
        return None
    try:
        return parse_choice(_NUMBERING.sub("", source.section), UnitCategory)
    except ParseError:
        return None


def parents_first(creates: list[NewUnit]) -> list[NewUnit]:
    """New units ordered so each comes after its parent (the file may list children first)."""
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
