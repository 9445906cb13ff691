"""The one matrix workbook writer: every role cell lands where it belongs with its colour,
texts never become formulas, the sheet is laid out for printing, and files are replaced
whole or not at all."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop_app.documents.matrix_pdf import matrix_pdf_bytes
from desktop_app.documents.matrix_workbook import (
    FIRST_DATA_ROW,
    ROLE_FILLS,
    DetailColumn,
    MatrixSheet,
    write_matrix_workbook,
)
from desktop_app.domain.enums import FieldRole
from desktop_app.domain.errors import DutyMatrixError, ErrorCode

LABELS = {
    FieldRole.LEAD: "牵头",
    FieldRole.SUPPORT: "配合",
    FieldRole.MAIN: "主体",
    FieldRole.TERRITORIAL: "属地",
}
DANGEROUS = ["=1+1", "+8613800000000", "-2", "@SUM(A1:A2)", "\t=cmd|' /C calc'!A0"]


def _sheet(
    rows: list[str],
    cells: list[list[FieldRole | None]],
    columns: list[str] | None = None,
    **extra: object,
) -> MatrixSheet:
    width = len(cells[0]) if cells else 0
    return MatrixSheet(
        title="2026年度安全生产责任矩阵",
        corner="单位名称",
        columns=columns or [f"行业领域{n}" for n in range(1, width + 1)],
        rows=rows,
        cells=cells,
        role_labels=LABELS,
        sheet_name="责任矩阵",
        **extra,  # type: ignore[arg-type]
    )


def _hex(role: FieldRole) -> str:
    return "00" + ROLE_FILLS[role].lstrip("#").upper()


def test_every_role_cell_reads_back_in_its_place_with_its_colour(tmp_path: Path) -> None:
    chance = random.Random(7)
    roles = [*FieldRole, None, None, None]
    cells = [[chance.choice(roles) for _ in range(12)] for _ in range(40)]
    cells[0] = [FieldRole.LEAD] * 12  # the same role many times in one row
    rows = [f"示范县第{n}号单位" for n in range(1, 41)]
    path = tmp_path / "矩阵.xlsx"

    write_matrix_workbook(path, _sheet(rows, cells))

    sheet = openpyxl.load_workbook(path)["责任矩阵"]
    for offset, (name, expected) in enumerate(zip(rows, cells, strict=True)):
        row = [c for c in sheet[FIRST_DATA_ROW + offset]][: 1 + len(expected)]
        assert row[0].value == name
        for cell, role in zip(row[1:], expected, strict=True):
            if role is None:
                assert cell.value is None
            else:
                assert cell.value == LABELS[role]
                assert cell.fill.fgColor.rgb == _hex(role)
                assert cell.font.b == (role is FieldRole.LEAD)
                assert cell.alignment.horizontal == "center"


def test_texts_that_look_like_formulas_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    sheet_spec = _sheet(
        DANGEROUS,
        [[FieldRole.MAIN] for _ in DANGEROUS],
        columns=["=A1"],
        number_header="序号",
        details=[DetailColumn("上级单位", DANGEROUS[::-1])],
    )

    write_matrix_workbook(path, sheet_spec)

    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in xml and "<f " not in xml
    sheet = openpyxl.load_workbook(path)["责任矩阵"]
    assert sheet.cell(3, 4).value == "=A1" and sheet.cell(3, 4).data_type == "s"
    for offset, text in enumerate(DANGEROUS):
        row = FIRST_DATA_ROW + offset
        number, name, parent = (sheet.cell(row, column) for column in (1, 2, 3))
        assert number.value == offset + 1 and number.data_type == "n"
        assert (name.value, name.data_type, name.quotePrefix) == (text, "s", True)
        assert (parent.value, parent.data_type) == (DANGEROUS[-1 - offset], "s")
        assert sheet.cell(row, 4).value == "主体" and not sheet.cell(row, 4).quotePrefix


def test_the_sheet_is_laid_out_for_reading_and_printing(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    names = ["青溪县应急管理局", "青溪县经济开发区管理委员会安全生产监督管理局"]
    sheet_spec = _sheet(
        names,
        [[FieldRole.LEAD, None, FieldRole.TERRITORIAL], [None, FieldRole.SUPPORT, None]],
        columns=["危险化学品", "道路交通运输安全", "消防"],
        column_notes=["牵头 1 · 配合 0", "", "牵头 0 · 配合 0"],
        number_header="序号",
        details=[DetailColumn("单位编码", ["YJJ", None])],
        legend=["牵头：牵头监管部门", "配合：配合部门"],
        page_label="第 {page} 页",
    )

    write_matrix_workbook(path, sheet_spec)

    sheet = openpyxl.load_workbook(path)["责任矩阵"]
    assert sheet["A1"].value == "2026年度安全生产责任矩阵" and "A1:F1" in sheet.merged_cells
    assert sheet["C2"].value == "图例："
    legend = {sheet.cell(2, c).value: sheet.cell(2, c).fill.fgColor.rgb for c in range(4, 8)}
    assert legend == {LABELS[role]: _hex(role) for role in FieldRole}
    header = [c.value for c in sheet[3]][:6]  # the legend row reaches further
    assert header == ["序号", "单位名称", "单位编码", "危险化学品\n牵头 1 · 配合 0",
                      "道路交通运输安全", "消防\n牵头 0 · 配合 0"]  # fmt: skip
    assert sheet["D3"].alignment.wrap_text and sheet.row_dimensions[3].height > 30
    assert sheet.column_dimensions["B"].width >= 2 * len(names[1])  # Chinese: two units each
    assert sheet.freeze_panes == "C4" and sheet.auto_filter.ref == "A3:F5"
    assert (sheet.print_title_rows, sheet.print_title_cols) == ("$1:$3", "$A:$B")
    setup = sheet.page_setup
    assert (setup.orientation, setup.paperSize, setup.fitToWidth, setup.fitToHeight) == (
        "landscape", 9, 1, 0)  # fmt: skip
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_options.gridLines
    assert sheet.oddFooter.center.text == "第 &P 页"
    assert [sheet.cell(row, 1).value for row in (7, 8)] == sheet_spec.legend


def test_an_empty_matrix_is_a_well_formed_sheet(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    write_matrix_workbook(path, _sheet([], []))
    sheet = openpyxl.load_workbook(path)["责任矩阵"]
    assert sheet["A3"].value == "单位名称" and sheet.max_row == 3


def test_a_failed_export_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "m.xlsx"
    path.write_bytes(b"the clerk's old export")
    with pytest.raises(ValueError):  # rows without their cells: refused before any writing
        write_matrix_workbook(path, _sheet(["a", "b"], [[FieldRole.LEAD]]))
    assert path.read_bytes() == b"the clerk's old export"
    missing = tmp_path / "gone" / "m.xlsx"
    with pytest.raises(DutyMatrixError) as failed:
        write_matrix_workbook(missing, _sheet(["a"], [[FieldRole.LEAD]]))
    assert failed.value.code is ErrorCode.EXPORT_FAILED and failed.value.facts["path"] == str(
        missing
    )
    assert [p.name for p in tmp_path.iterdir()] == ["m.xlsx"]


def test_the_pdf_reads_the_same_description_without_column_notes() -> None:
    data = matrix_pdf_bytes(_sheet(["青溪县应急管理局"], [[FieldRole.LEAD, None]]))
    assert data.startswith(b"%PDF")
