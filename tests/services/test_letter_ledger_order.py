"""The ledger lists letters as the clerk reads the unit tree, and the batch prints them so."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.domain.enums import LetterStatus
from desktop_app.services.letter_ledger import ledger, unit_tree_positions
from desktop_app.services.letter_print import printable_count, printable_letters
from desktop_app.services.letter_scans import can_attach_scan
from desktop_app.services.letters import can_void, void_letter
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter
from tests.demo_copy import DEMO_YEAR as YEAR


def test_the_ledger_groups_levels_in_unit_tree_order(demo: Database) -> None:
    rows = ledger(demo, YEAR, check_stale=False)
    levels = list(dict.fromkeys(row.level for row in rows))
    assert levels == [
        "县政府（安委会）→成员部门",
        "县政府→乡镇（街道）/园区",
        "公司/集团→子公司/车间",
        "车间→班组/岗位",
    ]
    with demo.reading() as session:
        positions = unit_tree_positions(session)
        unit_of = dict(session.execute(select(Letter.id, Letter.party_b_id)).all())
    for level in levels:
        places = [positions[unit_of[row.id]] for row in rows if row.level == level]
        assert places == sorted(places), level  # party B in tree order within a level
    assert rows[0].party_b == "青溪县应急管理局"  # the first committee member in the tree


def test_the_batch_prints_and_counts_the_frozen_letters_in_ledger_order(demo: Database) -> None:
    signed = next(r for r in ledger(demo, YEAR) if r.status is LetterStatus.SIGNED)
    void_letter(demo, signed.id, "负责人调整")
    frozen = [
        row.fingerprint
        for row in ledger(demo, YEAR, check_stale=False)
        if row.status not in (LetterStatus.DRAFT, LetterStatus.VOID)
    ]
    printed = [letter.fingerprint for letter in printable_letters(demo, YEAR)]
    assert printed == frozen
    assert printable_count(demo, YEAR) == len(frozen) == 54
    assert printable_count(demo, YEAR + 5) == 0


def test_only_frozen_letters_not_yet_archived_can_be_voided() -> None:
    assert [status for status in LetterStatus if can_void(status)] == [
        LetterStatus.ISSUED,
        LetterStatus.SIGNED,
        LetterStatus.RETURNED,
    ]
    assert [status for status in LetterStatus if can_attach_scan(status)] == [
        LetterStatus.ISSUED,
        LetterStatus.SIGNED,
        LetterStatus.RETURNED,
        LetterStatus.ARCHIVED,
    ]
