"""Who each row of an imported unit register is: its code and name, its parent, its match.

desktop_app/domain/import_units.py runs these steps and then plans the writes. Each step walks
the parsed rows again from their store (desktop_app/domain/import_store.py) instead of keeping
them; what a later step needs stays in compact indexes: names and codes (FileUnits), the
parent and the database match of each row (RowMap, one pointer a row).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import Any

from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.hierarchy import find_cycles
from desktop_app.domain.import_cells import Cells
from desktop_app.domain.import_problems import ProblemList
from desktop_app.domain.import_refs import FileUnits, Key, Lookup, Snapshot, resolve_unit
from desktop_app.domain.import_store import RowMap, RowStore, StoreFactory, in_memory
from desktop_app.domain.import_unit_rows import NewUnit, UnitRow
from desktop_app.domain.import_vocabulary import kind_from_name, label_of, match_key

CREATED_PARENT_BASE = 10_000_000
"""Keys of parents created on request lie below ``-CREATED_PARENT_BASE``."""

BLANK: Any = object()
"""The parent of a row whose parent cell is empty (or that has no parent column)."""


class UnitResolver:
    """One round over the usable rows: identities, parents, matches and cycles.

    Each step walks the rows from the store again (the rows in ``left_out`` are skipped)
    instead of keeping them: what a later step needs is in the indexes.
    """

    def __init__(
        self,
        rows: RowStore[UnitRow],
        left_out: set[int],
        snapshot: Snapshot,
        cells: Cells,
        problems: ProblemList,
        create_parents: bool,
    ) -> None:
        """A round over ``rows`` without those in ``left_out``, reporting into ``problems``."""
        self._rows = rows
        self._left_out = left_out
        self.snapshot = snapshot
        self.cells = cells
        self.problems = problems
        self.create_parents = create_parents
        self.store: StoreFactory = in_memory  # where the plan keeps its new units
        self.year = 0
        self.parents_under: int | None = None  # database unit that takes created parents
        self.units = FileUnits()
        self.matched: RowMap[int] = RowMap()  # row → database id
        self.parent_of_row: RowMap[Any] = RowMap()  # row → Key, None or BLANK
        self.created: dict[str, NewUnit] = {}

    @property
    def rows(self) -> Iterator[UnitRow]:
        """The usable rows, read again from the store."""
        left_out = self._left_out
        return (row for row in self._rows if row.number not in left_out)

    @cached_property
    def name_of_row(self) -> dict[int, str]:
        """The usable rows' names by number (only a cycle's report needs them)."""
        return {row.number: row.name for row in self.rows}

    def error(self, code: ErrorCode, row: UnitRow, key: str, value: str, **facts: Any) -> None:
        """Report a problem of ``row`` in the column ``key``."""
        self.problems.add(code, row.number, self.cells.label(key), value, **facts)

    def name_doubled(self, row: UnitRow, other_row: int) -> None:
        """``row`` repeats the unit of ``other_row`` (same name under the same parent)."""
        self.error(
            ErrorCode.IMPORT_DUPLICATE_IN_FILE,
            row,
            "name",
            row.name,
            other_row=other_row,
            what=row.name,
        )

    def _register(self) -> None:
        """Index the file's units by name and code, and match codes to the database.

        Rows left out are only remembered, so references to them can say so.
        """
        first_code = self.units.by_code  # code key → -(first row with it)
        left_out = self._left_out
        for row in self._rows:
            if row.number in left_out:
                self.units.exclude(((row.number, row.name, row.code),))
                continue
            code_key = match_key(row.code) if row.code else None
            if code_key is not None:
                other = first_code.get(code_key)
                if other is not None:
                    self.error(
                        ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                        row,
                        "code",
                        row.code or "",
                        other_row=-other,
                        what=f"{self.cells.label('code')} {row.code}",
                    )
                    continue
            self.units.add(row.number, row.name, row.code)
            # claims must all be known before any parent is looked up (_resolve_parents)
            existing = self.snapshot.unit_by_code.get(code_key) if code_key else None
            if existing is not None:
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
                self.parent_of_row[row.number] = BLANK
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
        decided: RowMap[bool] = RowMap()
        for number in self.matched:
            decided[number] = True
        bad = self.problems.bad_rows
        parent_of_row = self.parent_of_row
        claimed_by: dict[int, int] = {db: -key for db, key in self.units.claims.items()}
        # first a walk over the rows; only rows whose parent row is still open are kept
        pending: Iterator[UnitRow] | list[UnitRow] = (
            r
            for r in self.rows
            if r.number not in decided and r.number not in bad and r.number in parent_of_row
        )
        progress = True
        while progress:
            progress = False
            waiting: list[UnitRow] = []
            for row in pending:
                outcome = self._match_one(row, decided)
                if outcome is None:
                    waiting.append(row)
                    continue
                progress = True
                decided[row.number] = True
                if outcome > 0:
                    other = claimed_by.setdefault(outcome, row.number)
                    if other != row.number:
                        self.name_doubled(row, other)
                        continue
                    self.matched[row.number] = outcome
                    self.units.claims[outcome] = -row.number
            pending = waiting
            if not waiting:
                break
        for row in pending:  # parents that wait on each other: a cycle inside the file
            self.error(
                ErrorCode.IMPORT_CYCLE, row, "parent", row.parent_text or "", units=self._chain(row)
            )

    def _match_one(self, row: UnitRow, decided: RowMap[bool]) -> int | None:
        """The database id the row is (> 0), 0 for a new unit, None while its parent is open."""
        parent = self.parent_of_row[row.number]
        key = match_key(row.name)
        if parent is BLANK:
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
            and -parent in self.name_of_row
            and -parent not in seen
        ):
            seen.add(-parent)
            names.append(self.name_of_row[-parent])
            parent = self.parent_of_row.get(-parent)
        return " → ".join([*names, names[0]])

    def final_parent(self, row: UnitRow) -> Key | None:
        """Where the row's unit will hang after the import."""
        parent = self.parent_of_row.get(row.number, BLANK)
        if parent is BLANK:
            existing = self.snapshot.unit_by_id.get(self.matched.get(row.number, 0))
            return existing.parent_id if existing is not None else None
        return self.entity(parent)

    def _check_cycles(self) -> None:
        """An error on each row whose unit closes a cycle with the parents after the import.

        Only a unit that is some unit's parent can be on a cycle, so the graph holds just
        those: a few hundred parents, not every unit of a 50,000-row register.
        """
        was_bad = set(self.problems.bad_rows)  # the rows that are good now are the ones checked
        parents: set[Key | None] = {unit.parent_id for unit in self.snapshot.units}
        parents.update(new.parent for new in self.created.values())
        for number in self.parent_of_row:
            parent = self.parent_of_row[number]
            if parent is not BLANK:
                parents.add(self.entity(parent))
        parent_of: dict[int, int | None] = {
            unit.id: unit.parent_id for unit in self.snapshot.units if unit.id in parents
        }
        for row in self.rows:
            if row.number not in was_bad:
                key = self.entity(-row.number)
                if key in parents:
                    assert key is not None
                    parent_of[key] = self.final_parent(row)
        # a parent created under a unit that the file moves below it closes a cycle too
        parent_of.update((new.key, new.parent) for new in self.created.values())
        cycles = find_cycles(parent_of)
        if cycles:
            self._report_cycles(cycles, was_bad)

    def _report_cycles(self, cycles: list[list[Key]], was_bad: set[int]) -> None:
        """An error on every row whose unit is in one of ``cycles``."""
        in_cycle = {key for cycle in cycles for key in cycle}
        name_of = {new.key: new.name for new in self.created.values()}
        row_of_key: dict[Key, UnitRow] = {}
        for row in self.rows:
            if row.number not in was_bad:
                key = self.entity(-row.number)
                if key in in_cycle:
                    row_of_key[key] = row
                    name_of[key] = row.name
        for cycle in cycles:
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
