"""Per-letter targets: what the clerk types, what a letter keeps, how limits split and warn."""

from __future__ import annotations

import pytest

from desktop_app.domain.enums import IndicatorComparison
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_targets import (
    apply_targets,
    parent_requirements,
    parse_target,
    split_limit,
    target_warnings,
)
from desktop_app.domain.letters import IndicatorSpec

DEATHS = IndicatorSpec("生产安全事故死亡人数", "人", IndicatorComparison.AT_MOST, 0, 25)
MAJOR = IndicatorSpec("较大及以上生产安全事故起数", "起", IndicatorComparison.AT_MOST, 0, 25, True)
RATE = IndicatorSpec("隐患整改率", "%", IndicatorComparison.AT_LEAST, 100, 20)
LOSS = IndicatorSpec("直接经济损失", "万元", IndicatorComparison.AT_MOST, 50, 10)
TEMPLATE = (DEATHS, MAJOR, RATE)


@pytest.mark.parametrize(
    ("typed", "spec", "expected"),
    [
        ("0", MAJOR, 0.0),
        ("０", MAJOR, 0.0),
        ("-0", MAJOR, 0.0),
        ("2", DEATHS, 2.0),
        ("≤2人", DEATHS, 2.0),
        ("99.5", RATE, 99.5),
        ("98%", RATE, 98.0),
        ("12.5", LOSS, 12.5),
        ("", DEATHS, None),
        ("   ", DEATHS, None),
    ],
)
def test_typed_targets_are_read(typed: str, spec: IndicatorSpec, expected: float | None) -> None:
    assert parse_target(typed, spec) == expected


@pytest.mark.parametrize(
    ("typed", "spec"),
    [
        ("-1", DEATHS),
        ("1.5", DEATHS),
        ("abc", DEATHS),
        ("101", RATE),
        ("nan", LOSS),
        ("人", DEATHS),
    ],
)
def test_impossible_targets_are_refused_naming_the_indicator(
    typed: str, spec: IndicatorSpec
) -> None:
    with pytest.raises(DomainError) as caught:
        parse_target(typed, spec)
    assert caught.value.code is ErrorCode.INDICATOR_TARGET_INVALID
    assert caught.value.facts["indicator"] == spec.name


def test_a_zero_target_stays_zero_and_an_empty_one_leaves_the_indicator_out() -> None:
    chosen = apply_targets(TEMPLATE, {DEATHS.name: 0.0, MAJOR.name: None, RATE.name: 98.0})
    assert [(spec.name, spec.target) for spec in chosen] == [(DEATHS.name, 0.0), (RATE.name, 98.0)]
    assert chosen[0].target_text() == "0人"
    assert apply_targets(TEMPLATE, {}) == list(TEMPLATE)
    with pytest.raises(DomainError):
        apply_targets(TEMPLATE, {DEATHS.name: -1.0})


def test_a_parents_limits_split_in_whole_numbers_and_zero_stays_zero() -> None:
    assert split_limit(3, 13, whole=True) == [1.0, 1.0, 1.0] + [0.0] * 10
    assert sum(split_limit(7, 3, whole=True)) == 7
    assert split_limit(0, 4, whole=True) == [0.0] * 4
    assert split_limit(-2, 2, whole=True) == [0.0, 0.0]
    assert split_limit(10, 3, whole=False) == [3.33] * 3


def test_requirements_merge_the_parent_letter_the_template_limits_and_veto_items() -> None:
    parent_letter = [
        IndicatorSpec(DEATHS.name, "人", IndicatorComparison.AT_MOST, 2, veto=True),
        IndicatorSpec(RATE.name, "%", IndicatorComparison.AT_LEAST, 100),
    ]
    merged = {
        spec.name: spec
        for spec in parent_requirements(TEMPLATE, {DEATHS.name: 3, MAJOR.name: 0}, parent_letter)
    }
    assert merged[DEATHS.name].target == 2 and merged[DEATHS.name].veto  # the tighter limit
    assert merged[MAJOR.name].target == 0 and merged[MAJOR.name].veto  # the template's veto
    assert RATE.name not in merged  # ≥ targets are not shared out


def test_children_over_the_limit_or_missing_a_veto_item_are_warned() -> None:
    requirements = parent_requirements(TEMPLATE, {DEATHS.name: 3})
    looser = apply_targets(TEMPLATE, {DEATHS.name: 2.0})
    without_veto = apply_targets(TEMPLATE, {MAJOR.name: None})
    warnings = target_warnings(
        "青溪县人民政府", requirements, [("甲镇", looser), ("乙镇", looser), ("丙镇", without_veto)]
    )
    assert {(w.kind, w.indicator) for w in warnings} == {
        ("over_limit", DEATHS.name),
        ("veto_missing", MAJOR.name),
    }
    over = next(w for w in warnings if w.kind == "over_limit")
    assert (over.parent_target, over.children_total) == (3, 4)
    assert next(w for w in warnings if w.kind == "veto_missing").children == ("丙镇",)
    fine = target_warnings("县", requirements, [("甲镇", looser), ("乙镇", list(TEMPLATE))])
    assert fine == []
