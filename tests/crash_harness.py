"""Kill the program (SIGKILL) at random moments during a large write, reopen, check.

Each cycle copies a prepared database, starts a child process that runs one large
operation in one transaction, kills it at a random moment while the operation runs, then
reopens the file the way the program does and checks that it passes ``integrity_check``,
that the audit chain is intact, and that it holds the whole operation or none of it.
Used by tests/storage/test_crash_safety.py and bench/crash.py.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select, text

from desktop_app.services.check import check_database
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.models import AuditEvent, Unit

ROOT = Path(__file__).resolve().parent.parent

# scenario name → (prepare the starting database, the child's operation as code)
CHILD = """
import sys
sys.path.insert(0, {root!r})
from desktop_app.storage.database import open_database
from tests.crash_harness import SCENARIOS
database = open_database(sys.argv[1])
SCENARIOS[sys.argv[2]].operation(database, lambda: print("start", flush=True))
database.close()
print("done", flush=True)
"""


@dataclass(frozen=True)
class Scenario:
    """A large operation that must land whole or not at all."""

    prepare: Callable[[Database], None]
    # the operation calls its second argument just before it starts writing
    operation: Callable[[Database, Callable[[], None]], None]


def _nothing(_database: Database) -> None:
    return None


def _generate_demo(database: Database, writing: Callable[[], None] = lambda: None) -> None:
    from desktop_app.services.demo import generate_demo

    writing()
    generate_demo(database, year=2026)


REGISTER_ROWS = 2000


def _register_path(database: Database) -> Path:
    assert database.path is not None
    return database.path.parent / "register.xlsx"


def _demo_and_register(database: Database) -> None:
    """The demo county, and beside it a register of enterprises under its townships."""
    from openpyxl import Workbook

    _generate_demo(database)
    book = Workbook(write_only=True)
    sheet = book.create_sheet("单位名录")
    sheet.append(["单位名称", "上级单位", "单位类型", "属地", "风险等级"])
    towns = ["青溪镇", "城东街道", "城西街道"]
    for number in range(REGISTER_ROWS):
        town = towns[number % len(towns)]
        sheet.append([f"导入测试企业{number:05d}有限公司", town, "企业", town, "一般"])
    book.save(_register_path(database))


def _import_register(database: Database, writing: Callable[[], None]) -> None:
    """The real import of a clerk's unit register: read and validate, then one transaction."""
    from desktop_app.domain.import_schema import ImportKind
    from desktop_app.services.imports import ImportRequest, preview_import, run_import

    request = ImportRequest(ImportKind.UNITS, _register_path(database), year=2026)
    preview = preview_import(database, request)
    writing()
    run_import(database, preview)


def _issue_letters(database: Database, writing: Callable[[], None]) -> None:
    """A batch issue: next year's letters from the committee to all its member units."""
    from sqlalchemy import select

    from desktop_app.services.letters import issue_letters
    from desktop_app.storage.models import LetterTemplate

    with database.reading() as session:
        template_id = session.scalar(
            select(LetterTemplate.id)
            .where(LetterTemplate.year == 2026, LetterTemplate.name.contains("成员单位"))
            .limit(1)
        )
    assert template_id is not None
    writing()
    issue_letters(database, template_id, 2027)


SCENARIOS: dict[str, Scenario] = {
    "demo": Scenario(_nothing, _generate_demo),
    "import": Scenario(_demo_and_register, _import_register),
    "issue": Scenario(_generate_demo, _issue_letters),
}


@dataclass
class CrashReport:
    """What the harness saw."""

    scenario: str
    kills: int = 0
    completed_before_kill: int = 0
    failures: list[str] = field(default_factory=list)
    outcomes: dict[str, int] = field(default_factory=lambda: {"none": 0, "whole": 0})


def _state(path: Path) -> tuple[int, int, list[str]]:
    """(units, audit events, problems) of the database at ``path``; letters and every other
    row come with their audit events, so the event count tells whole from none."""
    database = open_database(path)
    try:
        problems = [
            f.code.value
            for f in check_database(database)
            if f.code.value in {"integrity", "foreign_key", "audit_chain_broken"}
        ]
        with database.reading() as session:
            units = int(session.scalar(select(func.count()).select_from(Unit)) or 0)
            events = int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
            if session.execute(text("PRAGMA integrity_check")).scalar() != "ok":
                problems.append("integrity_check")
    finally:
        database.close()
    return units, events, problems


def run_harness(scenario: str, kills: int, *, seed: int = 1) -> CrashReport:
    """Kill the child ``kills`` times during ``scenario``; report every failure."""
    chosen = SCENARIOS[scenario]
    report = CrashReport(scenario)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory(prefix="dm-crash-") as folder:
        template = Path(folder) / "template.db"
        base = open_database(template, create=True)
        chosen.prepare(base)
        base.close()
        before = _state(template)[:2]
        # one undisturbed run: how the whole operation looks and how long it takes
        whole_path = Path(folder) / "whole.db"
        shutil.copyfile(template, whole_path)
        duration = _run_child(whole_path, scenario, kill_after=None)
        whole = _state(whole_path)[:2]
        for cycle in range(kills):
            work = Path(folder) / f"cycle{cycle}.db"
            shutil.copyfile(template, work)
            # kill somewhere in the write, a little past its end included (commit, exit)
            finished = _run_child(work, scenario, kill_after=rng.uniform(0.0, duration * 1.1))
            report.kills += 0 if finished else 1
            report.completed_before_kill += 1 if finished else 0
            units, events, problems = _state(work)
            if problems:
                report.failures.append(f"cycle {cycle}: {problems}")
            if (units, events) == before:
                report.outcomes["none"] += 1
            elif (units, events) == whole:
                report.outcomes["whole"] += 1
            else:
                report.failures.append(
                    f"cycle {cycle}: partial state units={units} events={events} "
                    f"(before {before}, whole {whole})"
                )
            for leftover in Path(folder).glob(f"cycle{cycle}.db*"):
                leftover.unlink()
    return report


def _run_child(path: Path, scenario: str, *, kill_after: float | None) -> float:
    """Run the operation in a child. Without ``kill_after``: wait for it and return how
    long the write took. With it: kill the child that many seconds after the write began
    and return 1.0 if the operation had already finished by then, else 0.0."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), str(path), scenario],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert child.stdout is not None
    if child.stdout.readline().strip() != "start":
        child.wait()
        raise RuntimeError("the child did not start its operation")
    began = time.perf_counter()
    if kill_after is None:
        if child.stdout.readline().strip() != "done":
            raise RuntimeError("the undisturbed operation failed")
        elapsed = time.perf_counter() - began
        child.wait()
        return elapsed
    time.sleep(kill_after)
    finished = child.poll() is not None
    if not finished:
        os.kill(child.pid, signal.SIGKILL)
    child.wait()
    return 1.0 if finished else 0.0
