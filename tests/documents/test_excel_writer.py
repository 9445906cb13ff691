"""Exports are formatted for printing and reading, never carry formulas, and are written
atomically."""

from __future__ import annotations

import os
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.documents import excel_writer
from desktop_app.documents.excel_reader import read_table
from desktop_app.documents.excel_safety import ExcelError
from desktop_app.documents.excel_templates import (
    FIXED_LISTS,
    template_lists,
    template_sheet,
    write_template,
)
from desktop_app.documents.excel_writer import Column, SheetSpec, display_width, write_workbook
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_schema import COLUMNS, UNIT_COLUMNS, ImportKind

DANGEROUS = [
    "=1+1",
    "+8613800000000",
    "-2",
    "@SUM(A1:A2)",
    "\t=cmd|' /C calc'!A0",
    '=HYPERLINK("x")',
]


def _units_sheet(names: list[str]) -> SheetSpec:
    columns = [
        Column("序号", 6.0, center=True),
        Column("单位名称"),
        Column("上级单位"),
        Column("备注", 30.0, wrap=True),
    ]
    rows = [[number, name, "示范县人民政府", None] for number, name in enumerate(names, start=1)]
    return SheetSpec(
        "单位名录", "单位名录", columns, rows, subtitle="导出时间：2026-01-05", freeze_columns=2
    )


def test_texts_that_look_like_formulas_are_written_as_text(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "x.xlsx", [_units_sheet(DANGEROUS)])
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    book = openpyxl.load_workbook(path)
    sheet = book["单位名录"]
    for offset, text in enumerate(DANGEROUS):
        cell = sheet.cell(4 + offset, 2)
        assert (cell.value, cell.data_type) == (text, "s")
        assert cell.quotePrefix  # Excel keeps it text even when the clerk edits the cell
    table = read_table(path, UNIT_COLUMNS)
    assert [row.get(table.mapping["name"]) for row in table.rows] == [
        text.strip() if text.startswith("\t") else text for text in DANGEROUS
    ]


def test_an_exported_sheet_is_laid_out_for_printing(tmp_path: Path) -> None:
    names = ["示范县财政局", "示范县经济开发区管理委员会安全生产监督管理科", "A"]
    path = write_workbook(tmp_path / "x.xlsx", [_units_sheet(names)])
    sheet = openpyxl.load_workbook(path)["单位名录"]
    assert sheet["A1"].value == "单位名录" and sheet["A1"].font.b
    assert "A1:D1" in {str(r) for r in sheet.merged_cells.ranges}
    assert sheet.freeze_panes == "C4"
    assert sheet.print_title_rows == "$1:$3"
    assert sheet.print_title_cols == "$A:$B"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert int(sheet.page_setup.paperSize) == 9
    assert sheet.auto_filter.ref == "A3:D6"
    header = sheet["B3"]
    assert header.value == "单位名称" and header.font.b and header.border.left.style == "thin"
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCD"}
    assert widths["B"] >= display_width(names[1]) and widths["A"] == 6.0
    assert widths["B"] > widths["C"]
    assert sheet["B5"].border.bottom.style == "thin"


def test_a_wide_sheet_prints_landscape_and_a_narrow_one_portrait(tmp_path: Path) -> None:
    narrow = _units_sheet(["甲"])
    wide = SheetSpec("宽", "宽表", [Column(f"列{i}", 12.0) for i in range(20)], [[1] * 20])
    path = write_workbook(tmp_path / "x.xlsx", [narrow, wide])
    book = openpyxl.load_workbook(path)
    assert book["单位名录"].page_setup.orientation == "portrait"
    assert book["宽"].page_setup.orientation == "landscape"


def test_a_failed_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "导出.xlsx"
    target.write_bytes(b"the clerk's previous export")

    def no_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(excel_writer.os, "replace", no_space)
    with pytest.raises(ExcelError) as caught:
        write_workbook(target, [_units_sheet(["甲"])])
    assert caught.value.code is ErrorCode.EXPORT_FAILED
    assert target.read_bytes() == b"the clerk's previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["导出.xlsx"]


def test_a_write_goes_through_a_temporary_beside_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    moves: list[tuple[str, str]] = []
    real_replace = os.replace

    def spy(source: str, target: str) -> None:
        moves.append((str(source), str(target)))
        real_replace(source, target)

    monkeypatch.setattr(excel_writer.os, "replace", spy)
    target = write_workbook(tmp_path / "x.xlsx", [_units_sheet(["甲"])])
    ((source, moved_to),) = moves
    assert Path(source).parent == tmp_path and source.endswith(".xlsx.part")
    assert moved_to == str(target)


@pytest.mark.parametrize("kind", list(ImportKind))
def test_a_template_has_header_example_dropdowns_and_a_frozen_header(
    tmp_path: Path, kind: ImportKind
) -> None:
    lists = template_lists(["道路交通", "危险化学品"])
    path = write_template(tmp_path / f"{kind.value}.xlsx", kind, COLUMNS[kind], lists)
    book = openpyxl.load_workbook(path)
    visible = [ws for ws in book.worksheets if ws.sheet_state == "visible"]
    assert len(visible) == 1 and book["选项"].sheet_state == "hidden"
    sheet = visible[0]
    spec = template_sheet(kind, COLUMNS[kind])
    assert [c.value for c in sheet[3]] == [column.header for column in spec.columns]
    assert sheet["A4"].value == "示例"
    assert sheet.freeze_panes == "A4"
    choice_columns = [s for s in COLUMNS[kind] if s.choices]
    assert choice_columns
    validations = sheet.data_validations.dataValidation
    assert len(validations) == len(choice_columns)
    for validation in validations:
        assert validation.type == "list" and validation.formula1.startswith("'选项'!$")
    # the list sheet holds the labels the import understands
    lists_sheet = book["选项"]
    names = [c.value for c in lists_sheet[1]]
    column = names.index("yes_no") + 1
    assert [lists_sheet.cell(r, column).value for r in (2, 3)] == list(FIXED_LISTS["yes_no"])
    # an untouched template reads as no rows at all: the example row is skipped
    table = read_table(path, COLUMNS[kind])
    assert table.rows == [] and table.skipped.get("example") == 1


def test_an_export_into_a_missing_folder_is_refused_before_any_row_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "temp"  # where openpyxl spools a write-only sheet's rows
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    target = tmp_path / "已删除的文件夹" / "x.xlsx"

    with pytest.raises(ExcelError) as caught:
        write_workbook(target, [_units_sheet(["示范县财政局"] * 3000)])

    assert caught.value.code is ErrorCode.EXPORT_FAILED and str(target) in str(caught.value.facts)
    assert list(scratch.iterdir()) == []  # no half-built sheet left behind
    assert not target.parent.exists()
