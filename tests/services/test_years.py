"""Rolling a year over to the next, refusing to overwrite, and the diff between two years."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.domain.enums import FieldRole
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.years import Change
from desktop_app.messages import describe
from desktop_app.services import demo_data
from desktop_app.services.duties import duty_list_entries, duty_lists, remove_clause_from_list
from desktop_app.services.matrix import load_matrix, set_role
from desktop_app.services.oversight import assign_oversight, load_portfolios
from desktop_app.services.units import set_unit_active
from desktop_app.services.years import DiffArea, compare_years, roll_over_year, years_in_use
from desktop_app.storage.database import Database
from desktop_app.storage.models import DutyList, FieldAssignment, Oversight
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
