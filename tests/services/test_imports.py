"""Importing registers into the demo county: all rows or nothing, idempotent re-imports,
round trips through the export, backups first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from desktop_app.documents.excel_reader import read_table
from desktop_app.documents.matrix_workbook import ROLE_FILLS
from desktop_app.domain.enums import FieldRole, UnitKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_schema import COLUMNS, ImportKind
from desktop_app.domain.import_vocabulary import label_of
from desktop_app.paths import AppPaths
from desktop_app.record_labels import letter_status
from desktop_app.services import exports, import_apply
from desktop_app.services.imports import ImportRefused, ImportRequest, preview_import, run_import
from desktop_app.services.letter_ledger import ledger
from desktop_app.services.matrix import load_matrix
from desktop_app.services.units import create_unit
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.models import AuditEvent, Base, Field, FieldAssignment, Person, Unit
from tests.demo_copy import DEMO_YEAR

GOVERNMENT = "青溪县人民政府"


def dump(database: Database) -> dict[str, list[Any]]:
    """Every row of every table, in primary-key order."""
    with database.engine.connect() as connection:
        return {
            table.name: connection.execute(select(table).order_by(*table.primary_key.columns)).all()
            for table in Base.metadata.sorted_tables
        }


def sheet(path: Path, rows: list[list[Any]]) -> Path:
    book = Workbook()
    worksheet = book.active
    assert worksheet is not None
    for row in rows:
        worksheet.append(row)
    book.save(path)
    return path


def request(kind: ImportKind, path: Path, **options: Any) -> ImportRequest:
    return ImportRequest(kind, path, year=DEMO_YEAR, **options)


def units_named(database: Database, *names: str) -> dict[str, Unit]:
    with database.reading() as session:
        return {u.name: u for u in session.scalars(select(Unit).where(Unit.name.in_(names)))}


def test_importing_the_export_again_changes_nothing(demo: Database, tmp_path: Path) -> None:
    before = dump(demo)
    for kind, export in (
        (ImportKind.UNITS, lambda p: exports.export_units(demo, p, year=DEMO_YEAR)),
        (ImportKind.PEOPLE, lambda p: exports.export_people(demo, p)),
        (ImportKind.MATRIX, lambda p: exports.export_matrix(demo, p, year=DEMO_YEAR)),
    ):
        path = tmp_path / f"{kind.value}.xlsx"
        assert export(path) > 100
        result = run_import(demo, request(kind, path), backup_dir=tmp_path / "bk")
        assert (result.preview.errors, result.written, result.backup) == (0, 0, None)
        assert result.preview.validation.rows > 100
    assert dump(demo) == before


def _fields_like(source: Database, target: Database) -> None:
    with source.reading() as session:
        fields = [(f.code, f.name, f.sort_order) for f in session.scalars(select(Field))]
    with target.transaction("copy_fields") as session:
        session.add_all(Field(code=c, name=n, sort_order=s) for c, n, s in fields)


def _export_rows(path: Path, kind: ImportKind) -> list[tuple[Any, ...]]:
    columns = COLUMNS[kind] if kind is not ImportKind.MATRIX else ()
    if kind is ImportKind.MATRIX:
        book = openpyxl.load_workbook(path, read_only=True)
        return [tuple(row) for row in book.worksheets[0].iter_rows(min_row=3, values_only=True)]
    table = read_table(path, columns)
    return [row.values for row in table.rows]


def test_round_trip_export_import_gives_the_same_data(demo: Database, tmp_path: Path) -> None:
    fresh = open_database(tmp_path / "fresh.db", create=True)
    try:
        _fields_like(demo, fresh)
        exporters = {
            ImportKind.UNITS: lambda db, p: exports.export_units(db, p, year=DEMO_YEAR),
            ImportKind.PEOPLE: lambda db, p: exports.export_people(db, p),
            ImportKind.MATRIX: lambda db, p: exports.export_matrix(db, p, year=DEMO_YEAR),
        }
        for kind, export in exporters.items():
            original = tmp_path / f"a-{kind.value}.xlsx"
            export(demo, original)
            result = run_import(fresh, request(kind, original))
            assert result.preview.errors == 0 and result.written > 0
            again = tmp_path / f"b-{kind.value}.xlsx"
            export(fresh, again)
            assert _export_rows(again, kind) == _export_rows(original, kind)
        with demo.reading() as a, fresh.reading() as b:
            for model in (Unit, Person, FieldAssignment):
                count = select(func.count()).select_from(model)
                assert a.scalar(count) == b.scalar(count), model
    finally:
        fresh.close()


def test_a_refused_import_leaves_every_table_unchanged(
    demo: Database, tmp_path: Path, app_paths: AppPaths
) -> None:
    path = sheet(tmp_path / "名录.xlsx", [
        ["序号", "单位名称", "上级单位", "单位类别"],
        [1, "青溪县档案馆", GOVERNMENT, "其他成员单位"],
        [2, "青溪县地震局", "青溪县不存在的局", None],
        [3, "青溪县机关事务中心", GOVERNMENT, "综合类"],
    ])  # fmt: skip
    before = dump(demo)
    with pytest.raises(ImportRefused) as refused:
        run_import(demo, request(ImportKind.UNITS, path), backup_dir=app_paths.backup_dir)
    problems = {(p.code, p.row, p.column) for p in refused.value.preview.problems}
    assert (ErrorCode.IMPORT_UNKNOWN_PARENT, 3, "上级单位") in problems
    assert (ErrorCode.IMPORT_UNKNOWN_CHOICE, 4, "单位类别") in problems
    assert refused.value.facts == {"path": str(path), "errors": 2, "rows": 2}
    assert dump(demo) == before
    assert not app_paths.backup_dir.exists() or not any(app_paths.backup_dir.iterdir())


def test_a_failure_half_way_through_writing_rolls_everything_back(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = sheet(tmp_path / "名录.xlsx", [
        ["单位名称", "上级单位"], ["青溪县档案馆", GOVERNMENT], ["青溪县地震局", GOVERNMENT],
    ])  # fmt: skip
    real = import_apply.apply_units

    def fails_after_writing(*args: Any) -> None:
        real(*args)
        args[0].flush()
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(import_apply, "apply_units", fails_after_writing)
    before = dump(demo)
    with pytest.raises(Exception, match="space|磁盘"):
        run_import(demo, request(ImportKind.UNITS, path))
    assert dump(demo) == before


def test_only_valid_rows_are_written_when_asked_and_dependents_stay_out(
    demo: Database, tmp_path: Path, app_paths: AppPaths
) -> None:
    path = sheet(tmp_path / "名录.xlsx", [
        ["单位名称", "上级单位", "单位类别"],
        ["青溪县档案馆", GOVERNMENT, "其他成员单位"],
        ["青溪县地震局", GOVERNMENT, "综合类"],
        ["地震局监测站", "青溪县地震局", None],
    ])  # fmt: skip
    result = run_import(
        demo, request(ImportKind.UNITS, path), valid_only=True, backup_dir=app_paths.backup_dir
    )
    assert result.skipped_rows == 2
    problems = {(p.code, p.row) for p in result.preview.problems}
    assert (ErrorCode.IMPORT_DEPENDS_ON_BAD_ROW, 4) in problems
    found = units_named(demo, "青溪县档案馆", "青溪县地震局", "地震局监测站")
    assert set(found) == {"青溪县档案馆"}
    assert found["青溪县档案馆"].kind is UnitKind.OTHER or found["青溪县档案馆"].kind
    assert result.backup is not None and result.backup.parent == app_paths.backup_dir


def test_the_backup_holds_the_database_as_it_was_before(
    demo: Database, tmp_path: Path, app_paths: AppPaths
) -> None:
    path = sheet(tmp_path / "名录.xlsx", [["单位名称", "上级单位"], ["青溪县档案馆", GOVERNMENT]])
    with demo.reading() as session:
        units_before = session.scalar(select(func.count()).select_from(Unit))
    result = run_import(demo, request(ImportKind.UNITS, path), backup_dir=app_paths.backup_dir)
    assert result.backup is not None and "import-units" in result.backup.name
    copy = open_database(result.backup)
    try:
        with copy.reading() as session:
            assert session.scalar(select(func.count()).select_from(Unit)) == units_before
    finally:
        copy.close()


def test_children_listed_before_their_parents_and_missing_parents_created(
    demo: Database, tmp_path: Path
) -> None:
    path = sheet(tmp_path / "名录.xlsx", [
        ["单位名称", "上级单位", "单位类型"],
        ["一号车间", "青溪新材料有限公司", "车间"],
        ["青溪新材料有限公司", "青溪镇", "企业"],
        ["甲班组", "一号车间", None],
        ["某合作社", "某某村委会", None],
    ])  # fmt: skip
    preview = preview_import(demo, request(ImportKind.UNITS, path))
    assert {(p.code, p.row) for p in preview.problems} == {(ErrorCode.IMPORT_UNKNOWN_PARENT, 5)}
    result = run_import(demo, request(ImportKind.UNITS, path, create_parents=True))
    warnings = [p for p in result.preview.problems if not p.is_error]
    assert [(p.code, p.value) for p in warnings] == [
        (ErrorCode.IMPORT_PARENT_CREATED, "某某村委会")
    ]
    found = units_named(
        demo, "一号车间", "青溪新材料有限公司", "甲班组", "某合作社", "某某村委会", "青溪镇"
    )
    assert found["一号车间"].parent_id == found["青溪新材料有限公司"].id
    assert found["青溪新材料有限公司"].parent_id == found["青溪镇"].id
    assert (
        found["甲班组"].kind is UnitKind.TEAM and found["甲班组"].parent_id == found["一号车间"].id
    )
    assert found["某某村委会"].parent_id is None
    assert found["某合作社"].parent_id == found["某某村委会"].id


def test_a_row_with_a_code_updates_that_unit_and_only_what_differs(
    demo: Database, tmp_path: Path
) -> None:
    with demo.reading() as session:
        unit = session.scalars(select(Unit).where(Unit.code == "QX-BM01")).one()
        audit_before = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    path = sheet(tmp_path / "名录.xlsx", [
        ["单位编码", "单位名称", "备注"], ["QX-BM01", unit.name, "安委办设在本局"],
    ])  # fmt: skip
    result = run_import(demo, request(ImportKind.UNITS, path))
    assert result.written == 1
    with demo.reading() as session:
        changed = session.get(Unit, unit.id)
        assert changed is not None and changed.notes == "安委办设在本局"
        assert changed.parent_id == unit.parent_id and changed.category == unit.category
        events = session.scalars(select(AuditEvent).where(AuditEvent.id > audit_before)).all()
    assert [(e.operation, e.entity, e.after) for e in events] == [
        ("import_units", "unit", {"notes": "安委办设在本局"})
    ]
    assert run_import(demo, request(ImportKind.UNITS, path)).written == 0


def test_people_are_matched_by_name_within_their_unit(demo: Database, tmp_path: Path) -> None:
    with demo.reading() as session:
        person = session.scalars(select(Person).where(Person.is_admin_head.is_(True))).first()
        assert person is not None
        unit = session.get(Unit, person.unit_id)
        assert unit is not None
    path = sheet(tmp_path / "名册.xlsx", [
        ["填报单位：" + unit.name + "（盖章）"],
        ["序号", "姓名", "职务", "手机", "角色"],
        [1, " ".join(person.name), "一级调研员", "13900000000", None],
        [2, "新同志", "科员", None, "一般人员"],
    ])  # fmt: skip
    result = run_import(demo, request(ImportKind.PEOPLE, path))
    assert result.written == 2
    with demo.reading() as session:
        updated = session.get(Person, person.id)
        assert updated is not None and (updated.title, updated.phone) == (
            "一级调研员",
            "13900000000",
        )
        assert updated.is_admin_head  # no role given: unchanged
        new = session.scalars(select(Person).where(Person.name == "新同志")).one()
        assert new.unit_id == unit.id and not new.is_leader


def test_an_id_number_stored_as_a_number_refuses_the_import(demo: Database, tmp_path: Path) -> None:
    path = sheet(tmp_path / "名册.xlsx", [
        ["姓名", "单位", "身份证号码"], ["李梅", "青溪县应急管理局", 110101199003071234],
    ])  # fmt: skip
    with pytest.raises(ImportRefused) as refused:
        run_import(demo, request(ImportKind.PEOPLE, path))
    (problem,) = refused.value.preview.problems
    assert (problem.code, problem.row, problem.column) == (
        ErrorCode.IMPORT_ID_STORED_AS_NUMBER,
        2,
        "身份证号码",
    )
    assert problem.value.startswith("1101011990030712")


def test_the_matrix_in_long_shape_adds_and_changes_roles(demo: Database, tmp_path: Path) -> None:
    path = sheet(tmp_path / "矩阵.xlsx", [
        ["单位名称", "行业领域", "角色"],
        ["青溪县教育局", "道路交通", "配合"],
        ["青溪县公安局", "道路交通", "牵头"],
    ])  # fmt: skip
    result = run_import(demo, request(ImportKind.MATRIX, path))
    with demo.reading() as session:
        roles = dict(session.execute(
            select(Unit.name, FieldAssignment.role).join(Unit, Unit.id == FieldAssignment.unit_id)
            .join(Field, Field.id == FieldAssignment.field_id)
            .where(Field.name == "道路交通", FieldAssignment.year == DEMO_YEAR)
        ).all())  # fmt: skip
    assert roles["青溪县教育局"] is FieldRole.SUPPORT and roles["青溪县公安局"] is FieldRole.LEAD
    assert result.written == (1 if "青溪县教育局" not in roles else result.written)
    assert run_import(demo, request(ImportKind.MATRIX, path)).written == 0


def test_oversight_and_duty_lists_import_once(demo: Database, tmp_path: Path) -> None:
    with demo.reading() as session:
        leader = session.scalars(select(Person).where(Person.is_leader.is_(True))).first()
        assert leader is not None
        unit = session.get(Unit, leader.unit_id)
        assert unit is not None
    oversight = sheet(tmp_path / "分管.xlsx", [
        ["领导姓名", "单位", "分管单位", "分管领域"],
        [leader.name, unit.name, "青溪县统计局、青溪县气象局", "烟花爆竹"],
    ])  # fmt: skip
    first = run_import(demo, request(ImportKind.OVERSIGHT, oversight))
    assert first.preview.errors == 0, first.preview.problems
    assert run_import(demo, request(ImportKind.OVERSIGHT, oversight)).written == 0
    duties = sheet(tmp_path / "清单.xlsx", [
        ["序号", "责任内容", "依据", "单位", "岗位"],
        [1, "每季度组织一次安全生产形势分析会。", "《安全生产法》", "青溪县统计局", None],
        [2, "落实本岗位安全生产责任。", None, "青溪县统计局", "办公室主任"],
    ])  # fmt: skip
    result = run_import(demo, request(ImportKind.DUTIES, duties))
    assert result.preview.errors == 0 and result.written == 2
    before = dump(demo)
    assert run_import(demo, request(ImportKind.DUTIES, duties)).written == 0
    assert dump(demo) == before


def test_a_name_starting_with_equals_survives_export_and_import(
    database: Database, tmp_path: Path
) -> None:
    root = create_unit(database, "示范县人民政府", UnitKind.GOVERNMENT)
    create_unit(database, "=1+1", UnitKind.DEPARTMENT, parent_id=root)
    create_unit(database, "@安全办", UnitKind.DEPARTMENT, parent_id=root)
    path = tmp_path / "units.xlsx"
    exports.export_units(database, path, year=DEMO_YEAR)
    fresh = open_database(tmp_path / "fresh.db", create=True)
    try:
        run_import(fresh, request(ImportKind.UNITS, path))
        names = set(units_named(fresh, "=1+1", "@安全办"))
    finally:
        fresh.close()
    assert names == {"=1+1", "@安全办"}


def test_the_matrix_export_has_role_colours_and_a_legend(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "matrix.xlsx"
    exports.export_matrix(demo, path, year=DEMO_YEAR)
    sheet_ = openpyxl.load_workbook(path)["责任矩阵"]
    assert sheet_["A1"].value == f"{DEMO_YEAR}年度安全生产责任矩阵"
    assert sheet_["D2"].value == "图例："
    legend = {sheet_.cell(2, c).value: sheet_.cell(2, c).fill.fgColor.rgb for c in range(5, 9)}
    fills = {label_of(role): "00" + ROLE_FILLS[role].lstrip("#").upper() for role in FieldRole}
    assert legend == fills
    header = [c.value for c in sheet_[3]]
    assert header[:4] == ["序号", "单位名称", "单位编码", "上级单位"]
    roles = [c for row in sheet_.iter_rows(min_row=4) for c in row[4:] if c.value]
    assert len(roles) == len(load_matrix(demo, DEMO_YEAR).roles)
    assert {c.value for c in roles} == set(fills)
    for cell in roles:  # every cell of a role, on that role's colour, lead in bold
        assert cell.fill.fgColor.rgb == fills[cell.value]
        assert cell.font.b == (cell.value == "牵头")
    assert sheet_.freeze_panes == "C4" and sheet_.print_options.gridLines
    assert (sheet_.print_title_rows, sheet_.print_title_cols) == ("$1:$3", "$A:$B")
    assert sheet_.page_setup.orientation == "landscape" and sheet_.page_setup.fitToWidth == 1


def test_the_letter_register_exports_a_well_formed_sheet_without_letters(
    database: Database, tmp_path: Path
) -> None:
    path = tmp_path / "letters.xlsx"
    count = exports.export_letters(database, path, year=DEMO_YEAR)
    assert count == 0
    sheet_ = openpyxl.load_workbook(path).worksheets[0]
    assert sheet_["A3"].value == "序号" and sheet_.max_row == 3


def test_the_letter_register_names_each_status_as_the_ledger_does(
    demo: Database, tmp_path: Path
) -> None:
    path = tmp_path / "letters.xlsx"
    count = exports.export_letters(demo, path, year=DEMO_YEAR)
    sheet_ = openpyxl.load_workbook(path).worksheets[0]
    header = [cell.value for cell in sheet_[3]]
    status = header.index("状态") + 1
    shown = [sheet_.cell(row, status).value for row in range(4, 4 + count)]
    rows = ledger(demo, DEMO_YEAR, check_stale=False)
    assert count == len(rows) > 0
    assert sorted(shown) == sorted(letter_status(row.status.value, "zh_CN") for row in rows)
    assert {"已签订", "已印发"} <= set(shown)


def test_a_register_spooled_to_disk_imports_like_one_held_in_memory(
    demo: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.documents import row_spool

    monkeypatch.setattr(row_spool, "CHUNK_ROWS", 2)
    path = sheet(tmp_path / "名录.xlsx", [
        ["单位名称", "上级单位", "单位类型", "风险等级"],
        ["一号车间", "青溪新材料有限公司", "车间", None],  # its parent comes three chunks later
        ["二号车间", "青溪新材料有限公司", "车间", None],
        ["三号车间", "青溪新材料有限公司", "车间", "极高"],  # not a risk level
        ["质检班", "一号车间", None, None],
        ["仓储部", "青溪新材料有限公司", None, None],
        ["青溪新材料有限公司", "青溪镇", "企业", "较大"],
    ])  # fmt: skip
    preview = preview_import(demo, request(ImportKind.UNITS, path))
    assert preview.table.rows.spilled  # type: ignore[attr-defined]
    assert [(p.row, p.column) for p in preview.problems if p.is_error] == [(4, "风险等级")]
    create_unit(demo, "青溪县档案馆", UnitKind.OTHER)  # the write checks the rows again
    result = run_import(demo, preview, valid_only=True)
    assert result.written == 5 and result.skipped_rows == 1
    found = units_named(demo, "一号车间", "二号车间", "三号车间", "质检班", "仓储部",
                        "青溪新材料有限公司", "青溪镇")  # fmt: skip
    assert "三号车间" not in found
    company = found["青溪新材料有限公司"]
    assert company.parent_id == found["青溪镇"].id
    assert {found[n].parent_id for n in ("一号车间", "二号车间", "仓储部")} == {company.id}
    assert found["质检班"].parent_id == found["一号车间"].id


def test_a_header_row_named_by_the_clerk_that_reads_like_data_is_refused(
    demo: Database, tmp_path: Path
) -> None:
    from desktop_app.documents.excel_safety import ExcelError

    path = sheet(tmp_path / "名录.xlsx", [
        ["序号", "单位名称", "上级单位", "单位性质", "主要负责人"],
        [1, "青溪县数据资源局", GOVERNMENT, "部门", "王磊"],  # 部门 also names 单位名称
        [2, "青溪县档案馆", GOVERNMENT, "部门", "陈刚"],
    ])  # fmt: skip
    before = dump(demo)
    with pytest.raises(ExcelError) as refused:
        preview_import(demo, request(ImportKind.UNITS, path, header_row=2))
    assert refused.value.code is ErrorCode.EXCEL_NOT_A_HEADER_ROW
    assert refused.value.facts["row"] == 2 and "青溪县数据资源局" in refused.value.facts["others"]
    assert dump(demo) == before
    assert preview_import(demo, request(ImportKind.UNITS, path, header_row=1)).errors == 0
