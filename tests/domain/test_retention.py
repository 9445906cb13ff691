"""Backup rotation keeps the newest few plus one per day, week and month."""

from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.retention import RetentionPolicy, backups_to_keep

START = datetime(2026, 1, 1, 9, 0)


def test_a_year_of_daily_backups_keeps_7_daily_4_weekly_12_monthly() -> None:
    stamps = [START + timedelta(days=d) for d in range(365)]
    kept = backups_to_keep(stamps, RetentionPolicy(newest=0))
    kept_days = sorted(stamps[i] for i in kept)
    newest = stamps[-1]
    assert all(newest - timedelta(days=6) <= t for t in kept_days[-7:])
    months = {(t.year, t.month) for t in kept_days}
    assert len(months) == 12
    assert len(kept) <= 7 + 4 + 12


def test_several_backups_a_day_keep_the_newest_of_that_day() -> None:
    stamps = [START + timedelta(hours=h) for h in range(5)]
    kept = backups_to_keep(stamps, RetentionPolicy(newest=1, daily=1, weekly=0, monthly=0))
    assert kept == {4}


def test_the_newest_n_are_always_kept() -> None:
    stamps = [START + timedelta(minutes=m) for m in range(20)]
    kept = backups_to_keep(stamps, RetentionPolicy(newest=10, daily=1, weekly=1, monthly=1))
    assert kept == set(range(10, 20))


@given(st.lists(st.integers(0, 2000), min_size=1, max_size=60))
def test_the_newest_backup_always_survives_and_the_count_is_bounded(hours: list[int]) -> None:
    stamps = [START + timedelta(hours=h) for h in hours]
    policy = RetentionPolicy()
    kept = backups_to_keep(stamps, policy)
    assert stamps.index(max(stamps)) in kept or max(stamps) in {stamps[i] for i in kept}
    assert len(kept) <= policy.newest + policy.daily + policy.weekly + policy.monthly
