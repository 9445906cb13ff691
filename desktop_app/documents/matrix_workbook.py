"""The responsibility matrix (单位 × 行业领域) as a formatted Excel sheet — the only matrix
workbook writer: the GUI's "export the visible matrix" and the service/CLI export (in the
matrix import's shape) both describe a :class:`MatrixSheet` and call
:func:`write_matrix_workbook`; the PDF print reads the same description.

Row 1 the title, row 2 the legend (each role's word on its colour), row 3 the header, then
one row per unit: an optional running number, the unit, optional unit facts (单位编码,
上级单位), and the role word on the role's colour in every assigned cell. Frozen header and
unit column, widths from the content, print titles, landscape A4 fitted to the page width,
page numbers. Every text is written as a string: a name starting with = + - @ or a tab never
becomes a formula (DESIGN §7).

Speed (bench/excel.py, 5,000 units × 60 fields): openpyxl's write-only mode; no cell is
constructed per matrix cell — every cell of one role is the same styled prototype (see
:class:`_Cells`), empty cells are not written (print gridlines draw the grid), and no style
object is built or copied per cell.
"""

from __future__ import annotations

import io
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.properties import PageSetupProperties  # type: ignore[import-untyped]

from desktop_app.documents.atomic_write import write_atomically
from desktop_app.documents.excel_writer import FONT_NAME, display_width, is_formula_like
from desktop_app.domain.enums import FieldRole

ROLE_FILLS: dict[FieldRole, str] = {
    FieldRole.LEAD: "#f0a875",
    FieldRole.SUPPORT: "#a9cbe8",
    FieldRole.MAIN: "#c3e2b4",
    FieldRole.TERRITORIAL: "#ebe3f3",
}
"""The one role palette: screen, workbook and PDF. Light fills of clearly different
lightness (grey ≈ 63 %, 78 %, 86 %, 93 %, lead the darkest), so black text stays legible
and the roles still differ when printed in grey."""

TITLE_ROW = 1
LEGEND_ROW = 2
HEADER_ROW = 3
FIRST_DATA_ROW = 4
HEADER_FILL = "D9E1F2"
GRID_COLOUR = "808080"
NOTE_COLOUR = "595959"
LINE_HEIGHT = 14.5
FIELD_WIDTH = (6.0, 16.0)  # narrowest and widest field column; longer headers wrap
TEXT_WIDTH = (8.0, 60.0)
WIDTH_SAMPLE_ROWS = 2000
PAPER_A4 = "9"


@dataclass(frozen=True)
class DetailColumn:
    """A column of unit facts between the unit name and the fields (单位编码, 上级单位)."""

    header: str
    values: Sequence[str | None]  # one per unit row


@dataclass(frozen=True)
class MatrixSheet:
    """What is exported: the rows and columns, in the reader's language.

    ``rows`` are the unit names and ``cells[i][j]`` the role of ``rows[i]`` in
    ``columns[j]``; ``column_notes`` (optional) go on a second header line; ``legend``
    lines (optional) explain the roles below the table and in the PDF's footer.
    """

    title: str
    corner: str
    columns: Sequence[str]
    rows: Sequence[str]
    cells: Sequence[Sequence[FieldRole | None]]
    role_labels: Mapping[FieldRole, str]
    role_fills: Mapping[FieldRole, str] = field(default_factory=lambda: dict(ROLE_FILLS))
    column_notes: Sequence[str] = ()
    legend: Sequence[str] = ()
    legend_label: str = "图例："
    number_header: str = ""  # e.g. "序号": a running number before the unit name
    details: Sequence[DetailColumn] = ()
    sheet_name: str = "Matrix"
    page_label: str = "{page}"

    def __post_init__(self) -> None:
        """Refuse a description whose parts do not line up (before any file is touched)."""
        if len(self.cells) != len(self.rows):
            raise ValueError(f"{len(self.rows)} rows but {len(self.cells)} rows of cells")
        width = len(self.columns)
        if any(len(roles) != width for roles in self.cells):
            raise ValueError(f"every row of cells must have {width} roles")
        if len(self.column_notes) > width:
            raise ValueError(f"{len(self.column_notes)} notes for {width} columns")
        for detail in self.details:
            if len(detail.values) != len(self.rows):
                raise ValueError(f"{detail.header}: {len(detail.values)} values")

    def notes(self) -> list[str]:
        """One note per field column ("" where there is none)."""
        notes = list(self.column_notes)
        return notes + [""] * (len(self.columns) - len(notes))

    def field_headers(self) -> list[str]:
        """Each field column's header: the name, and its note on a second line."""
        return [
            f"{name}\n{note}" if note else name
            for name, note in zip(self.columns, self.notes(), strict=True)
        ]

    def legend_roles(self) -> list[FieldRole]:
        """The roles shown in the legend, in the domain's order."""
        return [role for role in FieldRole if role in self.role_fills]


def _hex(colour: str) -> str:
    return colour.lstrip("#").upper()


class _Cells:
    """Styled write-only cells, each style built once.

    A write-only sheet serialises every cell of a row as soon as the row is appended
    (``append`` sets the cell's row and column, then writes it, cell by cell). So one
    prototype cell per role can stand for every cell of that role, even several in the same
    row, and one cell per text column can be refilled row by row: the data rows construct
    no cells and copy no styles. A column's text cell must appear at most once per row.
    """

    def __init__(self, sheet: Any) -> None:
        self.sheet = sheet
        side = Side(style="thin", color=GRID_COLOUR)
        self.border = Border(left=side, right=side, top=side, bottom=side)

    def styled(
        self,
        value: object = None,
        *,
        bold: bool = False,
        size: float = 11,
        fill: str | None = None,
        horizontal: str | None = None,
        wrap: bool = False,
        border: bool = True,
        colour: str | None = None,
    ) -> Any:
        """A new cell holding ``value`` (texts kept as text) with the given look."""
        cell = WriteOnlyCell(self.sheet)
        cell.font = Font(name=FONT_NAME, size=size, bold=bold, color=colour)
        cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap)
        if border:
            cell.border = self.border
        if fill:
            cell.fill = PatternFill("solid", start_color=_hex(fill), end_color=_hex(fill))
        if value is not None:
            _put(cell, value)
        return cell


def _put(cell: Any, value: object) -> None:
    """Give ``cell`` its value; a text a spreadsheet would run stays text (quote prefix)."""
    cell.value = value
    if isinstance(value, str) and is_formula_like(value):
        cell.data_type = "s"  # openpyxl made "=…" a formula; it is text
        cell.quotePrefix = True


class _TextColumn:
    """One refillable cell per text column: plain, or quoted for formula-like text."""

    def __init__(self, cells: _Cells, **look: Any) -> None:
        self.plain = cells.styled(**look)
        self.quoted = cells.styled(**look)
        self.quoted.quotePrefix = True

    def __call__(self, value: str | int | None) -> Any:
        if value is None:
            return None
        if isinstance(value, str) and is_formula_like(value):
            self.quoted.value = value
            self.quoted.data_type = "s"
            return self.quoted
        self.plain.value = value
        return self.plain


def _widths(sheet: MatrixSheet) -> list[float]:
    """Excel widths: number, unit, details from their content; fields from their headers."""
    low, high = TEXT_WIDTH

    def fit(header: str, values: Sequence[str | None]) -> float:
        sample = [display_width(v) for v in values[:WIDTH_SAMPLE_ROWS] if v]
        return min(high, max(low, display_width(header), *sample, 0.0) + 2)

    widths = [6.0] if sheet.number_header else []
    widths.append(fit(sheet.corner, sheet.rows))
    widths += [fit(detail.header, detail.values) for detail in sheet.details]
    low, high = FIELD_WIDTH
    widths += [
        min(high, max(low, display_width(name) + 2, display_width(note) + 1))
        for name, note in zip(sheet.columns, sheet.notes(), strict=True)
    ]
    return widths


def _header_height(headers: Sequence[str], widths: Sequence[float]) -> float:
    lines = max(
        (
            sum(
                max(1, math.ceil(display_width(line) / max(width - 1, 1.0)))
                for line in header.split("\n")
            )
            for header, width in zip(headers, widths, strict=True)
        ),
        default=1,
    )
    return LINE_HEIGHT * lines + 4


def build_workbook(sheet: MatrixSheet) -> Workbook:
    """The workbook with one formatted sheet."""
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "DutyMatrix"
    ws = workbook.create_sheet(sheet.sheet_name[:31])
    cells = _Cells(ws)
    unit_columns = (1 if sheet.number_header else 0) + 1 + len(sheet.details)
    headers = [
        *([sheet.number_header] if sheet.number_header else []),
        sheet.corner,
        *(detail.header for detail in sheet.details),
        *sheet.field_headers(),
    ]
    widths = _widths(sheet)
    last = get_column_letter(len(headers))
    last_row = FIRST_DATA_ROW + len(sheet.rows) - 1
    _layout(ws, sheet, widths)
    ws.row_dimensions[HEADER_ROW].height = _header_height(headers, widths)

    ws.append([cells.styled(sheet.title, bold=True, size=16, horizontal="center", border=False)])
    ws.merged_cells.add(f"A{TITLE_ROW}:{last}{TITLE_ROW}")
    ws.append(_legend_row(sheet, cells, unit_columns))
    ws.append(
        [
            cells.styled(text, bold=True, fill=HEADER_FILL, horizontal="center", wrap=True)
            for text in headers
        ]
    )

    number = _TextColumn(cells, horizontal="center") if sheet.number_header else None
    name = _TextColumn(cells)
    details = [(_TextColumn(cells), detail.values) for detail in sheet.details]
    by_role: dict[FieldRole | None, Any] = {None: None}
    for role, label in sheet.role_labels.items():
        fill = sheet.role_fills.get(role)
        by_role[role] = cells.styled(
            label, bold=role is FieldRole.LEAD, fill=fill, horizontal="center"
        )
    for index, (unit, roles) in enumerate(zip(sheet.rows, sheet.cells, strict=True)):
        row = [number(index + 1)] if number else []
        row.append(name(unit))
        row += [column(values[index]) for column, values in details]
        row += map(by_role.__getitem__, roles)
        ws.append(row)

    if sheet.rows:
        ws.auto_filter.ref = f"A{HEADER_ROW}:{last}{last_row}"
    if sheet.legend:
        ws.append([])
        # each line merged across the table: it prints in full, and an import of this file
        # reads it as a note under the table, not as a unit
        for row_number, line in enumerate(sheet.legend, start=last_row + 2):
            ws.append([cells.styled(line, border=False, colour=NOTE_COLOUR, size=10)])
            ws.merged_cells.add(f"A{row_number}:{last}{row_number}")
    return workbook


def _legend_row(sheet: MatrixSheet, cells: _Cells, unit_columns: int) -> list[Any]:
    """The legend label (图例：) in the last unit column, then each role's word on its colour."""
    row: list[Any] = [None] * (unit_columns - 1)
    row.append(cells.styled(sheet.legend_label, bold=True, horizontal="right", border=False))
    for role in sheet.legend_roles():
        label = sheet.role_labels.get(role, role.value)
        row.append(cells.styled(label, fill=sheet.role_fills[role], horizontal="center"))
    return row


def _layout(ws: Any, sheet: MatrixSheet, widths: Sequence[float]) -> None:
    """Widths, frozen panes, print titles and the page setup."""
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width
    ws.row_dimensions[TITLE_ROW].height = 30
    name_column = 2 if sheet.number_header else 1
    # The unit name stays in view (and on every printed page); its code and parent scroll.
    ws.freeze_panes = f"{get_column_letter(name_column + 1)}{FIRST_DATA_ROW}"
    ws.print_title_rows = f"{TITLE_ROW}:{HEADER_ROW}"
    ws.print_title_cols = f"A:{get_column_letter(name_column)}"
    ws.print_options.gridLines = True  # empty cells are not written; print the grid anyway
    ws.print_options.horizontalCentered = True
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = PAPER_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = sheet.page_label.replace("&", "&&").replace("{page}", "&P")
    ws.oddFooter.center.size = 9


def workbook_bytes(sheet: MatrixSheet) -> bytes:
    """The .xlsx file's content."""
    buffer = io.BytesIO()
    build_workbook(sheet).save(buffer)
    return buffer.getvalue()


def write_matrix_workbook(path: Path, sheet: MatrixSheet) -> None:
    """Write the sheet to ``path`` atomically (temp file + os.replace); a failure raises
    EXPORT_FAILED naming the file and leaves any old file untouched."""
    write_atomically(path, workbook_bytes(sheet))
