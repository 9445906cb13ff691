"""Rolling a year over to the next, refusing to overwrite, and the diff between two years."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from desktop_app.domain.enums import FieldRole
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_template_edit import set_clause, set_indicator
from desktop_app.domain.years import Change
from desktop_app.messages import describe
from desktop_app.services import demo_data
from desktop_app.services.duties import duty_list_entries, duty_lists, remove_clause_from_list
from desktop_app.services.letter_templates import (
    install_default_templates,
    list_templates,
    save_template_copy,
    save_template_version,
    template_spec,
)
from desktop_app.services.letters import issue_letters
from desktop_app.services.matrix import load_matrix, set_role
from desktop_app.services.oversight import assign_oversight, load_portfolios
from desktop_app.services.scoring_rules import save_scoring_rules, template_rules
from desktop_app.services.units import set_unit_active
from desktop_app.services.years import DiffArea, compare_years, roll_over_year, years_in_use
from desktop_app.storage.database import Database
from desktop_app.storage.models import DutyList, FieldAssignment, Letter, LetterTemplate, Oversight
from tests.demo_copy import DEMO_YEAR as YEAR

NEXT = YEAR + 1


def _count(database: Database, model: type, year: int) -> int:
    with database.reading() as session:
        return int(
            session.scalar(select(func.count()).select_from(model).where(model.year == year)) or 0  # type: ignore[attr-defined]
        )


def test_roll_over_copies_matrix_oversight_and_duty_lists(demo: Database) -> None:
    summary = roll_over_year(demo, YEAR, NEXT)

    assert years_in_use(demo) == [YEAR, NEXT]
    for model in (FieldAssignment, Oversight, DutyList):
        assert _count(demo, model, NEXT) == _count(demo, model, YEAR)
    assert summary.assignments == _count(demo, FieldAssignment, YEAR) and summary.skipped == 0
    assert load_matrix(demo, NEXT).roles == load_matrix(demo, YEAR).roles
    old_lists = {(d.unit_id, d.post_id): d for d in duty_lists(demo, YEAR)}
    for new in duty_lists(demo, NEXT):
        old = old_lists[(new.unit_id, new.post_id)]
        assert new.title == (old.title or "").replace(str(YEAR), str(NEXT))
        assert [e.duty_id for e in duty_list_entries(demo, new.id)] == [
            e.duty_id for e in duty_list_entries(demo, old.id)
        ]
    assert compare_years(demo, YEAR, NEXT) == []


def test_roll_over_into_a_year_with_data_is_refused_and_writes_nothing(demo: Database) -> None:
    matrix = load_matrix(demo, YEAR)
    set_role(demo, NEXT, [(matrix.units[2].id, matrix.fields[0].id)], FieldRole.LEAD)

    with pytest.raises(DomainError) as caught:
        roll_over_year(demo, YEAR, NEXT)

    assert caught.value.code is ErrorCode.YEAR_NOT_EMPTY
    assert describe(caught.value).startswith(
        f"{NEXT} 年度已有 1 个责任分工、0 条分管和 0 份责任清单"
    )
    assert _count(demo, FieldAssignment, NEXT) == 1
    assert _count(demo, Oversight, NEXT) == 0


def test_roll_over_from_an_empty_year_or_into_the_same_year_is_refused(demo: Database) -> None:
    with pytest.raises(DomainError) as empty:
        roll_over_year(demo, 2010, 2011)
    with pytest.raises(DomainError) as same:
        roll_over_year(demo, YEAR, YEAR)
    with pytest.raises(DomainError) as invalid:
        roll_over_year(demo, YEAR, 3000)

    assert empty.value.code is ErrorCode.YEAR_EMPTY
    assert same.value.code is ErrorCode.SAME_YEAR
    assert invalid.value.code is ErrorCode.INVALID_YEAR


def test_inactive_units_are_not_rolled_over(demo: Database) -> None:
    matrix = load_matrix(demo, YEAR)
    commerce = next(u.id for u in matrix.units if u.name == "青溪县商务局")
    set_unit_active(demo, commerce, False)

    summary = roll_over_year(demo, YEAR, NEXT)

    assert summary.skipped > 0
    assert not any(unit == commerce for unit, _field in load_matrix(demo, NEXT).roles)


def test_the_diff_lists_changed_cells_oversight_and_duty_lists(demo: Database) -> None:
    roll_over_year(demo, YEAR, NEXT)
    matrix = load_matrix(demo, NEXT)
    units = {u.name: u.id for u in matrix.units}
    fields = {f.name: f.id for f in matrix.fields}
    set_role(demo, NEXT, [(units[demo_data.LISTLESS_MEMBER], fields["消防"])], FieldRole.SUPPORT)
    set_role(demo, NEXT, [(units["青溪县公安局"], fields["道路交通"])], FieldRole.SUPPORT)
    set_role(demo, NEXT, [(units["青溪县交通运输局"], fields["道路运输"])], None)
    idle = next(p for p in load_portfolios(demo, NEXT) if p.name == demo_data.IDLE_LEADER)
    assign_oversight(demo, NEXT, idle.person_id, unit_id=units[demo_data.UNOVERSEEN_MEMBER])
    bureau_list = duty_lists(demo, NEXT, units["青溪县应急管理局"])[0]
    first_clause = duty_list_entries(demo, bureau_list.id)[0]
    remove_clause_from_list(demo, bureau_list.id, first_clause.duty_id)

    rows = compare_years(demo, YEAR, NEXT)

    matrix_rows = {(r.subject, r.target): r for r in rows if r.area is DiffArea.MATRIX}
    added = matrix_rows[(demo_data.LISTLESS_MEMBER, "消防")]
    assert (added.change, added.before_role, added.after_role) == (
        Change.ADDED,
        None,
        FieldRole.SUPPORT,
    )
    changed = matrix_rows[("青溪县公安局", "道路交通")]
    assert (changed.change, changed.before_role, changed.after_role) == (
        Change.CHANGED,
        FieldRole.LEAD,
        FieldRole.SUPPORT,
    )
    assert matrix_rows[("青溪县交通运输局", "道路运输")].change is Change.REMOVED
    oversight = [r for r in rows if r.area is DiffArea.OVERSIGHT]
    assert [(r.subject, r.target, r.change) for r in oversight] == [
        (demo_data.IDLE_LEADER, demo_data.UNOVERSEEN_MEMBER, Change.ADDED)
    ]
    lists = [r for r in rows if r.area is DiffArea.DUTY_LIST]
    assert len(lists) == 1 and lists[0].removed == (first_clause.text,)
    assert lists[0].subject == "青溪县应急管理局" and not lists[0].reordered
    assert len(rows) == 5


def _stored_templates(database: Database, year: int) -> dict[str, tuple[int, dict, dict | None]]:
    """name → (version, body, scoring rules) of the year's active templates."""
    with database.reading() as session:
        return {
            t.name: (t.version, t.body, t.scoring_rules)
            for t in session.scalars(
                select(LetterTemplate).where(
                    LetterTemplate.year == year, LetterTemplate.active.is_(True)
                )
            )
        }


def test_roll_over_carries_the_newest_letter_templates_over(demo: Database) -> None:
    teams = next(t for t in list_templates(demo, YEAR) if t.pairing == "teams")
    spec = template_spec(demo, teams.id)
    edited = set_clause(spec, 0, 0, "班组每周开展一次安全活动，记录存档。")
    edited = set_indicator(edited, 0, replace(spec.indicators[0], target=0.0, weight=40.0), 1)
    new_id = save_template_version(demo, teams.id, replace(edited, due_days=20))
    rules = template_rules(demo, new_id)
    save_scoring_rules(demo, new_id, replace(rules, title="班组考核细则（修订）"))
    before = _stored_templates(demo, YEAR)

    summary = roll_over_year(demo, YEAR, NEXT)

    after = _stored_templates(demo, NEXT)
    assert summary.templates == len(before) == 4 and summary.templates_kept == 0
    assert set(after) == set(before)
    for name, (_version, body, scoring) in before.items():
        assert after[name] == (1, body, scoring), name
    assert after[teams.name][0] == 1 and before[teams.name][0] == 2
    assert after[teams.name][1]["due_days"] == 20
    assert after[teams.name][2] is not None
    assert after[teams.name][2]["title"] == "班组考核细则（修订）"
    assert _count(demo, LetterTemplate, NEXT) == 4  # one row each, retired versions stay behind
    assert [t.name for t in list_templates(demo, NEXT)] == [
        t.name for t in list_templates(demo, YEAR)
    ]
    assert _count(demo, Letter, NEXT) == 0  # letters are issued afresh each year


def test_letters_of_the_rolled_over_year_are_issued_from_the_carried_templates(
    demo: Database,
) -> None:
    roll_over_year(demo, YEAR, NEXT)
    templates = list_templates(demo, NEXT)
    townships = next(t for t in templates if t.pairing == "townships")

    result = issue_letters(demo, townships.id, NEXT)

    assert len(result.issued) == 13
    assert [t.id for t in list_templates(demo, NEXT)] == [t.id for t in templates]
    with demo.reading() as session:
        letters = session.scalars(select(Letter).where(Letter.year == NEXT)).all()
    assert {letter.template_id for letter in letters} == {townships.id}
    assert all(letter.fingerprint for letter in letters)


def test_templates_the_new_year_already_has_are_kept_and_a_rerun_is_refused(
    demo: Database,
) -> None:
    county = next(t for t in list_templates(demo, YEAR) if t.pairing == "townships")
    spec = template_spec(demo, county.id)
    save_template_copy(demo, county.id, spec, "县政府与园区安全生产目标责任书")
    install_default_templates(demo, NEXT)
    defaults = _stored_templates(demo, NEXT)

    summary = roll_over_year(demo, YEAR, NEXT)

    assert (summary.templates, summary.templates_kept) == (1, 4)
    after = _stored_templates(demo, NEXT)
    assert {name: after[name] for name in defaults} == defaults
    assert after["县政府与园区安全生产目标责任书"][1] == spec.as_json() | {
        "name": "县政府与园区安全生产目标责任书"
    }
    with pytest.raises(DomainError) as again:
        roll_over_year(demo, YEAR, NEXT)
    assert again.value.code is ErrorCode.YEAR_NOT_EMPTY
    assert _count(demo, LetterTemplate, NEXT) == 5
