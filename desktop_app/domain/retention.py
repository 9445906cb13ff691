"""Which backups to keep: the newest few, plus one per day, week and month for a while."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups survive rotation (as ``borg prune --keep-*`` counts them: the
    newest backup of each of the N most recent days/weeks/months that have backups)."""

    newest: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def _newest_per_period(
    stamps: Sequence[datetime], order: list[int], period: Callable[[datetime], Hashable], count: int
) -> set[int]:
    kept: set[int] = set()
    seen: set[Hashable] = set()
    for index in order:
        key = period(stamps[index])
        if key in seen:
            continue
        seen.add(key)
        kept.add(index)
        if len(seen) >= count:
            break
    return kept


def backups_to_keep(stamps: Sequence[datetime], policy: RetentionPolicy) -> set[int]:
    """Indices into ``stamps`` of the backups to keep; every other one may be deleted."""
    order = sorted(range(len(stamps)), key=lambda i: stamps[i], reverse=True)
    kept = set(order[: policy.newest])
    kept |= _newest_per_period(stamps, order, lambda t: t.date(), policy.daily)
    kept |= _newest_per_period(stamps, order, lambda t: t.isocalendar()[:2], policy.weekly)
    kept |= _newest_per_period(stamps, order, lambda t: (t.year, t.month), policy.monthly)
    return kept
