"""Benchmark: the signing ledger with ~1,000 letters ("out of date vs the matrix", issue 5).

    python bench/ledger.py [--teams 945] [--db FILE]

Builds the demo county plus ``--teams`` extra teams (班组) with their letters (1,000 letters in
all by default) unless ``--db`` names an existing database, then prints seconds for:

* before — the old ledger: every letter loaded with its content and composed again on the
  GUI thread;
* GUI thread now — what ``LettersTab.refresh`` still does there: the rows without the check,
  signing rates and cascade warnings;
* the check alone, cold (nothing memoised) and warm (after a first check; a refresh after an
  edit elsewhere);
* the check on the pool thread in a running Qt event loop: time until the answer arrives
  and the longest the GUI thread went without processing a 5 ms timer meanwhile.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def add_teams(database: Any, teams: int) -> None:
    """``teams`` more teams (班组), each with its leader, spread over the demo's workshops."""
    from sqlalchemy import select

    from desktop_app.domain.enums import UnitKind
    from desktop_app.storage.models import Person, Unit

    with database.transaction("bench_add_teams") as session:
        workshops = list(session.scalars(select(Unit).where(Unit.kind == UnitKind.WORKSHOP)))
        for number in range(teams):
            workshop = workshops[number % len(workshops)]
            team = Unit(
                name=f"第{number}班",
                kind=UnitKind.TEAM,
                parent_id=workshop.id,
                code=f"B{number}",
            )
            session.add(team)
            session.flush()
            session.add(Person(name=f"班长{number}", unit_id=team.id, title="班组长"))


def build(path: Path, teams: int) -> None:
    """The demo county, ``teams`` more teams under its workshops, all letters issued."""

    from desktop_app.services.demo import generate_demo
    from desktop_app.services.letter_templates import list_templates
    from desktop_app.services.letters import issue_letters
    from desktop_app.storage.database import open_database

    database = open_database(path, create=True)
    try:
        generate_demo(database, year=2026)
        add_teams(database, teams)
        template = next(t for t in list_templates(database, 2026) if t.pairing == "teams")
        issue_letters(database, template.id, 2026)
    finally:
        database.close()


def timed(action: Callable[[], object], repeat: int = 3) -> float:
    """Median seconds of ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def old_ledger(database: object, year: int) -> int:
    """The ledger as it was: ORM letters with content, each composed again."""
    from sqlalchemy import select
    from sqlalchemy.orm import selectinload

    from desktop_app.services.letter_facts import FactsIndex
    from desktop_app.services.letter_ledger import stale_differences
    from desktop_app.storage.models import Letter, LetterTemplate

    stale = 0
    with database.reading() as session:  # type: ignore[attr-defined]
        templates = {t.id: t for t in session.scalars(select(LetterTemplate))}
        index = FactsIndex.load(session, year)
        letters = session.scalars(
            select(Letter)
            .where(Letter.year == year)
            .options(
                selectinload(Letter.party_a),
                selectinload(Letter.party_b),
                selectinload(Letter.indicators),
            )
        )
        for letter in letters:
            template = templates.get(letter.template_id or -1)
            stale += bool(stale_differences(session, letter, template, index))
    return stale


def in_event_loop(database: object, year: int) -> tuple[float, float]:
    """(seconds until the pool thread's answer arrives, longest GUI-thread gap)."""
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.services.letter_ledger import _fresh_fingerprint
    from desktop_app.ui.letters_stale import StaleCheck, start_stale_check

    app = QApplication.instance() or QApplication([])
    _fresh_fingerprint.cache_clear()
    clock = QElapsedTimer()
    gaps: list[float] = []
    last = [0.0]
    answer: list[float] = []

    def tick() -> None:
        now = clock.nsecsElapsed() / 1e9
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    check = StaleCheck(database, year, 1)  # type: ignore[arg-type]
    check.signals.finished.connect(
        lambda _n, _ids: (answer.append(clock.nsecsElapsed() / 1e9), app.quit())
    )
    clock.start()
    timer.start()
    start_stale_check(check)
    app.exec()
    timer.stop()
    return answer[0], max(gaps)


def main() -> None:
    """Build (or open) the database and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--teams", type=int, default=945)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    from desktop_app.services.letter_ledger import (
        _fresh_fingerprint,
        cascade_warnings,
        ledger,
        signing_rates_of,
        stale_letter_ids,
    )
    from desktop_app.storage.database import open_database

    path = args.db or Path(tempfile.mkdtemp(prefix="dutymatrix-ledger-")) / "ledger.db"
    if not path.exists():
        started = time.perf_counter()
        build(path, args.teams)
        print(f"built {path} in {time.perf_counter() - started:.1f} s")
    database = open_database(path)
    year = 2026
    try:
        count = len(ledger(database, year, check_stale=False))
        print(
            f"DutyMatrix ledger benchmark — {count} letters, {os.cpu_count()} cores, "
            f"load average {os.getloadavg()[0]:.2f}"
        )

        def gui_part() -> None:
            rows = ledger(database, year, check_stale=False)
            signing_rates_of(rows)
            cascade_warnings(database, year)

        def cold() -> None:
            _fresh_fingerprint.cache_clear()
            stale_letter_ids(database, year)

        before = timed(lambda: old_ledger(database, year))
        print(
            f"  before: recompose every letter on the GUI thread   {before:6.2f} s "
            f"({before / count * 1000:.1f} ms/letter)"
        )
        print(f"  GUI thread now: rows, rates, cascade warnings      {timed(gui_part):6.2f} s")
        print(f"  check alone, cold (nothing memoised)               {timed(cold):6.2f} s")
        stale_letter_ids(database, year)
        warm = timed(lambda: stale_letter_ids(database, year))
        print(f"  check alone, warm (inputs fingerprint memoised)    {warm:6.2f} s")
        arrived, gap = in_event_loop(database, year)
        print(
            f"  pool thread, cold: answer after {arrived:.2f} s; longest GUI-thread gap "
            f"{gap * 1000:.0f} ms"
        )
    finally:
        database.close()


if __name__ == "__main__":
    main()
