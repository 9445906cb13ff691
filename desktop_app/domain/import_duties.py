"""Check an imported responsibility list (责任清单) and plan what to write.

Each row is a clause (责任内容) of the clause library; when the row names a unit (and maybe
a post) the clause also joins that unit's or post's list for the year. A clause is the
library clause of the same kind with the same text, so a re-import adds nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.enums import DutyListKind, Responsibility, UnitKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_cells import Cells
from desktop_app.domain.import_problems import ProblemList, RowProgress, Validation, counted
from desktop_app.domain.import_refs import Snapshot
from desktop_app.domain.import_schema import DUTY_COLUMNS, TableData
from desktop_app.domain.import_vocabulary import match_key

# The kind of responsibility a unit's clause carries when the sheet does not say.
_KIND_BY_UNIT: dict[UnitKind, Responsibility] = {
    UnitKind.GOVERNMENT: Responsibility.LEADERSHIP,
    UnitKind.COMMITTEE: Responsibility.SUPERVISORY,
    UnitKind.DEPARTMENT: Responsibility.SUPERVISORY,
    UnitKind.TOWNSHIP: Responsibility.TERRITORIAL,
    UnitKind.PARK: Responsibility.TERRITORIAL,
}


@dataclass
class DutyRow:
    """A clause to find or create, and the list it joins (if any)."""

    row: int
    kind: Responsibility
    text: str
    legal_basis: str | None
    frequency: str | None
    duty_id: int | None  # an existing library clause
    year: int
    unit_id: int | None = None
    post_title: str | None = None
    post_id: int | None = None
    list_kind: DutyListKind | None = None
    list_id: int | None = None  # an existing list
    clause_changes: dict[str, str] = field(default_factory=dict)


@dataclass
class DutyPlan:
    """What an import of duties writes: rows whose clause or list membership is new."""

    rows: list[DutyRow] = field(default_factory=list)
    unchanged: int = 0

    @property
    def change_count(self) -> int:
        """How many rows write something."""
        return len(self.rows)


def validate_duties(
    table: TableData, snapshot: Snapshot, *, year: int, progress: RowProgress | None = None
) -> Validation:
    """Check every clause row; plan the rows without errors."""
    problems = ProblemList(table.sheet)
    cells = Cells(table, DUTY_COLUMNS, problems)
    cells.report_unmapped()
    plan = DutyPlan()
    seen: dict[tuple[object, ...], int] = {}
    for source in counted(table.rows, progress):
        text = cells.text(source, "text")
        kind = cells.choice(source, "kind", Responsibility)
        list_kind = cells.choice(source, "list_kind", DutyListKind)
        row_year = cells.year(source, "year", year)
        basis = cells.text(source, "legal_basis")
        frequency = cells.text(source, "frequency")
        unit_text = cells.text(source, "unit")
        unit_id = cells.unit_named(source, "unit", unit_text, snapshot) if unit_text else None
        post_title = cells.text(source, "post")
        if post_title and not unit_text:
            problems.add(
                ErrorCode.IMPORT_POST_WITHOUT_UNIT, source.number, cells.label("post"), post_title
            )
        if text is None or row_year is None or source.number in problems.bad_rows:
            continue
        if kind is None:
            kind = _default_kind(snapshot, unit_id, post_title)
        duty = snapshot.duty_by_text.get((kind, match_key(text)))
        row = DutyRow(
            source.number,
            kind,
            text,
            basis,
            frequency,
            duty.id if duty else None,
            row_year,
            unit_id,
            post_title,
        )
        if duty is not None:
            for column, value in (("legal_basis", basis), ("frequency", frequency)):
                if value is not None and getattr(duty, column) != value:
                    row.clause_changes[column] = value
        slot: tuple[object, ...] = (kind, match_key(text), unit_id, match_key(post_title or ""))
        if slot in seen:
            problems.warn(
                ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                source.number,
                cells.label("text"),
                text[:40],
                other_row=seen[slot],
                what=cells.label("text"),
            )
            continue
        seen[slot] = source.number
        if unit_id is not None:
            _place_in_list(row, snapshot, list_kind)
        if (
            row.duty_id is None
            or row.clause_changes
            or (unit_id is not None and not _listed(row, snapshot))
        ):
            plan.rows.append(row)
        else:
            plan.unchanged += 1
    plan.rows = [row for row in plan.rows if row.row not in problems.bad_rows]
    return Validation(problems.sorted(), len(table.rows), set(problems.bad_rows), plan)


def _default_kind(snapshot: Snapshot, unit_id: int | None, post: str | None) -> Responsibility:
    if post:
        return Responsibility.POST
    unit = snapshot.unit_by_id.get(unit_id) if unit_id is not None else None
    if unit is None:
        return Responsibility.MAIN
    return _KIND_BY_UNIT.get(unit.kind, Responsibility.MAIN)


def _place_in_list(row: DutyRow, snapshot: Snapshot, list_kind: DutyListKind | None) -> None:
    assert row.unit_id is not None
    row.list_kind = list_kind or (DutyListKind.POST if row.post_title else DutyListKind.MAIN)
    if row.post_title:
        row.post_id = snapshot.posts.get((row.unit_id, match_key(row.post_title)))
        owner: tuple[int | None, int | None] = (None, row.post_id)
        if row.post_id is None:
            return
    else:
        owner = (row.unit_id, None)
    existing = snapshot.list_by_owner.get((row.year, row.list_kind, *owner))
    row.list_id = existing.id if existing is not None else None


def _listed(row: DutyRow, snapshot: Snapshot) -> bool:
    """True when the clause already sits in the row's list."""
    if row.list_id is None or row.duty_id is None:
        return False
    return row.duty_id in snapshot.list_by_id[row.list_id].duty_ids
