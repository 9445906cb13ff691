"""Raw rows and merged ranges of one sheet, from python-calamine or from openpyxl.

python-calamine (Rust) reads cell values about 15 times faster than openpyxl's
``read_only`` mode and reports merged ranges; openpyxl stays as the fallback engine (and the
reference the tests compare against). openpyxl's read-only worksheets know nothing about
merged cells, so for that engine the sheet's ``<mergeCells>`` element is scanned from the
zip member in chunks — never the whole sheet in memory.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol

from desktop_app.documents.excel_safety import ExcelError, ensure_xml_defences
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_vocabulary import CellValue, clean_text, is_formula_error

ENGINE_ENV = "DUTYMATRIX_EXCEL_ENGINE"
CALAMINE = "calamine"
OPENPYXL = "openpyxl"

RawRow = tuple[CellValue, ...]
MergedRange = tuple[int, int, int, int]
_SHARE_LIMIT = 40
"""Texts up to this length are shared between cells (see :func:`_clean`)."""
_SHARED_TEXTS = 4_096
"""At most this many distinct texts are remembered for sharing (then forgotten, and again)."""
"""(first row, first column, last row, last column): rows 1-based, columns 0-based."""


def default_engine() -> str:
    """calamine when installed, else openpyxl; ``DUTYMATRIX_EXCEL_ENGINE`` overrides."""
    wanted = os.environ.get(ENGINE_ENV, "")
    if wanted in (CALAMINE, OPENPYXL):
        return wanted
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return OPENPYXL
    return CALAMINE


@dataclass(frozen=True)
class SheetInfo:
    """A sheet as the wizard offers it."""

    name: str
    visible: bool
    rows: int


class SheetSource(Protocol):
    """What the table finder needs from an engine."""

    def sheets(self) -> list[SheetInfo]:
        """Every sheet, in workbook order."""
        ...

    def merged_ranges(self, sheet: str) -> list[MergedRange]:
        """The merged ranges of ``sheet``."""
        ...

    def rows(self, sheet: str) -> Iterator[tuple[int, RawRow]]:
        """(Excel row number, cleaned cells) from row 1 down, blank rows included."""
        ...

    def close(self) -> None:
        """Release the file."""
        ...


def _clean(value: Any, shared: dict[str, str] | None = None) -> CellValue:
    """One cell as the validators want it: '' → None, 12.0 → 12, text trimmed.

    Registers repeat the same short texts (parents, categories, 是/否) on every row: one
    copy in ``shared`` serves them all and keeps a 50,000-row sheet small. The dictionary is
    the sheet's own and bounded (unlike ``sys.intern``, whose table keeps every unique name
    and code of every file read for the life of the process).
    """
    if value is None:
        return None
    if isinstance(value, str):
        if not value or is_formula_error(value):
            return None
        text = clean_text(value)
        if not text:
            return None
        if shared is None or len(text) > _SHARE_LIMIT:
            return text
        found = shared.get(text)
        if found is None:
            if len(shared) >= _SHARED_TEXTS:
                shared.clear()  # the texts that really repeat come straight back
            shared[text] = found = text
        return found
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    if isinstance(value, timedelta):
        return str(value)
    return value  # type: ignore[no-any-return]


def _damaged(path: Path, error: Exception) -> ExcelError:
    detail = str(error).splitlines()[0] if str(error) else type(error).__name__
    return ExcelError(ErrorCode.EXCEL_DAMAGED, path=str(path), detail=detail[:200])


class CalamineSource:
    """Sheets read with python-calamine."""

    def __init__(self, path: Path) -> None:
        """Open ``path`` (already checked by excel_safety)."""
        from python_calamine import CalamineWorkbook

        self.path = path
        try:
            self._book = CalamineWorkbook.from_path(str(path))
        except Exception as error:  # calamine raises its own error types for bad files
            raise _damaged(path, error) from error
        self._loaded: dict[str, Any] = {}

    def _sheet(self, name: str) -> Any:
        if name not in self._loaded:
            try:
                self._loaded[name] = self._book.get_sheet_by_name(name)
            except Exception as error:  # a damaged sheet part
                raise _damaged(self.path, error) from error
        return self._loaded[name]

    def sheets(self) -> list[SheetInfo]:
        """Every worksheet (chart sheets left out), with its used height."""
        found: list[SheetInfo] = []
        for meta in self._book.sheets_metadata:
            if "WorkSheet" not in str(meta.typ):
                continue
            sheet = self._sheet(meta.name)
            start = sheet.start
            rows = 0 if start is None else start[0] + sheet.height
            found.append(SheetInfo(meta.name, str(meta.visible).endswith("Visible"), rows))
        return found

    def merged_ranges(self, sheet: str) -> list[MergedRange]:
        """Merged ranges as calamine reports them (0-based), turned into ours."""
        ranges = self._sheet(sheet).merged_cell_ranges or []
        return [(r1 + 1, c1, r2 + 1, c2) for (r1, c1), (r2, c2) in ranges]

    def rows(self, sheet: str) -> Iterator[tuple[int, RawRow]]:
        """Rows from 1 down. calamine's rows start at row 1 but its columns at the first used
        one, so the cells left of it are put back (tests/documents: table_not_in_the_corner)."""
        data = self._sheet(sheet)
        start = data.start
        if start is None:
            return
        lead: RawRow = (None,) * start[1]
        clean = _clean
        shared: dict[str, str] = {}
        for number, values in enumerate(data.iter_rows(), start=1):
            yield number, lead + tuple(clean(value, shared) for value in values)

    def close(self) -> None:
        """Forget the loaded sheets and close the workbook."""
        self._loaded.clear()
        self._book.close()


_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([A-Z]+\d+)(?::([A-Z]+\d+))?\"")


def scan_merged_ranges(archive: zipfile.ZipFile, member: str) -> list[MergedRange]:
    """The ``<mergeCell ref=…>`` elements of a sheet part, read in 1 MB chunks.

    A cell's text cannot contain a raw "<", so the pattern never matches inside data.
    """
    from openpyxl.utils.cell import range_boundaries  # type: ignore[import-untyped]

    found: list[MergedRange] = []
    buffer = b""
    with archive.open(member) as stream:
        while True:
            chunk = stream.read(1024 * 1024)
            buffer += chunk
            cut = len(buffer) if not chunk else buffer.rfind(b"<")
            for match in _MERGE_REF.finditer(buffer, 0, max(cut, 0)):
                first = match.group(1).decode()
                last = (match.group(2) or match.group(1)).decode()
                min_col, min_row, max_col, max_row = range_boundaries(f"{first}:{last}")
                if None not in (min_col, min_row, max_col, max_row):
                    found.append(
                        (min_row or 0, (min_col or 1) - 1, max_row or 0, (max_col or 1) - 1)
                    )
            if not chunk:
                return found
            buffer = buffer[max(cut, 0) :]


class OpenpyxlSource:
    """Sheets read with openpyxl in ``read_only`` mode (values of formulas: cached ones)."""

    def __init__(self, path: Path) -> None:
        """Open ``path`` (already checked by excel_safety) after checking the XML defences."""
        import openpyxl  # type: ignore[import-untyped]

        ensure_xml_defences()
        self.path = path
        try:
            self._book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as error:  # openpyxl raises many kinds for malformed parts
            raise _damaged(path, error) from error

    def sheets(self) -> list[SheetInfo]:
        """Every worksheet with the height its dimension claims."""
        return [
            SheetInfo(ws.title, ws.sheet_state == "visible", ws.max_row or 0)
            for ws in self._book.worksheets
        ]

    def merged_ranges(self, sheet: str) -> list[MergedRange]:
        """Scanned from the sheet's XML part (read-only worksheets do not keep them)."""
        worksheet = self._book[sheet]
        member = getattr(worksheet, "_worksheet_path", None)
        if not member:
            return []
        try:
            with zipfile.ZipFile(self.path) as archive:
                return scan_merged_ranges(archive, member)
        except (KeyError, zipfile.BadZipFile) as error:
            raise _damaged(self.path, error) from error

    def rows(self, sheet: str) -> Iterator[tuple[int, RawRow]]:
        """Rows from 1 down; the sheet's stated dimension is ignored (WPS writes wrong ones)."""
        worksheet = self._book[sheet]
        worksheet.reset_dimensions()
        clean = _clean
        shared: dict[str, str] = {}
        try:
            for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
                yield number, tuple(clean(value, shared) for value in values)
        except ExcelError:
            raise
        except Exception as error:  # a malformed sheet part shows up only while streaming
            raise _damaged(self.path, error) from error

    def close(self) -> None:
        """Close the workbook's file handle."""
        self._book.close()


STREAM_ABOVE_BYTES = 16 * 1024 * 1024
"""A worksheet part bigger than this (uncompressed) is streamed with openpyxl even when
calamine is installed: calamine holds the whole sheet in memory (about 1.1 KB a row of 12
columns), openpyxl's read-only mode a row at a time. 16 MB is about 20,000 such rows as
openpyxl writes them (inline strings) or 45,000 as Excel writes them (shared strings):
below it calamine's speed wins (10,000 rows in well under 3 s), above it memory stays flat."""


def largest_sheet_bytes(path: Path) -> int:
    """The uncompressed size of the workbook's biggest worksheet part (0 if unreadable;
    the source that opens it reports the damage)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return max(
                (
                    info.file_size
                    for info in archive.infolist()
                    if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
                ),
                default=0,
            )
    except (OSError, zipfile.BadZipFile):
        return 0


def open_source(path: Path, engine: str | None = None) -> SheetSource:
    """The workbook through ``engine`` (default: :func:`default_engine`, except that a sheet
    past ``STREAM_ABOVE_BYTES`` is streamed with openpyxl unless an engine was asked for)."""
    chosen = engine or default_engine()
    asked = engine is not None or os.environ.get(ENGINE_ENV, "") == CALAMINE
    if chosen == CALAMINE and not asked and largest_sheet_bytes(path) > STREAM_ABOVE_BYTES:
        chosen = OPENPYXL
    if chosen == CALAMINE:
        return CalamineSource(path)
    return OpenpyxlSource(path)
