"""Letter gaps on the demo county: they agree with the ledger and follow the clerk's actions."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.orm import aliased

from desktop_app.domain.enums import LetterStatus, UnitKind
from desktop_app.domain.gaps import REASON_DRAFT, REASON_VOID, GapKind, GapSubject
from desktop_app.services.demo_assessment import NEVER_SIGNED
from desktop_app.services.gaps import list_gaps, load_snapshot, years_with_data
from desktop_app.services.letter_drafts import issue_drafts
from desktop_app.services.letter_ledger import ledger, overdue_letters
from desktop_app.services.letter_templates import list_templates
from desktop_app.services.letters import change_status, issue_letters, void_letter
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter, Unit
from tests.demo_copy import DEMO_YEAR as YEAR

AFTER_DEADLINES = date(YEAR, 12, 1)


def _letter_gaps(database: Database, today: date = AFTER_DEADLINES) -> list[Any]:
    letter_kinds = (GapKind.UNIT_WITHOUT_SIGNED_LETTER, GapKind.LETTER_OVERDUE)
    return [gap for gap in list_gaps(database, YEAR, today=today) if gap.kind in letter_kinds]


def _about_unit(database: Database, unit_id: int) -> list[Any]:
    """The letter gaps about a unit: its own, or its letters'."""
    return [
        gap
        for gap in _letter_gaps(database)
        if (gap.subject is GapSubject.UNIT and gap.subject_id == unit_id)
        or gap.facts.get("party_b_id") == unit_id
    ]


def _township_letter(database: Database, status: LetterStatus) -> tuple[int, int, int]:
    """(letter id, party A id, party B id) of a township's letter in ``status``."""
    party_b = aliased(Unit)
    with database.reading() as session:
        row = session.execute(
            select(Letter.id, Letter.party_a_id, Letter.party_b_id)
            .join(party_b, party_b.id == Letter.party_b_id)
            .where(Letter.year == YEAR, Letter.status == status, party_b.kind == UnitKind.TOWNSHIP)
            .order_by(Letter.id)
            .limit(1)
        ).one()
    return row.id, row.party_a_id, row.party_b_id


def test_the_overdue_letters_are_exactly_the_ledgers(demo: Database) -> None:
    gaps = _letter_gaps(demo)
    overdue = overdue_letters(demo, YEAR, today=AFTER_DEADLINES)
    assert len(overdue) == 18
    assert {g.kind for g in gaps} == {GapKind.LETTER_OVERDUE}  # every unit has a letter
    assert sorted((g.subject_id, g.facts["days"]) for g in gaps) == sorted(
        (row.id, row.days_overdue) for row in overdue
    )
    rows = {row.id: row for row in ledger(demo, YEAR, today=AFTER_DEADLINES, check_stale=False)}
    for gap in gaps:
        row = rows[gap.subject_id]
        assert gap.subject is GapSubject.LETTER and gap.facts["letter_id"] == row.id
        assert (gap.facts["party_a"], gap.facts["party_b"]) == (row.party_a, row.party_b)
        assert row.due_date is not None and gap.facts["due_date"] == row.due_date.isoformat()
        assert gap.facts["template"] == row.template


def test_before_the_due_dates_no_letter_is_a_gap(demo: Database) -> None:
    assert _letter_gaps(demo, today=date(YEAR, 2, 1)) == []


def test_last_years_never_signed_letter_is_still_overdue(demo: Database) -> None:
    gaps = [g for g in list_gaps(demo, YEAR - 1) if g.kind is GapKind.LETTER_OVERDUE]
    assert [g.facts["party_b"] for g in gaps] == [NEVER_SIGNED]


def test_a_voided_township_letter_is_a_gap_until_a_new_one_is_signed(demo: Database) -> None:
    letter_id, party_a, party_b = _township_letter(demo, LetterStatus.SIGNED)
    void_letter(demo, letter_id, "乡镇主要负责人调整，原责任书作废", on=date(YEAR, 11, 2))
    [gap] = _about_unit(demo, party_b)
    assert gap.kind is GapKind.UNIT_WITHOUT_SIGNED_LETTER
    assert (gap.facts["reason"], gap.facts["letter_id"]) == (REASON_VOID, letter_id)
    assert gap.facts["issuer"] == "青溪县人民政府"

    template = next(t.id for t in list_templates(demo, YEAR) if t.pairing == "townships")
    result = issue_letters(demo, template, YEAR, pairs=[(party_a, party_b)], as_drafts=True)
    [draft] = result.issued
    [gap] = _about_unit(demo, party_b)
    assert (gap.facts["reason"], gap.facts["letter_id"]) == (REASON_DRAFT, draft)

    issue_drafts(demo, [draft], issued_on=date(YEAR, 11, 20))  # due 30 days later: not yet
    assert _about_unit(demo, party_b) == []
    change_status(demo, draft, LetterStatus.SIGNED, date(YEAR, 11, 21))
    assert _about_unit(demo, party_b) == []


def test_marking_an_overdue_letter_signed_closes_its_gap(demo: Database) -> None:
    letter_id, _party_a, _party_b = _township_letter(demo, LetterStatus.ISSUED)
    assert letter_id in {g.subject_id for g in _letter_gaps(demo)}
    change_status(demo, letter_id, LetterStatus.SIGNED, date(YEAR, 3, 1))  # signed late
    assert letter_id not in {g.subject_id for g in _letter_gaps(demo)}
    assert len(_letter_gaps(demo)) == 17


def test_letters_are_read_in_a_fixed_number_of_queries(demo: Database) -> None:
    def selects() -> int:
        statements: list[str] = []

        def record(*args: Any) -> None:
            statements.append(str(args[2]))

        event.listen(demo.engine, "before_cursor_execute", record)
        try:
            load_snapshot(demo, YEAR, today=AFTER_DEADLINES)
        finally:
            event.remove(demo.engine, "before_cursor_execute", record)
        return sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))

    before = selects()
    template = next(t.id for t in list_templates(demo, YEAR) if t.pairing == "committee_members")
    for letter_id in [g.subject_id for g in _letter_gaps(demo)][:5]:
        void_letter(demo, letter_id, "重新签发")
    issue_letters(demo, template, YEAR, as_drafts=True)  # drafts for the voided members
    assert selects() == before


def test_only_years_with_something_recorded_hold_data(demo: Database) -> None:
    assert years_with_data(demo) == [YEAR - 1, YEAR]  # last year: its letters only
