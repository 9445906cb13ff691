"""Benchmark: the gap check (责任零缺位) of a county with thousands of letters.

    python bench/gaps.py [--teams 3000] [--db FILE]

Builds the demo county plus ``--teams`` extra teams (班组) with their letters issued (about
3,000 letters by default; a third of them voided and drafted again, so many units have more
than one letter) unless ``--db`` names an existing database, then prints seconds for
``list_gaps`` (read + rules), the rules alone on a snapshot already read, the number of
SELECT statements ``load_snapshot`` sends, and how many gaps of each letter kind it found.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
YEAR = 2026

from ledger import add_teams  # noqa: E402  (bench/ is the script's folder on sys.path)


def build(path: Path, teams: int) -> None:
    """The demo county, ``teams`` more teams with letters; every third one voided and drafted."""
    from desktop_app.services.demo import generate_demo
    from desktop_app.services.letter_templates import list_templates
    from desktop_app.services.letters import issue_letters
    from desktop_app.storage.database import open_database
    from desktop_app.storage.models import Letter

    database = open_database(path, create=True)
    try:
        generate_demo(database, year=YEAR)
        add_teams(database, teams)
        template = next(t for t in list_templates(database, YEAR) if t.pairing == "teams")
        issued = issue_letters(database, template.id, YEAR, issued_on=date(YEAR, 3, 1)).issued
        with database.transaction("bench_void") as session:
            for letter_id in issued[::3]:
                letter = session.get(Letter, letter_id)
                assert letter is not None
                letter.status, letter.void_reason = letter.status.VOID, "bench"
        issue_letters(database, template.id, YEAR, as_drafts=True)
    finally:
        database.close()


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median seconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    """Build (or open) the county and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--teams", type=int, default=3000)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    from sqlalchemy import event, func, select

    from desktop_app.domain.gaps import find_gaps
    from desktop_app.services.gaps import list_gaps, load_snapshot
    from desktop_app.storage.database import open_database
    from desktop_app.storage.models import Letter

    path = args.db or Path(tempfile.mkdtemp()) / "bench.db"
    if args.db is None:
        started = time.perf_counter()
        build(path, args.teams)
        print(f"built in {time.perf_counter() - started:.1f} s: {path}")
    database = open_database(path)
    try:
        with database.reading() as session:
            letters = session.scalar(select(func.count()).where(Letter.year == YEAR))
        today = date(YEAR, 12, 1)
        statements: list[str] = []

        def record(*args: Any) -> None:
            statements.append(str(args[2]))

        event.listen(database.engine, "before_cursor_execute", record)
        snapshot = load_snapshot(database, YEAR, today=today)
        event.remove(database.engine, "before_cursor_execute", record)
        selects = sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))
        gaps = list_gaps(database, YEAR, today=today)
        kinds = Counter(gap.kind.value for gap in gaps)
        print(f"letters in {YEAR}: {letters}; units: {len(snapshot.units)}")
        print(f"SELECT statements per load_snapshot: {selects}")
        seconds = timed(lambda: list_gaps(database, YEAR, today=today))
        print(f"list_gaps (read + rules): {seconds:.3f} s")
        print(f"rules alone (find_gaps): {timed(lambda: find_gaps(snapshot)):.3f} s")
        print(
            "letter gaps: "
            f"unit_without_signed_letter {kinds['unit_without_signed_letter']}, "
            f"letter_overdue {kinds['letter_overdue']}; all gaps {len(gaps)}"
        )
    finally:
        database.close()


if __name__ == "__main__":
    main()
