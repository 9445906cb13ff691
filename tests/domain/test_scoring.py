"""Scoring a score sheet: 扣完为止, caps, 否优, 一票否决, indicators, grades, ranks, invariants."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.domain.enums import AssessmentItemKind, Grade, IndicatorComparison
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.ranking import RankInput, SummaryInput, rank_group, summarise
from desktop_app.domain.scoring import (
    GENERIC_RULES,
    Entry,
    IndicatorRule,
    IndicatorTarget,
    ItemInput,
    ScoringRules,
    Thresholds,
    maximum_total,
    score_item,
    score_sheet,
    share_points,
    sheet_items,
)

BASE = AssessmentItemKind.BASE
BONUS = AssessmentItemKind.BONUS
DEDUCTION = AssessmentItemKind.DEDUCTION
NO_EXCELLENT = AssessmentItemKind.NO_EXCELLENT
VETO = AssessmentItemKind.VETO
RULES = Path(__file__).resolve().parents[2] / "resources" / "templates" / "scoring"
D = Decimal


def item(
    position: int,
    kind: AssessmentItemKind = BASE,
    standard: str = "10",
    *entries: Entry,
    assessed: bool = True,
    indicator: IndicatorTarget | None = None,
    rule: IndicatorRule | None = None,
) -> ItemInput:
    return ItemInput(
        position,
        kind,
        f"项目{position}",
        D(standard),
        tuple(entries),
        assessed,
        indicator=indicator,
        indicator_rule=rule,
    )


def deduct(points: str, count: int = 1, reason: str = "检查发现问题") -> Entry:
    return Entry(D(points), reason, count)


def full_sheet(*extra: ItemInput) -> list[ItemInput]:
    """Ten base items of 10 points (100 in all), plus ``extra``."""
    return [item(n) for n in range(1, 11)] + list(extra)


# ---------------------------------------------------------------- items
def test_deductions_stop_at_zero_for_the_item_and_say_so() -> None:
    scored = score_item(item(1, BASE, "10", deduct("4", 3)))
    assert scored.points == D(0)
    assert scored.applied == D(10) and scored.wanted == D(12) and scored.capped
    assert any("扣完为止" in note for note in scored.notes)


def test_an_item_overdrawn_does_not_take_points_from_the_others() -> None:
    sheet = score_sheet([item(1, BASE, "10", deduct("15")), item(2, BASE, "10")])
    assert sheet.score == D(10)


def test_a_bonus_is_capped_by_its_standard_points() -> None:
    sheet = score_sheet(full_sheet(item(11, BONUS, "5", deduct("2", 3, "获市级表彰"))))
    assert sheet.bonus == D(5)
    assert sheet.score == D(105)
    assert any("加分封顶" in note for note in sheet.items[-1].notes)


def test_a_deduction_item_takes_off_at_most_its_cap() -> None:
    sheet = score_sheet(full_sheet(item(11, DEDUCTION, "20", deduct("5", 5, "一般事故"))))
    assert sheet.deductions == D(20)
    assert sheet.score == D(80)


def test_the_total_never_goes_below_zero() -> None:
    sheet = score_sheet([item(1, BASE, "10"), item(2, DEDUCTION, "0", deduct("50"))])
    assert sheet.computed == D(0) and sheet.score == D(0)
    assert sheet.grade is Grade.FAIL


def test_no_excellent_turns_excellent_into_good_and_nothing_else() -> None:
    clean = score_sheet(full_sheet(item(11, NO_EXCELLENT, "0", deduct("0", 1, "被市级通报"))))
    assert clean.score == D(100) and clean.grade is Grade.GOOD
    assert clean.no_excellent == ("被市级通报",)
    lower = score_sheet(
        full_sheet(item(11, NO_EXCELLENT, "0", deduct("0", 1, "被市级通报")))[:8]
        + [item(9, BASE, "10", deduct("10")), item(10, BASE, "10", deduct("10"))]
    )
    assert lower.score == D(80) and lower.grade is Grade.GOOD


def test_a_veto_overrides_any_score() -> None:
    sheet = score_sheet(full_sheet(item(11, VETO, "0", deduct("0", 1, "迟报生产安全事故"))))
    assert sheet.computed == D(100)
    assert sheet.veto and sheet.grade is Grade.FAIL and sheet.score == D(0)
    assert sheet.veto_reason == "迟报生产安全事故"


def test_a_veto_can_keep_the_computed_score_when_the_rules_say_so() -> None:
    sheet = score_sheet(
        full_sheet(item(11, VETO, "0", deduct("0", 1, "瞒报事故"))), veto_score=None
    )
    assert sheet.score == D(100) and sheet.grade is Grade.FAIL


def test_every_deduction_needs_a_reason() -> None:
    with pytest.raises(DomainError) as caught:
        score_sheet([item(1, BASE, "10", Entry(D(2), "  ", 1))])
    assert caught.value.code is ErrorCode.DEDUCTION_REASON_MISSING
    with pytest.raises(DomainError) as caught:
        score_sheet([item(1, BASE, "10", Entry(D(2), "原因", 0))])
    assert caught.value.code is ErrorCode.DEDUCTION_INVALID


def test_points_are_exact_decimals() -> None:
    sheet = score_sheet(full_sheet()[:9] + [item(10, BASE, "10", *[deduct("0.1")] * 3)])
    assert sheet.score == D("99.7")
    assert str(sheet.score) == "99.7"


# ---------------------------------------------------------------- indicators
def deaths(actual: str | None, target: str = "0", veto: bool = False) -> IndicatorTarget:
    return IndicatorTarget(
        "生产安全事故死亡人数",
        IndicatorComparison.AT_MOST,
        D(target),
        "人",
        D(25),
        veto,
        None if actual is None else D(actual),
    )


PER_DEATH = IndicatorRule(per=D(1), points=D(10), veto_at=D(2))


def test_an_indicator_within_its_target_keeps_its_points() -> None:
    scored = score_item(item(1, BASE, "10", indicator=deaths("0"), rule=PER_DEATH))
    assert scored.points == D(10)
    assert "完成目标" in scored.notes[0]


def test_each_death_above_the_target_deducts_and_two_veto() -> None:
    one = score_sheet([item(1, BASE, "15", indicator=deaths("1"), rule=PER_DEATH)])
    assert one.score == D(5) and not one.veto
    assert "超出1人，扣10分" in one.items[0].notes[0]
    two = score_sheet([item(1, BASE, "15", indicator=deaths("2"), rule=PER_DEATH)])
    assert two.veto and two.grade is Grade.FAIL and two.score == D(0)


def test_a_looser_target_is_the_letters_own() -> None:
    within = score_sheet([item(1, BASE, "10", indicator=deaths("1", target="1"), rule=PER_DEATH)])
    assert within.score == D(10) and not within.veto


def test_a_veto_indicator_missed_vetoes_the_unit() -> None:
    big = IndicatorTarget(
        "较大及以上生产安全事故起数", IndicatorComparison.AT_MOST, D(0), "起", None, True, D(1)
    )
    sheet = score_sheet(full_sheet(item(11, BASE, "10", indicator=big)))
    assert sheet.veto and "一票否决" in (sheet.veto_reason or "")
    assert sheet.items[-1].points == D(0)  # no rule: a miss costs the whole item


def test_a_rate_below_target_deducts_per_percentage_point() -> None:
    rate = IndicatorTarget(
        "隐患整改率", IndicatorComparison.AT_LEAST, D(100), "%", None, False, D("97.5")
    )
    scored = score_item(item(1, BASE, "6", indicator=rate, rule=IndicatorRule(D(1), D(1))))
    assert scored.points == D("3.5")


def test_an_equal_indicator_missed_costs_the_item() -> None:
    equal = IndicatorTarget("持证人数", IndicatorComparison.EQUAL, D(5), "人", None, False, D(4))
    assert score_item(item(1, BASE, "4", indicator=equal)).points == D(0)


def test_a_letter_without_results_has_no_score_grade_or_rank() -> None:
    sheet = score_sheet(
        [item(1, BASE, "10", indicator=deaths(None))]
        + [item(n, BASE, "10", assessed=False) for n in range(2, 5)]
    )
    assert sheet.score is None and sheet.grade is None
    assert sheet.pending == ("项目1", "项目2", "项目3", "项目4")
    ranked = rank_group([RankInput("a", "甲镇", sheet.score), RankInput("b", "乙镇", D(90))])
    assert [(r.name, r.rank) for r in ranked] == [("乙镇", 1), ("甲镇", None)]


def test_a_veto_decides_the_grade_even_before_every_result_is_in() -> None:
    sheet = score_sheet(
        [item(1, BASE, "10", assessed=False), item(2, VETO, "0", deduct("0", 1, "瞒报事故"))]
    )
    assert sheet.grade is Grade.FAIL and sheet.score == D(0)


# ---------------------------------------------------------------- grades and rules
def test_thresholds_are_configurable() -> None:
    strict = Thresholds(D(95), D(85), D(70))
    assert strict.grade(D(94)) is Grade.GOOD
    assert strict.grade(D(69.5)) is Grade.FAIL
    assert Thresholds().grade(D(90)) is Grade.EXCELLENT
    assert Thresholds().grade(D("59.99")) is Grade.FAIL
    with pytest.raises(DomainError) as caught:
        ScoringRules.from_json({"title": "x", "thresholds": {"excellent": 50, "good": 80}})
    assert caught.value.code is ErrorCode.SCORING_RULES_INVALID


def test_indicator_points_are_shared_by_weight_exactly() -> None:
    assert share_points(D(40), [D(25), D(25), D(15), D(15), D(10), D(10)]) == [
        D(10), D(10), D(6), D(6), D(4), D(4),
    ]  # fmt: skip
    thirds = share_points(D(10), [D(1), D(1), D(1)])
    assert sum(thirds) == D(10) and sorted(thirds) == [D("3.3"), D("3.3"), D("3.4")]
    assert share_points(D(9), [None, None]) == [D("4.5"), D("4.5")]


@pytest.mark.parametrize("path", sorted(RULES.glob("*.json")), ids=lambda p: p.stem)
def test_every_shipped_rule_set_reads_round_trips_and_totals_100(path: Path) -> None:
    rules = ScoringRules.from_json(json.loads(path.read_text(encoding="utf-8")))
    assert ScoringRules.from_json(rules.as_json()) == rules
    base = sum(i.points for i in rules.items if i.kind is BASE)
    assert rules.indicator_points + base == D(100)
    assert any(i.kind is VETO for i in rules.items)
    assert all(i.rule for i in rules.items)


def test_a_sheet_lists_the_letters_indicators_then_the_rules_items() -> None:
    rules = ScoringRules.from_json(
        json.loads((RULES / "county_township.json").read_text(encoding="utf-8"))
    )
    rate = IndicatorTarget("隐患整改率", IndicatorComparison.AT_LEAST, D(100), "%", D(25))
    rows = sheet_items(rules, [deaths(None), rate])
    assert rows[0].indicator == "生产安全事故死亡人数"
    assert rows[0].requirement.startswith("控制指标")
    assert [r.name for r in rows[2:]] == [i.name for i in rules.items]
    generic = sheet_items(GENERIC_RULES, [deaths(None)])
    assert generic[0].standard == D(100)


# ---------------------------------------------------------------- ranking and summary
def test_ties_share_a_rank_and_the_next_rank_skips() -> None:
    ranked = rank_group(
        [
            RankInput(1, "青溪镇", D("95")),
            RankInput(2, "石桥镇", D("92.5")),
            RankInput(3, "柳河镇", D("92.5")),
            RankInput(4, "白沙镇", D("90")),
        ]
    )
    assert [(r.name, r.rank) for r in ranked] == [
        ("青溪镇", 1), ("柳河镇", 2), ("石桥镇", 2), ("白沙镇", 4),
    ]  # fmt: skip
    tied = next(r for r in ranked if r.name == "石桥镇")
    assert tied.tied_with == ("柳河镇",)
    assert tied.note == "与柳河镇并列第2名（得分均为92.5分）"


def test_a_vetoed_unit_ranks_after_every_unit_not_vetoed() -> None:
    ranked = rank_group(
        [
            RankInput("a", "龙潭镇", D(98), veto=True),
            RankInput("b", "河口镇", D(61)),
        ]
    )
    assert [(r.name, r.rank) for r in ranked] == [("河口镇", 1), ("龙潭镇", 2)]
    assert "一票否决" in ranked[1].note


def test_the_summary_counts_grades_vetoes_and_the_signing_rate() -> None:
    summary = summarise(
        [
            SummaryInput("甲", "乡镇", True, D(95), Grade.EXCELLENT, assessed=True),
            SummaryInput("乙", "乡镇", True, D(0), Grade.FAIL, "瞒报事故", assessed=True),
            SummaryInput("丙", "乡镇", False),
        ]
    )
    assert summary.letters == 3 and summary.signed == 2
    assert summary.signing_rate == D("66.7")
    assert summary.grades[Grade.EXCELLENT] == 1 and summary.grades[Grade.FAIL] == 1
    assert summary.vetoes == (("乙", "瞒报事故"),)
    assert summary.average == D("47.50")
    assert summary.grade_line() == "优秀 1 个、良好 0 个、合格 0 个、不合格 1 个"


# ---------------------------------------------------------------- invariants
KINDS = st.sampled_from([BASE, BASE, BASE, BONUS, DEDUCTION, NO_EXCELLENT, VETO])
POINTS = st.integers(min_value=0, max_value=120).map(lambda n: D(n) / 4)
ENTRIES = st.lists(
    st.builds(lambda p, c: Entry(p, "原因", c), POINTS, st.integers(min_value=1, max_value=3)),
    max_size=3,
)


@st.composite
def sheets(draw: st.DrawFn) -> list[ItemInput]:
    count = draw(st.integers(min_value=1, max_value=8))
    return [
        item(
            n,
            draw(KINDS),
            str(draw(st.integers(min_value=0, max_value=300)) / 10),
            *draw(ENTRIES),
        )
        for n in range(1, count + 1)
    ]


@settings(max_examples=300, deadline=None)
@given(sheets())
def test_the_total_stays_between_zero_and_the_maximum_plus_the_bonus_cap(
    items: list[ItemInput],
) -> None:
    sheet = score_sheet(items)
    top, bonus_cap = maximum_total(items)
    assert sheet.score is not None
    assert D(0) <= sheet.score <= top + bonus_cap
    assert D(0) <= sheet.computed <= top + bonus_cap


@settings(max_examples=300, deadline=None)
@given(sheets())
def test_a_veto_always_means_fail(items: list[ItemInput]) -> None:
    sheet = score_sheet(items)
    vetoed = any(i.kind is VETO and i.entries for i in items)
    assert sheet.veto == vetoed
    if vetoed:
        assert sheet.grade is Grade.FAIL


@settings(max_examples=300, deadline=None)
@given(sheets(), st.data())
def test_adding_a_deduction_never_raises_the_total(
    items: list[ItemInput], data: st.DataObject
) -> None:
    targets = [n for n, i in enumerate(items) if i.kind in (BASE, DEDUCTION, VETO, NO_EXCELLENT)]
    if not targets:
        return
    chosen = data.draw(st.sampled_from(targets))
    extra = data.draw(POINTS)
    before = score_sheet(items)
    changed = list(items)
    old = changed[chosen]
    changed[chosen] = old.__class__(
        old.position, old.kind, old.name, old.standard, (*old.entries, deduct(str(extra)))
    )
    after = score_sheet(changed)
    assert after.computed <= before.computed
    assert before.score is not None and after.score is not None
    assert after.score <= before.score
