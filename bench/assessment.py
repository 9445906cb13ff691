"""Benchmark: the year-end assessment (issue 8) on the demo county.

    python bench/assessment.py [--work DIR]

Generates the demo (its closed 2025 assessment included), then times: scoring and ranking
every sheet of the year, the results table, reopening and closing the year (fingerprints),
every score sheet into one PDF, the 通报, the Excel export, and the import of a results file
with one row per sheet item of 2026 (backup included). Prints seconds per step.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(label: str, action: Callable[[], Any]) -> Any:
    """Run ``action`` once and print how long it took."""
    start = time.perf_counter()
    result = action()
    print(f"{label:<48} {time.perf_counter() - start:7.3f} s")
    return result


def main() -> None:
    """Run the scenarios in a scratch folder."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--work", type=Path, help="folder for the database and outputs")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="dm-bench-assessment-"))
    work.mkdir(parents=True, exist_ok=True)

    from desktop_app.services.assessment import (
        close_assessment,
        create_score_sheets,
        reopen_assessment,
    )
    from desktop_app.services.assessment_eval import evaluate_year
    from desktop_app.services.assessment_export import (
        export_assessment_workbook,
        export_results_template,
    )
    from desktop_app.services.assessment_import import import_results, preview_results
    from desktop_app.services.assessment_print import print_sheets, write_bulletin_pdf
    from desktop_app.services.assessment_read import assessment_results
    from desktop_app.services.demo import generate_demo
    from desktop_app.storage.database import open_database

    path = work / "bench.db"
    path.unlink(missing_ok=True)
    database = open_database(path, create=True)
    try:
        timed("demo county (incl. the closed 2025 assessment)", lambda: generate_demo(database))
        sheets = len(assessment_results(database, 2025))
        print(f"{'sheets in 2025':<48} {sheets:7d}")

        def evaluate() -> int:
            with database.reading() as session:
                return len(evaluate_year(session, 2025))

        timed("score + rank the year (evaluate_year)", evaluate)
        timed("results table (assessment_results)", lambda: assessment_results(database, 2025))
        timed("reopen the year (with a reason)", lambda: reopen_assessment(database, 2025, "bench"))
        timed("close the year (recompute + fingerprints)", lambda: close_assessment(database, 2025))
        timed(
            "every score sheet into one PDF",
            lambda: print_sheets(database, 2025, combined=work / "sheets.pdf"),
        )
        size = (work / "sheets.pdf").stat().st_size
        print(f"{'  combined PDF size':<48} {size / 1024:7.0f} KiB")
        timed(
            "the 通报 (one page, chart)", lambda: write_bulletin_pdf(database, 2025, work / "b.pdf")
        )
        timed(
            "Excel export (3 sheets)",
            lambda: export_assessment_workbook(database, work / "a.xlsx", year=2025),
        )
        timed("make 2026 score sheets", lambda: create_score_sheets(database, 2026))
        template = work / "results.xlsx"
        rows = timed(
            "results-entry workbook for 2026",
            lambda: export_results_template(database, template, year=2026),
        )
        print(f"{'  rows in the results file':<48} {rows:7d}")
        preview = timed(
            "read + check the results file", lambda: preview_results(database, 2026, template)
        )
        timed(
            "import it (backup + one transaction + recompute)",
            lambda: import_results(database, preview, backup_dir=work / "backups"),
        )
    finally:
        database.close()
    print(f"outputs in {work}")


if __name__ == "__main__":
    main()
