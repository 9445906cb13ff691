"""Power cuts and killed processes never leave a half-written or damaged database."""

from __future__ import annotations

import pytest

from tests.crash_harness import run_harness


@pytest.mark.parametrize(("scenario", "kills"), [("import", 20), ("issue", 15), ("demo", 15)])
def test_killing_the_program_mid_operation_leaves_all_or_nothing(scenario: str, kills: int) -> None:
    report = run_harness(scenario, kills, seed=7)
    print(
        f"{scenario}: {report.kills} kills, {report.completed_before_kill} finished first, "
        f"outcomes {report.outcomes}, failures {len(report.failures)}"
    )
    assert report.failures == []
    # how many kills land mid-write depends on the machine's speed; some always must
    assert report.kills > 0
