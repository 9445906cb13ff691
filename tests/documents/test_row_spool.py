"""The rows a reader hands over live in a temporary file past the first chunk, and read back
exactly as they went in — cell types, sections and row numbers — wherever they are asked for."""

from __future__ import annotations

import errno
import tempfile
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from desktop_app.documents import row_spool
from desktop_app.documents.excel_reader import read_table
from desktop_app.documents.excel_safety import ExcelError
from desktop_app.documents.row_spool import SpooledRows
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_schema import UNIT_COLUMNS, SourceRow


def sample_rows(count: int) -> list[SourceRow]:
    """Rows with every kind of cell a reader hands over."""
    kinds: list[Any] = ["青溪镇", 12, 3.5, True, datetime(2026, 3, 1, 8, 30), date(2026, 1, 2),
                        time(9, 15), None, "=1+1"]  # fmt: skip
    return [
        SourceRow(
            n + 3, (f"第{n}号企业", kinds[n % len(kinds)], None), "一、乡镇" if n % 2 else None
        )
        for n in range(count)
    ]


def test_rows_past_a_chunk_go_to_disk_and_come_back_identical() -> None:
    rows = sample_rows(10)
    spool = SpooledRows(chunk_rows=3)
    for row in rows:
        spool.append(row)
    assert spool.spilled and len(spool) == 10
    assert list(spool) == rows and spool == rows
    assert list(spool) == rows  # a second walk reads the file again
    assert [spool[i] for i in range(10)] == rows
    assert spool[-1] == rows[-1] and spool[4] == rows[4] and spool[2:8] == rows[2:8]
    with pytest.raises(IndexError):
        spool[10]
    assert spool != rows[:9]


def test_a_small_table_never_touches_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_file(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a temporary file was opened")

    monkeypatch.setattr(tempfile, "TemporaryFile", no_file)
    spool = SpooledRows(chunk_rows=5)
    for row in sample_rows(4):
        spool.append(row)
    assert not spool.spilled and list(spool) == sample_rows(4)


def test_two_walks_at_once_each_see_every_row() -> None:
    rows = sample_rows(9)
    spool = SpooledRows(chunk_rows=2)
    for row in rows:
        spool.append(row)
    pairs = list(zip(spool, spool, strict=True))  # interleaved reads of the one file
    assert [a for a, _ in pairs] == rows and [b for _, b in pairs] == rows


def test_a_full_disk_while_spooling_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    class FullDisk:
        def seek(self, *_args: Any) -> int:
            return 0

        def tell(self) -> int:
            return 0

        def write(self, _data: bytes) -> int:
            raise OSError(errno.ENOSPC, "No space left on device")

        def close(self) -> None:
            pass

    monkeypatch.setattr(tempfile, "TemporaryFile", lambda **_kwargs: FullDisk())
    spool = SpooledRows(chunk_rows=2)
    spool.append(sample_rows(1)[0])
    with pytest.raises(ExcelError) as raised:
        spool.append(sample_rows(2)[1])
    assert raised.value.code is ErrorCode.DISK_FULL


def test_close_deletes_the_rows() -> None:
    spool = SpooledRows(chunk_rows=2)
    for row in sample_rows(5):
        spool.append(row)
    spool.close()
    assert len(spool) == 0 and list(spool) == []


def register(path: Path, rows: int) -> Path:
    """A register with a title, merged category blocks, group headings and a footer."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["示范县单位名录"])
    sheet.merge_cells("A1:D1")
    sheet.append(["序号", "单位名称", "上级单位", "单位类别"])
    for number in range(1, rows + 1):
        if number % 7 == 1:
            sheet.append([f"{'一二三四五六七八九十'[number // 7 % 10]}、第{number}组"])
        sheet.append(
            [number, f"第{number}号企业", "示范县人民政府", "综合类" if number % 7 == 2 else None]
        )
        if number % 7 == 2:
            sheet.merge_cells(f"D{sheet.max_row}:D{sheet.max_row + 3}")
    sheet.append(["注：以上单位均已核实"])
    book.save(path)
    return path


def test_a_spooled_table_reads_the_same_as_one_held_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = register(tmp_path / "名录.xlsx", 40)
    held = read_table(path, UNIT_COLUMNS)
    assert isinstance(held.rows, SpooledRows) and not held.rows.spilled
    monkeypatch.setattr(row_spool, "CHUNK_ROWS", 4)
    spooled = read_table(path, UNIT_COLUMNS)
    assert isinstance(spooled.rows, SpooledRows) and spooled.rows.spilled
    assert len(spooled.rows) == 40
    assert list(spooled.rows) == list(held.rows)
    assert spooled.skipped == held.skipped and spooled.skipped.get("footer") == 1
    categories = [row.get(spooled.mapping["category"]) for row in spooled.rows]
    assert categories[1:5] == ["综合类"] * 4  # the merged block, across chunk ends
