"""Check an imported unit register against the database and plan what to write.

Matching makes re-imports idempotent: a row is the database unit with the same code, else
the unit with the same name under the same parent; only values that differ are written,
and an empty cell never clears a value. Rows may refer to parents further down the file.
Every problem is reported with its row; rows that depend on a bad row are bad too, so the
plan of "only the valid rows" is consistent.
"""

from __future__ import annotations

from typing import Any

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.import_cells import Cells
from desktop_app.domain.import_problems import ProblemList, RowProgress, Validation
from desktop_app.domain.import_refs import Key, Snapshot
from desktop_app.domain.import_schema import UNIT_COLUMNS, TableData
from desktop_app.domain.import_store import RowStore, StoreFactory, in_memory
from desktop_app.domain.import_unit_resolver import CREATED_PARENT_BASE, UnitResolver
from desktop_app.domain.import_unit_rows import (
    NEW_UNIT_COLUMNS,
    LinkChange,
    NewUnit,
    PrincipalChange,
    UnitPlan,
    UnitRow,
    UnitUpdate,
    compact,
    parse_unit_rows,
)
from desktop_app.domain.import_vocabulary import kind_from_name, match_key

__all__ = ["CREATED_PARENT_BASE", "ENTERPRISE_KINDS", "UnitPlan", "validate_units"]

ENTERPRISE_KINDS = frozenset({UnitKind.ENTERPRISE, UnitKind.SUBSIDIARY})


def validate_units(
    table: TableData,
    snapshot: Snapshot,
    *,
    create_parents: bool = False,
    parents_under: int | None = None,
    year: int = 0,
    progress: RowProgress | None = None,
    store: StoreFactory = in_memory,
) -> Validation:
    """Check every row of a unit register; plan the rows without errors.

    With ``create_parents`` an unknown parent becomes a new unit, at the top level or under
    the database unit ``parents_under`` (an id not in ``snapshot`` raises DomainError).
    The parsed rows live in a store from ``store`` and are walked once per pass; between
    passes only compact indexes (names, codes, parents) stay in memory.
    """
    if parents_under is not None and parents_under not in snapshot.unit_by_id:
        raise DomainError(ErrorCode.IMPORT_PARENTS_UNDER_UNKNOWN, unit_id=parents_under)
    problems = ProblemList(table.sheet)
    cells = Cells(table, UNIT_COLUMNS, problems)
    cells.report_unmapped()
    rows, unnamed = parse_unit_rows(cells, snapshot, progress, store)
    bad = set(problems.bad_rows) | unnamed
    while True:
        round_problems = ProblemList(table.sheet)
        # ``bad`` stays as it is during the round: it says which rows the round leaves out
        resolver = _Resolver(rows, bad, snapshot, cells, round_problems, create_parents)
        resolver.store = store
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


class _Resolver(UnitResolver):
    """A round of checks (see :class:`UnitResolver`), then the plan of the rows left good."""

    def plan(self) -> UnitPlan:
        """Five walks over the rows: register, parents, match by name, cycles, then the
        siblings check and the plan together (each step of a row needs only its own row
        and what the earlier walks gathered)."""
        self._register()
        self._resolve_parents()
        self._match_by_name()
        self._check_cycles()
        return self._build()

    def _check_siblings(
        self, row: UnitRow, key: Key, siblings: dict[tuple[Key | None, str], int]
    ) -> None:
        """An error when the row's name is taken under its parent, in the file or database."""
        parent = self.final_parent(row)
        slot = (parent, match_key(row.name))
        # only a name that several rows of the file share can be doubled among them
        if slot[1] in self.units.more_by_name:
            other = siblings.setdefault(slot, row.number)
            if other != row.number:
                self.name_doubled(row, other)
                return
        existing = self.snapshot.child_by_name.get(slot) if parent is None or parent > 0 else None
        if existing is not None and existing.id != key and existing.id not in self.units.claims:
            self.error(
                ErrorCode.IMPORT_NAME_TAKEN,
                row,
                "name",
                row.name,
                parent=self.snapshot.unit_name(parent),
                other=existing.code or "—",
            )

    def _build(self) -> UnitPlan:
        plan = UnitPlan.stored(self.store)
        creates = UnitPlan.creates_store(self.store)
        for new in self.created.values():
            plan.add_create(creates, new)
        bad = self.problems.bad_rows
        siblings: dict[tuple[Key | None, str], int] = {}
        for row in self.rows:
            if row.number in bad:
                continue
            own = self.entity(-row.number)
            assert own is not None
            self._check_siblings(row, own, siblings)
            if row.number in bad:
                continue
            links: list[tuple[str, Key]] = []
            for attribute, key, text in (
                ("territorial_unit_id", "territorial", row.territorial),
                ("supervisor_unit_id", "supervisor", row.supervisor),
            ):
                target = self._link(row, key, text, own)
                if target is not None:
                    links.append((attribute, target))
            if row.number not in bad:  # a wrong link keeps the whole row out
                self._plan_row(row, plan, creates, links)
        plan.set_creates(creates, self.store)
        return plan

    def _plan_row(
        self, row: UnitRow, plan: UnitPlan, creates: RowStore[NewUnit], links: list[tuple[str, Key]]
    ) -> None:
        given = tuple(getattr(row, column) for column in NEW_UNIT_COLUMNS)
        existing = self.snapshot.unit_by_id.get(self.matched.get(row.number, 0))
        kind = row.kind or (kind_from_name(row.name) if existing is None else existing.kind)
        own: Key = -row.number if existing is None else existing.id
        main_field: int | None = None
        if row.field_id is not None:
            if kind in ENTERPRISE_KINDS:
                if (self.year, own, row.field_id) not in self.snapshot.assignments:
                    main_field = row.field_id
            else:
                self.problems.warn(
                    ErrorCode.IMPORT_FIELD_NOT_FOR_KIND,
                    row.number,
                    self.cells.label("field"),
                    row.field_name or "",
                )
        parent = self.final_parent(row)
        if existing is None:
            new = NewUnit(own, row.number, row.name, kind, parent, compact(given), tuple(links),
                          main_field)  # fmt: skip
            plan.add_create(creates, new)
        else:
            values: dict[str, Any] = dict(zip(NEW_UNIT_COLUMNS, given, strict=True))
            changes = {
                k: v
                for k, v in {**values, "name": row.name, "kind": row.kind}.items()
                if v is not None and getattr(existing, k) != v
            }
            moves = parent != existing.parent_id
            if changes or moves:
                plan.updates.append(UnitUpdate(existing.id, row.number, changes, parent, moves))
                plan.point_at(parent)
            else:
                plan.unchanged += 1
            for attribute, target in links:
                if getattr(existing, attribute) != target:
                    plan.links.append(LinkChange(own, attribute, target, row.number))
                    plan.point_at(target)
            if main_field is not None:
                plan.main_fields.append((own, main_field))
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
        plan.point_at(own)
