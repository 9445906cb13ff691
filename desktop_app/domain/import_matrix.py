"""Check an imported responsibility matrix (单位 × 行业领域 → 牵头/配合/主体/属地) and an
oversight list (一岗双责: leader → units and fields), and plan what to write.

The matrix comes in two shapes: long (one row per unit, field and role) and wide (one row
per unit, one column per field, the role in the cell — the shape the export writes).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.enums import FieldRole
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_cells import Cells
from desktop_app.domain.import_problems import (
    ProblemList,
    RowProgress,
    Severity,
    Validation,
    counted,
)
from desktop_app.domain.import_refs import Snapshot
from desktop_app.domain.import_schema import (
    FIELD_COLUMN_PREFIX,
    MATRIX_COLUMNS,
    OVERSIGHT_COLUMNS,
    ColumnSpec,
    SourceRow,
    TableData,
    field_columns,
)
from desktop_app.domain.import_vocabulary import (
    CellValue,
    ParseError,
    cell_text,
    match_key,
    parse_choice,
)


@dataclass(frozen=True)
class MatrixCell:
    """One matrix cell to write: new (``assignment_id`` None) or a changed role."""

    row: int
    year: int
    unit_id: int
    field_id: int
    role: FieldRole
    assignment_id: int | None


@dataclass
class MatrixPlan:
    """What an import of the matrix writes."""

    cells: list[MatrixCell] = field(default_factory=list)
    unchanged: int = 0

    @property
    def change_count(self) -> int:
        """How many matrix cells are written."""
        return len(self.cells)


def matrix_columns(snapshot: Snapshot) -> tuple[ColumnSpec, ...]:
    """The matrix import's columns: the long ones plus one per industry field."""
    return (*MATRIX_COLUMNS, *field_columns((f.code, f.name) for f in snapshot.fields))


def _role(cells: Cells, row: SourceRow, key: str) -> FieldRole | None:
    value = cells.raw(row, key)
    if value is None:
        return None
    try:
        return parse_choice(value, FieldRole)
    except ParseError:
        cells.problems.add(
            ErrorCode.IMPORT_UNKNOWN_ROLE, row.number, cells.label(key), cell_text(value)
        )
        return None


def _unknown_field_columns(cells: Cells, table: TableData, snapshot: Snapshot) -> None:
    """Report columns whose header is no known field although their cells hold roles."""
    for index, header in table.unmapped_columns():
        holder = next((row for row in table.rows if _is_role(row.get(index))), None)
        if holder is not None:
            cells.problems.add(
                ErrorCode.IMPORT_UNKNOWN_FIELD,
                holder.number,
                header,
                header,
                fields=snapshot.field_names(),
            )
        else:
            cells.problems.warn(ErrorCode.IMPORT_COLUMN_IGNORED, None, header, "")


def _is_role(value: CellValue) -> bool:
    if value is None:
        return False
    try:
        parse_choice(value, FieldRole)
    except ParseError:
        return False
    return True


def validate_matrix(
    table: TableData, snapshot: Snapshot, *, year: int, progress: RowProgress | None = None
) -> Validation:
    """Check a matrix sheet in either shape; plan the cells of rows without errors."""
    problems = ProblemList(table.sheet)
    columns = matrix_columns(snapshot)
    cells = Cells(table, columns, problems)
    _unknown_field_columns(cells, table, snapshot)
    field_keys = [key for key in table.mapping if key.startswith(FIELD_COLUMN_PREFIX)]
    field_by_code = {f.code: f.id for f in snapshot.fields}
    wanted: list[MatrixCell] = []
    seen: dict[tuple[int, int, int], tuple[int, FieldRole]] = {}
    for row in counted(table.rows, progress):
        unit_id = cells.unit(row, snapshot)
        row_year = cells.year(row, "year", year)
        pairs: list[tuple[str, int, FieldRole]] = []
        if cells.has("field") or cells.has("role"):
            text = cells.text(row, "field")
            role = _role(cells, row, "role")
            field_id = cells.field_id(row, "field", text, snapshot) if text else None
            if text is None and role is not None:
                problems.add(ErrorCode.IMPORT_VALUE_MISSING, row.number, cells.label("field"), "")
            elif text is not None and role is None and cells.raw(row, "role") is None:
                problems.add(ErrorCode.IMPORT_VALUE_MISSING, row.number, cells.label("role"), "")
            if field_id is not None and role is not None:
                pairs.append(("field", field_id, role))
        for key in field_keys:
            role = _role(cells, row, key)
            if role is not None:
                pairs.append((key, field_by_code[key[len(FIELD_COLUMN_PREFIX) :]], role))
        if unit_id is None or row_year is None:
            continue
        for key, field_id, role in pairs:
            slot = (row_year, unit_id, field_id)
            if slot in seen:
                other_row, other_role = seen[slot]
                severity = Severity.WARNING if other_role == role else Severity.ERROR
                problems.add(
                    ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                    row.number,
                    cells.label(key),
                    cell_text(cells.raw(row, key)),
                    severity=severity,
                    other_row=other_row,
                    what=_field_name(snapshot, field_id),
                )
                continue
            seen[slot] = (row.number, role)
            existing = snapshot.assignments.get(slot)
            if existing is None or existing[1] != role:
                wanted.append(
                    MatrixCell(
                        row.number,
                        row_year,
                        unit_id,
                        field_id,
                        role,
                        existing[0] if existing else None,
                    )
                )
    plan = MatrixPlan([c for c in wanted if c.row not in problems.bad_rows])
    plan.unchanged = len(seen) - len(wanted)
    return Validation(problems.sorted(), len(table.rows), set(problems.bad_rows), plan)


def _field_name(snapshot: Snapshot, field_id: int) -> str:
    return next((f.name for f in snapshot.fields if f.id == field_id), "")


@dataclass(frozen=True)
class OversightItem:
    """One leader overseeing one unit or one field in a year."""

    row: int
    year: int
    person_id: int
    unit_id: int | None
    field_id: int | None


@dataclass
class OversightPlan:
    """What an import of oversight (分管) writes."""

    items: list[OversightItem] = field(default_factory=list)
    unchanged: int = 0

    @property
    def change_count(self) -> int:
        """How many oversight records are added."""
        return len(self.items)


def _person(cells: Cells, row: SourceRow, snapshot: Snapshot) -> int | None:
    name = cells.text(row, "person")
    if name is None:
        return None
    unit_text = cells.text(row, "unit")
    unit_id = cells.unit_named(row, "unit", unit_text, snapshot) if unit_text else None
    if unit_text and unit_id is None:
        return None
    people = [p for p in snapshot.people_by_name.get(match_key(name), []) if p.active]
    if unit_id is not None:
        people = [p for p in people if p.unit_id == unit_id]
    if len(people) == 1:
        return people[0].id
    label = cells.label("person")
    if not people:
        where = f"（{snapshot.unit_name(unit_id)}）" if unit_id is not None else ""
        cells.problems.add(ErrorCode.IMPORT_UNKNOWN_PERSON, row.number, label, name, unit=where)
    else:
        units = "、".join(snapshot.unit_name(p.unit_id) for p in people[:5])
        cells.problems.add(
            ErrorCode.IMPORT_AMBIGUOUS_PERSON,
            row.number,
            label,
            name,
            count=len(people),
            units=units,
        )
    return None


def validate_oversight(
    table: TableData, snapshot: Snapshot, *, year: int, progress: RowProgress | None = None
) -> Validation:
    """Check an oversight list; plan the records of rows without errors."""
    problems = ProblemList(table.sheet)
    cells = Cells(table, OVERSIGHT_COLUMNS, problems)
    cells.report_unmapped()
    wanted: list[OversightItem] = []
    seen: dict[tuple[int, int, int | None, int | None], int] = {}
    for row in counted(table.rows, progress):
        person_id = _person(cells, row, snapshot)
        row_year = cells.year(row, "year", year)
        targets: list[tuple[str, str, int | None, int | None]] = []
        for text in cells.names(row, "units"):
            unit_id = cells.unit_named(row, "units", text, snapshot)
            if unit_id is not None:
                targets.append(("units", text, unit_id, None))
        for text in cells.names(row, "fields"):
            field_id = cells.field_id(row, "fields", text, snapshot)
            if field_id is not None:
                targets.append(("fields", text, None, field_id))
        if not cells.names(row, "units") and not cells.names(row, "fields"):
            problems.add(ErrorCode.IMPORT_NOTHING_TO_OVERSEE, row.number, cells.label("units"), "")
        if person_id is None or row_year is None:
            continue
        for key, text, unit_id, field_id in targets:
            slot = (row_year, person_id, unit_id, field_id)
            if slot in seen:
                problems.warn(
                    ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                    row.number,
                    cells.label(key),
                    text,
                    other_row=seen[slot],
                    what=text,
                )
                continue
            seen[slot] = row.number
            if slot not in snapshot.oversights:
                wanted.append(OversightItem(row.number, row_year, person_id, unit_id, field_id))
    plan = OversightPlan([item for item in wanted if item.row not in problems.bad_rows])
    plan.unchanged = len(seen) - len(wanted)
    return Validation(problems.sorted(), len(table.rows), set(problems.bad_rows), plan)
