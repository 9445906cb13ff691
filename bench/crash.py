"""Crash-safety figures: SIGKILL during large operations, then reopen and check.

Run: .venv/bin/python bench/crash.py [KILLS_PER_SCENARIO]   (prints figures)
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.crash_harness import SCENARIOS, run_harness  # noqa: E402


def main() -> None:
    """Print kills survived and data lost per scenario."""
    kills = int(sys.argv[1]) if len(sys.argv) > 1 else 60
    total_kills = total_failures = 0
    for scenario in SCENARIOS:
        started = time.perf_counter()
        report = run_harness(scenario, kills, seed=11)
        total_kills += report.kills
        total_failures += len(report.failures)
        print(
            f"{scenario:<8} cycles {kills:4d}  killed {report.kills:4d}  "
            f"finished-before-kill {report.completed_before_kill:3d}  "
            f"none {report.outcomes['none']:4d}  whole {report.outcomes['whole']:4d}  "
            f"failures {len(report.failures)}  ({time.perf_counter() - started:.0f} s)"
        )
        for failure in report.failures:
            print("   ", failure)
    print(
        f"total kills survived: {total_kills - total_failures} of {total_kills}; "
        f"data lost or damaged: {total_failures}"
    )


if __name__ == "__main__":
    main()
