"""A unit register whose parsed rows and planned new units are spooled to disk (chunks of two
rows here) writes exactly what the file says: parents listed after their children, links to
units further down, moves under created parents, main fields and principals."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop_app.documents import row_spool
from desktop_app.domain.enums import FieldRole, UnitKind
from desktop_app.domain.import_schema import ImportKind
from desktop_app.services.imports import ImportRequest, preview_import, run_import
from desktop_app.services.units import create_unit
from desktop_app.storage.database import Database
from desktop_app.storage.models import Field, FieldAssignment, Person, Unit

HEADER = ["单位编码", "单位名称", "上级单位", "单位类型", "属地", "监管部门", "行业领域",
          "主要负责人"]  # fmt: skip


def _sheet(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _units(database: Database) -> dict[str, Unit]:
    with database.reading() as session:
        return {unit.name: unit for unit in session.scalars(select(Unit))}


@pytest.fixture
def county(database: Database) -> Database:
    root = create_unit(database, "示范县人民政府", UnitKind.GOVERNMENT, code="SF")
    create_unit(database, "示范县应急管理局", UnitKind.DEPARTMENT, parent_id=root)
    create_unit(database, "老厂", UnitKind.ENTERPRISE, parent_id=root, code="OLD")
    with database.transaction("setup") as session:
        session.add(Field(code="hazchem", name="危险化学品"))
    return database


def test_a_spooled_register_writes_every_row_and_link(
    county: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(row_spool, "CHUNK_ROWS", 2)
    path = _sheet(tmp_path / "名录.xlsx", [
        ["A1", "一号车间", "甲公司", "车间", None, None, None, None],  # parent further down
        ["A2", "乙公司", "示范县人民政府", "企业", "甲公司", "示范县应急管理局", "危险化学品",
         "李四"],  # its 属地 is a unit further down  # fmt: skip
        ["OLD", "老厂", "新区", None, None, None, None, None],  # moves under a created parent
        ["A3", "甲公司", "示范县人民政府", "企业", None, "示范县应急管理局", "危险化学品", None],
        ["A4", "丙公司", "甲公司", "企业", "乙公司", None, None, None],
    ])  # fmt: skip
    request = ImportRequest(ImportKind.UNITS, path, year=2026, create_parents=True)
    preview = preview_import(county, request)
    assert preview.errors == 0 and preview.table.rows.spilled  # type: ignore[attr-defined]
    assert preview.validation.plan.creates.spilled  # the new units wait on disk too
    # 5 new units (新区 included), 4 links, 2 main fields, 1 principal, 1 move
    assert preview.changes == 5 + 4 + 2 + 1 + 1
    result = run_import(county, preview)
    assert result.written == preview.changes
    units = _units(county)
    government, company = units["示范县人民政府"], units["甲公司"]
    bureau = units["示范县应急管理局"]
    assert units["一号车间"].parent_id == company.id and company.parent_id == government.id
    assert units["老厂"].parent_id == units["新区"].id and units["新区"].parent_id is None
    assert units["乙公司"].territorial_unit_id == company.id
    assert units["乙公司"].supervisor_unit_id == bureau.id
    assert company.supervisor_unit_id == bureau.id
    assert units["丙公司"].territorial_unit_id == units["乙公司"].id
    with county.reading() as session:
        mains = set(
            session.execute(
                select(FieldAssignment.unit_id, FieldAssignment.role).where(
                    FieldAssignment.year == 2026
                )
            ).all()
        )
        principal = session.scalars(select(Person).where(Person.name == "李四")).one()
    assert mains == {(units["乙公司"].id, FieldRole.MAIN), (company.id, FieldRole.MAIN)}
    assert principal.unit_id == units["乙公司"].id and principal.is_admin_head
    again = run_import(county, request)  # the same file again changes nothing
    assert again.written == 0 and again.preview.errors == 0
