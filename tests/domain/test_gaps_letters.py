"""The letter gap rules (DESIGN §1.4): units without a signed letter, letters overdue.

Built on the clean snapshot of ``test_gaps``: 安委会 (99) signed with 交通局 and 消防大队, the
county government with 青溪镇; today is 2026-11-23.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from desktop_app.domain.enums import LetterStatus, UnitKind
from desktop_app.domain.gaps import (
    REASON_DRAFT,
    REASON_NO_LETTER,
    REASON_VOID,
    GapKind,
    GapSubject,
    LetterRecord,
    SigningPairFacts,
    Snapshot,
    UnitFacts,
    days_overdue,
    find_gaps,
)
from tests.domain.test_gaps import (
    DEPT,
    DEPT2,
    GOV,
    MEMBERS_TEMPLATE,
    TOWN,
    TOWNS_TEMPLATE,
    clean_snapshot,
    kinds,
    only,
    unit,
    with_unit,
)

TODAY = date(2026, 11, 23)
WORKSHOP, TEAM = 20, 21
TEAMS_TEMPLATE = "车间与班组安全生产目标责任书"


def with_letters(snapshot: Snapshot, *letters: LetterRecord, drop: int | None = None) -> Snapshot:
    """The snapshot with the letters of party B ``drop`` removed and ``letters`` added."""
    kept = tuple(letter for letter in snapshot.letters if letter.party_b_id != drop)
    return replace(snapshot, letters=(*kept, *letters))


def town_letter(
    letter_id: int, status: LetterStatus, due: date | None = date(2026, 2, 24)
) -> LetterRecord:
    """A letter of the county government to 青溪镇, issued on 2026-01-25."""
    return LetterRecord(letter_id, GOV, TOWN, status, due, TOWNS_TEMPLATE, date(2026, 1, 25))


# UNIT_WITHOUT_SIGNED_LETTER ---------------------------------------------------------------


def test_signed_returned_and_archived_letters_all_count_as_signed() -> None:
    snapshot = clean_snapshot()
    assert {letter.status for letter in snapshot.letters} == {
        LetterStatus.SIGNED,
        LetterStatus.RETURNED,
        LetterStatus.ARCHIVED,
    }
    assert find_gaps(snapshot) == []


def test_a_member_with_only_a_draft_is_a_gap_pointing_at_the_draft() -> None:
    snapshot = with_letters(clean_snapshot(), town_letter(300, LetterStatus.DRAFT), drop=TOWN)
    gaps = find_gaps(snapshot)
    assert kinds(gaps) == [GapKind.UNIT_WITHOUT_SIGNED_LETTER]
    assert (gaps[0].subject, gaps[0].subject_id) == (GapSubject.UNIT, TOWN)
    assert gaps[0].facts == {
        "unit": "青溪镇",
        "reason": REASON_DRAFT,
        "year": 2026,
        "issuer": "县政府",
        "letter_id": 300,
    }


def test_a_member_whose_letter_was_voided_is_a_gap() -> None:
    snapshot = with_letters(clean_snapshot(), town_letter(300, LetterStatus.VOID), drop=TOWN)
    gaps = find_gaps(snapshot)
    assert [(g.kind, g.facts["reason"], g.facts["letter_id"]) for g in gaps] == [
        (GapKind.UNIT_WITHOUT_SIGNED_LETTER, REASON_VOID, 300)
    ]


def test_a_voided_letter_with_a_new_draft_points_at_the_draft() -> None:
    # QA's case: the township's letter voided, its replacement still a draft
    snapshot = with_letters(
        clean_snapshot(),
        town_letter(300, LetterStatus.VOID),
        town_letter(301, LetterStatus.DRAFT),
        drop=TOWN,
    )
    gaps = find_gaps(snapshot)
    assert [(g.subject_name, g.facts["reason"], g.facts["letter_id"]) for g in gaps] == [
        ("青溪镇", REASON_DRAFT, 301)
    ]


def test_a_voided_letter_replaced_by_a_signed_one_is_no_gap() -> None:
    snapshot = with_letters(
        clean_snapshot(),
        town_letter(300, LetterStatus.VOID),
        town_letter(301, LetterStatus.SIGNED),
        drop=TOWN,
    )
    assert find_gaps(snapshot) == []


def test_a_member_without_any_letter_is_a_gap_naming_who_issues_it() -> None:
    snapshot = with_letters(clean_snapshot(), drop=DEPT)
    gaps = find_gaps(snapshot)
    assert [(g.kind, g.subject_name) for g in gaps] == [
        (GapKind.UNIT_WITHOUT_SIGNED_LETTER, "交通局")
    ]
    assert gaps[0].facts["reason"] == REASON_NO_LETTER
    assert gaps[0].facts["issuer"] == "安委会"  # its pair: the committee has started issuing
    assert gaps[0].facts["letter_id"] is None


def test_a_member_needs_a_letter_even_when_no_template_covers_it() -> None:
    snapshot = replace(with_letters(clean_snapshot(), drop=DEPT), signing_pairs=())
    gaps = find_gaps(snapshot)
    assert [(g.subject_id, g.facts["issuer"]) for g in gaps] == [(DEPT, None)]


def test_a_year_without_any_letter_lists_every_member() -> None:
    snapshot = replace(clean_snapshot(), letters=())
    gaps = find_gaps(snapshot)
    assert [(g.kind, g.subject_name) for g in gaps] == [
        (GapKind.UNIT_WITHOUT_SIGNED_LETTER, "交通局"),
        (GapKind.UNIT_WITHOUT_SIGNED_LETTER, "消防大队"),
        (GapKind.UNIT_WITHOUT_SIGNED_LETTER, "青溪镇"),
    ]


def _with_workshop(snapshot: Snapshot, *letters: LetterRecord) -> Snapshot:
    units = (
        *snapshot.units,
        UnitFacts(WORKSHOP, "一车间", UnitKind.WORKSHOP, parent_id=5),
        UnitFacts(TEAM, "钢筋班", UnitKind.TEAM, parent_id=WORKSHOP),
        UnitFacts(22, "模板班", UnitKind.TEAM, parent_id=WORKSHOP),
    )
    pairs = (
        *snapshot.signing_pairs,
        SigningPairFacts(TEAMS_TEMPLATE, WORKSHOP, TEAM),
        SigningPairFacts(TEAMS_TEMPLATE, WORKSHOP, 22),
    )
    return replace(
        snapshot, units=units, signing_pairs=pairs, letters=(*snapshot.letters, *letters)
    )


def test_once_an_issuer_started_a_template_every_unit_of_its_rule_needs_a_letter() -> None:
    signed = LetterRecord(400, WORKSHOP, TEAM, LetterStatus.SIGNED, None, TEAMS_TEMPLATE)
    gaps = find_gaps(_with_workshop(clean_snapshot(), signed))
    assert [(g.kind, g.subject_name, g.facts["issuer"]) for g in gaps] == [
        (GapKind.UNIT_WITHOUT_SIGNED_LETTER, "模板班", "一车间")
    ]


def test_units_outside_the_committee_need_no_letter_until_their_issuer_starts() -> None:
    assert find_gaps(_with_workshop(clean_snapshot())) == []
    # a letter of another template by the same issuer does not start this one
    other = LetterRecord(400, WORKSHOP, TEAM, LetterStatus.SIGNED, None, "另一模板")
    assert find_gaps(_with_workshop(clean_snapshot(), other)) == []


def test_inactive_units_need_no_letter() -> None:
    snapshot = with_letters(clean_snapshot(), drop=TOWN)
    snapshot = with_unit(snapshot, replace(unit(snapshot, TOWN), active=False))
    assert only(find_gaps(snapshot), GapKind.UNIT_WITHOUT_SIGNED_LETTER) == []


# LETTER_OVERDUE ---------------------------------------------------------------------------


def test_an_issued_letter_past_its_due_date_is_one_overdue_gap() -> None:
    letter = town_letter(300, LetterStatus.ISSUED, due=date(2026, 2, 24))
    gaps = find_gaps(with_letters(clean_snapshot(), letter, drop=TOWN))
    # overdue, not also "without a signed letter": one gap per problem
    assert kinds(gaps) == [GapKind.LETTER_OVERDUE]
    gap = gaps[0]
    assert (gap.subject, gap.subject_id, gap.subject_name) == (GapSubject.LETTER, 300, "青溪镇")
    assert gap.facts == {
        "party_a": "县政府",
        "party_b": "青溪镇",
        "party_b_id": TOWN,
        "letter_id": 300,
        "template": TOWNS_TEMPLATE,
        "issued_on": "2026-01-25",
        "due_date": "2026-02-24",
        "days": (TODAY - date(2026, 2, 24)).days,
    }


def test_an_issued_letter_not_yet_due_is_no_gap() -> None:
    for due in (TODAY, date(2026, 12, 31), None):
        letter = town_letter(300, LetterStatus.ISSUED, due=due)
        assert find_gaps(with_letters(clean_snapshot(), letter, drop=TOWN)) == [], due


def test_a_letter_signed_late_is_no_gap() -> None:
    for status in (LetterStatus.SIGNED, LetterStatus.RETURNED, LetterStatus.ARCHIVED):
        letter = town_letter(300, status, due=date(2026, 2, 24))
        assert find_gaps(with_letters(clean_snapshot(), letter, drop=TOWN)) == []


def test_a_voided_or_draft_letter_past_its_date_is_not_overdue() -> None:
    for status in (LetterStatus.VOID, LetterStatus.DRAFT):
        letter = town_letter(300, status, due=date(2026, 2, 24))
        gaps = find_gaps(with_letters(clean_snapshot(), letter, drop=TOWN))
        assert kinds(gaps) == [GapKind.UNIT_WITHOUT_SIGNED_LETTER]


def test_every_overdue_letter_is_reported_even_beside_a_signed_one() -> None:
    second = LetterRecord(301, 99, TOWN, LetterStatus.ISSUED, date(2026, 3, 1), MEMBERS_TEMPLATE)
    gaps = find_gaps(with_letters(clean_snapshot(), second))
    assert [(g.kind, g.subject_id) for g in gaps] == [(GapKind.LETTER_OVERDUE, 301)]


def test_overdue_counts_from_the_day_after_the_due_date() -> None:
    due = date(2026, 2, 24)
    assert days_overdue(LetterStatus.ISSUED, due, due) == 0
    assert days_overdue(LetterStatus.ISSUED, due, date(2026, 2, 25)) == 1
    assert days_overdue(LetterStatus.SIGNED, due, TODAY) == 0
    assert days_overdue(LetterStatus.ISSUED, None, TODAY) == 0
    assert days_overdue(LetterStatus.ISSUED, due, None) == 0


def test_without_today_nothing_is_overdue() -> None:
    letter = town_letter(300, LetterStatus.ISSUED, due=date(2026, 2, 24))
    snapshot = replace(with_letters(clean_snapshot(), letter, drop=TOWN), today=None)
    assert find_gaps(snapshot) == []


def test_an_overdue_letter_of_an_inactive_unit_is_no_gap() -> None:
    letter = town_letter(300, LetterStatus.ISSUED, due=date(2026, 2, 24))
    snapshot = with_letters(clean_snapshot(), letter, drop=TOWN)
    snapshot = with_unit(snapshot, replace(unit(snapshot, TOWN), active=False))
    assert only(find_gaps(snapshot), GapKind.LETTER_OVERDUE) == []
    assert only(
        find_gaps(with_letters(clean_snapshot(), letter, drop=TOWN)), GapKind.LETTER_OVERDUE
    )


# ordering ---------------------------------------------------------------------------------


def test_letter_gaps_come_after_the_overseer_gaps_and_before_the_enterprise_gaps() -> None:
    snapshot = clean_snapshot()
    snapshot = replace(
        snapshot,
        oversights=tuple(o for o in snapshot.oversights if o.unit_id != DEPT2),
        letters=(
            *(letter for letter in snapshot.letters if letter.party_b_id not in (DEPT, TOWN)),
            town_letter(300, LetterStatus.ISSUED),
        ),
    )
    snapshot = with_unit(snapshot, replace(unit(snapshot, 5), territorial_unit_id=None))
    assert [(g.kind, g.subject_name) for g in find_gaps(snapshot)] == [
        (GapKind.MEMBER_WITHOUT_OVERSEER, "消防大队"),
        (GapKind.UNIT_WITHOUT_SIGNED_LETTER, "交通局"),
        (GapKind.LETTER_OVERDUE, "青溪镇"),
        (GapKind.ENTERPRISE_WITHOUT_TERRITORY, "顺安运输公司"),
    ]
