"""Editing a letter template's body (reordering, indicators, limits) and checking it."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.domain.enums import IndicatorComparison
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_template_edit import (
    IssuerShare,
    insert_clause,
    insert_indicator,
    insert_section,
    move_clause,
    move_indicator,
    move_section,
    moved,
    parent_limit_of,
    refuse_blocking,
    remove_clause,
    remove_indicator,
    remove_section,
    rename_section,
    set_clause,
    set_indicator,
    template_problems,
)
from desktop_app.domain.letters import (
    IndicatorSpec,
    LetterFacts,
    PartyFacts,
    TemplateSection,
    TemplateSpec,
    compose_letter,
)

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
FACTS = LetterFacts(2026, PartyFacts("青溪县人民政府", "陈建国"), PartyFacts("青溪镇", "王芳"))


def _template(name: str = "county_township") -> TemplateSpec:
    return TemplateSpec.from_json(json.loads((TEMPLATES / f"{name}.json").read_text("utf-8")))


def _codes(spec: TemplateSpec, issuers: tuple[IssuerShare, ...] = ()) -> list[ErrorCode]:
    return [problem.code for problem in template_problems(spec, issuers)]


def _h1(spec: TemplateSpec) -> list[str]:
    content = compose_letter(spec, FACTS, letter_uuid="u")
    return [block["text"] for block in content["blocks"] if block["type"] == "h1"]


def test_moved_puts_one_item_at_its_new_place_and_keeps_the_others_in_order() -> None:
    assert moved("abcde", 0, 3) == ("b", "c", "d", "a", "e")
    assert moved("abcde", 4, 1) == ("a", "e", "b", "c", "d")
    assert moved("abc", 1, 1) == ("a", "b", "c")
    with pytest.raises(IndexError):
        moved("abc", 0, 3)


def test_a_moved_section_is_composed_in_its_new_place_and_moving_back_undoes_it() -> None:
    spec = _template()
    before = _h1(spec)
    swapped = move_section(spec, 4, 0)
    assert _h1(swapped) == [before[4], *before[:4]]
    assert move_section(swapped, 0, 4) == spec


def test_clauses_are_added_edited_moved_and_removed_within_their_section() -> None:
    spec = _template()
    first = spec.sections[1].clauses
    edited = insert_clause(spec, 1, 0, "0．甲方统筹协调。")
    edited = move_clause(edited, 1, 0, len(first))
    assert edited.sections[1].clauses == (*first, "0．甲方统筹协调。")
    edited = set_clause(edited, 1, len(first), "4．甲方统筹协调{乙方}。")
    content = compose_letter(edited, FACTS, letter_uuid="u")
    assert any(block.get("text") == "4．甲方统筹协调青溪镇。" for block in content["blocks"])
    assert remove_clause(edited, 1, len(first)).sections[1].clauses == first
    assert edited.sections[0] == spec.sections[0]  # other sections untouched


def test_sections_are_added_renamed_and_removed() -> None:
    spec = _template()
    added = insert_section(spec, 2, TemplateSection("三、安全投入", ("乙方保障安全投入。",)))
    added = rename_section(added, 2, "三、安全生产投入")
    assert [s.heading for s in added.sections][2] == "三、安全生产投入"
    assert remove_section(added, 2) == spec


def test_a_parent_limit_follows_its_indicator_through_rename_and_removal() -> None:
    spec = _template()
    deaths = spec.indicators[0]
    assert parent_limit_of(spec, deaths.name) == 3
    renamed = set_indicator(spec, 0, replace(deaths, name="死亡人数"), 2)
    assert parent_limit_of(renamed, "死亡人数") == 2
    assert deaths.name not in renamed.parent_limits
    cleared = set_indicator(renamed, 0, renamed.indicators[0], None)
    assert "死亡人数" not in cleared.parent_limits
    removed = remove_indicator(spec, 0)
    assert deaths.name not in removed.parent_limits
    restored = insert_indicator(removed, 0, deaths, 3)
    assert restored.indicators == spec.indicators
    assert dict(restored.parent_limits) == dict(spec.parent_limits)
    reordered = move_indicator(spec, 0, 5)
    assert reordered.indicators[5] == deaths and dict(reordered.parent_limits) == dict(
        spec.parent_limits
    )


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.json")), ids=lambda p: p.stem)
def test_the_shipped_templates_have_no_blocking_problem(path: Path) -> None:
    spec = TemplateSpec.from_json(json.loads(path.read_text("utf-8")))
    assert [p for p in template_problems(spec) if p.blocking] == []
    refuse_blocking(template_problems(spec))


def test_an_unknown_placeholder_and_an_empty_title_block_the_save() -> None:
    spec = _template()
    broken = replace(
        set_clause(spec, 4, 0, "1．本责任书由{乙方名字}保存。"), title="  ", name="县政府责任书"
    )
    problems = template_problems(broken)
    assert [(p.code, p.blocking) for p in problems][:2] == [
        (ErrorCode.TEMPLATE_TITLE_EMPTY, True),
        (ErrorCode.UNKNOWN_PLACEHOLDER, True),
    ]
    assert problems[1].facts["placeholder"] == "{乙方名字}"
    with pytest.raises(DomainError) as refused:
        refuse_blocking(problems)
    assert refused.value.code is ErrorCode.TEMPLATE_TITLE_EMPTY


def test_indicator_rules_come_from_the_assessment_and_the_cascade() -> None:
    spec = _template()
    first, second = spec.indicators[0], spec.indicators[1]
    assert ErrorCode.TEMPLATE_INDICATOR_DUPLICATE in _codes(
        set_indicator(spec, 1, replace(second, name=first.name), None)
    )
    # weights are shares of the assessment's indicator points: another total only warns
    lighter = set_indicator(spec, 0, replace(first, weight=15), 3)
    problems = template_problems(lighter)
    assert [(p.code, p.blocking, p.facts) for p in problems] == [
        (ErrorCode.TEMPLATE_WEIGHTS_NOT_100, False, {"total": "90"})
    ]
    assert ErrorCode.TEMPLATE_WEIGHT_NEGATIVE in _codes(
        set_indicator(spec, 0, replace(first, weight=-5), 3)
    )
    half_a_death = set_indicator(spec, 0, replace(first, target=0.5), 3)
    assert ErrorCode.INDICATOR_TARGET_INVALID in _codes(half_a_death)
    # a parent limit is a ≤ limit of a count
    at_least = spec.indicators[3]
    assert at_least.comparison is IndicatorComparison.AT_LEAST
    assert ErrorCode.TEMPLATE_LIMIT_NOT_AT_MOST in _codes(set_indicator(spec, 3, at_least, 50))
    assert ErrorCode.TEMPLATE_LIMIT_INVALID in _codes(set_indicator(spec, 0, first, 1.5))


def test_default_targets_over_an_issuers_parent_limit_are_a_warning() -> None:
    spec = _template()
    one_each = set_indicator(spec, 0, replace(spec.indicators[0], target=1), 3)
    county = (IssuerShare("青溪县人民政府", 13),)
    problems = [p for p in template_problems(one_each, county) if not p.blocking]
    assert [(p.code, p.facts) for p in problems] == [
        (
            ErrorCode.TEMPLATE_LIMIT_EXCEEDED,
            {
                "issuer": "青溪县人民政府",
                "count": 13,
                "indicator": "生产安全事故死亡人数",
                "total": "13",
                "limit": "3",
            },
        )
    ]
    assert template_problems(one_each, (IssuerShare("青溪县人民政府", 3),)) == []
    assert template_problems(spec, county) == []  # default 0 fits any limit


def test_indicators_that_no_line_prints_are_a_warning() -> None:
    spec = _template()
    without_table = set_clause(spec, 0, 4, "控制指标另行下达。")
    assert _codes(without_table) == [ErrorCode.TEMPLATE_INDICATORS_NOT_PRINTED]
    no_indicators = replace(without_table, indicators=(), parent_limits={})
    assert _codes(no_indicators) == []
    assert _codes(replace(spec, sections=())) == [
        ErrorCode.TEMPLATE_NO_SECTIONS,
        ErrorCode.TEMPLATE_INDICATORS_NOT_PRINTED,
    ]
    assert _codes(rename_section(spec, 2, "")) == [ErrorCode.TEMPLATE_HEADING_EMPTY]
    nameless = insert_indicator(spec, 6, IndicatorSpec("", "%", IndicatorComparison.AT_LEAST, 100))
    assert ErrorCode.TEMPLATE_INDICATOR_NAME_EMPTY in _codes(nameless)
