"""A big sheet is streamed (openpyxl read-only) even when calamine is installed: memory
stays flat on a 50,000-row register; a usual one is read with calamine, for speed."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.documents import excel_sources
from desktop_app.documents.excel_reader import read_table
from desktop_app.documents.excel_sources import (
    CALAMINE,
    ENGINE_ENV,
    CalamineSource,
    OpenpyxlSource,
    largest_sheet_bytes,
    open_source,
)
from desktop_app.domain.import_schema import UNIT_COLUMNS

pytest.importorskip("python_calamine")


def _register(path: Path, rows: int) -> Path:
    book = Workbook()
    small = book.active
    assert small is not None
    small.title = "说明"
    small.append(["填表说明"])
    sheet = book.create_sheet("名单")
    sheet.append(["单位名称", "上级单位"])
    for number in range(rows):
        sheet.append([f"示范县第{number}号企业有限公司", "城关镇"])
    book.save(path)
    return path


def _opened(path: Path, engine: str | None = None) -> type:
    source = open_source(path, engine)
    try:
        return type(source)
    finally:
        source.close()


def test_the_biggest_sheet_decides_between_speed_and_flat_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    path = _register(tmp_path / "名单.xlsx", 300)
    size = largest_sheet_bytes(path)
    assert size > 300 * len("示范县第0号企业有限公司")  # the 名单 sheet, not 说明

    assert _opened(path) is CalamineSource  # a usual register: calamine
    monkeypatch.setattr(excel_sources, "STREAM_ABOVE_BYTES", size - 1)
    assert _opened(path) is OpenpyxlSource  # past the limit: streamed
    assert _opened(path, CALAMINE) is CalamineSource  # an engine asked for is kept
    monkeypatch.setenv(ENGINE_ENV, CALAMINE)
    assert _opened(path) is CalamineSource


def test_a_streamed_big_sheet_reads_the_same_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENGINE_ENV, raising=False)
    path = _register(tmp_path / "名单.xlsx", 300)
    fast = read_table(path, UNIT_COLUMNS, sheet="名单")
    monkeypatch.setattr(excel_sources, "STREAM_ABOVE_BYTES", 0)
    streamed = read_table(path, UNIT_COLUMNS, sheet="名单")
    assert list(streamed.rows) == list(fast.rows) and len(fast.rows) == 300


def test_a_file_that_is_not_a_zip_has_no_sheet_size(tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_text("单位名称\n", encoding="utf-8")
    assert largest_sheet_bytes(path) == 0
