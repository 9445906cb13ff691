"""What each import expects: its columns, the Chinese header names clerks use for them, and
the shape of a table once it has been read from a workbook.

A reader (desktop_app/documents/excel_reader.py) finds the header row with these synonyms and
hands over a :class:`TableData`; the validators in ``import_*.py`` then check the rows.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum, StrEnum

from desktop_app.domain.import_vocabulary import CellValue


class ImportKind(StrEnum):
    """The registers a clerk can import (DESIGN §8 ``import units|people|matrix|…``)."""

    UNITS = "units"
    PEOPLE = "people"
    MATRIX = "matrix"
    OVERSIGHT = "oversight"
    DUTIES = "duties"


class ValueType(Enum):
    """How a column's cells are read."""

    TEXT = "text"
    INT = "int"
    BOOL = "bool"
    CHOICE = "choice"
    UNIT_REF = "unit_ref"
    FIELD_REF = "field_ref"
    PERSON_REF = "person_ref"
    ID_NUMBER = "id_number"
    PHONE = "phone"
    LIST = "list"
    IGNORED = "ignored"


@dataclass(frozen=True)
class ColumnSpec:
    """One column an import understands: its key, its canonical header and its synonyms."""

    key: str
    label: str
    synonyms: tuple[str, ...] = ()
    value_type: ValueType = ValueType.TEXT
    required: bool = False
    max_length: int | None = None
    width: int = 14
    choices: str | None = None  # the name of the dropdown list in a template
    example: str = ""

    @property
    def all_names(self) -> tuple[str, ...]:
        """The canonical header followed by every synonym."""
        return (self.label, *self.synonyms)


SEQ = ColumnSpec("seq", "序号", ("编号", "序", "No", "No.", "#"), ValueType.IGNORED, width=6)
NOTES = ColumnSpec("notes", "备注", ("说明", "附注"), max_length=2000, width=24)
YEAR = ColumnSpec("year", "年度", ("年份", "年"), ValueType.INT, width=8)

UNIT_COLUMNS: tuple[ColumnSpec, ...] = (
    SEQ,
    ColumnSpec(
        "code",
        "单位编码",
        ("编码", "单位代码", "代码", "机构代码", "单位编号"),
        max_length=50,
        width=12,
        example="QX-BM01",
    ),
    ColumnSpec(
        "name",
        "单位名称",
        ("单位", "名称", "单位全称", "企业名称", "机构名称", "部门名称", "部门"),
        required=True,
        max_length=200,
        width=30,
        example="青溪县应急管理局",
    ),
    ColumnSpec("short_name", "简称", ("单位简称",), max_length=50, width=12, example="应急管理局"),
    ColumnSpec(
        "parent",
        "上级单位",
        ("主管单位", "隶属单位", "上级", "所属单位", "上级单位名称", "上级部门"),
        ValueType.UNIT_REF,
        max_length=200,
        width=24,
        example="青溪县人民政府",
    ),
    ColumnSpec(
        "parent_code", "上级单位编码", ("上级编码", "上级单位代码"), max_length=50, width=12
    ),
    ColumnSpec(
        "kind",
        "单位类型",
        ("单位性质", "类型", "性质", "单位类别性质"),
        ValueType.CHOICE,
        width=10,
        choices="unit_kind",
        example="部门",
    ),
    ColumnSpec(
        "category",
        "单位类别",
        ("类别", "分类", "分类管理", "成员单位类别"),
        ValueType.CHOICE,
        width=14,
        choices="unit_category",
        example="综合监管部门",
    ),
    ColumnSpec(
        "is_committee_member",
        "是否安委会成员单位",
        ("安委会成员单位", "是否成员单位", "成员单位", "是否安委会成员"),
        ValueType.BOOL,
        width=10,
        choices="yes_no",
        example="是",
    ),
    ColumnSpec(
        "territorial",
        "属地",
        ("所在乡镇", "属地单位", "所在乡镇（街道）", "属地乡镇", "所在地"),
        ValueType.UNIT_REF,
        max_length=200,
        width=16,
    ),
    ColumnSpec(
        "supervisor",
        "监管部门",
        ("行业监管部门", "监管单位", "主管部门"),
        ValueType.UNIT_REF,
        max_length=200,
        width=20,
    ),
    ColumnSpec(
        "risk_level",
        "风险等级",
        ("风险", "安全风险等级", "风险级别"),
        ValueType.CHOICE,
        width=10,
        choices="risk_level",
    ),
    ColumnSpec(
        "field",
        "行业领域",
        ("领域", "所属行业", "行业", "所属领域"),
        ValueType.FIELD_REF,
        width=14,
        choices="field",
    ),
    ColumnSpec(
        "principal",
        "主要负责人",
        ("负责人", "单位负责人", "法定代表人"),
        max_length=50,
        width=10,
        example="张伟",
    ),
    ColumnSpec(
        "title", "职务", ("职位", "负责人职务"), max_length=100, width=14, example="党组书记、局长"
    ),
    ColumnSpec(
        "phone",
        "联系电话",
        ("电话", "手机", "手机号码", "联系方式", "办公电话"),
        ValueType.PHONE,
        max_length=50,
        width=14,
        example="0571-88886666",
    ),
    NOTES,
)

PEOPLE_COLUMNS: tuple[ColumnSpec, ...] = (
    SEQ,
    ColumnSpec(
        "name",
        "姓名",
        ("名字", "人员姓名", "负责人", "主要负责人", "责任人", "领导姓名"),
        required=True,
        max_length=50,
        width=10,
        example="李梅",
    ),
    ColumnSpec(
        "unit",
        "单位",
        ("单位名称", "所在单位", "工作单位", "部门", "名称"),
        ValueType.UNIT_REF,
        max_length=200,
        width=28,
        example="青溪县应急管理局",
    ),
    ColumnSpec("unit_code", "单位编码", ("编码", "单位代码"), max_length=50, width=12),
    ColumnSpec(
        "title",
        "职务",
        ("职位", "现任职务", "职务（职称）", "职称"),
        max_length=100,
        width=16,
        example="副局长",
    ),
    ColumnSpec(
        "role",
        "角色",
        ("身份", "人员类别", "领导职责"),
        ValueType.CHOICE,
        width=14,
        choices="person_role",
        example="班子成员",
    ),
    ColumnSpec(
        "is_party_head",
        "是否党委（党组）书记",
        ("党委书记", "是否党委书记", "党组书记"),
        ValueType.BOOL,
        width=10,
        choices="yes_no",
    ),
    ColumnSpec(
        "is_admin_head",
        "是否行政正职",
        ("行政正职", "是否行政主要负责人"),
        ValueType.BOOL,
        width=10,
        choices="yes_no",
    ),
    ColumnSpec(
        "is_leader",
        "是否班子成员",
        ("班子成员", "领导班子成员"),
        ValueType.BOOL,
        width=10,
        choices="yes_no",
    ),
    ColumnSpec(
        "phone",
        "联系电话",
        ("电话", "手机", "手机号码", "联系方式", "办公电话"),
        ValueType.PHONE,
        max_length=50,
        width=14,
        example="13800000000",
    ),
    ColumnSpec(
        "id_number",
        "身份证号",
        ("身份证号码", "公民身份号码", "身份证"),
        ValueType.ID_NUMBER,
        width=20,
    ),
    NOTES,
)

MATRIX_COLUMNS: tuple[ColumnSpec, ...] = (
    SEQ,
    ColumnSpec(
        "unit",
        "单位名称",
        # "Unit": the corner of the matrix the app exports with its English interface
        ("单位", "名称", "部门", "责任单位", "部门名称", "Unit", "Unit name"),
        ValueType.UNIT_REF,
        required=True,
        max_length=200,
        width=28,
        example="青溪县应急管理局",
    ),
    ColumnSpec("unit_code", "单位编码", ("编码", "单位代码"), max_length=50, width=12),
    ColumnSpec(
        "parent", "上级单位", ("主管单位", "隶属单位"), ValueType.UNIT_REF, max_length=200, width=20
    ),
    ColumnSpec(
        "field",
        "行业领域",
        ("领域", "行业", "所属行业"),
        ValueType.FIELD_REF,
        width=16,
        choices="field",
        example="危险化学品",
    ),
    ColumnSpec(
        "role",
        "角色",
        ("职责", "责任类型", "承担责任", "责任"),
        ValueType.CHOICE,
        width=10,
        choices="field_role",
        example="牵头",
    ),
    YEAR,
    NOTES,
)

OVERSIGHT_COLUMNS: tuple[ColumnSpec, ...] = (
    SEQ,
    ColumnSpec(
        "person",
        "姓名",
        ("领导姓名", "分管领导", "领导", "负责人"),
        ValueType.PERSON_REF,
        required=True,
        max_length=50,
        width=10,
        example="王建国",
    ),
    ColumnSpec(
        "unit",
        "单位",
        ("所在单位", "领导所在单位", "单位名称"),
        ValueType.UNIT_REF,
        max_length=200,
        width=24,
        example="青溪县人民政府",
    ),
    ColumnSpec("title", "职务", ("职位",), ValueType.IGNORED, width=14, example="副县长"),
    ColumnSpec(
        "units",
        "分管单位",
        ("分管部门", "联系单位", "分管联系单位", "联系乡镇", "分管联系部门"),
        ValueType.LIST,
        width=40,
        example="青溪县应急管理局、青溪镇",
    ),
    ColumnSpec(
        "fields",
        "分管领域",
        ("分管行业", "分管行业领域", "行业领域", "分管工作"),
        ValueType.LIST,
        width=30,
        choices="field",
        example="危险化学品、非煤矿山",
    ),
    YEAR,
    NOTES,
)

DUTY_COLUMNS: tuple[ColumnSpec, ...] = (
    SEQ,
    ColumnSpec(
        "kind",
        "责任类别",
        ("类别", "责任类型", "责任种类"),
        ValueType.CHOICE,
        width=12,
        choices="responsibility",
        example="监管责任",
    ),
    ColumnSpec(
        "text",
        "责任内容",
        ("责任条款", "工作职责", "职责", "内容", "责任明细", "主要职责", "责任事项", "职责内容"),
        required=True,
        max_length=2000,
        width=60,
        example="督促指导本行业领域生产经营单位落实安全生产主体责任。",
    ),
    ColumnSpec(
        "legal_basis",
        "依据",
        ("法律依据", "政策依据", "责任依据", "设定依据"),
        max_length=2000,
        width=30,
        example="《安全生产法》第三条",
    ),
    ColumnSpec(
        "frequency",
        "时限频次",
        ("频次", "时限", "时限/频次", "完成时限"),
        max_length=100,
        width=12,
        example="每季度",
    ),
    ColumnSpec(
        "unit",
        "单位",
        ("责任单位", "单位名称"),
        ValueType.UNIT_REF,
        max_length=200,
        width=24,
        example="青溪县应急管理局",
    ),
    ColumnSpec("post", "岗位", ("岗位名称", "责任岗位"), max_length=100, width=14),
    ColumnSpec(
        "list_kind",
        "清单类型",
        ("清单类别", "清单"),
        ValueType.CHOICE,
        width=14,
        choices="duty_list_kind",
        example="主体责任清单",
    ),
    YEAR,
)

COLUMNS: dict[ImportKind, tuple[ColumnSpec, ...]] = {
    ImportKind.UNITS: UNIT_COLUMNS,
    ImportKind.PEOPLE: PEOPLE_COLUMNS,
    ImportKind.MATRIX: MATRIX_COLUMNS,
    ImportKind.OVERSIGHT: OVERSIGHT_COLUMNS,
    ImportKind.DUTIES: DUTY_COLUMNS,
}
"""The columns of every import kind, in template order."""

FIELD_COLUMN_PREFIX = "field:"
"""Key prefix of the per-field columns of a wide matrix (one column per industry field)."""


def field_columns(field_names: Iterable[tuple[str, str]]) -> tuple[ColumnSpec, ...]:
    """One column per industry field, for the wide matrix (单位 × 领域) layout.

    ``field_names`` gives (code, name) pairs; the header may be either.
    """
    return tuple(
        ColumnSpec(
            f"{FIELD_COLUMN_PREFIX}{code}",
            name,
            (code,),
            ValueType.CHOICE,
            width=8,
            choices="field_role",
        )
        for code, name in field_names
    )


_MARKERS = re.compile(r"[*＊※★]")
_NOTE_IN_BRACKETS = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")
_ROLE_COUNTS = re.compile(r"(牵头|lead)\d+[·・.]?(配合|support)\d+$")
"""The role counts the GUI's matrix export puts under a field's name (as header_key leaves them)."""


def header_key(text: str) -> str:
    """A header cell as it is compared: no blanks, no required-marks (*), no colon."""
    key = "".join(unicodedata.normalize("NFKC", text).split()).casefold()
    return _MARKERS.sub("", key).rstrip(":").strip()


def header_key_without_notes(text: str) -> str:
    """The header key with bracketed notes removed: "联系电话（手机）" → "联系电话", and the
    role counts the app's own matrix export writes under a field's name removed:
    "道路交通\n牵头 1 · 配合 2" → "道路交通" (so that file imports again)."""
    return _ROLE_COUNTS.sub("", _NOTE_IN_BRACKETS.sub("", header_key(text)))


def match_headers(headers: Iterable[str], columns: Iterable[ColumnSpec]) -> dict[str, int]:
    """Which column of the sheet each spec sits in (spec key → 0-based index).

    Exact names win over names with their bracketed notes removed; each sheet column and
    each spec is used once, leftmost first.
    """
    specs = list(columns)
    exact: dict[str, str] = {}
    for spec in specs:
        for name in spec.all_names:
            exact.setdefault(header_key(name), spec.key)
    loose: dict[str, str] = {}
    for spec in specs:
        for name in spec.all_names:
            loose.setdefault(header_key_without_notes(name), spec.key)
    found: dict[str, int] = {}
    header_list = list(headers)
    passes = ((exact, header_key), (loose, header_key_without_notes))
    for table, key_of in passes:
        for index, text in enumerate(header_list):
            if not text or index in found.values():
                continue
            spec_key = table.get(key_of(text))
            if spec_key is not None and spec_key not in found:
                found[spec_key] = index
    return found



def header_shape(headers: Iterable[str]) -> str:
    """A stable name for a header row, to remember the clerk's column mapping for it."""
    return "|".join(header_key(text) for text in headers)


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One data row of a sheet: its Excel row number and its cells, left to right."""

    number: int
    values: tuple[CellValue, ...]
    section: str | None = None  # the group heading above it ("一、行业监管部门"), if any

    def get(self, index: int | None) -> CellValue:
        """The cell in column ``index`` (None when the column is absent or the row short)."""
        if index is None or index >= len(self.values):
            return None
        return self.values[index]


@dataclass
class TableData:
    """A table found in one sheet: the header, the column mapping and the data rows."""

    file: str
    sheet: str
    header_row: int
    headers: tuple[str, ...]
    mapping: dict[str, int]
    # read top to bottom by the validators; a reader may keep them on disk (a spool)
    rows: Sequence[SourceRow]
    preamble: dict[str, str] = field(default_factory=dict)  # 填报单位, 填报日期 above the header
    skipped: dict[str, int] = field(default_factory=dict)  # blank, footer, example, heading

    def column_label(self, key: str, columns: Mapping[str, ColumnSpec]) -> str:
        """The header as written in the file for ``key`` (or the canonical label)."""
        index = self.mapping.get(key)
        if index is not None and index < len(self.headers) and self.headers[index]:
            return self.headers[index]
        spec = columns.get(key)
        return spec.label if spec is not None else key

    def unmapped_columns(self) -> list[tuple[int, str]]:
        """(index, header) of the columns no spec claimed."""
        used = set(self.mapping.values())
        return [(i, text) for i, text in enumerate(self.headers) if text and i not in used]
