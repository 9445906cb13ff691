"""Scoring a year-end assessment (目标责任制量化考核), pure and exact.

A template's 考核细则 (:class:`ScoringRules`, the JSON in ``LetterTemplate.scoring_rules``)
says which items a score sheet has: the letter's control indicators share the
``indicator_points`` by their weights, then 基础管理 items with standard points, 加分 items
with a cap, 扣分 items (optionally capped), 否优 items (the unit cannot be graded 优秀) and
否决 items (一票否决: the grade is 不合格 and the score what the rules say, e.g. 0).

Deductions apply item by item and never take an item below zero ("扣完为止"). Indicator
actuals are compared with the letter's targets automatically: a miss deducts per step
("每死亡1人扣10分", "每低1个百分点扣1分") or the whole item, and a 一票否决 indicator (or an
actual at ``veto_at``) vetoes the unit. All arithmetic uses :class:`decimal.Decimal`; points
are kept to hundredths, standard points to tenths.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from desktop_app.domain.enums import AssessmentItemKind, Grade, IndicatorComparison
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.scoring_rules import (
    DEFAULT_INDICATOR_SECTION,
    GENERIC_RULES,
    GRADE_WORDS,
    HUNDRED,
    KIND_WORDS,
    POINT,
    RULES_FORMAT,
    TENTH,
    ZERO,
    IndicatorRule,
    ItemRule,
    ScoringRules,
    Thresholds,
    decimal_of,
    optional_decimal,
    points_text,
)

_COMPARISON_SIGNS = {
    IndicatorComparison.AT_MOST: "≤",
    IndicatorComparison.AT_LEAST: "≥",
    IndicatorComparison.EQUAL: "=",
}


@dataclass(frozen=True)
class IndicatorTarget:
    """A letter's control indicator with the year's actual value (None: not entered)."""

    name: str
    comparison: IndicatorComparison
    target: Decimal | None
    measure_unit: str = ""
    weight: Decimal | None = None
    veto: bool = False
    actual: Decimal | None = None

    def target_text(self) -> str:
        """ "≤2起", "≥100%", "0人"."""
        if self.target is None:
            return "—"
        sign = _COMPARISON_SIGNS[self.comparison]
        if self.comparison is IndicatorComparison.EQUAL or (
            self.comparison is IndicatorComparison.AT_MOST and self.target == ZERO
        ):
            sign = ""
        return f"{sign}{points_text(self.target)}{self.measure_unit}"

    def value_text(self, value: Decimal) -> str:
        """A value with its unit of measure."""
        return f"{points_text(value)}{self.measure_unit}"


@dataclass(frozen=True)
class SheetItemSpec:
    """A row of a new score sheet (before any result)."""

    kind: AssessmentItemKind
    name: str
    requirement: str
    standard: Decimal
    rule: str
    indicator: str | None = None


def share_points(total: Decimal, weights: Sequence[Decimal | None]) -> list[Decimal]:
    """Split ``total`` among items by weight in tenths, summing exactly to ``total``.

    Largest remainders get the leftover tenths (ties: the earlier item). Without any weight,
    or with all weights zero, the items share equally.
    """
    if not weights:
        return []
    known = [w if w is not None and w > ZERO else ZERO for w in weights]
    if sum(known) == ZERO:
        known = [Decimal(1)] * len(weights)
    tenths = int((total / TENTH).to_integral_value(rounding=ROUND_HALF_UP))
    whole = sum(known)
    exact = [Decimal(tenths) * w / whole for w in known]
    floors = [int(x) for x in exact]
    left = tenths - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for index in order[:left]:
        floors[index] += 1
    return [Decimal(n) * TENTH for n in floors]


def indicator_rule_text(indicator: IndicatorTarget, rule: IndicatorRule | None) -> str:
    """The printed 评分细则 of an indicator item."""
    if rule is not None and rule.rule:
        return rule.rule
    text = "未完成目标的，该项不得分"
    if rule is not None and rule.points is not None:
        per = points_text(rule.per)
        miss = "超出" if indicator.comparison is IndicatorComparison.AT_MOST else "差"
        text = f"每{miss}{per}{indicator.measure_unit}扣{points_text(rule.points)}分，扣完为止"
    if indicator.veto:
        text += "；未完成目标的一票否决"
    return text


def sheet_items(rules: ScoringRules, indicators: Sequence[IndicatorTarget]) -> list[SheetItemSpec]:
    """The rows of a new score sheet: the letter's indicators, then the rules' items."""
    shares = share_points(rules.indicator_points, [i.weight for i in indicators])
    rows = [
        SheetItemSpec(
            AssessmentItemKind.BASE,
            indicator.name,
            f"{rules.indicator_section}：{indicator.name}{indicator.target_text()}",
            share,
            indicator_rule_text(indicator, rules.indicator_rules.get(indicator.name)),
            indicator=indicator.name,
        )
        for indicator, share in zip(indicators, shares, strict=True)
    ]
    taken = {row.name for row in rows}
    for item in rules.items:
        name = item.name if item.name not in taken else f"{item.name}（细则）"
        rows.append(SheetItemSpec(item.kind, name, item.requirement, item.points, item.rule, None))
    return rows


@dataclass(frozen=True)
class Entry:
    """A deduction, bonus or trigger the assessor entered: points per occurrence, count and
    the reason (always required)."""

    points: Decimal
    reason: str
    count: int = 1

    @property
    def amount(self) -> Decimal:
        """Points × count."""
        return self.points * self.count


@dataclass(frozen=True)
class ItemInput:
    """One row of a score sheet with what was entered for it."""

    position: int
    kind: AssessmentItemKind
    name: str
    standard: Decimal
    entries: tuple[Entry, ...] = ()
    assessed: bool = True
    self_points: Decimal | None = None
    indicator: IndicatorTarget | None = None
    indicator_rule: IndicatorRule | None = None


@dataclass(frozen=True)
class ItemScore:
    """The 实得分 of one row and how it came about (扣分情况)."""

    position: int
    kind: AssessmentItemKind
    name: str
    standard: Decimal
    points: Decimal | None
    applied: Decimal = ZERO
    wanted: Decimal = ZERO
    notes: tuple[str, ...] = ()
    triggered: bool = False
    veto_reasons: tuple[str, ...] = ()
    no_excellent_reasons: tuple[str, ...] = ()

    @property
    def pending(self) -> bool:
        """True while the row has no result (not assessed, or an indicator without actual)."""
        return self.points is None

    @property
    def capped(self) -> bool:
        """True when the cap or "扣完为止" kept part of what was entered from counting."""
        return self.wanted > self.applied


@dataclass(frozen=True)
class SheetScore:
    """A whole sheet: rows, totals, veto, 否优 and grade (None while incomplete)."""

    items: tuple[ItemScore, ...]
    base: Decimal
    bonus: Decimal
    deductions: Decimal
    computed: Decimal
    score: Decimal | None
    self_score: Decimal | None
    veto: bool
    veto_reasons: tuple[str, ...]
    no_excellent: tuple[str, ...]
    grade: Grade | None
    pending: tuple[str, ...]

    @property
    def complete(self) -> bool:
        """True when every row has a result."""
        return not self.pending

    @property
    def veto_reason(self) -> str | None:
        """Every veto reason in one sentence."""
        return "；".join(self.veto_reasons) if self.veto_reasons else None


def check_entry(entry: Entry, item: str) -> None:
    """Refuse an entry without a reason, with negative points or a count below one."""
    if not entry.reason.strip():
        raise DomainError(ErrorCode.DEDUCTION_REASON_MISSING, item=item)
    if entry.points < ZERO or entry.count < 1:
        raise DomainError(
            ErrorCode.DEDUCTION_INVALID,
            item=item,
            points=points_text(entry.points),
            count=entry.count,
        )


def _entry_note(entry: Entry, verb: str) -> str:
    amount = points_text(entry.amount)
    if entry.count > 1:
        return f"{entry.reason}（{entry.count}次×{points_text(entry.points)}分），{verb}{amount}分"
    return f"{entry.reason}，{verb}{amount}分"


def _miss(indicator: IndicatorTarget, actual: Decimal) -> Decimal:
    """How far the actual is on the wrong side of the target (0 when the target is met)."""
    target = indicator.target
    if target is None:
        return ZERO
    if indicator.comparison is IndicatorComparison.AT_MOST:
        return max(ZERO, actual - target)
    if indicator.comparison is IndicatorComparison.AT_LEAST:
        return max(ZERO, target - actual)
    return abs(actual - target)


def _vetoed_at(indicator: IndicatorTarget, rule: IndicatorRule | None, actual: Decimal) -> bool:
    if rule is None or rule.veto_at is None:
        return False
    if indicator.comparison is IndicatorComparison.AT_LEAST:
        return actual < rule.veto_at
    return actual >= rule.veto_at


def indicator_deduction(
    indicator: IndicatorTarget, rule: IndicatorRule | None, standard: Decimal
) -> tuple[Decimal, str, str | None]:
    """(points to deduct, the 扣分情况 note, a veto reason or None) for an entered actual."""
    actual = indicator.actual
    assert actual is not None
    miss = _miss(indicator, actual)
    said = f"实际{indicator.value_text(actual)}（目标{indicator.target_text()}）"
    veto: str | None = None
    if miss > ZERO and indicator.veto:
        veto = f"{indicator.name}{said}，属一票否决指标"
    elif _vetoed_at(indicator, rule, actual):
        veto = f"{indicator.name}{said}，达到一票否决条件"
    if miss == ZERO:
        return ZERO, f"{said}，完成目标", veto
    if rule is None or rule.points is None:
        return standard, f"{said}，未完成目标，该项不得分", veto
    steps = miss / rule.per
    amount = (steps * rule.points).quantize(POINT, rounding=ROUND_HALF_UP)
    unit = indicator.measure_unit
    gap = "超出" if indicator.comparison is IndicatorComparison.AT_MOST else "差"
    note = f"{said}，{gap}{points_text(miss)}{unit}，扣{points_text(amount)}分"
    return amount, note, veto


def score_item(item: ItemInput) -> ItemScore:
    """The 实得分 of one row."""
    for entry in item.entries:
        check_entry(entry, item.name)
    kind = item.kind
    if kind in (AssessmentItemKind.VETO, AssessmentItemKind.NO_EXCELLENT):
        reasons = tuple(entry.reason.strip() for entry in item.entries)
        return ItemScore(
            item.position,
            kind,
            item.name,
            item.standard,
            ZERO,
            notes=tuple(f"{reason}（{KIND_WORDS[kind]}）" for reason in reasons),
            triggered=bool(reasons),
            veto_reasons=reasons if kind is AssessmentItemKind.VETO else (),
            no_excellent_reasons=reasons if kind is AssessmentItemKind.NO_EXCELLENT else (),
        )
    verb = "加" if kind is AssessmentItemKind.BONUS else "扣"
    notes = [_entry_note(entry, verb) for entry in item.entries]
    wanted = sum((entry.amount for entry in item.entries), ZERO)
    veto_reasons: tuple[str, ...] = ()
    if item.indicator is not None:
        if item.indicator.actual is None:
            return ItemScore(
                item.position, kind, item.name, item.standard, None, notes=("实际值未录入",)
            )
        amount, note, veto = indicator_deduction(item.indicator, item.indicator_rule, item.standard)
        notes.insert(0, note)
        wanted += amount
        veto_reasons = (veto,) if veto else ()
    elif not item.assessed and not item.entries:
        return ItemScore(item.position, kind, item.name, item.standard, None, notes=("未评分",))
    if kind is AssessmentItemKind.BASE:
        applied = min(wanted, item.standard)
        points = item.standard - applied
    else:
        cap = item.standard if item.standard > ZERO or kind is AssessmentItemKind.BONUS else None
        applied = wanted if cap is None else min(wanted, cap)
        points = applied if kind is AssessmentItemKind.BONUS else -applied
    if wanted > applied:
        limit = "扣完为止" if kind is not AssessmentItemKind.BONUS else "加分封顶"
        notes.append(
            f"{limit}（应{verb}{points_text(wanted)}分，实{verb}{points_text(applied)}分）"
        )
    return ItemScore(
        item.position,
        kind,
        item.name,
        item.standard,
        points,
        applied=applied,
        wanted=wanted,
        notes=tuple(notes),
        veto_reasons=veto_reasons,
    )


def score_sheet(
    items: Sequence[ItemInput],
    *,
    thresholds: Thresholds | None = None,
    veto_score: Decimal | None = ZERO,
) -> SheetScore:
    """Total, veto, 否优 and grade of one sheet.

    The total is the base rows' points plus capped bonuses minus capped deductions, never
    below zero. A veto makes the grade 不合格 and the score ``veto_score`` (None keeps the
    computed score); 否优 turns 优秀 into 良好. While a row has no result the score and
    grade stay open — unless a veto already decides the grade.
    """
    thresholds = thresholds or Thresholds()
    scored = tuple(score_item(item) for item in items)
    base = sum((s.points or ZERO for s in scored if s.kind is AssessmentItemKind.BASE), ZERO)
    bonus = sum((s.points or ZERO for s in scored if s.kind is AssessmentItemKind.BONUS), ZERO)
    deductions = -sum(
        (s.points or ZERO for s in scored if s.kind is AssessmentItemKind.DEDUCTION), ZERO
    )
    computed = max(ZERO, base + bonus - deductions)
    veto_reasons = tuple(reason for s in scored for reason in s.veto_reasons)
    no_excellent = tuple(reason for s in scored for reason in s.no_excellent_reasons)
    pending = tuple(s.name for s in scored if s.pending)
    self_points = [i.self_points for i in items if i.self_points is not None]
    self_score = max(ZERO, sum(self_points, ZERO)) if self_points else None
    veto = bool(veto_reasons)
    score: Decimal | None
    grade: Grade | None
    if veto:
        score = veto_score if veto_score is not None else (None if pending else computed)
        grade = Grade.FAIL
    elif pending:
        score, grade = None, None
    else:
        score = computed
        grade = thresholds.grade(computed)
        if no_excellent and grade is Grade.EXCELLENT:
            grade = Grade.GOOD
    return SheetScore(
        items=scored,
        base=base,
        bonus=bonus,
        deductions=deductions,
        computed=computed,
        score=score,
        self_score=self_score,
        veto=veto,
        veto_reasons=veto_reasons,
        no_excellent=no_excellent,
        grade=grade,
        pending=pending,
    )


def maximum_total(items: Sequence[ItemInput]) -> tuple[Decimal, Decimal]:
    """(the base rows' standard points, the bonus rows' caps): the bounds of a total."""
    base = sum((i.standard for i in items if i.kind is AssessmentItemKind.BASE), ZERO)
    bonus = sum((i.standard for i in items if i.kind is AssessmentItemKind.BONUS), ZERO)
    return base, bonus


__all__ = [
    "DEFAULT_INDICATOR_SECTION",
    "GENERIC_RULES",
    "GRADE_WORDS",
    "HUNDRED",
    "KIND_WORDS",
    "POINT",
    "RULES_FORMAT",
    "TENTH",
    "ZERO",
    "Entry",
    "IndicatorRule",
    "IndicatorTarget",
    "ItemInput",
    "ItemRule",
    "ItemScore",
    "ItemRule",
    "ScoringRules",
    "SheetItemSpec",
    "SheetScore",
    "Thresholds",
    "check_entry",
    "decimal_of",
    "indicator_deduction",
    "maximum_total",
    "optional_decimal",
    "points_text",
    "score_item",
    "score_sheet",
    "share_points",
    "sheet_items",
]
