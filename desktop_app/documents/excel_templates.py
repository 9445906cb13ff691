"""Blank import templates, so clerks fill in the shape the import expects.

Each template has a title, a one-line instruction, the header (required columns marked
with *), one grey example row whose 序号 says 示例 (the reader skips it), bordered empty
rows with dropdown lists for the closed vocabularies (类别, 类型, 角色, 行业领域 …), a frozen
header and sensible widths. The lists live on a hidden sheet named 选项.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from desktop_app.documents.excel_writer import Column, Dropdown, SheetSpec, write_workbook
from desktop_app.domain.enums import (
    DutyListKind,
    FieldRole,
    Responsibility,
    RiskLevel,
    UnitCategory,
    UnitKind,
)
from desktop_app.domain.import_schema import ColumnSpec, ImportKind, ValueType
from desktop_app.domain.import_vocabulary import CHOICE_LABELS, PersonRole

TEMPLATE_ROWS = 200
"""Bordered empty rows (with dropdowns) below the example."""
EXAMPLE_FILL = "F2F2F2"

KIND_TITLES: dict[ImportKind, str] = {
    ImportKind.UNITS: "单位名录",
    ImportKind.PEOPLE: "人员名册",
    ImportKind.MATRIX: "责任矩阵（行业领域分工）",
    ImportKind.OVERSIGHT: "领导分管（一岗双责）",
    ImportKind.DUTIES: "责任清单",
}

FIXED_LISTS: dict[str, tuple[str, ...]] = {
    "unit_kind": CHOICE_LABELS[UnitKind],
    "unit_category": CHOICE_LABELS[UnitCategory],
    "risk_level": CHOICE_LABELS[RiskLevel],
    "field_role": CHOICE_LABELS[FieldRole],
    "responsibility": CHOICE_LABELS[Responsibility],
    "duty_list_kind": CHOICE_LABELS[DutyListKind],
    "person_role": CHOICE_LABELS[PersonRole],
    "yes_no": ("是", "否"),
}
"""The dropdown lists that do not depend on the database."""

_INSTRUCTION = (
    "填写说明：带 * 的列必须填写；灰色示例行不会被导入，可保留或删除；"
    "有下拉箭头的列请从列表中选择；不需要的列可以留空。"
)


def template_lists(field_names: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """Every dropdown list, with the database's industry fields."""
    return {**FIXED_LISTS, "field": tuple(field_names)}


def template_sheet(kind: ImportKind, columns: Sequence[ColumnSpec]) -> SheetSpec:
    """The template sheet of one import kind."""
    headers = [
        Column(
            ("*" if spec.required else "") + spec.label,
            float(spec.width),
            wrap=spec.max_length is not None and spec.max_length > 500,
        )
        for spec in columns
    ]
    example = ["示例" if spec.key == "seq" else (spec.example or None) for spec in columns]
    dropdowns = [
        Dropdown(index, spec.choices, _prompt(spec), strict=spec.value_type is not ValueType.LIST)
        for index, spec in enumerate(columns)
        if spec.choices
    ]
    return SheetSpec(
        name=KIND_TITLES[kind].split("（")[0],
        title=f"{KIND_TITLES[kind]}导入模板",
        columns=headers,
        rows=[example],
        subtitle=_INSTRUCTION,
        dropdowns=dropdowns,
        empty_rows=TEMPLATE_ROWS,
        row_fill=lambda index: EXAMPLE_FILL if index == 0 else None,
        landscape=True,
    )


def _prompt(spec: ColumnSpec) -> str:
    if spec.choices == "field" and spec.value_type is ValueType.LIST:
        return f"{spec.label}：可从列表中选择，多个领域用顿号（、）隔开。"
    if spec.choices == "field":
        return f"{spec.label}：请从列表中选择行业领域。"
    if spec.choices in FIXED_LISTS:
        return f"{spec.label}可选：" + "、".join(FIXED_LISTS[spec.choices])
    return ""


def write_template(
    path: Path,
    kind: ImportKind,
    columns: Sequence[ColumnSpec],
    lists: Mapping[str, Sequence[str]],
) -> Path:
    """Write the blank template of ``kind`` to ``path`` (atomically)."""
    return write_workbook(path, [template_sheet(kind, columns)], lists=dict(lists))
