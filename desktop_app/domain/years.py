"""Years of the matrix: what a year holds, and what changed from one year to the next.

The matrix, the oversight (一岗双责) and the duty lists belong to a year. Rolling over copies
them; the diff compares two years cell by cell, portfolio by portfolio and list by list. The
rules here see plain ids only; the services read the rows and name them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from desktop_app.domain.enums import DutyListKind, FieldRole
from desktop_app.domain.matrix import CellKey

MIN_YEAR = 2000
MAX_YEAR = 2200


def is_valid_year(year: int) -> bool:
    """True for the years the database accepts (its CHECK constraint says 2000–2200)."""
    return MIN_YEAR <= year <= MAX_YEAR


def rolled_title(title: str | None, from_year: int, to_year: int) -> str | None:
    """A duty list's title for the new year: "2026年度…清单" becomes "2027年度…清单"."""
    if title is None:
        return None
    return title.replace(str(from_year), str(to_year))


OversightKey = tuple[int, int | None, int | None]
"""``(person_id, unit_id, field_id)`` of an oversight; exactly one of unit and field is set."""


class OwnerKind(StrEnum):
    """Whose a duty list is."""

    UNIT = "unit"
    POST = "post"


DutyListKey = tuple[OwnerKind, int, DutyListKind]
"""``(owner kind, unit or post id, list kind)``: how a list is matched across years."""


@dataclass(frozen=True)
class YearContent:
    """What one year holds, as ids: matrix cells, oversights and ordered duty lists."""

    roles: Mapping[CellKey, FieldRole] = field(default_factory=dict)
    oversights: frozenset[OversightKey] = frozenset()
    duty_lists: Mapping[DutyListKey, Sequence[int]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        """True when the year has neither cells, nor oversights, nor duty lists."""
        return not (self.roles or self.oversights or self.duty_lists)


class Change(StrEnum):
    """How an entry differs between the earlier and the later year."""

    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


@dataclass(frozen=True)
class CellChange:
    """A matrix cell whose role differs (None: no role that year)."""

    unit_id: int
    field_id: int
    before: FieldRole | None
    after: FieldRole | None

    @property
    def change(self) -> Change:
        """Added, removed or changed."""
        if self.before is None:
            return Change.ADDED
        return Change.REMOVED if self.after is None else Change.CHANGED


@dataclass(frozen=True)
class OversightChange:
    """An oversight present in only one of the two years."""

    person_id: int
    unit_id: int | None
    field_id: int | None
    change: Change


@dataclass(frozen=True)
class DutyListChange:
    """A duty list that gained, lost or reordered clauses (or exists in one year only)."""

    key: DutyListKey
    change: Change
    added: tuple[int, ...] = ()
    removed: tuple[int, ...] = ()
    reordered: bool = False


@dataclass(frozen=True)
class YearDiff:
    """Everything that differs from the earlier to the later year."""

    cells: tuple[CellChange, ...] = ()
    oversights: tuple[OversightChange, ...] = ()
    duty_lists: tuple[DutyListChange, ...] = ()

    @property
    def is_empty(self) -> bool:
        """True when the two years hold the same."""
        return not (self.cells or self.oversights or self.duty_lists)


def diff_years(earlier: YearContent, later: YearContent) -> YearDiff:
    """What changed from ``earlier`` to ``later``, in a stable order."""
    cells = tuple(
        CellChange(key[0], key[1], earlier.roles.get(key), later.roles.get(key))
        for key in sorted(set(earlier.roles) | set(later.roles))
        if earlier.roles.get(key) != later.roles.get(key)
    )
    oversights = tuple(
        OversightChange(*key, change=Change.REMOVED)
        for key in sorted(earlier.oversights - later.oversights, key=_oversight_sort)
    ) + tuple(
        OversightChange(*key, change=Change.ADDED)
        for key in sorted(later.oversights - earlier.oversights, key=_oversight_sort)
    )
    lists: list[DutyListChange] = []
    for key in sorted(set(earlier.duty_lists) | set(later.duty_lists)):
        before = earlier.duty_lists.get(key)
        after = later.duty_lists.get(key)
        if before is None and after is not None:
            lists.append(DutyListChange(key, Change.ADDED, added=tuple(after)))
        elif after is None and before is not None:
            lists.append(DutyListChange(key, Change.REMOVED, removed=tuple(before)))
        elif before is not None and after is not None and list(before) != list(after):
            added = tuple(duty for duty in after if duty not in set(before))
            removed = tuple(duty for duty in before if duty not in set(after))
            common_before = [duty for duty in before if duty in set(after)]
            common_after = [duty for duty in after if duty in set(before)]
            lists.append(
                DutyListChange(
                    key,
                    Change.CHANGED,
                    added=added,
                    removed=removed,
                    reordered=common_before != common_after,
                )
            )
    return YearDiff(cells=cells, oversights=oversights, duty_lists=tuple(lists))


def _oversight_sort(key: OversightKey) -> tuple[int, int, int]:
    person, unit, field_ = key
    return (person, unit if unit is not None else -1, field_ if field_ is not None else -1)
