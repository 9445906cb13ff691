"""A units import creates missing parents under the unit the clerk chose (or top level)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.import_schema import ImportKind
from desktop_app.services.imports import ImportRequest, preview_import, run_import
from desktop_app.services.units import create_unit, find_unit
from desktop_app.storage.database import Database
from desktop_app.storage.models import Unit
from tests.demo_copy import DEMO_YEAR

TOWN = "青溪镇"


def _register(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["单位名称", "上级单位"])
    sheet.append(["某合作社", "某某村委会"])
    sheet.append(["另一合作社", "某某村委会"])
    book.save(path)
    return path


def _units(database: Database, *names: str) -> dict[str, Unit]:
    with database.reading() as session:
        return {u.name: u for u in session.scalars(select(Unit).where(Unit.name.in_(names)))}


def test_created_parents_are_written_under_the_chosen_unit(demo: Database, tmp_path: Path) -> None:
    town = find_unit(demo, TOWN)
    request = ImportRequest(
        ImportKind.UNITS,
        _register(tmp_path / "名录.xlsx"),
        year=DEMO_YEAR,
        create_parents=True,
        parents_under=town,
    )
    result = run_import(demo, request)
    assert result.preview.errors == 0 and result.written == 3
    (note,) = result.preview.problems
    assert note.code is ErrorCode.IMPORT_PARENT_CREATED_UNDER and note.facts["under"] == TOWN
    found = _units(demo, "某某村委会", "某合作社", "另一合作社")
    assert found["某某村委会"].parent_id == town
    assert found["某合作社"].parent_id == found["某某村委会"].id
    assert found["另一合作社"].parent_id == found["某某村委会"].id
    again = run_import(demo, request)  # the parent now exists: nothing more to write
    assert again.written == 0 and again.preview.problems == []


def test_a_removed_unit_to_hold_the_parents_is_a_clear_error(
    demo: Database, tmp_path: Path
) -> None:
    request = ImportRequest(
        ImportKind.UNITS,
        _register(tmp_path / "名录.xlsx"),
        create_parents=True,
        parents_under=987_654,
    )
    with pytest.raises(DomainError) as raised:
        preview_import(demo, request)
    assert raised.value.code is ErrorCode.IMPORT_PARENTS_UNDER_UNKNOWN


def test_find_unit_takes_a_code_or_a_name_and_refuses_shared_or_unknown_names(
    demo: Database,
) -> None:
    town = find_unit(demo, TOWN)
    assert find_unit(demo, "qx-xz01") == town and find_unit(demo, f" {TOWN} ") == town
    with pytest.raises(DomainError) as unknown:
        find_unit(demo, "不存在的局")
    assert unknown.value.code is ErrorCode.UNIT_NAME_NOT_FOUND
    create_unit(demo, "青溪村", UnitKind.OTHER, parent_id=town)
    create_unit(demo, "青溪村", UnitKind.OTHER, parent_id=find_unit(demo, "青溪县人民政府"))
    with pytest.raises(DomainError) as shared:
        find_unit(demo, "青溪村")
    assert shared.value.code is ErrorCode.UNIT_NAME_AMBIGUOUS
    assert shared.value.facts["count"] == 2 and TOWN in shared.value.facts["parents"]
