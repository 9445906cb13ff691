"""A corpus of messy and bad workbooks, as clerks really send them, built by the tests.

Each case writes one workbook and says what must come out of it: either rows read with
given values (and no errors), or one problem at a given sheet/row/column with a given code,
or a refusal of the whole file. The snapshot below is the small county the cases refer to.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.domain.enums import UnitCategory, UnitKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_refs import ExistingField, ExistingPerson, ExistingUnit, Snapshot
from desktop_app.domain.import_schema import ImportKind

SHEET = "Sheet1"


def county() -> Snapshot:
    """示范县: a government, two departments, a township with an enterprise and 安全办s."""
    units = [
        ExistingUnit(1, "SF", "示范县人民政府", None, UnitKind.GOVERNMENT),
        ExistingUnit(
            2, "SF-01", "示范县应急管理局", 1, UnitKind.DEPARTMENT, UnitCategory.COMPREHENSIVE, True
        ),
        ExistingUnit(
            3, "SF-02", "示范县交通运输局", 1, UnitKind.DEPARTMENT, UnitCategory.INDUSTRY, True
        ),
        ExistingUnit(4, "SF-Z1", "城关镇", 1, UnitKind.TOWNSHIP, None, True),
        ExistingUnit(5, None, "城关食品加工厂", 4, UnitKind.ENTERPRISE),
        ExistingUnit(6, None, "安全办", 2, UnitKind.OTHER),
        ExistingUnit(7, None, "安全办", 4, UnitKind.OTHER),
    ]
    people = [ExistingPerson(1, 2, "张伟", "局长", None, True, True, False)]
    fields = [ExistingField(1, "road", "道路交通"), ExistingField(2, "hazchem", "危险化学品")]
    return Snapshot(units=units, people=people, fields=fields)


@dataclass(frozen=True)
class Expect:
    """What a case must give."""

    rows: dict[int, dict[str, Any]] = field(default_factory=dict)  # Excel row → key → value
    row_count: int | None = None
    problem: tuple[ErrorCode, int | None, str] | None = None  # code, row, column header
    refused: ErrorCode | None = None  # the whole file is refused
    sheet: str = SHEET


@dataclass(frozen=True)
class Case:
    """One workbook of the corpus."""

    name: str
    kind: ImportKind
    build: Callable[[Path], None]
    expect: Expect
    needs: str | None = None  # an external program the case needs (soffice)


def _book(rows: Sequence[Sequence[Any]], *, title: str = SHEET) -> tuple[Workbook, Worksheet]:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    return book, sheet


def _save(rows: Sequence[Sequence[Any]], **options: Any) -> Callable[[Path], None]:
    merges: Sequence[str] = options.pop("merges", ())

    def build(path: Path) -> None:
        book, sheet = _book(rows, **options)
        for merge in merges:
            sheet.merge_cells(merge)
        book.save(path)

    return build


UNIT_HEADER = ["序号", "单位名称", "上级单位", "单位类别", "是否安委会成员单位"]


def _plain_units(path: Path) -> None:
    _save([UNIT_HEADER, [1, "示范县财政局", "示范县人民政府", "其他成员单位", "是"]])(path)


def _title_and_filler(path: Path) -> None:
    _save(
        [
            ["示范县安委会成员单位名单"],
            ["填报单位：示范县安委办（盖章）", None, None, "填报日期：2026年1月5日"],
            UNIT_HEADER,
            [1, "示范县财政局", "示范县人民政府", "其他成员单位", "是"],
        ],
        merges=["A1:E1", "A2:C2"],
    )(path)


def _synonyms(path: Path) -> None:
    _save(
        [
            ["编号", "单位", "主管单位", "分类", "性质", "负责人", "职位", "手机"],
            ["1", "示范县财政局", "示范县人民政府", "其他", "部门", "李梅", "局长", 13800000000],
        ]
    )(path)


def _marked_headers(path: Path) -> None:
    _save(
        [
            ["*单位名称（必填）", "上级单位：", "单位类别(选填)"],
            ["示范县财政局", "示范县人民政府", "其他"],
        ]
    )(path)


def _padded_headers(path: Path) -> None:
    _save([["序  号", "单 位 名 称", "上 级 单 位"], [1, "示范县财政局", "示范县人民政府"]])(path)


def _merged_category(path: Path) -> None:
    _save(
        [
            UNIT_HEADER,
            [1, "示范县财政局", "示范县人民政府", "其他成员单位", "是"],
            [2, "示范县审计局", "示范县人民政府", None, "是"],
            [3, "示范县统计局", "示范县人民政府", None, "是"],
        ],
        merges=["D2:D4"],
    )(path)


def _fullwidth(path: Path) -> None:
    _save(
        [
            ["序号", "姓名", "单位", "职务", "联系电话"],
            ["１", "李　　梅", "　示范县应急管理局 ", "副局长", "１３８００００００００"],
            [2, "王  强", "示范县应急管理局", "科员\n", "0571－88886666"],
        ]
    )(path)


def _seq_as_text_and_numbers(path: Path) -> None:
    _save(
        [
            UNIT_HEADER,
            ["01", "示范县财政局", "示范县人民政府", "其他", "1"],
            [2.0, "示范县审计局", "示范县人民政府", "其他", "√"],
            ["３", "示范县统计局", "示范县人民政府", "其他", 0],
        ]
    )(path)


def _blank_rows(path: Path) -> None:
    _save(
        [
            UNIT_HEADER,
            [1, "示范县财政局", "示范县人民政府"],
            [],
            [None, "  "],
            [2, "示范县审计局", "示范县人民政府"],
        ]
    )(path)


def _footer_note(path: Path) -> None:
    _save(
        [
            UNIT_HEADER,
            [1, "示范县财政局", "示范县人民政府"],
            ["注：1.单位名称请填写全称；2.成员单位填“是”。"],
        ],
        merges=["A3:E3"],
    )(path)


def _signature_footer(path: Path) -> None:
    _save(
        [
            UNIT_HEADER,
            [1, "示范县财政局", "示范县人民政府"],
            [],
            ["填表人：张三", None, "审核人：李四", "联系电话：12345"],
        ]
    )(path)


def _prenumbered(path: Path) -> None:
    rows: list[list[Any]] = [UNIT_HEADER, [1, "示范县财政局", "示范县人民政府"]]
    rows += [[number] for number in range(2, 40)]
    _save(rows)(path)


def _section_headings(path: Path) -> None:
    _save(
        [
            ["序号", "单位名称", "上级单位"],
            ["一、综合监管部门"],
            [1, "示范县安委办", "示范县人民政府"],
            ["二、其他成员单位"],
            [2, "示范县财政局", "示范县人民政府"],
        ],
        merges=["A2:C2", "A4:C4"],
    )(path)


def _example_row(path: Path) -> None:
    _save(
        [
            UNIT_HEADER,
            ["示例", "青溪县应急管理局", "青溪县人民政府", "综合监管部门", "是"],
            [1, "示范县财政局", "示范县人民政府", "其他", "是"],
        ]
    )(path)


def _instruction_sheet_first(path: Path) -> None:
    book, sheet = _book([["填表说明"], ["请按表格填写。"]], title="说明")
    table = book.create_sheet("成员单位")
    for row in [UNIT_HEADER, [1, "示范县财政局", "示范县人民政府", "其他", "是"]]:
        table.append(row)
    hidden = book.create_sheet("选项")
    hidden.append(["单位名称", "上级单位", "单位类别"])
    hidden.sheet_state = "hidden"
    book.save(path)


def _shifted_table(path: Path) -> None:
    book, sheet = _book([])
    sheet["C4"], sheet["D4"], sheet["E4"] = "单位名称", "上级单位", "单位类别"
    sheet["C5"], sheet["D5"], sheet["E5"] = "示范县财政局", "示范县人民政府", "其他"
    book.save(path)


def _wps_dimension(path: Path) -> None:
    """WPS and some exporters write a wrong ``<dimension ref="A1"/>``."""
    _save(
        [
            UNIT_HEADER,
            [1, "示范县财政局", "示范县人民政府", "其他", "是"],
            [2, "示范县审计局", "示范县人民政府", "其他", "是"],
        ]
    )(path)
    _rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1"', xml),
    )


def _rewrite_member(path: Path, member: str, change: Callable[[bytes], bytes]) -> None:
    temporary = path.with_suffix(".tmp")
    with (
        zipfile.ZipFile(path) as source,
        zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, change(data) if info.filename == member else data)
    temporary.replace(path)


def _libreoffice(path: Path) -> None:
    """A workbook written by LibreOffice (converted from an openpyxl file)."""
    source = path.with_name("source.xlsx")
    _title_and_filler(source)
    out = path.parent / "lo"
    out.mkdir()
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    shutil.move(out / "source.xlsx", path)


def _people_with_filler_unit(path: Path) -> None:
    _save(
        [
            ["城关镇安全生产责任人名册"],
            ["填报单位：城关镇（盖章）  填报日期：2026年1月5日"],
            ["序号", "姓名", "职务", "联系电话"],
            [1, "陈  静", "镇长", "13900000000"],
        ],
        merges=["A1:D1", "A2:D2"],
    )(path)


def _id_as_number(path: Path) -> None:
    _save(
        [["序号", "姓名", "单位", "身份证号"], [1, "李梅", "示范县应急管理局", 110101199003071234]]
    )(path)


def _id_bad_check(path: Path) -> None:
    _save(
        [
            ["序号", "姓名", "单位", "身份证号"],
            [1, "李梅", "示范县应急管理局", "110101199003071235"],
        ]
    )(path)


def _id_good(path: Path) -> None:
    _save(
        [
            ["序号", "姓名", "单位", "身份证号"],
            [1, "李梅", "示范县应急管理局", "11010119900307002X"],
        ]
    )(path)


def _unknown_parent(path: Path) -> None:
    _save([UNIT_HEADER, [1, "示范县财政局", "示范县人民政府"], [2, "某某股", "示范县不存在局"]])(
        path
    )


def _duplicate_in_file(path: Path) -> None:
    _save(
        [
            UNIT_HEADER,
            [1, "示范县财政局", "示范县人民政府"],
            [2, "示范县审计局", "示范县人民政府"],
            [3, "示范县财政局", "示范县人民政府"],
        ]
    )(path)


def _duplicate_against_database(path: Path) -> None:
    _save([["单位编码", "单位名称", "上级单位"], ["SF-99", "示范县应急管理局", "示范县人民政府"]])(
        path
    )


def _cycle_in_file(path: Path) -> None:
    _save([UNIT_HEADER, [1, "甲单位", "乙单位"], [2, "乙单位", "甲单位"]])(path)


def _cycle_with_database(path: Path) -> None:
    """The file moves the county (by its code) under one of its own townships."""
    _save([["单位编码", "单位名称", "上级单位"], ["SF", "示范县人民政府", "城关镇"]])(path)


def _too_long(path: Path) -> None:
    _save([UNIT_HEADER, [1, "长" * 201, "示范县人民政府"]])(path)


def _unknown_category(path: Path) -> None:
    _save([UNIT_HEADER, [1, "示范县财政局", "示范县人民政府", "综合类", "是"]])(path)


def _not_yes_no(path: Path) -> None:
    _save([UNIT_HEADER, [1, "示范县财政局", "示范县人民政府", "其他", "也许"]])(path)


def _matrix_unknown_field(path: Path) -> None:
    _save(
        [
            ["单位名称", "行业领域", "角色"],
            ["示范县交通运输局", "道路交通", "牵头"],
            ["示范县应急管理局", "航空航天", "牵头"],
        ]
    )(path)


def _matrix_unknown_role(path: Path) -> None:
    _save([["单位名称", "行业领域", "角色"], ["示范县交通运输局", "道路交通", "负责"]])(path)


def _matrix_wide(path: Path) -> None:
    _save(
        [
            ["2026年度安全生产责任矩阵"],
            ["图例：", "牵头", "配合"],
            ["序号", "单位名称", "道路交通", "危险化学品", "民航"],
            [1, "示范县交通运输局", "牵头", None, None],
            [2, "示范县应急管理局", "配合", "牵头", "配合"],
        ],
        merges=["A1:E1"],
    )(path)


def _ambiguous_unit(path: Path) -> None:
    _save([["序号", "姓名", "单位", "职务"], [1, "赵六", "安全办", "主任"]])(path)


def _no_header(path: Path) -> None:
    _save([["甲", "乙"], [1, 2], [3, 4]])(path)


def _missing_required_column(path: Path) -> None:
    _save([["序号", "单位", "职务", "联系电话"], [1, "示范县应急管理局", "科员", "123"]])(path)


def _renamed_csv(path: Path) -> None:
    path.write_text("单位名称,上级单位\n示范县财政局,示范县人民政府\n", encoding="gb18030")


def _old_xls(path: Path) -> None:
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1024)


def _renamed_docx(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")


def _truncated(path: Path) -> None:
    _plain_units(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _formula_text(path: Path) -> None:
    """A name that starts with = must be read as text, never run."""
    book, sheet = _book([["单位名称", "上级单位"], [None, "示范县人民政府"]])
    sheet["A2"].value = "=1+1"
    sheet["A2"].data_type = "s"
    book.save(path)


CASES: tuple[Case, ...] = (
    Case("plain", ImportKind.UNITS, _plain_units,
         Expect({2: {"name": "示范县财政局", "category": "其他成员单位"}}, 1)),
    Case("title_and_filler_line", ImportKind.UNITS, _title_and_filler,
         Expect({4: {"name": "示范县财政局", "parent": "示范县人民政府"}}, 1)),
    Case("header_synonyms", ImportKind.UNITS, _synonyms,
         Expect({2: {"name": "示范县财政局", "parent": "示范县人民政府", "kind": "部门",
                     "principal": "李梅", "phone": 13800000000}}, 1)),
    Case("required_marks_and_notes_in_headers", ImportKind.UNITS, _marked_headers,
         Expect({2: {"name": "示范县财政局", "category": "其他"}}, 1)),
    Case("headers_padded_with_spaces", ImportKind.UNITS, _padded_headers,
         Expect({2: {"name": "示范县财政局"}}, 1)),
    Case("category_merged_down_a_block", ImportKind.UNITS, _merged_category,
         Expect({3: {"category": "其他成员单位"}, 4: {"category": "其他成员单位"}}, 3)),
    Case("full_width_spaces_and_padded_names", ImportKind.PEOPLE, _fullwidth,
         Expect({2: {"name": "李梅", "unit": "示范县应急管理局", "phone": "13800000000"},
                 3: {"name": "王强", "title": "科员"}}, 2)),
    Case("seq_and_flags_as_text_or_number", ImportKind.UNITS, _seq_as_text_and_numbers,
         Expect({2: {"seq": "01", "is_committee_member": "1"}, 3: {"seq": 2}}, 3)),
    Case("blank_rows", ImportKind.UNITS, _blank_rows, Expect({5: {"name": "示范县审计局"}}, 2)),
    Case("footer_note", ImportKind.UNITS, _footer_note, Expect({2: {"name": "示范县财政局"}}, 1)),
    Case("signature_footer", ImportKind.UNITS, _signature_footer, Expect(row_count=1)),
    Case("pre_numbered_empty_rows", ImportKind.UNITS, _prenumbered, Expect(row_count=1)),
    Case("group_headings", ImportKind.UNITS, _section_headings, Expect(row_count=2)),
    Case("template_example_row", ImportKind.UNITS, _example_row,
         Expect({3: {"name": "示范县财政局"}}, 1)),
    Case("instruction_sheet_first_hidden_list_last", ImportKind.UNITS, _instruction_sheet_first,
         Expect({2: {"name": "示范县财政局"}}, 1, sheet="成员单位")),
    Case("table_not_in_the_corner", ImportKind.UNITS, _shifted_table,
         Expect({5: {"name": "示范县财政局"}}, 1)),
    Case("wrong_dimension_as_wps_writes", ImportKind.UNITS, _wps_dimension, Expect(row_count=2)),
    Case("people_unit_from_filler_line", ImportKind.PEOPLE, _people_with_filler_unit,
         Expect({4: {"name": "陈静"}}, 1)),
    Case("id_number_with_x", ImportKind.PEOPLE, _id_good, Expect(row_count=1)),
    Case("formula_like_text", ImportKind.UNITS, _formula_text, Expect({2: {"name": "=1+1"}}, 1)),
    Case("written_by_libreoffice", ImportKind.UNITS, _libreoffice,
         Expect({4: {"name": "示范县财政局"}}, 1), needs="soffice"),
    # bad rows: one problem each, at its sheet / row / column
    Case("id_number_stored_as_number", ImportKind.PEOPLE, _id_as_number,
         Expect(problem=(ErrorCode.IMPORT_ID_STORED_AS_NUMBER, 2, "身份证号"))),
    Case("id_number_bad_check_digit", ImportKind.PEOPLE, _id_bad_check,
         Expect(problem=(ErrorCode.IMPORT_ID_BAD_CHECK_DIGIT, 2, "身份证号"))),
    Case("unknown_parent", ImportKind.UNITS, _unknown_parent,
         Expect(problem=(ErrorCode.IMPORT_UNKNOWN_PARENT, 3, "上级单位"))),
    Case("duplicate_in_file", ImportKind.UNITS, _duplicate_in_file,
         Expect(problem=(ErrorCode.IMPORT_DUPLICATE_IN_FILE, 4, "单位名称"))),
    Case("duplicate_against_database", ImportKind.UNITS, _duplicate_against_database,
         Expect(problem=(ErrorCode.IMPORT_NAME_TAKEN, 2, "单位名称"))),
    Case("cycle_in_file", ImportKind.UNITS, _cycle_in_file,
         Expect(problem=(ErrorCode.IMPORT_CYCLE, 2, "上级单位"))),
    Case("cycle_with_database", ImportKind.UNITS, _cycle_with_database,
         Expect(problem=(ErrorCode.IMPORT_CYCLE, 2, "上级单位"))),
    Case("text_too_long", ImportKind.UNITS, _too_long,
         Expect(problem=(ErrorCode.IMPORT_TEXT_TOO_LONG, 2, "单位名称"))),
    Case("unknown_category", ImportKind.UNITS, _unknown_category,
         Expect(problem=(ErrorCode.IMPORT_UNKNOWN_CHOICE, 2, "单位类别"))),
    Case("not_yes_or_no", ImportKind.UNITS, _not_yes_no,
         Expect(problem=(ErrorCode.IMPORT_NOT_YES_NO, 2, "是否安委会成员单位"))),
    Case("matrix_unknown_field", ImportKind.MATRIX, _matrix_unknown_field,
         Expect(problem=(ErrorCode.IMPORT_UNKNOWN_FIELD, 3, "行业领域"))),
    Case("matrix_unknown_role", ImportKind.MATRIX, _matrix_unknown_role,
         Expect(problem=(ErrorCode.IMPORT_UNKNOWN_ROLE, 2, "角色"))),
    Case("wide_matrix_unknown_field_column", ImportKind.MATRIX, _matrix_wide,
         Expect(problem=(ErrorCode.IMPORT_UNKNOWN_FIELD, 5, "民航"))),
    Case("ambiguous_unit", ImportKind.PEOPLE, _ambiguous_unit,
         Expect(problem=(ErrorCode.IMPORT_AMBIGUOUS_UNIT, 2, "单位"))),
    # files refused as a whole
    Case("no_header", ImportKind.UNITS, _no_header, Expect(refused=ErrorCode.EXCEL_NO_HEADER)),
    Case("missing_required_column", ImportKind.PEOPLE, _missing_required_column,
         Expect(refused=ErrorCode.EXCEL_MISSING_COLUMN)),
    Case("csv_renamed_to_xlsx", ImportKind.UNITS, _renamed_csv,
         Expect(refused=ErrorCode.EXCEL_NOT_XLSX)),
    Case("old_xls_renamed", ImportKind.UNITS, _old_xls, Expect(refused=ErrorCode.EXCEL_OLD_FORMAT)),
    Case("docx_renamed", ImportKind.UNITS, _renamed_docx, Expect(refused=ErrorCode.EXCEL_NOT_XLSX)),
    Case("truncated_download", ImportKind.UNITS, _truncated,
         Expect(refused=ErrorCode.EXCEL_DAMAGED)),
)  # fmt: skip
