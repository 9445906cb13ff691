"""Check an imported unit register against the database and plan what to write.

Matching makes re-imports idempotent: a row is the database unit with the same code, else
the unit with the same name under the same parent; only values that differ are written,
and an empty cell never clears a value. Rows may refer to parents further down the file.
Every problem is reported with its row; rows that depend on a bad row are bad too, so the
plan of "only the valid rows" is consistent.
"""

from __future__ import annotations

from functools import cached_property
from typing import Any

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.hierarchy import find_cycles
from desktop_app.domain.import_cells import Cells
from desktop_app.domain.import_problems import ProblemList, RowProgress, Validation
from desktop_app.domain.import_refs import FileUnits, Key, Lookup, Snapshot, resolve_unit
from desktop_app.domain.import_schema import UNIT_COLUMNS, TableData
from desktop_app.domain.import_unit_rows import (
    NEW_UNIT_COLUMNS,
    LinkChange,
    NewUnit,
    PrincipalChange,
    UnitPlan,
    UnitRow,
    UnitUpdate,
    compact,
    parents_first,
    parse_unit_rows,
)
from desktop_app.domain.import_vocabulary import kind_from_name, label_of, match_key

__all__ = ["CREATED_PARENT_BASE", "ENTERPRISE_KINDS", "UnitPlan", "validate_units"]

ENTERPRISE_KINDS = frozenset({UnitKind.ENTERPRISE, UnitKind.SUBSIDIARY})
CREATED_PARENT_BASE = 10_000_000
"""Keys of parents created on request lie below ``-CREATED_PARENT_BASE``."""


def validate_units(
    table: TableData,
    snapshot: Snapshot,
    *,
    create_parents: bool = False,
    parents_under: int | None = None,
    year: int = 0,
    progress: RowProgress | None = None,
) -> Validation:
    """Check every row of a unit register; plan the rows without errors.

    With ``create_parents`` an unknown parent becomes a new unit, at the top level or under
    the database unit ``parents_under`` (an id not in ``snapshot`` raises DomainError).
    """
    if parents_under is not None and parents_under not in snapshot.unit_by_id:
        raise DomainError(ErrorCode.IMPORT_PARENTS_UNDER_UNKNOWN, unit_id=parents_under)
    problems = ProblemList(table.sheet)
    cells = Cells(table, UNIT_COLUMNS, problems)
    cells.report_unmapped()
    rows = parse_unit_rows(cells, snapshot, progress)
    bad = set(problems.bad_rows) | {r.number for r in table.rows} - {u.number for u in rows}
    while True:
        round_problems = ProblemList(table.sheet)
        usable = [row for row in rows if row.number not in bad]
        excluded = [row for row in rows if row.number in bad]
        resolver = _Resolver(usable, excluded, snapshot, cells, round_problems, create_parents)
        resolver.year = year
        resolver.parents_under = parents_under
        plan = resolver.plan()
        new_bad = round_problems.bad_rows - bad
        problems.extend(p for p in round_problems.items if p.is_error)
        if not new_bad:
            problems.extend(p for p in round_problems.items if not p.is_error)
            break
        bad |= new_bad
    return Validation(problems.sorted(), len(table.rows), bad, plan)


_BLANK = object()  # a parent cell left empty (or no parent column)


class _Resolver:
    """One pass over the usable rows: identities, parents, hierarchy, links, plan."""

    def __init__(
        self,
        rows: list[UnitRow],
        excluded: list[UnitRow],
        snapshot: Snapshot,
        cells: Cells,
        problems: ProblemList,
        create_parents: bool,
    ) -> None:
        self.rows = rows
        self.snapshot = snapshot
        self.cells = cells
        self.problems = problems
        self.create_parents = create_parents
        self.year = 0
        self.parents_under: int | None = None  # database unit that takes created parents
        self.units = FileUnits()
        self.units.exclude((row.number, row.name, row.code) for row in excluded)
        self.matched: dict[int, int] = {}  # row → database id
        self.parent_of_row: dict[int, Any] = {}  # row → Key, None or _BLANK
        self.created: dict[str, NewUnit] = {}

    @cached_property
    def by_row(self) -> dict[int, UnitRow]:
        """The usable rows by number (only a cycle's report needs them)."""
        return {row.number: row for row in self.rows}

    def error(self, code: ErrorCode, row: UnitRow, key: str, value: str, **facts: Any) -> None:
        self.problems.add(code, row.number, self.cells.label(key), value, **facts)

    def plan(self) -> UnitPlan:
        self._register()
        self._claim_codes()
        self._resolve_parents()
        self._match_by_name()
        self._check_hierarchy()
        return self._build()

    def _register(self) -> None:
        first_code: dict[str, int] = {}
        for row in self.rows:
            if row.code:
                other = first_code.setdefault(match_key(row.code), row.number)
                if other != row.number:
                    self.error(
                        ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                        row,
                        "code",
                        row.code,
                        other_row=other,
                        what=f"{self.cells.label('code')} {row.code}",
                    )
                    continue
            self.units.add(row.number, row.name, row.code)

    def _claim_codes(self) -> None:
        for row in self.rows:
            existing = self.snapshot.unit_by_code.get(match_key(row.code)) if row.code else None
            if existing is not None and row.number not in self.problems.bad_rows:
                self.matched[row.number] = existing.id
                self.units.claims[existing.id] = -row.number

    def _lookup_failed(self, row: UnitRow, key: str, text: str, found: Lookup) -> None:
        if found.ambiguous:
            self.error(
                ErrorCode.IMPORT_AMBIGUOUS_UNIT,
                row,
                key,
                text,
                count=len(found.ambiguous),
                parents="、".join(found.ambiguous),
            )
        elif found.excluded_row is not None:
            self.error(
                ErrorCode.IMPORT_DEPENDS_ON_BAD_ROW, row, key, text, other_row=found.excluded_row
            )
        elif key == "parent":
            self.error(ErrorCode.IMPORT_UNKNOWN_PARENT, row, key, text)
        else:
            self.error(ErrorCode.IMPORT_UNKNOWN_UNIT, row, key, text)

    def _resolve_parents(self) -> None:
        for row in self.rows:
            text = row.parent_text or row.parent_code
            if not text:
                self.parent_of_row[row.number] = _BLANK
                continue
            found = resolve_unit(
                row.parent_text or "", self.snapshot, self.units, code=row.parent_code
            )
            if found.key is not None:
                self.parent_of_row[row.number] = found.key
            elif self.create_parents and not found.ambiguous and found.excluded_row is None:
                self.parent_of_row[row.number] = self._created_parent(row, text)
            else:
                self._lookup_failed(row, "parent", text, found)

    def _created_parent(self, row: UnitRow, text: str) -> Key:
        key = match_key(text)
        if key not in self.created:
            kind = kind_from_name(text)
            under = self.parents_under
            self.created[key] = NewUnit(
                -(CREATED_PARENT_BASE + len(self.created) + 1), row.number, text, kind, under
            )
            self.problems.warn(
                ErrorCode.IMPORT_PARENT_CREATED
                if under is None
                else ErrorCode.IMPORT_PARENT_CREATED_UNDER,
                row.number,
                self.cells.label("parent"),
                text,
                kind=label_of(kind),
                under=self.snapshot.unit_name(under),
            )
        return self.created[key].key

    def entity(self, key: Key | None) -> Key | None:
        """The final identity of a key: a row matched to the database becomes its id."""
        if key is not None and key < 0 and -key in self.matched:
            return self.matched[-key]
        return key

    def _match_by_name(self) -> None:
        decided = set(self.matched)
        bad = self.problems.bad_rows
        pending = [
            r
            for r in self.rows
            if r.number not in decided and r.number not in bad and r.number in self.parent_of_row
        ]
        claimed_by: dict[int, int] = {db: -key for db, key in self.units.claims.items()}
        progress = True
        while pending and progress:
            progress = False
            waiting: list[UnitRow] = []
            for row in pending:
                outcome = self._match_one(row, decided)
                if outcome is None:
                    waiting.append(row)
                    continue
                progress = True
                decided.add(row.number)
                if outcome > 0:
                    other = claimed_by.setdefault(outcome, row.number)
                    if other != row.number:
                        self.error(
                            ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                            row,
                            "name",
                            row.name,
                            other_row=other,
                            what=row.name,
                        )
                        continue
                    self.matched[row.number] = outcome
                    self.units.claims[outcome] = -row.number
            pending = waiting
        for row in pending:  # parents that wait on each other: a cycle inside the file
            self.error(
                ErrorCode.IMPORT_CYCLE, row, "parent", row.parent_text or "", units=self._chain(row)
            )

    def _match_one(self, row: UnitRow, decided: set[int]) -> int | None:
        """The database id the row is (> 0), 0 for a new unit, None while its parent is open."""
        parent = self.parent_of_row[row.number]
        key = match_key(row.name)
        if parent is _BLANK:
            same = self.snapshot.units_by_name.get(key, [])
            if len(same) > 1:
                top = [unit for unit in same if unit.parent_id is None]
                same = top if len(top) == 1 else same
            if len(same) > 1:
                parents = tuple(self.snapshot.unit_name(u.parent_id) or "—" for u in same[:5])
                self.error(
                    ErrorCode.IMPORT_AMBIGUOUS_UNIT,
                    row,
                    "name",
                    row.name,
                    count=len(same),
                    parents="、".join(parents),
                )
                return 0
            if not same:
                return 0
            existing = same[0]
            if row.code and existing.code and match_key(existing.code) != match_key(row.code):
                self.error(
                    ErrorCode.IMPORT_NAME_TAKEN,
                    row,
                    "name",
                    row.name,
                    parent=self.snapshot.unit_name(existing.parent_id),
                    other=existing.code,
                )
                return 0
            return existing.id
        if parent < 0 and parent > -CREATED_PARENT_BASE:
            if -parent not in decided:
                return None
            parent = self.entity(parent)
        if parent is None or parent < 0:
            return 0
        child = self.snapshot.child_by_name.get((parent, key))
        if child is None:
            return 0
        if row.code and child.code and match_key(child.code) != match_key(row.code):
            self.error(
                ErrorCode.IMPORT_NAME_TAKEN,
                row,
                "name",
                row.name,
                parent=self.snapshot.unit_name(parent),
                other=child.code,
            )
            return 0
        return child.id

    def _chain(self, row: UnitRow) -> str:
        names = [row.name]
        seen = {row.number}
        parent = self.parent_of_row.get(row.number)
        while (
            isinstance(parent, int)
            and parent < 0
            and -parent in self.by_row
            and -parent not in seen
        ):
            seen.add(-parent)
            names.append(self.by_row[-parent].name)
            parent = self.parent_of_row.get(-parent)
        return " → ".join([*names, names[0]])

    def final_parent(self, row: UnitRow) -> Key | None:
        """Where the row's unit will hang after the import."""
        parent = self.parent_of_row.get(row.number, _BLANK)
        if parent is _BLANK:
            existing = self.snapshot.unit_by_id.get(self.matched.get(row.number, 0))
            return existing.parent_id if existing is not None else None
        return self.entity(parent)

    def _check_hierarchy(self) -> None:
        good = [r for r in self.rows if r.number not in self.problems.bad_rows]
        parent_of: dict[int, int | None] = {u.id: u.parent_id for u in self.snapshot.units}
        row_of_key: dict[Key, UnitRow] = {}
        for row in good:
            key = self.entity(-row.number)
            assert key is not None
            row_of_key[key] = row
            parent_of[key] = self.final_parent(row)
        # a parent created under a unit that the file moves below it closes a cycle too
        parent_of.update((new.key, new.parent) for new in self.created.values())
        name_of = {new.key: new.name for new in self.created.values()}
        name_of.update((key, row.name) for key, row in row_of_key.items())
        for cycle in find_cycles(parent_of):
            names = [name_of.get(k) or self.snapshot.unit_name(k) for k in cycle]
            for key in cycle:
                if key in row_of_key:
                    row = row_of_key[key]
                    self.error(
                        ErrorCode.IMPORT_CYCLE,
                        row,
                        "parent",
                        row.parent_text or "",
                        units=" → ".join([*names, names[0]]),
                    )
        siblings: dict[tuple[Key | None, str], int] = {}
        for key, row in row_of_key.items():
            if row.number in self.problems.bad_rows:
                continue
            parent = parent_of.get(key)
            slot = (parent, match_key(row.name))
            other = siblings.setdefault(slot, row.number)
            if other != row.number:
                self.error(
                    ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                    row,
                    "name",
                    row.name,
                    other_row=other,
                    what=row.name,
                )
                continue
            existing = (
                self.snapshot.child_by_name.get(slot) if parent is None or parent > 0 else None
            )
            if existing is not None and existing.id != key and existing.id not in self.units.claims:
                self.error(
                    ErrorCode.IMPORT_NAME_TAKEN,
                    row,
                    "name",
                    row.name,
                    parent=self.snapshot.unit_name(parent),
                    other=existing.code or "—",
                )

    def _link(self, row: UnitRow, key: str, text: str | None, own: Key) -> Key | None:
        if not text:
            return None
        found = resolve_unit(text, self.snapshot, self.units)
        if found.key is None:
            self._lookup_failed(row, key, text, found)
            return None
        target = self.entity(found.key)
        if target == own:
            self.error(ErrorCode.UNIT_REFERS_TO_ITSELF, row, key, text, unit=row.name)
            return None
        return target

    def _build(self) -> UnitPlan:
        plan = UnitPlan()
        links: list[tuple[UnitRow, Key, str, Key]] = []
        for row in self.rows:
            if row.number in self.problems.bad_rows:
                continue
            own = self.entity(-row.number)
            assert own is not None
            for attribute, key, text in (
                ("territorial_unit_id", "territorial", row.territorial),
                ("supervisor_unit_id", "supervisor", row.supervisor),
            ):
                target = self._link(row, key, text, own)
                if target is not None:
                    links.append((row, own, attribute, target))
        creates: list[NewUnit] = list(self.created.values())
        for row in self.rows:
            if row.number in self.problems.bad_rows:
                continue
            self._plan_row(row, plan, creates)
        plan.creates = parents_first(creates)
        for row, own, attribute, target in links:
            if row.number in self.problems.bad_rows:
                continue
            existing = self.snapshot.unit_by_id.get(own)
            if existing is None or getattr(existing, attribute) != target:
                plan.links.append(LinkChange(own, attribute, target))
        return plan

    def _plan_row(self, row: UnitRow, plan: UnitPlan, creates: list[NewUnit]) -> None:
        given = tuple(getattr(row, column) for column in NEW_UNIT_COLUMNS)
        values: dict[str, Any] = dict(zip(NEW_UNIT_COLUMNS, given, strict=True))
        existing = self.snapshot.unit_by_id.get(self.matched.get(row.number, 0))
        own: Key
        if existing is None:
            kind = row.kind or kind_from_name(row.name)
            own = -row.number
            parent = self.final_parent(row)
            creates.append(NewUnit(own, row.number, row.name, kind, parent, compact(given)))
        else:
            own = existing.id
            kind = row.kind or existing.kind
            changes = {
                k: v
                for k, v in {**values, "name": row.name, "kind": row.kind}.items()
                if v is not None and getattr(existing, k) != v
            }
            parent = self.final_parent(row)
            moves = parent != existing.parent_id
            if changes or moves:
                plan.updates.append(UnitUpdate(existing.id, row.number, changes, parent, moves))
            else:
                plan.unchanged += 1
        if row.field_id is not None:
            if kind in ENTERPRISE_KINDS:
                if (self.year, own, row.field_id) not in self.snapshot.assignments:
                    plan.main_fields.append((own, row.field_id))
            else:
                self.problems.warn(
                    ErrorCode.IMPORT_FIELD_NOT_FOR_KIND,
                    row.number,
                    self.cells.label("field"),
                    row.field_name or "",
                )
        if row.principal:
            self._plan_principal(row, own, existing is not None, plan)

    def _plan_principal(self, row: UnitRow, own: Key, exists: bool, plan: UnitPlan) -> None:
        person = None
        if exists:
            person = next(
                (
                    p
                    for p in self.snapshot.people_by_name.get(match_key(row.principal or ""), [])
                    if p.unit_id == own
                ),
                None,
            )
        if (
            person is not None
            and (row.title in (None, person.title))
            and (row.phone in (None, person.phone))
        ):
            return
        plan.principals.append(
            PrincipalChange(
                own,
                row.number,
                row.principal or "",
                row.title,
                row.phone,
                person.id if person else None,
            )
        )
