"""Pure rules of the responsibility matrix: cell keys, per-field counts, the township of a unit.

A matrix cell is addressed by ``(unit_id, field_id)``; its value is a :class:`FieldRole` or
None (no role). Everything here works on plain mappings so the Qt model and the services can
share it without touching the database.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from desktop_app.domain.enums import FieldRole, UnitKind

CellKey = tuple[int, int]
"""``(unit_id, field_id)`` of a matrix cell."""

RoleChanges = dict[CellKey, FieldRole | None]
"""The role each cell should get (None clears the cell)."""

# Units that carry territorial (属地) responsibility for what sits on their ground.
TOWNSHIP_KINDS = frozenset({UnitKind.TOWNSHIP, UnitKind.PARK})


@dataclass(frozen=True)
class FieldCounts:
    """How many units play each role in one field."""

    lead: int = 0
    support: int = 0
    main: int = 0
    territorial: int = 0

    def of(self, role: FieldRole) -> int:
        """The count for ``role``."""
        return int(getattr(self, role.value))


def field_counts(
    roles: Mapping[CellKey, FieldRole], unit_ids: Iterable[int] | None = None
) -> dict[int, FieldCounts]:
    """Role counts per field id, over all cells or only the cells of ``unit_ids``."""
    allowed = set(unit_ids) if unit_ids is not None else None
    tallies: dict[int, Counter[FieldRole]] = {}
    for (unit_id, field_id), role in roles.items():
        if allowed is not None and unit_id not in allowed:
            continue
        tallies.setdefault(field_id, Counter())[role] += 1
    return {
        field_id: FieldCounts(**{role.value: count for role, count in tally.items()})
        for field_id, tally in tallies.items()
    }


def township_of(
    unit_id: int,
    parent_of: Mapping[int, int | None],
    kind_of: Mapping[int, UnitKind],
    territorial_of: Mapping[int, int | None],
) -> int | None:
    """The township or park a unit belongs to (属地): itself, its explicit territorial unit,
    or the nearest township/park above it; None for county-level units."""
    seen: set[int] = set()
    current: int | None = unit_id
    while current is not None and current not in seen:
        seen.add(current)
        if kind_of.get(current) in TOWNSHIP_KINDS:
            return current
        territory = territorial_of.get(current)
        if territory is not None and kind_of.get(territory) in TOWNSHIP_KINDS:
            return territory
        current = parent_of.get(current)
    return None


def tree_order(
    ids: Iterable[int], parent_of: Mapping[int, int | None], sort_key: Mapping[int, int]
) -> list[tuple[int, int]]:
    """``(unit_id, depth)`` in pre-order (parents before children, siblings by ``sort_key``).

    Units whose parent is not among ``ids`` are treated as roots, so a filtered set of units
    still comes out in a sensible order.
    """
    members = list(ids)
    present = set(members)
    children: dict[int | None, list[int]] = {}
    for unit_id in members:
        parent = parent_of.get(unit_id)
        children.setdefault(parent if parent in present else None, []).append(unit_id)
    for siblings in children.values():
        siblings.sort(key=lambda unit: (sort_key.get(unit, 0), unit))
    ordered: list[tuple[int, int]] = []
    stack = [(unit, 0) for unit in reversed(children.get(None, []))]
    visited: set[int] = set()
    while stack:
        unit, depth = stack.pop()
        if unit in visited:
            continue
        visited.add(unit)
        ordered.append((unit, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(unit, [])))
    # Units caught in a cycle never hang below a root; list them last rather than lose them.
    ordered.extend((unit, 0) for unit in members if unit not in visited)
    return ordered
