"""考核细则 as data: grade thresholds, item rules, indicator rules, exact decimal points.

A template's scoring rules are the JSON stored in ``LetterTemplate.scoring_rules``; this
module reads and writes them and holds the decimal helpers every scoring module shares.
Points are kept to hundredths, standard points to tenths.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from desktop_app.domain.enums import AssessmentItemKind, Grade
from desktop_app.domain.errors import DomainError, ErrorCode

RULES_FORMAT = 1
POINT = Decimal("0.01")
TENTH = Decimal("0.1")
ZERO = Decimal(0)
HUNDRED = Decimal(100)
DEFAULT_INDICATOR_SECTION = "控制指标"
GRADE_WORDS = {
    Grade.EXCELLENT: "优秀",
    Grade.GOOD: "良好",
    Grade.PASS: "合格",
    Grade.FAIL: "不合格",
}
KIND_WORDS = {
    AssessmentItemKind.BASE: "基础",
    AssessmentItemKind.BONUS: "加分",
    AssessmentItemKind.DEDUCTION: "扣分",
    AssessmentItemKind.NO_EXCELLENT: "否优",
    AssessmentItemKind.VETO: "否决",
}


def decimal_of(value: object, *, places: Decimal = POINT) -> Decimal:
    """``value`` (int, float, str or Decimal) as an exact Decimal rounded to ``places``.

    Floats go through their shortest repr, so 92.5 stays 92.5 and 0.1 stays 0.1.
    """
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, bool):
        raise ValueError("a yes/no value is not a number")
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = Decimal(repr(value))
    elif isinstance(value, str):
        try:
            number = Decimal(value.strip())
        except InvalidOperation as error:
            raise ValueError(value) from error
    else:
        raise ValueError(repr(value))
    if not number.is_finite():
        raise ValueError(str(value))
    return number.quantize(places, rounding=ROUND_HALF_UP)


def optional_decimal(value: object, *, places: Decimal = POINT) -> Decimal | None:
    """Like :func:`decimal_of`, with None for None."""
    return None if value is None else decimal_of(value, places=places)


def points_text(value: Decimal | None) -> str:
    """Points as printed: 92.5, 90, 7.25 ("—" for none)."""
    if value is None:
        return "—"
    text = format(value.quantize(POINT), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass(frozen=True)
class Thresholds:
    """Grade thresholds (等次): score ≥ excellent → 优秀, ≥ good → 良好, ≥ passing → 合格."""

    excellent: Decimal = Decimal(90)
    good: Decimal = Decimal(80)
    passing: Decimal = Decimal(60)

    def grade(self, score: Decimal) -> Grade:
        """The grade a score earns (before 否优 and 一票否决)."""
        if score >= self.excellent:
            return Grade.EXCELLENT
        if score >= self.good:
            return Grade.GOOD
        if score >= self.passing:
            return Grade.PASS
        return Grade.FAIL

    def as_json(self) -> dict[str, str]:
        """The thresholds in the rules JSON."""
        return {
            "excellent": points_text(self.excellent),
            "good": points_text(self.good),
            "pass": points_text(self.passing),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Thresholds:
        """Read thresholds; missing ones take the defaults; they must descend."""
        data = data or {}
        thresholds = cls(
            decimal_of(data.get("excellent", 90)),
            decimal_of(data.get("good", 80)),
            decimal_of(data.get("pass", 60)),
        )
        if not thresholds.excellent >= thresholds.good >= thresholds.passing >= ZERO:
            raise ValueError("thresholds must descend: excellent ≥ good ≥ pass ≥ 0")
        return thresholds


@dataclass(frozen=True)
class IndicatorRule:
    """How a missed indicator target is scored.

    ``points`` per ``per`` of the miss ("每死亡1人扣10分": per 1, points 10); without
    ``points`` a miss costs the whole item. ``veto_at`` vetoes the unit when the actual
    reaches it (≤ indicators) or stays below it (≥ indicators).
    """

    per: Decimal = Decimal(1)
    points: Decimal | None = None
    veto_at: Decimal | None = None
    rule: str = ""

    def as_json(self) -> dict[str, Any]:
        """The rule in the rules JSON."""
        return {
            "per": points_text(self.per),
            "points": None if self.points is None else points_text(self.points),
            "veto_at": None if self.veto_at is None else points_text(self.veto_at),
            "rule": self.rule,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> IndicatorRule:
        """Read one indicator rule."""
        per = decimal_of(data.get("per", 1))
        if per <= ZERO:
            raise ValueError("per must be positive")
        return cls(
            per=per,
            points=optional_decimal(data.get("points")),
            veto_at=optional_decimal(data.get("veto_at")),
            rule=str(data.get("rule") or ""),
        )


@dataclass(frozen=True)
class ItemRule:
    """One item of the 考核细则: kind, name, requirement, standard points (the cap of a
    bonus or deduction item), the printed rule and the points per occurrence."""

    kind: AssessmentItemKind
    name: str
    requirement: str = ""
    points: Decimal = ZERO
    rule: str = ""
    per_unit: Decimal | None = None

    def as_json(self) -> dict[str, Any]:
        """The item in the rules JSON."""
        return {
            "kind": self.kind.value,
            "name": self.name,
            "requirement": self.requirement,
            "points": points_text(self.points),
            "rule": self.rule,
            "per_unit": None if self.per_unit is None else points_text(self.per_unit),
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ItemRule:
        """Read one item."""
        points = decimal_of(data.get("points") or 0, places=TENTH)
        if points < ZERO:
            raise ValueError(f"negative points for {data.get('name')}")
        return cls(
            kind=AssessmentItemKind(data.get("kind") or "base"),
            name=str(data["name"]).strip(),
            requirement=str(data.get("requirement") or ""),
            points=points,
            rule=str(data.get("rule") or ""),
            per_unit=optional_decimal(data.get("per_unit")),
        )


@dataclass(frozen=True)
class ScoringRules:
    """A template's 考核细则."""

    key: str
    title: str
    rank_group: str
    items: tuple[ItemRule, ...]
    indicator_points: Decimal = ZERO
    indicator_section: str = DEFAULT_INDICATOR_SECTION
    indicator_rules: Mapping[str, IndicatorRule] = field(default_factory=dict)
    thresholds: Thresholds = field(default_factory=Thresholds)
    veto_score: Decimal | None = ZERO

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScoringRules:
        """Read rules; a broken document raises ``SCORING_RULES_INVALID`` saying why."""
        name = str(data.get("title") or data.get("key") or "?")
        try:
            items = tuple(ItemRule.from_json(item) for item in data.get("items", ()))
            names = [item.name for item in items]
            duplicates = sorted({n for n in names if names.count(n) > 1})
            if duplicates or any(not n for n in names):
                raise ValueError(f"item names must be unique and not blank: {duplicates}")
            indicator_points = decimal_of(data.get("indicator_points") or 0, places=TENTH)
            if indicator_points < ZERO:
                raise ValueError("indicator_points must not be negative")
            veto_score = data.get("veto_score", 0)
            return cls(
                key=str(data.get("key") or ""),
                title=str(data.get("title") or ""),
                rank_group=str(data.get("rank_group") or "")[:50],
                items=items,
                indicator_points=indicator_points,
                indicator_section=str(data.get("indicator_section") or DEFAULT_INDICATOR_SECTION),
                indicator_rules={
                    str(k): IndicatorRule.from_json(v)
                    for k, v in (data.get("indicator_rules") or {}).items()
                },
                thresholds=Thresholds.from_json(data.get("thresholds")),
                veto_score=optional_decimal(veto_score),
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise DomainError(
                ErrorCode.SCORING_RULES_INVALID, rules=name, detail=str(error)[:200]
            ) from error

    def as_json(self) -> dict[str, Any]:
        """The JSON stored in ``LetterTemplate.scoring_rules``."""
        return {
            "format": RULES_FORMAT,
            "key": self.key,
            "title": self.title,
            "rank_group": self.rank_group,
            "thresholds": self.thresholds.as_json(),
            "veto_score": None if self.veto_score is None else points_text(self.veto_score),
            "indicator_points": points_text(self.indicator_points),
            "indicator_section": self.indicator_section,
            "indicator_rules": {k: v.as_json() for k, v in self.indicator_rules.items()},
            "items": [item.as_json() for item in self.items],
        }

    def item_named(self, name: str) -> ItemRule | None:
        """The rule item called ``name``."""
        return next((item for item in self.items if item.name == name), None)


GENERIC_RULES = ScoringRules(
    key="generic",
    title="安全生产目标责任考核细则",
    rank_group="",
    items=(),
    indicator_points=HUNDRED,
)
"""Rules for a template without 考核细则: the indicators share 100 points."""
