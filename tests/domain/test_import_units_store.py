"""A unit register checked with its rows in a store that hands out fresh copies on every walk
(as the spool on disk does) gives the very verdict and plan of one checked with plain lists:
every problem, the links and main fields that travel with the new units, the order."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_problems import Validation
from desktop_app.domain.import_refs import ExistingField, ExistingUnit, Snapshot
from desktop_app.domain.import_schema import UNIT_COLUMNS, SourceRow, TableData, match_headers
from desktop_app.domain.import_store import Packed, RowMap, RowStore
from desktop_app.domain.import_units import validate_units

COUNTY, TOWN, BUREAU = 1, 2, 3
HEADERS = ("单位编码", "单位名称", "上级单位", "单位类型", "属地", "监管部门", "行业领域")
ROWS: list[tuple[Any, ...]] = [
    ("C1", "一号车间", "甲公司", "车间", None, None, None),  # its parent comes later
    ("C2", "甲公司", "青溪镇", "企业", "青溪镇", "应急管理局", "危险化学品"),
    ("C3", "乙公司", "青溪镇", "企业", "甲公司", None, "危险化学品"),  # links a new unit
    ("C2", "丙公司", "青溪镇", "企业", None, None, None),  # the code is doubled
    ("C5", "丁厂", "戊厂", None, None, None, None),  # 丁厂 and 戊厂 are each other's parent
    ("C6", "戊厂", "丁厂", None, None, None, None),
    ("C7", "己公司", "不存在的镇", "企业", None, None, None),  # unknown parent
    ("C8", "庚公司", "青溪镇", "企业", None, "不存在的局", None),  # unknown link
    ("C9", "辛公司", "青溪镇", "企业", None, None, None),
    ("C10", "辛公司", "青溪镇", "企业", None, None, None),  # the same name twice under 青溪镇
    ("C11", "应急管理局", "青溪县人民政府", None, None, None, None),  # the database unit
]


class CopyingStore:
    """Keeps packed tuples and unpacks new objects on every walk, like the spool."""

    def __init__(self, pack: Callable[[Any], Packed], unpack: Callable[[Packed], Any]) -> None:
        self.pack, self.unpack = pack, unpack
        self.items: list[Packed] = []
        self.walks = 0

    def append(self, row: Any, /) -> None:
        self.items.append(self.pack(row))

    def __iter__(self) -> Iterator[Any]:
        self.walks += 1
        return (self.unpack(item) for item in self.items)

    def __len__(self) -> int:
        return len(self.items)


def _snapshot() -> Snapshot:
    return Snapshot(
        units=[
            ExistingUnit(COUNTY, "QX", "青溪县人民政府", None, UnitKind.GOVERNMENT),
            ExistingUnit(TOWN, "QX-Z01", "青溪镇", COUNTY, UnitKind.TOWNSHIP),
            ExistingUnit(BUREAU, None, "应急管理局", COUNTY, UnitKind.DEPARTMENT),
        ],
        fields=[ExistingField(7, "hazchem", "危险化学品")],
    )


def _table() -> TableData:
    return TableData(
        file="名录.xlsx",
        sheet="名录",
        header_row=1,
        headers=HEADERS,
        mapping=match_headers(HEADERS, UNIT_COLUMNS),
        rows=[SourceRow(number, row) for number, row in enumerate(ROWS, start=2)],
    )


def _check(store: Any = None) -> Validation:
    if store is None:
        return validate_units(_table(), _snapshot(), year=2026)
    return validate_units(_table(), _snapshot(), year=2026, store=store)


def test_a_copying_store_gives_the_verdict_and_plan_of_plain_lists() -> None:
    stores: list[CopyingStore] = []

    def factory(pack: Callable[[Any], Packed], unpack: Callable[[Packed], Any]) -> RowStore[Any]:
        stores.append(CopyingStore(pack, unpack))
        return stores[-1]

    in_lists = _check()
    stored = _check(factory)
    assert stored.problems == in_lists.problems
    assert stored.bad_rows == in_lists.bad_rows == {5, 6, 7, 8, 9, 11}
    assert list(stored.plan.creates) == list(in_lists.plan.creates)
    assert stored.plan.links == in_lists.plan.links
    assert stored.plan.main_fields == in_lists.plan.main_fields
    assert stored.plan.change_count == in_lists.plan.change_count
    assert max(store.walks for store in stores) > 3  # the rows were walked, not kept
    codes = {(p.row, p.code) for p in stored.problems if p.is_error}
    assert {
        (5, ErrorCode.IMPORT_DUPLICATE_IN_FILE),
        (6, ErrorCode.IMPORT_CYCLE),
        (7, ErrorCode.IMPORT_CYCLE),
        (8, ErrorCode.IMPORT_UNKNOWN_PARENT),
        (9, ErrorCode.IMPORT_UNKNOWN_UNIT),
        (11, ErrorCode.IMPORT_DUPLICATE_IN_FILE),
    } <= codes


def test_new_units_carry_their_links_and_main_field_and_come_parents_first() -> None:
    plan = _check().plan
    creates = {new.name: new for new in plan.creates}
    names = [new.name for new in plan.creates]
    assert names.index("甲公司") < names.index("一号车间")  # the file lists the child first
    company = creates["甲公司"]
    assert company.parent == TOWN and company.main_field == 7
    assert company.links == (("territorial_unit_id", TOWN), ("supervisor_unit_id", BUREAU))
    assert creates["乙公司"].links == (("territorial_unit_id", company.key),)
    assert creates["一号车间"].parent == company.key and creates["一号车间"].main_field is None
    # 11 rows: 6 bad, 4 new units (3 links, 2 main fields) and 应急管理局, the database
    # unit, which gains its code
    (update,) = plan.updates
    assert update.id == BUREAU and update.changes == {"code": "C11"} and not update.moves
    assert len(plan.creates) == 4 and plan.links == [] and plan.main_fields == []
    assert plan.change_count == 4 + 3 + 2 + 1


def test_a_cycle_through_database_units_is_found_among_many_rows() -> None:
    rows: list[tuple[Any, ...]] = [
        (f"N{n}", f"第{n}号企业", "青溪镇", "企业", None, None, None) for n in range(40)
    ]
    rows.insert(20, ("QX", "青溪县人民政府", "青溪镇", None, None, None, None))  # under its child
    table = _table()
    table.rows = [SourceRow(number, row) for number, row in enumerate(rows, start=2)]
    validation = validate_units(table, _snapshot(), year=2026)
    (cycle,) = [p for p in validation.problems if p.is_error]
    assert (cycle.code, cycle.row, cycle.value) == (ErrorCode.IMPORT_CYCLE, 22, "青溪镇")
    assert cycle.facts["units"] == "青溪县人民政府 → 青溪镇 → 青溪县人民政府"
    assert validation.bad_rows == {22} and len(validation.plan.creates) == 40


def test_a_row_map_holds_values_by_row_number_like_a_dictionary() -> None:
    rows: RowMap[Any] = RowMap()
    rows[5] = None  # None is a value, not "missing"
    rows[3] = "三"
    rows[3] = "叁"
    assert 5 in rows and 3 in rows and 4 not in rows and 10_000_001 not in rows and -3 not in rows
    assert rows[3] == "叁" and rows.get(5, "—") is None and rows.get(4, "—") == "—"
    assert rows.get(-3) is None and rows.get(99) is None
    assert list(rows) == [3, 5] and len(rows) == 2
    with pytest.raises(KeyError):
        rows[4]
    with pytest.raises(KeyError):
        rows[-1] = 1
