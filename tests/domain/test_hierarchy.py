"""The hierarchy rules, on plain parent maps."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.hierarchy import ancestors, find_cycles, would_create_cycle

# 1 ← 2 ← 3 ← 4, and 5 under 1
TREE = {1: None, 2: 1, 3: 2, 4: 3, 5: 1}


def test_ancestors_run_up_to_the_root() -> None:
    assert ancestors(4, TREE) == [3, 2, 1]
    assert ancestors(1, TREE) == []


def test_moving_under_a_descendant_or_itself_is_a_cycle() -> None:
    assert would_create_cycle(2, 4, TREE)
    assert would_create_cycle(2, 2, TREE)
    assert not would_create_cycle(4, 5, TREE)
    assert not would_create_cycle(3, None, TREE)


def test_find_cycles_reports_each_cycle_once() -> None:
    assert find_cycles(TREE) == []
    broken = {**TREE, 1: 4, 7: 8, 8: 7, 9: 7}
    assert find_cycles(broken) == [[1, 4, 3, 2], [7, 8]]


@given(st.dictionaries(st.integers(1, 30), st.one_of(st.none(), st.integers(1, 30)), max_size=30))
def test_a_move_allowed_by_the_rule_never_creates_a_cycle(parents: dict[int, int | None]) -> None:
    forest = {k: v for k, v in parents.items() if k != v}
    if find_cycles(forest):
        return
    for unit in list(forest):
        for target in list(forest):
            if not would_create_cycle(unit, target, forest):
                assert find_cycles({**forest, unit: target}) == []
