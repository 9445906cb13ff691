"""Find the table in a clerk's sheet and read its rows, accepting the mess they really have.

The header may sit below a merged title and a 填报单位/日期 line; headers use many Chinese
names for one thing; a category merged down a block of rows applies to each row; there are
blank rows, pre-numbered empty rows, group headings ("一、行业监管部门"), the template's
example row and a footer (注：… / 填表人：…). What comes out is a :class:`TableData` of
clean cells with their Excel row numbers; the validators decide what the values mean.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop_app.documents.excel_safety import (
    ExcelError,
    Limits,
    check_workbook_file,
    ensure_xml_defences,
)
from desktop_app.documents.excel_sources import (
    MergedRange,
    RawRow,
    SheetInfo,
    SheetSource,
    open_source,
)
from desktop_app.documents.row_spool import SpooledRows
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_schema import (
    ColumnSpec,
    SourceRow,
    TableData,
    match_headers,
)
from desktop_app.domain.import_vocabulary import CellValue, cell_text

HEADER_SCAN_ROWS = 30
"""How far down the header row is looked for."""
PROGRESS_EVERY = 500
"""How many sheet rows pass between two calls of a reader's ``progress``."""
RowProgress = Callable[[int, int], None]
"""Called with (rows read, rows in the sheet); it may raise to stop the reading."""
EXAMPLE_MARKERS = frozenset({"示例", "例", "样例", "举例", "example"})
"""What the 序号 cell of a template's example row says; such a row is never imported."""

_FOOTER = re.compile(
    r"^(注|备注|说明|附注|填表说明|填表人|填报人|制表人|制表|审核人|审核|联系人|联系电话|"
    r"单位负责人|负责人|分管领导|填表日期|填报日期|制表日期|报送日期)\s*[:：]"
    r"|^(注\s*\d|注[一二三四五六七八九十])|^(合计|总计|小计)$"
)
_HEADING = re.compile(r"^([一二三四五六七八九十百]+[、.．]|[(（][一二三四五六七八九十]+[)）])")
_PREAMBLE = re.compile(
    r"(填报单位|填表单位|报送单位|单位名称|单位|填报日期|填表日期|日期)\s*[:：]\s*"
    r"(.*?)(?=\s{2,}|填报日期|填表日期|日期\s*[:：]|[（(]\s*(?:盖章|公章)\s*[)）]|$)"
)
_PREAMBLE_KEYS = {"填报日期": "date", "填表日期": "date", "日期": "date"}


@dataclass(frozen=True)
class HeaderGuess:
    """Where the header was found and what each column means."""

    row: int
    headers: tuple[str, ...]
    mapping: dict[str, int]


def list_sheets(
    path: Path, *, engine: str | None = None, limits: Limits | None = None
) -> list[SheetInfo]:
    """The workbook's sheets (hidden ones flagged), after the safety checks."""
    ensure_xml_defences()
    check_workbook_file(path, limits)
    source = open_source(path, engine)
    try:
        return source.sheets()
    finally:
        source.close()


def preview_rows(
    path: Path, sheet: str, count: int = HEADER_SCAN_ROWS, *, engine: str | None = None
) -> list[tuple[int, tuple[str, ...]]]:
    """The first ``count`` rows as text (merged cells filled in), for the mapping dialog."""
    ensure_xml_defences()
    check_workbook_file(path)
    source = open_source(path, engine)
    try:
        _require_sheet(path, source, sheet)
        rows = _filled_rows(source.rows(sheet), source.merged_ranges(sheet))
        found: list[tuple[int, tuple[str, ...]]] = []
        for number, filled, _raw in rows:
            found.append((number, tuple(cell_text(value) for value in filled)))
            if len(found) >= count:
                break
        return found
    finally:
        source.close()


def _require_sheet(path: Path, source: SheetSource, sheet: str) -> None:
    names = [info.name for info in source.sheets()]
    if sheet not in names:
        raise ExcelError(
            ErrorCode.EXCEL_SHEET_NOT_FOUND, path=str(path), sheet=sheet, sheets="、".join(names)
        )


def _filled_rows(
    rows: Iterable[tuple[int, RawRow]], merged: Sequence[MergedRange]
) -> Iterator[tuple[int, RawRow, RawRow]]:
    """(row number, cells with merged values filled in, cells as stored)."""
    starting: dict[int, list[MergedRange]] = {}
    for merge in merged:
        if merge[0] != merge[2] or merge[1] != merge[3]:
            starting.setdefault(merge[0], []).append(merge)
    active: list[tuple[MergedRange, CellValue]] = []
    for number, raw in rows:
        if active:
            active = [item for item in active if item[0][2] >= number]
        new = starting.get(number)
        if new:
            for merge in new:
                top_left = raw[merge[1]] if merge[1] < len(raw) else None
                active.append((merge, top_left))
        if not active:
            yield number, raw, raw
            continue
        width = max(len(raw), max(merge[3] for merge, _ in active) + 1)
        cells = list(raw) + [None] * (width - len(raw))
        for merge, value in active:
            if value is None:
                continue
            for column in range(merge[1], merge[3] + 1):
                if cells[column] is None:
                    cells[column] = value
        yield number, tuple(cells), raw


def detect_header(
    rows: Sequence[tuple[int, RawRow]], columns: Sequence[ColumnSpec]
) -> HeaderGuess | None:
    """The row among ``rows`` whose cells name the most known columns.

    Two matches are needed, or one if it is a required column (a one-column list of names).
    """
    required = {spec.key for spec in columns if spec.required}
    best: HeaderGuess | None = None
    for number, values in rows:
        texts = tuple(cell_text(value) for value in values)
        mapping = match_headers(texts, columns)
        enough = len(mapping) >= 2 or (len(mapping) == 1 and set(mapping) <= required)
        if enough and (best is None or len(mapping) > len(best.mapping)):
            best = HeaderGuess(number, texts, mapping)
    return best


def _preamble(rows: Iterable[tuple[int, RawRow]]) -> dict[str, str]:
    """填报单位 and 填报日期 from the lines above the header."""
    found: dict[str, str] = {}
    for _number, values in rows:
        for value in values:
            if not isinstance(value, str):
                continue
            for match in _PREAMBLE.finditer(value):
                key = _PREAMBLE_KEYS.get(match.group(1), "unit")
                text = match.group(2).strip(" ：:")
                if text and key not in found:
                    found[key] = text
    return found


def _classify(
    raw: RawRow, filled: RawRow, seq_index: int | None, width: int, merged_wide: bool
) -> str | None:
    """'blank', 'example', 'footer', 'heading' for rows that are not data; else None."""
    present = [(i, v) for i, v in enumerate(raw[:width]) if v is not None]
    if not present:
        return "blank"  # also a row only a merged block reaches into
    first = cell_text(present[0][1]) if present else ""
    if present and len(present) <= 3 and _FOOTER.match(first):
        return "footer"
    if len(present) == 1 and (merged_wide or _HEADING.match(first)):
        return "heading"
    if seq_index is not None:
        seq = filled[seq_index] if seq_index < len(filled) else None
        if isinstance(seq, str) and seq.casefold() in EXAMPLE_MARKERS:
            return "example"
        if len(present) == 1 and present[0][0] == seq_index:
            return "blank"  # a pre-numbered empty row
    return None


def read_table(
    path: Path,
    columns: Sequence[ColumnSpec],
    *,
    sheet: str | None = None,
    header_row: int | None = None,
    mapping: Mapping[str, int] | None = None,
    engine: str | None = None,
    limits: Limits | None = None,
    progress: RowProgress | None = None,
) -> TableData:
    """Read the table of ``sheet`` (or of the sheet that best fits ``columns``).

    Without ``header_row``/``mapping`` the header is found by its names; with them, the
    clerk's own choice from the mapping dialog is used as it is. ``progress`` hears
    (rows read, sheet height) at the start, every :data:`PROGRESS_EVERY` rows and at the end.
    """
    ensure_xml_defences()
    check_workbook_file(path, limits)
    source = open_source(path, engine)
    try:
        chosen = _choose_sheet(path, source, columns, sheet)
        total = next((info.rows for info in source.sheets() if info.name == chosen), 0)
        if progress is not None:
            progress(0, total)
        table = _read(path, source, chosen, columns, header_row, mapping, progress, total)
        if progress is not None:
            final = max(total, table.rows[-1].number if table.rows else 0)
            progress(final, final)
        return table
    finally:
        source.close()


def _choose_sheet(
    path: Path, source: SheetSource, columns: Sequence[ColumnSpec], sheet: str | None
) -> str:
    if sheet is not None:
        _require_sheet(path, source, sheet)
        return sheet
    infos = source.sheets()
    visible = [info.name for info in infos if info.visible] or [info.name for info in infos]
    if len(visible) == 1:
        return visible[0]
    best_name, best_score = visible[0] if visible else "", -1
    for name in visible:
        head = [row for row in _head(source, name)]
        guess = detect_header(head, columns)
        score = len(guess.mapping) if guess else 0
        if score > best_score:
            best_name, best_score = name, score
    return best_name


def _head(source: SheetSource, sheet: str) -> list[tuple[int, RawRow]]:
    head: list[tuple[int, RawRow]] = []
    for number, filled, _raw in _filled_rows(source.rows(sheet), source.merged_ranges(sheet)):
        head.append((number, filled))
        if len(head) >= HEADER_SCAN_ROWS:
            break
    return head


def _read(
    path: Path,
    source: SheetSource,
    sheet: str,
    columns: Sequence[ColumnSpec],
    header_row: int | None,
    mapping: Mapping[str, int] | None,
    progress: RowProgress | None = None,
    total: int = 0,
) -> TableData:
    merged = source.merged_ranges(sheet)
    rows = _filled_rows(source.rows(sheet), merged)
    above: list[tuple[int, RawRow]] = []
    guess: HeaderGuess | None = None
    if header_row is not None:
        for number, filled, _raw in rows:
            if number == header_row:
                texts = tuple(cell_text(value) for value in filled)
                if mapping is None:
                    _require_header_like(path, sheet, number, texts, columns)
                guess = HeaderGuess(number, texts, dict(mapping or match_headers(texts, columns)))
                break
            above.append((number, filled))
    else:
        for number, filled, _raw in rows:
            above.append((number, filled))
            if len(above) >= HEADER_SCAN_ROWS:
                break
        guess = detect_header(above, columns)
        if guess is not None:
            if mapping is not None:
                guess = HeaderGuess(guess.row, guess.headers, dict(mapping))
            pending = [(n, v) for n, v in above if n > guess.row]
            above = [(n, v) for n, v in above if n < guess.row]
            rows = _chain_pending(pending, rows, merged)
    if guess is None:
        expected = "、".join(spec.label for spec in columns if spec.key != "seq")
        raise ExcelError(
            ErrorCode.EXCEL_NO_HEADER,
            path=str(path),
            sheet=sheet,
            scanned=HEADER_SCAN_ROWS,
            expected=expected[:60],
        )
    for spec in columns:
        if spec.required and spec.key not in guess.mapping:
            raise ExcelError(
                ErrorCode.EXCEL_MISSING_COLUMN, path=str(path), sheet=sheet, column=spec.label
            )
    table = TableData(
        file=str(path),
        sheet=sheet,
        header_row=guess.row,
        headers=guess.headers,
        mapping=guess.mapping,
        rows=[],
        preamble=_preamble(above),
    )
    table.rows = _collect_rows(table, rows, merged, progress, total)
    return table


def _require_header_like(
    path: Path, sheet: str, row: int, texts: Sequence[str], columns: Sequence[ColumnSpec]
) -> None:
    """Refuse a header row the clerk named that reads like data ("3 | 青溪县数据资源局 | …").

    A data row may hold one word that is also a column name (部门 is a name for 单位名称),
    so one recognised cell among several others is not a header: importing by it would
    make units of every row's values.
    """
    known = match_headers(texts, columns)
    others = [text for index, text in enumerate(texts) if text and index not in known.values()]
    if len(known) >= 2 or not others:
        return
    labels = {spec.key: spec.label for spec in columns}
    found = "、".join(f"“{texts[i]}”（{labels[key]}）" for key, i in known.items()) or "—"
    raise ExcelError(
        ErrorCode.EXCEL_NOT_A_HEADER_ROW,
        path=str(path),
        sheet=sheet,
        row=row,
        found=found,
        others="、".join(others[:4]) + ("…" if len(others) > 4 else ""),
    )


def _chain_pending(
    pending: list[tuple[int, RawRow]],
    rest: Iterator[tuple[int, RawRow, RawRow]],
    merged: Sequence[MergedRange],
) -> Iterator[tuple[int, RawRow, RawRow]]:
    """The rows already read while looking for the header, then the rest of the stream.

    The raw cells of those rows are rebuilt by blanking what merges filled in.
    """
    covered: dict[int, set[int]] = {}
    for r1, c1, r2, c2 in merged:
        for number in range(r1, r2 + 1):
            for column in range(c1, c2 + 1):
                if (number, column) != (r1, c1):
                    covered.setdefault(number, set()).add(column)
    for number, filled in pending:
        blanks = covered.get(number, set())
        raw = tuple(None if i in blanks else v for i, v in enumerate(filled))
        yield number, filled, raw
    yield from rest


def _collect_rows(
    table: TableData,
    rows: Iterable[tuple[int, RawRow, RawRow]],
    merged: Sequence[MergedRange],
    progress: RowProgress | None = None,
    total: int = 0,
) -> SpooledRows:
    """The data rows (the other kinds are counted in ``table.skipped``)."""
    data = SpooledRows()
    width = max(len(table.headers), max(table.mapping.values(), default=-1) + 1)
    seq_index = table.mapping.get("seq")
    wide_starts = {(r1, c1) for r1, c1, r2, c2 in merged if c2 - c1 >= 2}
    skipped: dict[str, int] = {}
    section: str | None = None
    for number, filled, raw in rows:
        if progress is not None and number % PROGRESS_EVERY == 0:
            progress(number, max(total, number))
        first = next((i for i, v in enumerate(raw[:width]) if v is not None), None)
        merged_wide = first is not None and (number, first) in wide_starts
        verdict = _classify(raw, filled, seq_index, width, merged_wide)
        if verdict is None:
            cells = filled[:width]
            if len(cells) < width:
                cells = cells + (None,) * (width - len(cells))
            data.append(SourceRow(number, cells, section))
            continue
        skipped[verdict] = skipped.get(verdict, 0) + 1
        if verdict == "heading" and first is not None:
            section = cell_text(raw[first])
    table.skipped = skipped
    return data
