"""Check an imported people register (人员名册) and plan what to write.

A person is matched by name within their unit, so importing the same register twice
changes nothing. The unit may come from a 单位 column or, for a township's own list, from
the 填报单位 line above the table. ID numbers are checked (an 18-digit number stored as a
number has lost digits) but not stored: the schema has no column for them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_cells import Cells
from desktop_app.domain.import_problems import ProblemList, RowProgress, Validation, counted
from desktop_app.domain.import_refs import Snapshot
from desktop_app.domain.import_schema import PEOPLE_COLUMNS, TableData
from desktop_app.domain.import_vocabulary import PersonRole, match_key

_SEAL_NOTE = re.compile(r"[（(]\s*(盖章|公章|章)\s*[)）]")

_ROLE_FLAGS: dict[PersonRole, dict[str, bool]] = {
    PersonRole.PARTY_HEAD: {"is_party_head": True},
    PersonRole.ADMIN_HEAD: {"is_admin_head": True},
    PersonRole.BOTH_HEADS: {"is_party_head": True, "is_admin_head": True},
    PersonRole.LEADER: {"is_leader": True},
    PersonRole.STAFF: {"is_party_head": False, "is_admin_head": False, "is_leader": False},
}


@dataclass
class PersonChange:
    """A person to add (``person_id`` None) or the columns of one to change."""

    row: int
    unit_id: int
    name: str
    person_id: int | None
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class PeoplePlan:
    """What an import of people writes."""

    creates: list[PersonChange] = field(default_factory=list)
    updates: list[PersonChange] = field(default_factory=list)
    unchanged: int = 0

    @property
    def change_count(self) -> int:
        """How many people are added or changed."""
        return len(self.creates) + len(self.updates)


def default_unit(table: TableData) -> str | None:
    """The 填报单位 of the lines above the header, without "（盖章）"."""
    text = table.preamble.get("unit")
    return _SEAL_NOTE.sub("", text).strip() or None if text else None


def validate_people(
    table: TableData, snapshot: Snapshot, *, progress: RowProgress | None = None
) -> Validation:
    """Check every row of a people register; plan the rows without errors."""
    problems = ProblemList(table.sheet)
    cells = Cells(table, PEOPLE_COLUMNS, problems)
    cells.report_unmapped()
    fallback = None if cells.has("unit") or cells.has("unit_code") else default_unit(table)
    plan = PeoplePlan()
    seen: dict[tuple[int, str], int] = {}
    seen_ids: dict[str, int] = {}
    existing = {(p.unit_id, match_key(p.name)): p for p in snapshot.people}
    for row in counted(table.rows, progress):
        name = cells.text(row, "name")
        unit_id = cells.unit(row, snapshot, default=fallback)
        values: dict[str, Any] = {}
        role = cells.choice(row, "role", PersonRole)
        if role is not None:
            values.update(_ROLE_FLAGS[role])
        for flag in ("is_party_head", "is_admin_head", "is_leader"):
            explicit = cells.boolean(row, flag)
            if explicit is not None:
                values[flag] = explicit
        for column in ("title",):
            text = cells.text(row, column)
            if text is not None:
                values[column] = text
        phone = cells.phone(row, "phone")
        if phone is not None:
            values["phone"] = phone
        id_number = cells.id_number(row, "id_number")
        if id_number is not None:
            other = seen_ids.setdefault(id_number, row.number)
            if other != row.number:
                problems.add(
                    ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                    row.number,
                    cells.label("id_number"),
                    id_number,
                    other_row=other,
                    what=cells.label("id_number"),
                )
        if name is None or unit_id is None or row.number in problems.bad_rows:
            continue
        slot = (unit_id, match_key(name))
        other = seen.setdefault(slot, row.number)
        if other != row.number:
            problems.add(
                ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                row.number,
                cells.label("name"),
                name,
                other_row=other,
                what=f"{snapshot.unit_name(unit_id)} {name}",
            )
            continue
        person = existing.get(slot)
        if person is None:
            plan.creates.append(PersonChange(row.number, unit_id, name, None, values))
            continue
        changes = {key: value for key, value in values.items() if getattr(person, key) != value}
        if person.name != name:
            changes["name"] = name
        if changes:
            plan.updates.append(PersonChange(row.number, unit_id, name, person.id, changes))
        else:
            plan.unchanged += 1
    bad = problems.bad_rows
    plan.creates = [c for c in plan.creates if c.row not in bad]
    plan.updates = [c for c in plan.updates if c.row not in bad]
    return Validation(problems.sorted(), len(table.rows), set(bad), plan)
