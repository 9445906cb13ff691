"""Duty lists and the clause library: add, remove, reorder, edit, and the gaps they close."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.domain.enums import DutyListKind, Responsibility
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.gaps import GapKind
from desktop_app.services import demo_data
from desktop_app.services.duties import (
    ClauseValues,
    add_clause_to_list,
    clause_library,
    create_clause,
    create_duty_list,
    delete_duty_list,
    duty_list_entries,
    duty_lists,
    remove_clause_from_list,
    reorder_duty_list,
    restore_duty_list,
    set_clause_active,
    update_clause,
)
from desktop_app.services.gaps import list_gaps
from desktop_app.storage.database import Database
from desktop_app.storage.models import DutyList, Unit
from tests.demo_copy import DEMO_YEAR as YEAR


def _unit_id(database: Database, name: str) -> int:
    with database.reading() as session:
        return int(session.scalar(select(Unit.id).where(Unit.name == name)) or 0)


def _order(database: Database, list_id: int) -> list[int]:
    return [entry.duty_id for entry in duty_list_entries(database, list_id)]


def test_a_units_lists_include_its_posts_lists(demo: Database) -> None:
    government = _unit_id(demo, demo_data.GOVERNMENT)

    lists = duty_lists(demo, YEAR, government)

    assert lists and all(item.unit_id == government for item in lists)
    assert all(item.post_id is not None for item in lists)
    assert all(item.item_count > 0 for item in lists)


def test_add_remove_and_reorder_keep_positions_contiguous(demo: Database) -> None:
    bureau = _unit_id(demo, "青溪县应急管理局")
    duty_list = duty_lists(demo, YEAR, bureau)[0]
    original = _order(demo, duty_list.id)
    spare = next(c.id for c in clause_library(demo) if c.id not in original)

    assert add_clause_to_list(demo, duty_list.id, spare, 1) == 1
    assert _order(demo, duty_list.id) == [original[0], spare, *original[1:]]
    positions = [e.position for e in duty_list_entries(demo, duty_list.id)]
    assert positions == list(range(1, len(original) + 2))

    before = reorder_duty_list(demo, duty_list.id, list(reversed(_order(demo, duty_list.id))))
    assert before == [original[0], spare, *original[1:]]
    assert _order(demo, duty_list.id)[-1] == original[0]

    reorder_duty_list(demo, duty_list.id, before)
    assert remove_clause_from_list(demo, duty_list.id, spare) == 1
    assert _order(demo, duty_list.id) == original


def test_a_clause_twice_in_a_list_and_a_stale_reorder_are_refused(demo: Database) -> None:
    bureau = _unit_id(demo, "青溪县应急管理局")
    duty_list = duty_lists(demo, YEAR, bureau)[0]
    order = _order(demo, duty_list.id)

    with pytest.raises(DomainError) as twice:
        add_clause_to_list(demo, duty_list.id, order[0])
    with pytest.raises(DomainError) as stale:
        reorder_duty_list(demo, duty_list.id, order[1:])

    assert twice.value.code is ErrorCode.CLAUSE_ALREADY_IN_LIST
    assert stale.value.code is ErrorCode.REORDER_MISMATCH
    assert _order(demo, duty_list.id) == order


def test_a_new_list_for_the_listless_member_closes_its_gap_once_it_has_a_clause(
    demo: Database,
) -> None:
    member = _unit_id(demo, demo_data.LISTLESS_MEMBER)

    def gap_reasons() -> list[str]:
        return [
            g.facts["reason"]
            for g in list_gaps(demo, YEAR)
            if g.kind is GapKind.EMPTY_DUTY_LIST and g.subject_id == member
        ]

    assert gap_reasons() == ["no_list"]
    record = create_duty_list(demo, YEAR, DutyListKind.MAIN, unit_id=member, title="清单")
    assert gap_reasons() == ["no_items"]
    add_clause_to_list(demo, record.id, clause_library(demo)[0].id)
    assert gap_reasons() == []

    deleted = delete_duty_list(demo, record.id)
    assert gap_reasons() == ["no_list"]
    restore_duty_list(demo, deleted)
    with demo.reading() as session:
        restored = session.get(DutyList, record.id)
        assert restored is not None and restored.uuid == record.uuid
    assert gap_reasons() == []


def test_clause_library_edits_return_the_old_values(demo: Database) -> None:
    new_id = create_clause(
        demo, ClauseValues(Responsibility.POST, " 每月组织一次安全检查 ", "《安全生产法》", "每月")
    )
    clause = next(c for c in clause_library(demo) if c.id == new_id)
    assert clause.text == "每月组织一次安全检查" and clause.used_in == 0

    before = update_clause(demo, new_id, ClauseValues(Responsibility.MAIN, "每周检查", None, ""))
    assert before == ClauseValues(
        Responsibility.POST, "每月组织一次安全检查", "《安全生产法》", "每月"
    )
    edited = next(c for c in clause_library(demo) if c.id == new_id)
    assert (edited.kind, edited.text, edited.frequency) == (Responsibility.MAIN, "每周检查", None)

    set_clause_active(demo, new_id, False)
    assert new_id not in {c.id for c in clause_library(demo, include_inactive=False)}
    with pytest.raises(DomainError) as blank:
        update_clause(demo, new_id, ClauseValues(Responsibility.MAIN, "  "))
    assert blank.value.code is ErrorCode.EMPTY_CLAUSE_TEXT
