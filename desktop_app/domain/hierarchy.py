"""The unit hierarchy must stay a forest: these checks run before any move is written."""

from __future__ import annotations

from collections.abc import Mapping


def ancestors(unit_id: int, parent_of: Mapping[int, int | None]) -> list[int]:
    """Ids from ``unit_id``'s parent up to its root (stops if a cycle is already present)."""
    chain: list[int] = []
    seen = {unit_id}
    current = parent_of.get(unit_id)
    while current is not None and current not in seen:
        chain.append(current)
        seen.add(current)
        current = parent_of.get(current)
    return chain


def would_create_cycle(
    unit_id: int, new_parent_id: int | None, parent_of: Mapping[int, int | None]
) -> bool:
    """True when putting ``unit_id`` under ``new_parent_id`` would make it its own ancestor."""
    if new_parent_id is None:
        return False
    if new_parent_id == unit_id:
        return True
    return unit_id in ancestors(new_parent_id, parent_of)


def find_cycles(parent_of: Mapping[int, int | None]) -> list[list[int]]:
    """Every cycle already in the parent links (each listed once, smallest id first)."""
    cycles: list[list[int]] = []
    state: dict[int, int] = {}  # 1 = on the current path, 2 = finished
    for start in sorted(parent_of):
        path: list[int] = []
        node: int | None = start
        while node is not None and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = parent_of.get(node)
        if node is not None and state.get(node) == 1:
            cycle = path[path.index(node) :]
            pivot = cycle.index(min(cycle))
            cycles.append(cycle[pivot:] + cycle[:pivot])
        for visited in path:
            state[visited] = 2
    return cycles
