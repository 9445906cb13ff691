"""Formatted workbooks for printing and reading, written safely.

Every sheet gets a title row, a frozen header, sensible widths, print titles and a
fit-to-width page setup (the responsibility matrix has its own writer,
:mod:`desktop_app.documents.matrix_workbook`). Texts that a
spreadsheet would run as a formula (= + - @ tab …) are written as text, never as formulas:
openpyxl turns any string starting with "=" into one. Files are written to a temporary file
beside the target and moved over it with ``os.replace``, so a crash or a full disk never
leaves half a workbook under the clerk's file name.
"""

from __future__ import annotations

import math
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]
from openpyxl.worksheet.datavalidation import DataValidation  # type: ignore[import-untyped]
from openpyxl.worksheet.properties import PageSetupProperties  # type: ignore[import-untyped]

from desktop_app.documents.excel_safety import ExcelError
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_vocabulary import CellValue

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
"""First characters that make a spreadsheet treat a typed text as a formula."""
FONT_NAME = "宋体"
MIN_WIDTH, MAX_WIDTH = 6.0, 60.0
WIDTH_SAMPLE_ROWS = 300
HEADER_WRAP_WIDTH = 12.0
LINE_HEIGHT = 14.5
HEADER_FILL = "D9E1F2"
LIST_SHEET = "选项"
PAPER_A4 = "9"
"""The hidden sheet that holds the dropdown lists of a template."""


def is_formula_like(text: str) -> bool:
    """True for a text a spreadsheet would evaluate (or a CSV reader would)."""
    return text.startswith(FORMULA_TRIGGERS)


def display_width(text: str) -> float:
    """Column width in Excel's character units: a Chinese character counts as two."""
    return sum(2.0 if ord(ch) > 0x2E80 else 1.0 for ch in text)


@dataclass(frozen=True)
class Column:
    """One column of an exported table."""

    header: str
    width: float | None = None  # None: from the content
    wrap: bool = False
    center: bool = False
    number_format: str | None = None


@dataclass(frozen=True)
class Dropdown:
    """A list validation on one column (the values sit on the hidden 选项 sheet)."""

    column: int  # 0-based
    list_name: str
    prompt: str = ""
    strict: bool = True  # False: the list only helps (a cell may hold several values)


@dataclass
class SheetSpec:
    """A table to write: title, columns, rows and the optional extras."""

    name: str
    title: str
    columns: Sequence[Column]
    rows: Sequence[Sequence[CellValue]]
    subtitle: str = ""
    fill_for: Callable[[int, CellValue], str | None] | None = None  # (column, value) → RGB
    freeze_columns: int = 0
    landscape: bool | None = None  # None: landscape when the table is wide
    dropdowns: Sequence[Dropdown] = ()
    empty_rows: int = 0  # bordered blank rows after the data (templates)
    row_fill: Callable[[int], str | None] | None = None  # row index → RGB (example rows)
    notes: Sequence[str] = ()  # lines below the table (注：…)
    extra: dict[str, Any] = field(default_factory=dict)


class _Styles:
    """Prototype cells; each written cell copies a prototype's style array (fast)."""

    def __init__(self, sheet: Any) -> None:
        thin = Side(style="thin", color="808080")
        self.border = Border(left=thin, right=thin, top=thin, bottom=thin)
        self.sheet = sheet
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._slots: dict[tuple[int, int], Any] = {}

    def proto(
        self,
        *,
        bold: bool = False,
        size: float = 11,
        fill: str | None = None,
        wrap: bool = False,
        center: bool = False,
        border: bool = True,
        align: str | None = None,
        colour: str | None = None,
        quote: bool = False,
        number_format: str | None = None,
    ) -> Any:
        key = (bold, size, fill, wrap, center, border, align, colour, quote, number_format)
        cell = self._cache.get(key)
        if cell is None:
            cell = WriteOnlyCell(self.sheet)
            cell.font = Font(name=FONT_NAME, bold=bold, size=size, color=colour)
            horizontal = align or ("center" if center else None)
            cell.alignment = Alignment(horizontal=horizontal, vertical="center", wrap_text=wrap)
            if border:
                cell.border = self.border
            if fill:
                cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
            if quote:
                cell.quotePrefix = True
            if number_format:
                cell.number_format = number_format
            self._cache[key] = cell
        return cell

    def cell(self, value: CellValue, proto: Any) -> Any:
        """A styled cell; formula-like text stays text (and is marked with a quote prefix)."""
        if isinstance(value, str) and is_formula_like(value):
            proto = self.proto_like(proto, quote=True)
            cell = WriteOnlyCell(self.sheet)
            cell.value = value
            cell.data_type = "s"  # openpyxl made it a formula; it is text
        else:
            cell = WriteOnlyCell(self.sheet, value=value)
        cell._style = proto._style  # shared: a written cell's style never changes again
        return cell

    def refill(self, position: int, value: CellValue, proto: Any) -> Any:
        """:meth:`cell` for data rows: one cell per column and style, refilled row by row.

        A write-only sheet serialises a row's cells on ``append``, so the cell of column
        ``position`` is free again for the next row; constructing a cell per value was about
        a tenth of an export's time.
        """
        if isinstance(value, str) and is_formula_like(value):
            proto = self.proto_like(proto, quote=True)
        cell = self._slots.get((position, id(proto)))
        if cell is None:
            cell = self._slots[(position, id(proto))] = WriteOnlyCell(self.sheet)
            cell._style = proto._style
        cell.value = value
        if cell.data_type == "f":
            cell.data_type = "s"  # openpyxl made it a formula; it is text
        return cell

    def proto_like(self, proto: Any, **changes: Any) -> Any:
        """The prototype with one more property (the quote prefix)."""
        for key, cached in self._cache.items():
            if cached is proto:
                names = (
                    "bold",
                    "size",
                    "fill",
                    "wrap",
                    "center",
                    "border",
                    "align",
                    "colour",
                    "quote",
                    "number_format",
                )
                return self.proto(**{**dict(zip(names, key, strict=True)), **changes})
        return proto


def _widths(spec: SheetSpec) -> list[float]:
    widths: list[float] = []
    for index, column in enumerate(spec.columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        longest = min(display_width(column.header), HEADER_WRAP_WIDTH)  # longer headers wrap
        for row in spec.rows[:WIDTH_SAMPLE_ROWS]:
            if index < len(row) and row[index] is not None:
                longest = max(longest, display_width(str(row[index])))
        widths.append(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2)))
    return widths


def _write_sheet(book: Any, spec: SheetSpec, has_lists: bool) -> None:
    sheet = book.create_sheet(spec.name[:31])
    styles = _Styles(sheet)
    width = len(spec.columns)
    last = get_column_letter(max(width, 1))
    widths = _widths(spec)
    for index, column_width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column_width
    header_row = 3 if spec.subtitle else 2
    sheet.freeze_panes = f"{get_column_letter(spec.freeze_columns + 1)}{header_row + 1}"
    sheet.print_title_rows = f"1:{header_row}"
    if spec.freeze_columns:
        sheet.print_title_cols = f"A:{get_column_letter(spec.freeze_columns)}"
    _page_setup(sheet, spec, sum(widths))
    sheet.row_dimensions[1].height = 30
    lines = max(
        (
            math.ceil(display_width(c.header) / max(w - 1.0, 1.0))
            for c, w in zip(spec.columns, widths, strict=True)
        ),
        default=1,
    )
    sheet.row_dimensions[header_row].height = LINE_HEIGHT * max(lines, 1) + 4
    title = styles.proto(bold=True, size=16, border=False, center=True)
    sheet.append([styles.cell(spec.title, title)])
    sheet.merged_cells.add(f"A1:{last}1")
    if header_row == 3:
        sheet.append(_second_row(styles, spec, width))
    header = styles.proto(bold=True, fill=HEADER_FILL, wrap=True, center=True)
    sheet.append([styles.cell(column.header, header) for column in spec.columns])
    protos = [
        styles.proto(wrap=column.wrap, center=column.center, number_format=column.number_format)
        for column in spec.columns
    ]
    fill_for, row_fill = spec.fill_for, spec.row_fill
    coloured: dict[tuple[str, bool], Any] = {}
    for index, row in enumerate(spec.rows):
        row_colour = row_fill(index) if row_fill else None
        cells: list[Any] = []
        for position, value in enumerate(row[:width]):
            colour = row_colour or (fill_for(position, value) if fill_for else None)
            if colour:
                proto = coloured.get((colour, bool(row_colour)))
                if proto is None:
                    grey = "808080" if row_colour else None
                    proto = styles.proto(fill=colour, center=True, colour=grey)
                    coloured[(colour, bool(row_colour))] = proto
            else:
                proto = protos[position]
            cells.append(styles.refill(position, value, proto))
        sheet.append(cells)
    blank = [styles.cell(None, proto) for proto in protos]
    for _ in range(spec.empty_rows):
        sheet.append(blank)
    data_end = header_row + len(spec.rows) + spec.empty_rows
    if spec.rows and not spec.empty_rows:
        sheet.auto_filter.ref = f"A{header_row}:{last}{data_end}"
    note = styles.proto(border=False, align="left", colour="595959")
    for offset, line in enumerate(spec.notes, start=1):
        sheet.append([styles.cell(line, note)])
        sheet.merged_cells.add(f"A{data_end + offset}:{last}{data_end + offset}")
    if has_lists:
        _add_dropdowns(sheet, spec, header_row + 1, max(data_end, header_row + 1))


def _second_row(styles: _Styles, spec: SheetSpec, width: int) -> list[Any]:
    """The subtitle (export time, row count; a template's instruction) under the title."""
    plain = styles.proto(border=False, align="left", colour="595959", size=10, wrap=True)
    styles.sheet.merged_cells.add(f"A2:{get_column_letter(max(width, 1))}2")
    return [styles.cell(spec.subtitle, plain)]


def _page_setup(sheet: Any, spec: SheetSpec, total_width: float) -> None:
    landscape = spec.landscape if spec.landscape is not None else total_width > 100
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.paperSize = PAPER_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = sheet.page_margins.bottom = 0.6
    sheet.oddFooter.center.text = "第 &P 页，共 &N 页"
    sheet.oddFooter.center.size = 9


def _add_dropdowns(sheet: Any, spec: SheetSpec, first_row: int, last_row: int) -> None:
    lists = spec.extra.get("list_ranges", {})
    for dropdown in spec.dropdowns:
        reference = lists.get(dropdown.list_name)
        if reference is None:
            continue
        validation = DataValidation(
            type="list", formula1=reference, allow_blank=True, showDropDown=False
        )
        validation.error = "请从下拉列表中选择。"
        validation.errorTitle = "输入值无效"
        validation.showErrorMessage = dropdown.strict
        if dropdown.prompt:
            validation.prompt = dropdown.prompt[:255]
            validation.showInputMessage = True
        letter = get_column_letter(dropdown.column + 1)
        validation.add(f"{letter}{first_row}:{letter}{last_row}")
        sheet.data_validations.append(validation)


def _write_lists(book: Any, lists: dict[str, Sequence[str]]) -> dict[str, str]:
    """The hidden 选项 sheet; returns each list's absolute range for the validations."""
    sheet = book.create_sheet(LIST_SHEET)
    sheet.sheet_state = "hidden"
    styles = _Styles(sheet)
    plain = styles.proto(border=False)
    names = list(lists)
    longest = max((len(values) for values in lists.values()), default=0)
    sheet.append(names)
    for index in range(longest):
        sheet.append(
            [
                styles.cell(lists[name][index], plain) if index < len(lists[name]) else None
                for name in names
            ]
        )
    ranges: dict[str, str] = {}
    for column, name in enumerate(names, start=1):
        letter = get_column_letter(column)
        ranges[name] = f"'{LIST_SHEET}'!${letter}$2:${letter}${max(len(lists[name]), 1) + 1}"
    return ranges


def write_workbook(
    path: Path, sheets: Iterable[SheetSpec], *, lists: dict[str, Sequence[str]] | None = None
) -> Path:
    """Write ``sheets`` (and the hidden dropdown lists) to ``path`` atomically: beside it
    first, then moved into place; the old file survives a failure (EXPORT_FAILED)."""
    # The temporary file is made before any row is written: a write-only workbook that is
    # never saved leaves its rows' temp files behind (and lxml complains when it is freed).
    temporary = _temporary_beside(path)
    try:
        book = Workbook(write_only=True)
        book.properties.creator = "DutyMatrix"
        book.properties.created = datetime.now().replace(microsecond=0)
        specs = list(sheets)
        if lists:
            ranges = _write_lists(book, lists)
            for spec in specs:
                spec.extra["list_ranges"] = ranges
        for spec in specs:
            _write_sheet(book, spec, bool(lists))
        if lists:  # the visible sheets come first; the list sheet was created first
            book._sheets.append(book._sheets.pop(0))
        book.save(temporary)
        with open(temporary, "rb") as written:
            os.fsync(written.fileno())
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise ExcelError(ErrorCode.EXPORT_FAILED, path=str(path), detail=str(error)) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return path


def _temporary_beside(path: Path) -> Path:
    """An empty temporary file in ``path``'s folder (EXPORT_FAILED if it cannot be made)."""
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.stem}-", suffix=".xlsx.part", dir=path.parent
        )
    except OSError as error:
        raise ExcelError(ErrorCode.EXPORT_FAILED, path=str(path), detail=str(error)) from error
    os.close(handle)
    return Path(temporary)
