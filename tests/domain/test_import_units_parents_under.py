"""Parents created on request go to the top level or under the unit the clerk chose."""

from __future__ import annotations

import pytest

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.import_problems import Validation
from desktop_app.domain.import_refs import ExistingUnit, Snapshot
from desktop_app.domain.import_schema import UNIT_COLUMNS, SourceRow, TableData, match_headers
from desktop_app.domain.import_units import validate_units
from desktop_app.messages import message_for

COUNTY, TOWN, VILLAGE = 1, 2, 3
HEADERS = ("单位编码", "单位名称", "上级单位")


def _snapshot() -> Snapshot:
    return Snapshot(
        units=[
            ExistingUnit(COUNTY, "QX", "青溪县人民政府", None, UnitKind.GOVERNMENT),
            ExistingUnit(TOWN, "QX-Z01", "青溪镇", COUNTY, UnitKind.TOWNSHIP),
            ExistingUnit(VILLAGE, None, "青溪村", TOWN, UnitKind.OTHER),
        ]
    )


def _table(*rows: tuple[str | None, str, str]) -> TableData:
    return TableData(
        file="名录.xlsx",
        sheet="名录",
        header_row=1,
        headers=HEADERS,
        mapping=match_headers(HEADERS, UNIT_COLUMNS),
        rows=[SourceRow(number, row) for number, row in enumerate(rows, start=2)],
    )


def _check(table: TableData, parents_under: int | None = None) -> Validation:
    return validate_units(table, _snapshot(), create_parents=True, parents_under=parents_under)


def test_created_parents_go_under_the_chosen_unit_and_the_note_says_so() -> None:
    table = _table(
        (None, "某合作社", "某某村委会"),
        (None, "另一合作社", "某某村委会"),
        (None, "甲公司", "新区"),
    )
    validation = _check(table, parents_under=TOWN)
    assert validation.errors == 0
    creates = {new.name: new for new in validation.plan.creates}
    assert creates["某某村委会"].parent == TOWN and creates["新区"].parent == TOWN
    assert creates["某合作社"].parent == creates["某某村委会"].key
    assert creates["甲公司"].parent == creates["新区"].key
    names = [n.name for n in validation.plan.creates]
    assert names.index("某某村委会") < names.index("某合作社")  # parents first
    notes = [p for p in validation.problems if not p.is_error]
    assert [(p.code, p.value, p.facts["under"]) for p in notes] == [
        (ErrorCode.IMPORT_PARENT_CREATED_UNDER, "某某村委会", "青溪镇"),
        (ErrorCode.IMPORT_PARENT_CREATED_UNDER, "新区", "青溪镇"),
    ]
    chinese = message_for(notes[0].code, notes[0].all_facts(), "zh_CN")
    assert "“青溪镇”下新建" in chinese and "顶级" not in chinese
    english = message_for(notes[0].code, notes[0].all_facts(), "en")
    assert 'under "青溪镇"' in english and "top level" not in english


def test_without_a_choice_created_parents_are_top_level() -> None:
    validation = _check(_table((None, "某合作社", "某某村委会")))
    (created,) = [new for new in validation.plan.creates if new.name == "某某村委会"]
    assert created.parent is None
    (note,) = validation.problems
    assert note.code is ErrorCode.IMPORT_PARENT_CREATED
    assert "作为顶级单位" in message_for(note.code, note.all_facts(), "zh_CN")


def test_an_unknown_unit_to_hold_the_parents_is_refused_before_checking() -> None:
    with pytest.raises(DomainError) as raised:
        _check(_table((None, "某合作社", "某某村委会")), parents_under=99)
    assert raised.value.code is ErrorCode.IMPORT_PARENTS_UNDER_UNKNOWN
    assert raised.value.facts["unit_id"] == 99


def test_a_parent_created_under_a_unit_the_file_moves_below_it_is_a_cycle() -> None:
    # the row (by its code) is 青溪镇 and moves under the new 某某新区, which would be
    # created under 青溪村 — a village below 青溪镇 itself
    validation = _check(_table(("QX-Z01", "青溪镇", "某某新区")), parents_under=VILLAGE)
    (problem,) = [p for p in validation.problems if p.is_error]
    assert problem.code is ErrorCode.IMPORT_CYCLE and problem.row == 2
    assert "某某新区" in problem.facts["units"] and "青溪村" in problem.facts["units"]
    assert validation.plan.creates == [] and validation.plan.updates == []


def test_the_same_file_is_fine_when_the_parents_go_elsewhere() -> None:
    validation = _check(_table(("QX-Z01", "青溪镇", "某某新区")), parents_under=COUNTY)
    assert validation.errors == 0
    (created,) = validation.plan.creates
    assert (created.name, created.parent) == ("某某新区", COUNTY)
    (move,) = validation.plan.updates
    assert move.id == TOWN and move.moves and move.parent == created.key
