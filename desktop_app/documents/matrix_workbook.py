"""The visible responsibility matrix as a formatted Excel sheet (openpyxl).

Frozen header row and unit column, column widths, role fills with the role word in every
cell, a legend, and print settings (landscape, fit to width, header row and unit column
repeated on every page). Every text is written as a string: a unit or field name starting
with = + - @ or a tab must not become a formula (DESIGN §7).
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell.cell import Cell  # type: ignore[import-untyped]
from openpyxl.styles import (  # type: ignore[import-untyped]
    Alignment,
    Border,
    Font,
    PatternFill,
    Side,
)
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.worksheet import Worksheet  # type: ignore[import-untyped]

from desktop_app.documents.atomic_write import write_atomically
from desktop_app.domain.enums import FieldRole

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t")
_THIN = Side(style="thin", color="808080")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="E7E6E6")
TITLE_ROW = 1
HEADER_ROW = 2
FIRST_DATA_ROW = 3


@dataclass(frozen=True)
class MatrixSheet:
    """What is exported: the rows and columns the clerk sees, in the clerk's language."""

    title: str
    corner: str
    columns: list[str]
    column_notes: list[str]
    rows: list[str]
    cells: list[list[FieldRole | None]]
    role_labels: dict[FieldRole, str]
    role_fills: dict[FieldRole, str]
    legend: list[str] = field(default_factory=list)
    sheet_name: str = "Matrix"
    page_label: str = "{page}"


def set_text(cell: Cell, value: str) -> None:
    """Write ``value`` as a plain string, never as a formula."""
    cell.value = value
    if value.startswith(FORMULA_PREFIXES):
        cell.data_type = "s"


def _fill(colour: str) -> PatternFill:
    return PatternFill("solid", fgColor=colour.lstrip("#").upper())


def build_workbook(sheet: MatrixSheet) -> Workbook:
    """The workbook with one formatted sheet."""
    workbook = Workbook()
    ws: Worksheet = workbook.active
    ws.title = sheet.sheet_name[:31]
    last_column = len(sheet.columns) + 1
    set_text(ws.cell(TITLE_ROW, 1), sheet.title)
    ws.cell(TITLE_ROW, 1).font = Font(size=14, bold=True)
    if last_column > 1:
        ws.merge_cells(
            start_row=TITLE_ROW, start_column=1, end_row=TITLE_ROW, end_column=last_column
        )
    corner = ws.cell(HEADER_ROW, 1)
    set_text(corner, sheet.corner)
    header_font = Font(bold=True)
    wrap_centre = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for cell in (corner,):
        cell.font, cell.fill, cell.border = header_font, _HEADER_FILL, _BORDER
        cell.alignment = Alignment(vertical="center")
    for offset, (name, note) in enumerate(zip(sheet.columns, sheet.column_notes, strict=True)):
        cell = ws.cell(HEADER_ROW, offset + 2)
        set_text(cell, f"{name}\n{note}" if note else name)
        cell.font, cell.fill, cell.border, cell.alignment = (
            header_font,
            _HEADER_FILL,
            _BORDER,
            wrap_centre,
        )
    fills = {role: _fill(colour) for role, colour in sheet.role_fills.items()}
    bold = Font(bold=True)
    centre = Alignment(horizontal="center", vertical="center")
    for row_offset, (name, roles) in enumerate(zip(sheet.rows, sheet.cells, strict=True)):
        row = FIRST_DATA_ROW + row_offset
        unit_cell = ws.cell(row, 1)
        set_text(unit_cell, name)
        unit_cell.border = _BORDER
        for column_offset, role in enumerate(roles):
            cell = ws.cell(row, column_offset + 2)
            cell.border = _BORDER
            if role is None:
                continue
            set_text(cell, sheet.role_labels[role])
            cell.fill = fills[role]
            cell.alignment = centre
            if role is FieldRole.LEAD:
                cell.font = bold
    legend_row = FIRST_DATA_ROW + len(sheet.rows) + 1
    for offset, line in enumerate(sheet.legend):
        set_text(ws.cell(legend_row + offset, 1), line)
    _layout(ws, sheet, last_column)
    return workbook


def _layout(ws: Worksheet, sheet: MatrixSheet, last_column: int) -> None:
    longest = max((len(name) for name in sheet.rows), default=4)
    # CJK characters are about two Excel width units wide.
    ws.column_dimensions["A"].width = min(max(12, longest * 2 + 2), 60)
    for column in range(2, last_column + 1):
        name = sheet.columns[column - 2]
        ws.column_dimensions[get_column_letter(column)].width = max(10, min(len(name) * 2 + 2, 20))
    ws.row_dimensions[HEADER_ROW].height = 36
    ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 2)
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.print_title_cols = "A:A"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.oddFooter.center.text = "&P / &N"


def workbook_bytes(sheet: MatrixSheet) -> bytes:
    """The .xlsx file's content."""
    buffer = io.BytesIO()
    build_workbook(sheet).save(buffer)
    return buffer.getvalue()


def write_matrix_workbook(path: Path, sheet: MatrixSheet) -> None:
    """Write the sheet to ``path`` atomically (temp file + os.replace)."""
    write_atomically(path, workbook_bytes(sheet))
