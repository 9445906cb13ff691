"""Figures for Excel in and out (issue 6): reading engines, a 10,000-row unit register read,
validated and imported, a 5,000 × 60 matrix exported formatted, memory on 50,000 rows.

Run: .venv/bin/python bench/excel.py   (prints figures; asserts nothing)
     .venv/bin/python bench/excel.py --matrix   (only the matrix export)
     .venv/bin/python bench/excel.py --import   (only the unit register import)
     .venv/bin/python bench/excel.py --import calamine   (the import with one engine only)

Each scenario runs in its own process so its peak resident memory (which also counts what
python-calamine and SQLite allocate outside Python) is its own.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEADER = ["序号", "单位编码", "单位名称", "上级单位", "单位类型", "单位类别", "是否安委会成员单位",
          "属地", "监管部门", "风险等级", "行业领域", "备注"]  # fmt: skip
TOWNSHIPS = [f"第{n}镇" for n in range(1, 21)]


def rss_mb() -> float:
    """Current resident memory (Linux /proc; else the peak so far)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return peak_mb()


def peak_mb() -> float:
    """Peak resident memory of this process."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 1024


def write_register(path: Path, rows: int) -> None:
    """A unit register of ``rows`` enterprises under 20 townships, 12 columns."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("单位名录")
    sheet.append(["示范县企业名录"])
    sheet.append(HEADER)
    for number in range(1, rows + 1):
        township = TOWNSHIPS[number % len(TOWNSHIPS)]
        name = f"示范县第{number}号企业有限公司"
        sheet.append([number, f"QY{number:06d}", name, township, "企业", None, "否", township,
                      "示范县应急管理局", "一般", "危险化学品", "年度检查已完成"])  # fmt: skip
    book.save(path)


def base_database(path: Path) -> Any:
    """A county with 20 townships, one department and one field."""
    from desktop_app.domain.enums import UnitKind
    from desktop_app.services.units import create_unit
    from desktop_app.storage.database import open_database
    from desktop_app.storage.models import Field

    database = open_database(path, create=True)
    county = create_unit(database, "示范县人民政府", UnitKind.GOVERNMENT)
    create_unit(database, "示范县应急管理局", UnitKind.DEPARTMENT, parent_id=county)
    for name in TOWNSHIPS:
        create_unit(database, name, UnitKind.TOWNSHIP, parent_id=county)
    with database.transaction("bench_fields") as session:
        session.add(Field(code="hazchem", name="危险化学品"))
    return database


def scenario_read(folder: Path, rows: int, engine: str) -> dict[str, Any]:
    """Read only (no database): the engines compared."""
    from desktop_app.documents.excel_reader import read_table
    from desktop_app.domain.import_schema import UNIT_COLUMNS

    path = folder / "register.xlsx"
    write_register(path, rows)
    before = rss_mb()
    started = time.perf_counter()
    table = read_table(path, UNIT_COLUMNS, engine=engine)
    return {"seconds": time.perf_counter() - started, "rows": len(table.rows),
            "peak_mb": peak_mb() - before}  # fmt: skip


def scenario_import(folder: Path, rows: int, engine: str, traced: int = 0) -> dict[str, Any]:
    """Read, validate and import a register into a fresh county (one transaction).

    The phases are timed through the import's own progress reports. With ``traced`` the
    Python heap is followed by tracemalloc (slower: its times are not the figures)."""
    import tracemalloc

    from desktop_app.domain.import_schema import ImportKind
    from desktop_app.services.imports import ImportRequest, preview_import, run_import

    path = folder / "register.xlsx"
    write_register(path, rows)
    database = base_database(folder / "bench.db")
    # "auto" is what the app does: calamine, or openpyxl streaming for a very big sheet
    request = ImportRequest(
        ImportKind.UNITS, path, year=2026, engine=None if engine == "auto" else engine
    )
    phase_started: dict[str, float] = {}

    def progress(phase: str, _done: int, _total: int) -> None:
        phase_started.setdefault(phase, time.perf_counter())

    if traced:
        tracemalloc.start()
    before = rss_mb()
    cpu = time.process_time()
    started = time.perf_counter()
    preview = preview_import(database, request, progress=progress)
    checked = time.perf_counter()
    validate_peak = peak_mb() - before
    heap_preview = tracemalloc.get_traced_memory()[1] / 2**20 if traced else 0.0
    result = run_import(database, preview)
    done = time.perf_counter()
    heap_peak = tracemalloc.get_traced_memory()[1] / 2**20 if traced else 0.0
    database.close()
    validating = phase_started.get("validate", checked)
    return {"read": validating - started, "validate": checked - validating,
            "read_and_validate": checked - started, "write": done - checked,
            "seconds": done - started, "written": result.written, "errors": preview.errors,
            "validate_peak_mb": validate_peak, "peak_mb": peak_mb() - before,
            "heap_preview_mb": heap_preview, "heap_peak_mb": heap_peak,
            "cpu": time.process_time() - cpu}  # fmt: skip


def scenario_matrix(folder: Path, units: int, fields: int, density: float) -> dict[str, Any]:
    """Export a units × fields matrix with role colours (setup written with plain SQL)."""
    import random
    import sqlite3

    from desktop_app.services.exports import export_matrix
    from desktop_app.storage.database import open_database

    path = folder / "bench.db"
    open_database(path, create=True).close()
    random.seed(7)
    roles = ["lead", "support", "main", "territorial"]
    with sqlite3.connect(path) as connection:
        connection.execute(
            "INSERT INTO unit (id, uuid, name, kind, is_committee_member, sort_order, active,"
            " updated_at) VALUES (1, 'u1', '示范县人民政府', 'government', 0, 0, 1, '2026-01-01')"
        )
        connection.executemany(
            "INSERT INTO unit (id, uuid, name, parent_id, kind, is_committee_member, sort_order,"
            " active, updated_at) VALUES (?, ?, ?, 1, 'department', 1, ?, 1, '2026-01-01')",
            [(n, f"u{n}", f"示范县第{n}号单位", n) for n in range(2, units + 2)],
        )
        connection.executemany(
            "INSERT INTO field (id, uuid, code, name, sort_order, active, updated_at)"
            " VALUES (?, ?, ?, ?, ?, 1, '2026-01-01')",
            [(n, f"f{n}", f"f{n}", f"行业领域{n}", n) for n in range(1, fields + 1)],
        )
        cells = [(unit, field) for unit in range(2, units + 2) for field in range(1, fields + 1)
                 if random.random() < density]  # fmt: skip
        connection.executemany(
            "INSERT INTO field_assignment (uuid, year, unit_id, field_id, role, updated_at)"
            " VALUES (?, 2026, ?, ?, ?, '2026-01-01')",
            [(f"a{i}", u, f, random.choice(roles)) for i, (u, f) in enumerate(cells)],
        )
    database = open_database(path)
    before = rss_mb()
    cpu = time.process_time()
    started = time.perf_counter()
    count = export_matrix(database, folder / "matrix.xlsx", year=2026)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu
    database.close()
    from openpyxl import LXML

    return {"seconds": seconds, "rows": count, "cells": len(cells),
            "size_kb": (folder / "matrix.xlsx").stat().st_size // 1024, "cpu": cpu,
            "peak_mb": peak_mb() - before, "process_peak_mb": peak_mb(),
            "lxml": bool(LXML)}  # fmt: skip


SCENARIOS = {"read": scenario_read, "import": scenario_import, "matrix": scenario_matrix}


def run_child(name: str, *args: Any) -> dict[str, Any]:
    """Run one scenario in a fresh interpreter and return its figures."""
    command = [sys.executable, __file__, "--child", name, *map(str, args)]
    output = subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(output.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def child(name: str, args: list[str]) -> None:
    """The child side: run, print one JSON line."""
    parsed: list[Any] = [float(a) if "." in a else int(a) if a.isdigit() else a for a in args]
    with tempfile.TemporaryDirectory(prefix="dm-excel-bench-") as folder:
        figures = SCENARIOS[name](Path(folder), *parsed)
    print(json.dumps(figures))


def main() -> None:
    """Print every figure."""
    print("Excel bench (each line: its own process; peak = resident memory above start;")
    print("cpu = process time, steadier than wall time on a busy machine)")
    for rows in (10_000,):
        for engine in ("openpyxl", "calamine"):
            f = run_child("read", rows, engine)
            print(f"read {rows:>6} rows × 12, {engine:<9} {f['seconds']:6.2f} s"
                  f"  peak +{f['peak_mb']:6.1f} MB")  # fmt: skip
    print_import_figures()
    print_matrix_figures()


def print_import_figures(engines: tuple[str, ...] = ("auto", "calamine", "openpyxl")) -> None:
    """The unit register imported at 10,000 and 50,000 rows (goal: 10,000 in ≤ 3 s, ≤ 60 MB)."""
    print("import: read / validate / write / total seconds (cpu); peak resident memory above")
    print("the start (also what python-calamine and SQLite hold), then the Python heap's peak")
    print("(tracemalloc, a separate run); flat memory = the 50,000 figures far below 5 × 10,000")
    for rows in (10_000, 50_000):
        for engine in engines:
            f = run_child("import", rows, engine)
            print(f"import {rows:>6} units, {engine:<9}"
                  f" read {f['read']:5.2f}  validate {f['validate']:5.2f}"
                  f"  write {f['write']:5.2f}  total {f['seconds']:6.2f} s (cpu {f['cpu']:5.2f})"
                  f"  peak +{f['peak_mb']:6.1f} MB (after validate +{f['validate_peak_mb']:5.1f})"
                  f"  ({f['written']} records)")  # fmt: skip
        t = run_child("import", rows, "auto", 1)
        print(f"import {rows:>6} units, auto      Python heap peak (tracemalloc):"
              f" preview {t['heap_preview_mb']:5.1f} MB, whole import {t['heap_peak_mb']:5.1f} MB"
              f" = {t['heap_peak_mb'] * 2**20 / rows:5.0f} bytes a row")  # fmt: skip


def print_matrix_figures() -> None:
    """The formatted 5,000 × 60 matrix export at 10 % and 40 % filled (goal: ≤ 5 s)."""
    for density in (0.1, 0.4):
        f = run_child("matrix", 5000, 60, density)
        print(f"export matrix 5000 × 60, {int(density * 100)}% filled ({f['cells']} cells)"
              f"  {f['seconds']:5.2f} s (cpu {f['cpu']:5.2f})  peak +{f['peak_mb']:6.1f} MB"
              f" (process {f['process_peak_mb']:.0f} MB)  {f['size_kb']} KB"
              f"  lxml {'yes' if f['lxml'] else 'no'}")  # fmt: skip


if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3:])
    elif sys.argv[1:] == ["--matrix"]:  # only the matrix export figures
        print_matrix_figures()
    elif sys.argv[1:2] == ["--import"]:  # only the import figures (of the engines named)
        print_import_figures(tuple(sys.argv[2:]) or ("auto", "calamine", "openpyxl"))
    else:
        main()
