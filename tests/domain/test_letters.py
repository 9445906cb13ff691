"""Letter composition: placeholders from the facts, blocks, fingerprints, cascading checks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.domain.canonical import fingerprint
from desktop_app.domain.enums import FieldRole, IndicatorComparison
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letters import (
    IndicatorSpec,
    LetterFacts,
    PartyFacts,
    TemplateSection,
    TemplateSpec,
    check_cascade,
    compose_letter,
    content_differences,
    content_fingerprint,
    content_text,
    placeholder_problems,
)

TEMPLATES = Path(__file__).resolve().parents[2] / "resources" / "templates"
FACTS = LetterFacts(
    year=2026,
    party_a=PartyFacts("青溪县人民政府", "陈建国", "县长"),
    party_b=PartyFacts("青溪镇", "王芳", "党委书记"),
    fields=(("道路交通", FieldRole.TERRITORIAL), ("建筑施工", FieldRole.TERRITORIAL)),
    duties=("党政主要负责人是本地区安全生产第一责任人。", "定期研究部署安全生产工作。"),
    overseeing_leaders=("周明远（常务副县长）",),
)


def _template(name: str = "county_township") -> TemplateSpec:
    return TemplateSpec.from_json(json.loads((TEMPLATES / f"{name}.json").read_text("utf-8")))


@pytest.mark.parametrize("path", sorted(TEMPLATES.glob("*.json")), ids=lambda p: p.stem)
def test_every_shipped_template_has_the_sections_of_a_real_letter(path: Path) -> None:
    spec = TemplateSpec.from_json(json.loads(path.read_text("utf-8")))
    assert placeholder_problems(spec) == []
    headings = "".join(section.heading for section in spec.sections)
    for word in ("责任目标", "甲方职责", "乙方职责", "考核与奖惩", "附则"):
        assert word in headings
    clauses = "".join(c for s in spec.sections for c in s.clauses)
    assert "{指标表}" in clauses and "一票否决" in clauses and "一式{份数}份" in clauses
    assert "接任人自然成为签字人" in clauses
    assert "安全第一、预防为主、综合治理" in "".join(spec.preamble)
    assert "安全生产法" in "".join(spec.preamble)
    assert any(indicator.veto for indicator in spec.indicators)
    assert spec.pairing in ("townships", "committee_members", "subsidiaries", "teams")


def test_composing_fills_every_placeholder_from_the_facts() -> None:
    content = compose_letter(_template(), FACTS, letter_uuid="u-1")
    texts = content_text(content)
    joined = "".join(texts)
    assert "{" not in joined and "}" not in joined
    assert content["title"] == "2026年度安全生产目标责任书"
    assert "青溪县人民政府（以下简称甲方）与青溪镇（以下简称乙方）" in joined
    assert "王芳" in joined  # 乙方负责人 in a clause
    assert "周明远（常务副县长）" in joined
    assert "在道路交通、建筑施工领域承担属地责任" in joined
    assert "1．党政主要负责人是本地区安全生产第一责任人。" in texts
    assert "自双方签字之日起至2026年12月31日止" in joined
    table = next(block for block in content["blocks"] if block["type"] == "table")
    assert table["rows"][0][:3] == ["1", "生产安全事故死亡人数", "0人"]
    assert content["party_b"]["principal"] == "王芳"


def test_an_unknown_placeholder_is_reported_not_printed() -> None:
    spec = _template()
    broken = TemplateSpec.from_json(
        {**spec.as_json(), "sections": [{"heading": "一、目标", "clauses": ["由{丙方}负责。"]}]}
    )
    assert [p.placeholder for p in placeholder_problems(broken)] == ["{丙方}"]
    with pytest.raises(DomainError) as caught:
        compose_letter(broken, FACTS, letter_uuid="u-1")
    assert caught.value.code is ErrorCode.UNKNOWN_PLACEHOLDER
    assert caught.value.facts["placeholder"] == "{丙方}"
    assert caught.value.facts["where"] == "一、目标第1条"


def test_a_block_placeholder_inside_a_sentence_is_misplaced() -> None:
    spec = TemplateSpec(
        "k", "级", "名", "{年度}", "children", (), (TemplateSection("一、", ("见{指标表}。",)),), ()
    )
    problems = placeholder_problems(spec)
    assert problems and problems[0].misplaced
    with pytest.raises(DomainError) as caught:
        compose_letter(spec, FACTS, letter_uuid="u")
    assert caught.value.code is ErrorCode.MISPLACED_PLACEHOLDER


def test_a_stray_brace_is_an_error_too() -> None:
    spec = TemplateSpec("k", "级", "名", "{年度", "children", (), (), ())
    assert placeholder_problems(spec)[0].placeholder == "{"


def test_the_fingerprint_is_stable_and_changes_with_one_character() -> None:
    content = compose_letter(_template(), FACTS, letter_uuid="u-1")
    again = compose_letter(_template(), FACTS, letter_uuid="u-1")
    assert content_fingerprint(content) == content_fingerprint(again) == fingerprint(again)
    changed = json.loads(json.dumps(content))
    changed["blocks"][0]["text"] = changed["blocks"][0]["text"].replace("安全", "安金", 1)
    assert content_fingerprint(changed) != content_fingerprint(content)
    assert content_differences(content, changed) == ["blocks[0].text"]


def test_indicator_overrides_and_target_texts() -> None:
    spec = _template()
    looser = [
        IndicatorSpec(i.name, i.measure_unit, i.comparison, 2.0, i.weight, i.veto)
        if i.name == "生产安全事故死亡人数"
        else i
        for i in spec.indicators
    ]
    content = compose_letter(spec, FACTS, letter_uuid="u", indicators=looser)
    table = next(block for block in content["blocks"] if block["type"] == "table")
    assert table["rows"][0][2] == "≤2人"
    assert IndicatorSpec("率", "%", IndicatorComparison.AT_LEAST, 100).target_text() == "100%"
    assert IndicatorSpec("率", "%", IndicatorComparison.AT_LEAST, 99).target_text() == "≥99%"


def test_children_over_the_parents_limit_or_missing_a_veto_item_are_warned() -> None:
    parent = [
        IndicatorSpec("死亡人数", "人", IndicatorComparison.AT_MOST, 3),
        IndicatorSpec("较大事故", "起", IndicatorComparison.AT_MOST, 0, veto=True),
    ]
    fine = [
        (
            "甲镇",
            [IndicatorSpec("死亡人数", target=1), IndicatorSpec("较大事故", target=0, veto=True)],
        ),
        (
            "乙镇",
            [IndicatorSpec("死亡人数", target=2), IndicatorSpec("较大事故", target=0, veto=True)],
        ),
    ]
    assert check_cascade("县", parent, fine) == []
    over = [*fine, ("丙镇", [IndicatorSpec("死亡人数", target=1)])]
    warnings = check_cascade("县", parent, over)
    kinds = {(w.kind, w.indicator) for w in warnings}
    assert kinds == {("over_limit", "死亡人数"), ("veto_missing", "较大事故")}
    over_limit = next(w for w in warnings if w.kind == "over_limit")
    assert (over_limit.parent_target, over_limit.children_total) == (3, 4)
    assert next(w for w in warnings if w.kind == "veto_missing").children == ("丙镇",)
