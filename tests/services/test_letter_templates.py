"""Saving edited letter templates (next version, "save as…"), pairings and parent limits."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_template_edit import move_section, set_clause, set_indicator
from desktop_app.domain.letters import TemplateSpec
from desktop_app.services.letter_facts import PAIRING_CHOICES
from desktop_app.services.letter_ledger import cascade_warnings, ledger
from desktop_app.services.letter_pairings import check_template, pairing_overview
from desktop_app.services.letter_queries import candidate_pairs
from desktop_app.services.letter_targets import target_context
from desktop_app.services.letter_templates import (
    list_templates,
    save_template_copy,
    save_template_version,
    template_spec,
)
from desktop_app.services.letter_verify import Verdict, verify
from desktop_app.services.letters import issue_letters
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter, LetterTemplate
from tests.demo_copy import DEMO_YEAR as YEAR


def _template(database: Database, pairing: str) -> tuple[int, TemplateSpec]:
    row = next(t for t in list_templates(database, YEAR) if t.pairing == pairing)
    return row.id, template_spec(database, row.id)


def _frozen(database: Database) -> dict[int, tuple[str | None, str]]:
    with database.reading() as session:
        return {
            letter.id: (letter.fingerprint, repr(letter.content))
            for letter in session.scalars(select(Letter).where(Letter.year == YEAR))
        }


def test_every_pairing_rule_is_offered_and_says_what_it_covers(demo: Database) -> None:
    assert set(PAIRING_CHOICES) >= {"townships", "committee_members", "subsidiaries", "teams"}
    townships = pairing_overview(demo, "townships")
    assert townships.pairs == 13 and townships.examples[0].startswith("青溪县人民政府 → ")
    assert [(i.issuer, i.letters) for i in townships.issuers] == [("青溪县人民政府", 13)]
    teams = pairing_overview(demo, "teams")
    assert sum(i.letters for i in teams.issuers) == teams.pairs and len(teams.issuers) > 1


def test_a_new_pairing_and_parent_limit_are_saved_and_used_by_the_next_issue(
    demo: Database,
) -> None:
    template_id, spec = _template(demo, "teams")
    frozen = _frozen(demo)
    deaths = spec.indicators[0]
    edited = set_indicator(replace(spec, pairing="subsidiaries"), 0, deaths, 1)
    new_id = save_template_version(demo, template_id, edited)
    saved = template_spec(demo, new_id)
    assert saved.pairing == "subsidiaries" and saved.parent_limits[deaths.name] == 1
    offered = candidate_pairs(demo, new_id, YEAR)
    assert {p.party_a for p in offered} == {"青溪县城市建设投资有限公司"}
    assert not any(p.issued for p in offered)  # none of this template's family yet

    result = issue_letters(demo, new_id, YEAR, pairs=None)
    assert len(result.issued) == len(offered) == 3
    with demo.reading() as session:
        made = [session.get(Letter, letter_id) for letter_id in result.issued]
        assert all(x is not None and x.template_id == new_id for x in made)
        assert {x.party_b.name for x in made if x is not None} == {p.party_b for p in offered}
    context = target_context(demo, new_id, YEAR, [offered[0].party_a_id])
    (issuer,) = context.issuers.values()
    assert any(r.name == deaths.name and r.target == 1 for r in issuer.requirements)
    assert {k: v for k, v in _frozen(demo).items() if k in frozen} == frozen


def test_a_raised_parent_limit_applies_to_letters_issued_from_the_older_version(
    demo: Database,
) -> None:
    template_id, spec = _template(demo, "subsidiaries")
    assert spec.parent_limits["轻伤及以上事故起数"] == 2
    before = [w for w in cascade_warnings(demo, YEAR) if w.indicator == "轻伤及以上事故起数"]
    assert [w.parent_target for w in before if w.kind == "over_limit"] == [2]
    index = next(n for n, i in enumerate(spec.indicators) if i.name == "轻伤及以上事故起数")
    save_template_version(demo, template_id, set_indicator(spec, index, spec.indicators[index], 5))
    after = [w for w in cascade_warnings(demo, YEAR) if w.indicator == "轻伤及以上事故起数"]
    assert [w for w in after if w.kind == "over_limit"] == []  # 3 letters × 1 ≤ 5


def test_the_editor_check_warns_when_default_targets_exceed_the_limit(demo: Database) -> None:
    _template_id, spec = _template(demo, "subsidiaries")
    problems = check_template(spec, pairing_overview(demo, "subsidiaries"))
    exceeded = [p for p in problems if p.code is ErrorCode.TEMPLATE_LIMIT_EXCEEDED]
    assert [(p.blocking, p.facts["total"], p.facts["limit"]) for p in exceeded] == [
        (False, "3", "2")
    ]


def test_saving_a_version_leaves_issued_letters_as_they_were(demo: Database) -> None:
    template_id, spec = _template(demo, "townships")
    frozen = _frozen(demo)
    reordered = set_clause(move_section(spec, 4, 1), 0, 1, "乙方辖区安全生产形势稳定。")
    new_id = save_template_version(demo, template_id, reordered)
    assert [s.heading for s in template_spec(demo, new_id).sections] == [
        s.heading for s in reordered.sections
    ]
    assert _frozen(demo) == frozen
    row = next(r for r in ledger(demo, YEAR) if r.party_b == "青溪镇")
    assert verify(demo, row.code).verdict is Verdict.MATCH
    with demo.reading() as session:
        old = session.get(LetterTemplate, template_id)
        assert old is not None and not old.active and old.version == 1


def test_save_as_makes_a_new_template_and_keeps_the_original(demo: Database) -> None:
    template_id, spec = _template(demo, "townships")
    copy_id = save_template_copy(
        demo, template_id, replace(spec, title="{年度}年度园区责任书"), " 园区责任书 "
    )
    rows = {t.id: t for t in list_templates(demo, YEAR)}
    assert rows[template_id].active and rows[template_id].version == 1
    assert (rows[copy_id].name, rows[copy_id].version, rows[copy_id].title) == (
        "园区责任书",
        1,
        "{年度}年度园区责任书",
    )
    assert template_spec(demo, copy_id).name == "园区责任书"
    assert not any(p.issued for p in candidate_pairs(demo, copy_id, YEAR))
    with pytest.raises(DomainError) as taken:
        save_template_copy(demo, template_id, spec, "园区责任书")
    assert taken.value.code is ErrorCode.TEMPLATE_NAME_TAKEN
    with pytest.raises(DomainError) as empty:
        save_template_copy(demo, template_id, spec, "  ")
    assert empty.value.code is ErrorCode.TEMPLATE_NAME_EMPTY


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"title": ""}, ErrorCode.TEMPLATE_TITLE_EMPTY),
        ({"pairing": "everyone"}, ErrorCode.TEMPLATE_UNKNOWN_PAIRING),
        ({"preamble": ("{乙方名字}签订本责任书。",)}, ErrorCode.UNKNOWN_PLACEHOLDER),
    ],
)
def test_a_template_with_a_blocking_problem_is_not_saved(
    demo: Database, change: dict[str, object], code: ErrorCode
) -> None:
    template_id, spec = _template(demo, "townships")
    count = len(list_templates(demo, YEAR, active_only=False))
    for save in (
        lambda s: save_template_version(demo, template_id, s),
        lambda s: save_template_copy(demo, template_id, s, "新模板"),
    ):
        with pytest.raises(DomainError) as refused:
            save(replace(spec, **change))  # type: ignore[arg-type]
        assert refused.value.code is code
    assert len(list_templates(demo, YEAR, active_only=False)) == count
