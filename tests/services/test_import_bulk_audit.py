"""Imports write with Core statements, yet the audit trail reads as if the ORM had written:
one event per row with the same images, one intact hash chain, the unit's history."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop_app.cli import EXIT_OK, run
from desktop_app.domain.enums import AuditAction, UnitKind
from desktop_app.domain.import_schema import ImportKind
from desktop_app.paths import AppPaths
from desktop_app.services.check import check_database
from desktop_app.services.history import unit_history
from desktop_app.services.imports import ImportRequest, run_import
from desktop_app.storage import audit
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditEvent, Field, FieldAssignment, Person, Unit

COUNTY = "示范县人民政府"


def _county(database: Database) -> None:
    with database.transaction("setup") as session:
        county = Unit(name=COUNTY, kind=UnitKind.GOVERNMENT)
        session.add(county)
        session.flush()
        session.add(Unit(name="示范县应急管理局", kind=UnitKind.DEPARTMENT, parent_id=county.id))
        session.add(Field(code="hazchem", name="危险化学品"))


def _register(path: Path, rows: int) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["单位编码", "单位名称", "上级单位", "单位类型", "监管部门", "行业领域",
                  "主要负责人", "风险等级"])  # fmt: skip
    for n in range(1, rows + 1):
        sheet.append([f"QY{n:04d}", f"示范企业{n}", COUNTY, "企业", "示范县应急管理局",
                      "危险化学品", f"负责人{n}", "一般"])  # fmt: skip
    book.save(path)
    return path


def _events(database: Database) -> list[AuditEvent]:
    with database.reading() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def test_every_imported_row_has_its_event_and_the_chain_holds(
    any_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(audit, "AUDIT_BATCH", 70)  # several early writes inside the import
    _county(any_database)
    before = len(_events(any_database))
    result = run_import(
        any_database,
        ImportRequest(ImportKind.UNITS, _register(tmp_path / "r.xlsx", 120), year=2026),
    )
    assert result.written == 120 * 4  # unit, its supervisor link, main field, principal
    events = _events(any_database)[before:]
    with any_database.reading() as session:
        counts = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Unit, FieldAssignment, Person)
        }
    assert counts == {"unit": 122, "field_assignment": 120, "person": 120}
    by_entity: dict[str, int] = {}
    for event in events:
        assert (event.operation, event.action) == ("import_units", AuditAction.INSERT)
        by_entity[event.entity] = by_entity.get(event.entity, 0) + 1
    assert by_entity == {"unit": 120, "field_assignment": 120, "person": 120}
    assert len({event.at for event in events}) == 1
    assert all(b.prev_hash == a.hash for a, b in zip(events, events[1:], strict=False))
    assert check_database(any_database) == []


def test_an_imported_unit_is_audited_exactly_as_one_added_through_the_orm(
    database: Database, tmp_path: Path
) -> None:
    _county(database)
    run_import(
        database, ImportRequest(ImportKind.UNITS, _register(tmp_path / "r.xlsx", 1), year=2026)
    )
    with database.reading() as session:
        imported = session.scalars(select(Unit).where(Unit.code == "QY0001")).one()
        values: dict[str, Any] = {
            c.key: getattr(imported, c.key)
            for c in Unit.__table__.columns
            if c.key not in ("id", "uuid", "updated_at")
        }
    with database.transaction("by_hand") as session:
        session.add(Unit(**{**values, "code": "BY-HAND", "name": "手工单位"}))
    events = [e for e in _events(database) if e.entity == "unit" and e.after]
    by_import = next(e.after for e in events if e.after and e.after["code"] == "QY0001")
    by_hand = next(e.after for e in events if e.after and e.after["code"] == "BY-HAND")
    assert by_import is not None and by_hand is not None
    assert list(by_import) == list(by_hand)  # the same columns, in the same order
    different = {k for k in by_import if by_import[k] != by_hand[k]}
    assert different == {"id", "uuid", "code", "name"}
    assert by_import["id"] == imported.id and by_import["uuid"] == imported.uuid


def test_history_shows_the_import_and_a_second_import_writes_nothing(
    database: Database, tmp_path: Path
) -> None:
    _county(database)
    path = _register(tmp_path / "r.xlsx", 30)
    request = ImportRequest(ImportKind.UNITS, path, year=2026)
    run_import(database, request)
    events = len(_events(database))
    with database.reading() as session:
        unit_id = session.scalars(select(Unit.id).where(Unit.code == "QY0007")).one()
    history = unit_history(database, unit_id)
    assert {(e.operation, e.action, e.entity) for e in history} == {
        ("import_units", AuditAction.INSERT, "unit"),
        ("import_units", AuditAction.INSERT, "field_assignment"),
        ("import_units", AuditAction.INSERT, "person"),
    }
    unit_entry = next(e for e in history if e.entity == "unit")
    assert unit_entry.after is not None and unit_entry.after["parent"] == COUNTY
    assert run_import(database, request).written == 0
    assert len(_events(database)) == events


def test_an_import_that_changes_rows_records_only_what_changed(
    database: Database, tmp_path: Path
) -> None:
    _county(database)
    run_import(
        database, ImportRequest(ImportKind.UNITS, _register(tmp_path / "r.xlsx", 3), year=2026)
    )
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["单位编码", "单位名称", "风险等级", "备注"])
    sheet.append(["QY0002", "示范企业2（改）", "较大", "复查"])
    book.save(tmp_path / "改.xlsx")
    before = len(_events(database))
    assert (
        run_import(
            database, ImportRequest(ImportKind.UNITS, tmp_path / "改.xlsx", year=2026)
        ).written
        == 1
    )
    (event,) = _events(database)[before:]
    assert (event.action, event.entity) == (AuditAction.UPDATE, "unit")
    assert event.before == {"name": "示范企业2", "risk_level": "medium", "notes": None}
    assert event.after == {"name": "示范企业2（改）", "risk_level": "high", "notes": "复查"}


def test_check_on_the_command_line_passes_after_a_bulk_import(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    from desktop_app.storage.database import open_database

    database = open_database(app_paths.database_file, create=True)
    try:
        _county(database)
        run_import(
            database, ImportRequest(ImportKind.UNITS, _register(tmp_path / "r.xlsx", 50), year=2026)
        )
    finally:
        database.close()
    out, err = io.StringIO(), io.StringIO()
    assert run(["check"], out, err) == EXIT_OK, out.getvalue() + err.getvalue()


def test_bulk_uuids_are_random_version_4_uuids() -> None:
    import uuid

    from desktop_app.storage.bulk import new_uuids

    made = new_uuids(500)
    assert len(set(made)) == 500
    for text in made:
        parsed = uuid.UUID(text)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, text)


def test_the_preview_stands_unless_the_database_changed_since(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.services import imports

    _county(database)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["单位名称", "上级单位"])
    sheet.append(["示范县应急管理局执法大队", "示范县应急管理局"])
    book.save(tmp_path / "r.xlsx")
    request = ImportRequest(ImportKind.UNITS, tmp_path / "r.xlsx", year=2026)
    checks: list[int] = []
    real_validate = imports.validate
    monkeypatch.setattr(
        imports, "validate", lambda *a, **k: checks.append(1) or real_validate(*a, **k)
    )
    preview = imports.preview_import(database, request)
    assert preview.errors == 0 and len(checks) == 1
    # Nothing changed: the preview's check stands, nothing is validated twice.
    with database.reading() as session:
        untouched = session.scalar(select(func.count()).select_from(AuditEvent))
    assert imports.run_import(database, imports.preview_import(database, request)).written == 1
    assert len(checks) == 2
    with database.reading() as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == untouched + 1
    # Someone renames the parent after the preview: the import checks again and refuses.
    sheet.append(["示范县应急管理局监测站", "示范县应急管理局"])
    book.save(tmp_path / "r.xlsx")
    preview = imports.preview_import(database, request)
    with database.transaction("rename_unit") as session:
        session.scalars(select(Unit).where(Unit.name == "示范县应急管理局")).one().name = "应急局"
    with pytest.raises(imports.ImportRefused):
        imports.run_import(database, preview)
    assert len(checks) == 4
