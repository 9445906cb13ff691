"""Checking an imported results sheet (考核结果录入表) against the year's score sheets, pure.

One row per deduction, bonus, 否优/否决 fact or indicator actual:
被考核单位 | 考核项目 | 实际值 | 自评分 | 扣分 | 次数 | 加分 | 扣分情况（原因）.
A row needs the unit and
the item (its name or its 序号); a deduction or bonus needs a reason; without points the
item's "每…扣N分" gives them. Every sheet named in the file is replaced by what the file
says (an item without a row keeps full points); sheets not named stay as they are.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from desktop_app.domain.enums import AssessmentItemKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_cells import Cells
from desktop_app.domain.import_problems import ProblemList, Validation
from desktop_app.domain.import_schema import SEQ, ColumnSpec, SourceRow, TableData, ValueType
from desktop_app.domain.import_vocabulary import CellValue, cell_text, match_key
from desktop_app.domain.scoring import ZERO, Entry, decimal_of, points_text

RESULT_COLUMNS: tuple[ColumnSpec, ...] = (
    SEQ,
    ColumnSpec(
        "unit",
        "被考核单位",
        ("单位", "单位名称", "责任单位", "乙方", "考核对象", "被考核对象"),
        ValueType.TEXT,
        required=True,
        max_length=200,
        width=24,
        example="青溪镇人民政府",
    ),
    ColumnSpec(
        "item",
        "考核项目",
        ("项目", "考核内容", "考核指标", "指标", "控制指标", "评分项目", "项目名称"),
        required=True,
        max_length=200,
        width=22,
        example="隐患排查治理",
    ),
    ColumnSpec("actual", "实际值", ("实际完成", "完成情况", "实际数", "实际"), width=10),
    ColumnSpec("self", "自评分", ("自评得分", "自查得分", "自评", "单位自评"), width=8),
    ColumnSpec("deduct", "扣分", ("扣分值", "每次扣分", "扣分分值", "扣分数"), width=8),
    ColumnSpec("count", "次数", ("起数", "项数", "数量", "扣分次数"), width=8),
    ColumnSpec("bonus", "加分", ("加分值", "加分数"), width=8),
    ColumnSpec(
        "reason",
        "扣分情况",
        ("扣分原因", "原因", "扣分理由", "事由", "情况说明", "加分原因", "扣（加）分情况"),
        max_length=500,
        width=40,
        example="2处隐患逾期未整改",
    ),
)
_NUMBER = re.compile(r"^[+-]?\d+(\.\d+)?$")
_UNITS_OF_MEASURE = re.compile(r"(分|%|％|人|起|项|次|个|处|份)$")
_ITEM_NUMBER = re.compile(r"^第?(\d+)项?$")


class NumberError(ValueError):
    """A cell that should hold a number does not."""


def parse_decimal(value: CellValue) -> Decimal:
    """A number typed any way a clerk types it: 2, "２.５", "3分", "98.5%"."""
    if isinstance(value, bool):
        raise NumberError("yes/no")
    if isinstance(value, int | float | Decimal):
        try:
            return decimal_of(value)
        except ValueError as error:
            raise NumberError(str(value)) from error
    text = _UNITS_OF_MEASURE.sub("", cell_text(value).replace("．", ".")).strip()
    if not _NUMBER.match(text):
        raise NumberError(text)
    return decimal_of(text)


@dataclass(frozen=True)
class SheetRowRef:
    """A row of an existing score sheet, as an import refers to it."""

    position: int
    kind: AssessmentItemKind
    name: str
    standard: Decimal
    per_unit: Decimal | None
    indicator: bool


@dataclass(frozen=True)
class SheetRef:
    """An existing score sheet: its unit (name, short name, code) and rows."""

    assessment_id: int
    unit: str
    frozen: bool
    rows: tuple[SheetRowRef, ...]
    short_name: str | None = None
    code: str | None = None


@dataclass
class PlannedSheet:
    """What the file says about one sheet."""

    entries: dict[int, list[Entry]] = field(default_factory=dict)
    self_points: dict[int, Decimal] = field(default_factory=dict)
    actuals: dict[str, Decimal] = field(default_factory=dict)
    rows: list[int] = field(default_factory=list)


@dataclass(frozen=True)
class ResultsSnapshot:
    """The year's sheets an import is checked against."""

    year: int
    sheets: tuple[SheetRef, ...]


class _Checker:
    def __init__(self, table: TableData, snapshot: ResultsSnapshot) -> None:
        self.table = table
        self.snapshot = snapshot
        self.problems = ProblemList(table.sheet)
        self.cells = Cells(table, RESULT_COLUMNS, self.problems)
        self.plan: dict[int, PlannedSheet] = {}
        self.seen_actual: dict[tuple[int, str], tuple[int, Decimal]] = {}
        self.seen_self: dict[tuple[int, int], tuple[int, Decimal]] = {}
        self.by_unit: dict[str, list[SheetRef]] = {}
        for sheet in snapshot.sheets:
            keys = {match_key(sheet.unit)}
            keys |= {match_key(x) for x in (sheet.short_name, sheet.code) if x}
            for key in keys:
                self.by_unit.setdefault(key, []).append(sheet)

    def number(self, row: SourceRow, key: str) -> Decimal | None:
        value = self.cells.raw(row, key)
        if value is None or cell_text(value) == "":
            return None
        try:
            number = parse_decimal(value)
        except NumberError:
            self.problem(ErrorCode.ASSESS_NOT_A_NUMBER, row, key, value)
            return None
        if number < ZERO:
            self.problem(ErrorCode.ASSESS_NEGATIVE, row, key, value)
            return None
        return number

    def problem(
        self, code: ErrorCode, row: SourceRow, key: str, value: CellValue, **facts: Any
    ) -> None:
        self.problems.add(code, row.number, self.cells.label(key), cell_text(value), **facts)

    def sheet_of(self, row: SourceRow) -> SheetRef | None:
        text = self.cells.text(row, "unit")
        if not text:
            return None
        found = self.by_unit.get(match_key(text), [])
        unique = list({sheet.assessment_id: sheet for sheet in found}.values())
        if not unique:
            self.problem(ErrorCode.ASSESS_NO_SHEET, row, "unit", text, year=self.snapshot.year)
            return None
        if len(unique) > 1:
            self.problem(ErrorCode.ASSESS_AMBIGUOUS_SHEET, row, "unit", text, count=len(unique))
            return None
        if unique[0].frozen:
            self.problem(ErrorCode.ASSESS_SHEET_CLOSED, row, "unit", text, year=self.snapshot.year)
            return None
        return unique[0]

    def item_of(self, row: SourceRow, sheet: SheetRef) -> SheetRowRef | None:
        text = self.cells.text(row, "item")
        if not text:
            return None
        key = match_key(text)
        for item in sheet.rows:
            if match_key(item.name) == key:
                return item
        number = _ITEM_NUMBER.match(key)
        if number:
            position = int(number.group(1))
            for item in sheet.rows:
                if item.position == position:
                    return item
        names = "、".join(item.name for item in sheet.rows)
        self.problem(ErrorCode.ASSESS_UNKNOWN_ITEM, row, "item", text, unit=sheet.unit, items=names)
        return None

    def check(self, row: SourceRow) -> None:
        sheet = self.sheet_of(row)
        item = self.item_of(row, sheet) if sheet is not None else None
        actual = self.number(row, "actual")
        self_points = self.number(row, "self")
        deduct = self.number(row, "deduct")
        bonus = self.number(row, "bonus")
        count = self.count(row)
        reason = self.cells.text(row, "reason") if self.cells.has("reason") else None
        if sheet is None or item is None or row.number in self.problems.bad_rows:
            return
        planned = self.plan.setdefault(sheet.assessment_id, PlannedSheet())
        planned.rows.append(row.number)
        if actual is not None:
            self.actual(row, sheet, item, actual, planned)
        if self_points is not None:
            self.self_points(row, sheet, item, self_points, planned)
        self.entry(row, item, deduct, bonus, count, reason, planned)

    def count(self, row: SourceRow) -> int | None:
        value = self.cells.raw(row, "count")
        number = self.number(row, "count")
        if number is None:
            return None
        if number != number.to_integral_value() or number < 1:
            self.problem(ErrorCode.IMPORT_NOT_A_NUMBER, row, "count", value)
            return None
        return int(number)

    def actual(
        self, row: SourceRow, sheet: SheetRef, item: SheetRowRef, value: Decimal, plan: PlannedSheet
    ) -> None:
        if not item.indicator:
            self.problem(
                ErrorCode.ASSESS_NOT_AN_INDICATOR, row, "actual", points_text(value), item=item.name
            )
            return
        earlier = self.seen_actual.get((sheet.assessment_id, item.name))
        if earlier is not None and earlier[1] != value:
            self.problem(
                ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                row,
                "actual",
                points_text(value),
                other_row=earlier[0],
                what=f"{sheet.unit}·{item.name}",
            )
            return
        self.seen_actual[(sheet.assessment_id, item.name)] = (row.number, value)
        plan.actuals[item.name] = value

    def self_points(
        self, row: SourceRow, sheet: SheetRef, item: SheetRowRef, value: Decimal, plan: PlannedSheet
    ) -> None:
        if item.kind in (AssessmentItemKind.VETO, AssessmentItemKind.NO_EXCELLENT) or (
            item.kind is not AssessmentItemKind.DEDUCTION and value > item.standard
        ):
            self.problem(
                ErrorCode.ASSESS_SELF_OUT_OF_RANGE,
                row,
                "self",
                points_text(value),
                item=item.name,
                standard=points_text(item.standard),
            )
            return
        if item.kind is AssessmentItemKind.DEDUCTION:
            value = -value  # a deduction row's self points say how much the unit deducted
        earlier = self.seen_self.get((sheet.assessment_id, item.position))
        if earlier is not None and earlier[1] != value:
            self.problem(
                ErrorCode.IMPORT_DUPLICATE_IN_FILE,
                row,
                "self",
                points_text(abs(value)),
                other_row=earlier[0],
                what=f"{sheet.unit}·{item.name}",
            )
            return
        self.seen_self[(sheet.assessment_id, item.position)] = (row.number, value)
        plan.self_points[item.position] = value

    def entry(
        self,
        row: SourceRow,
        item: SheetRowRef,
        deduct: Decimal | None,
        bonus: Decimal | None,
        count: int | None,
        reason: str | None,
        plan: PlannedSheet,
    ) -> None:
        special = item.kind in (AssessmentItemKind.VETO, AssessmentItemKind.NO_EXCELLENT)
        if item.kind is AssessmentItemKind.BONUS and deduct is not None:
            self.problem(
                ErrorCode.ASSESS_WRONG_COLUMN, row, "deduct", points_text(deduct), item=item.name
            )
            return
        if item.kind is not AssessmentItemKind.BONUS and not special and bonus is not None:
            self.problem(
                ErrorCode.ASSESS_WRONG_COLUMN, row, "bonus", points_text(bonus), item=item.name
            )
            return
        points = bonus if item.kind is AssessmentItemKind.BONUS else deduct
        if points is None and count is None and not reason:
            return  # the row only gives an actual or self points, or says "assessed"
        if not reason:
            self.problem(ErrorCode.ASSESS_REASON_MISSING, row, "reason", None, item=item.name)
            return
        if special:
            plan.entries.setdefault(item.position, []).append(Entry(ZERO, reason, count or 1))
            return
        if points is None:
            if item.per_unit is None:
                self.problem(ErrorCode.ASSESS_POINTS_MISSING, row, "deduct", None, item=item.name)
                return
            points = item.per_unit
        plan.entries.setdefault(item.position, []).append(Entry(points, reason, count or 1))


def validate_results(table: TableData, snapshot: ResultsSnapshot) -> Validation:
    """Every problem of a results sheet, and the plan per sheet for a clean file."""
    checker = _Checker(table, snapshot)
    checker.cells.report_unmapped()
    for row in table.rows:
        checker.check(row)
    if not table.rows:
        checker.problems.add(ErrorCode.EXCEL_NO_ROWS, None, "", "", path=table.file)
    problems = checker.problems.sorted()
    return Validation(problems, len(table.rows), checker.problems.bad_rows, checker.plan)


def planned_sheets(validation: Validation) -> dict[int, PlannedSheet]:
    """The plan of a validation, typed."""
    plan = validation.plan
    assert isinstance(plan, dict)
    return plan


def example_rows(sheets: Sequence[SheetRef]) -> list[list[CellValue]]:
    """Rows for a blank results template: one per sheet row, units and items filled in."""
    rows: list[list[CellValue]] = []
    for sheet in sheets:
        for item in sheet.rows:
            rows.append([len(rows) + 1, sheet.unit, item.name, None, None, None, None, None, None])
    return rows


__all__ = [
    "RESULT_COLUMNS",
    "PlannedSheet",
    "ResultsSnapshot",
    "SheetRef",
    "SheetRowRef",
    "example_rows",
    "parse_decimal",
    "planned_sheets",
    "validate_results",
]
