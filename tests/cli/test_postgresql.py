"""The clerk's whole year on a PostgreSQL server, through the command line.

A headquarters that outgrows one PC moves to PostgreSQL; the same code must do the same
work there. These tests run only when DUTYMATRIX_TEST_PG_URL names a scratch database
(``.ci/run`` starts a local PostgreSQL and sets it); the server is wiped before each test.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import create_engine, text

from desktop_app.cli import EXIT_FAILED, EXIT_FINDINGS, EXIT_OK, run
from desktop_app.paths import AppPaths

PG_URL = os.environ.get("DUTYMATRIX_TEST_PG_URL", "")
pytestmark = pytest.mark.skipif(not PG_URL, reason="DUTYMATRIX_TEST_PG_URL is not set")


def _run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(["--db", PG_URL, *argv], out, err)
    return code, out.getvalue(), err.getvalue()


def _count(table: str) -> int:
    engine = create_engine(PG_URL)
    with engine.connect() as connection:
        value = connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
    engine.dispose()
    return int(value)


def name_column_of(sheet: object, header_row: int) -> int:
    return next(c.column for c in sheet[header_row] if c.value == "单位名称")  # type: ignore[index]


@pytest.fixture
def demo_server(app_paths: AppPaths) -> Iterator[str]:
    engine = create_engine(PG_URL)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()
    code, out, err = _run("demo", "--year", "2026")
    assert (code, err) == (EXIT_OK, ""), err
    yield PG_URL


def test_demo_check_and_gaps_work_on_the_server(demo_server: str) -> None:
    assert _count("unit") == 166
    code, out, err = _run("check")
    assert code == EXIT_OK, out + err
    assert "审计链完好" in out
    code, out, _err = _run("gaps", "--year", "2026")
    assert code == EXIT_FINDINGS
    assert "没有在任的主要负责人" in out


def test_excel_round_trip_and_refused_import_on_the_server(
    demo_server: str, tmp_path: Path
) -> None:
    register = tmp_path / "单位.xlsx"
    assert _run("export", "units", str(register))[0] == EXIT_OK
    events_before = _count("audit_event")
    code, out, err = _run("import", "units", str(register))
    assert code == EXIT_OK, err
    assert "未作任何改动" in out
    assert _count("audit_event") == events_before

    workbook = openpyxl.load_workbook(register)
    sheet = workbook.active
    assert sheet is not None
    header_row = next(
        row[0].row for row in sheet.iter_rows() if any(c.value == "单位名称" for c in row)
    )
    kind_column = next(c.column for c in sheet[header_row] if c.value == "单位类型")
    sheet.cell(header_row + 1, name_column_of(sheet, header_row)).value = "改名后的县政府"
    sheet.cell(header_row + 2, kind_column).value = "火星单位"  # an unknown unit kind
    broken = tmp_path / "坏类型.xlsx"
    workbook.save(broken)
    units_before = _count("unit")
    code, out, err = _run("import", "units", str(broken))
    assert code == EXIT_FAILED
    assert "火星单位" in out and "数据库未作任何改动" in err
    assert _count("unit") == units_before and _count("audit_event") == events_before
    assert _count("unit WHERE name = '改名后的县政府'") == 0


def test_letters_and_verify_on_the_server(demo_server: str, tmp_path: Path) -> None:
    out_dir = tmp_path / "letters"
    code, out, err = _run(
        "letters", "--year", "2026", "--out", str(out_dir), "--combined", str(tmp_path / "a.pdf")
    )
    assert code == EXIT_OK, err
    files = sorted(out_dir.glob("*.pdf"))
    assert len(files) == 55
    code, out, _err = _run("verify", str(files[0]))
    assert code == EXIT_OK and "核验一致" in out
    printed = re.search(r"核验码 ([0-9A-F-]{14})", out)
    assert printed is not None
    wrong = printed.group(1)[:-1] + ("0" if printed.group(1)[-1] != "0" else "1")
    assert _run("verify", wrong)[0] == EXIT_FINDINGS


def test_backup_on_the_server_points_to_the_servers_own_tools(demo_server: str) -> None:
    code, out, err = _run("backup")
    assert code == EXIT_FAILED and out == ""
    assert "pg_dump" in err
