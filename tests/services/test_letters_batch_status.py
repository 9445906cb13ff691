"""Recording the real date many letters were signed, returned or archived, all or nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import event, func, select

from desktop_app.domain.canonical import short_code
from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.messages import describe
from desktop_app.services.letter_codes import letter_ids_for_codes
from desktop_app.services.letter_ledger import LedgerRow, ledger
from desktop_app.services.letters import change_status, change_statuses
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditEvent, Letter
from tests.demo_copy import DEMO_YEAR as YEAR

TOWNSHIPS = "县政府→乡镇（街道）/园区"
ISSUED = LetterStatus.ISSUED
SIGNING_DAY = date(YEAR, 3, 2)  # well after the demo's issue dates (10–25 January)


def _rows(database: Database) -> list[LedgerRow]:
    return ledger(database, YEAR, check_stale=False)


def _ids(database: Database, status: LetterStatus, level: str | None = None) -> list[int]:
    return [
        row.id
        for row in _rows(database)
        if row.status is status and (level is None or row.level == level)
    ]


def _audit_count(database: Database) -> int:
    with database.reading() as session:
        return int(session.scalar(select(func.count(AuditEvent.id))) or 0)


def _refused(database: Database, call: object) -> DomainError:
    """Run ``call``; it must raise a DomainError and leave ledger and audit trail alone."""
    before, events = _rows(database), _audit_count(database)
    with pytest.raises(DomainError) as caught:
        call()  # type: ignore[operator]
    assert _rows(database) == before
    assert _audit_count(database) == events
    return caught.value


def test_every_selected_letter_is_signed_on_the_date_given_in_one_operation(
    demo: Database,
) -> None:
    issued = _ids(demo, LetterStatus.ISSUED, TOWNSHIPS)
    assert len(issued) == 4
    with demo.reading() as session:
        signed_before = session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.operation == "letter_signed")
        )

    assert change_statuses(demo, issued, LetterStatus.SIGNED, SIGNING_DAY) == 4

    rows = {row.id: row for row in _rows(demo)}
    assert {(rows[i].status, rows[i].signed_on) for i in issued} == {
        (LetterStatus.SIGNED, SIGNING_DAY)
    }
    with demo.reading() as session:
        audited = session.scalars(
            select(AuditEvent.entity_uuid).where(AuditEvent.operation == "letter_signed")
        ).all()
    assert signed_before == 0 and len(audited) == 4
    assert set(audited) == {rows[i].uuid for i in issued}

    returned_day = SIGNING_DAY + timedelta(days=4)
    change_statuses(demo, issued, LetterStatus.RETURNED, returned_day)
    change_statuses(demo, issued, LetterStatus.ARCHIVED, returned_day)  # same day is fine
    with demo.reading() as session:
        letters = session.scalars(select(Letter).where(Letter.id.in_(issued))).all()
        assert {(x.signed_on, x.returned_on, x.archived_on) for x in letters} == {
            (SIGNING_DAY, returned_day, returned_day)
        }
        assert {x.status for x in letters} == {LetterStatus.ARCHIVED}


def test_one_letter_that_cannot_move_in_the_middle_refuses_the_whole_batch(
    demo: Database,
) -> None:
    issued = _ids(demo, LetterStatus.ISSUED, TOWNSHIPS)
    already_signed = _ids(demo, LetterStatus.SIGNED, TOWNSHIPS)[0]
    batch = [*issued[:2], already_signed, *issued[2:]]

    error = _refused(demo, lambda: change_statuses(demo, batch, LetterStatus.SIGNED, SIGNING_DAY))

    assert error.code is ErrorCode.LETTER_STATUS_CHANGE
    party_b = next(row.party_b for row in _rows(demo) if row.id == already_signed)
    assert party_b in error.facts["letter"]
    chinese = describe(error, "zh_CN")
    assert party_b in chinese and "“已签订”" in chinese and "signed" not in chinese
    assert f'"{error.facts["letter"]}" is "signed"' in describe(error, "en")


def test_a_void_letter_in_the_batch_is_named_and_nothing_is_written(demo: Database) -> None:
    issued = _ids(demo, LetterStatus.ISSUED, TOWNSHIPS)
    with demo.transaction("test_void") as session:
        letter = session.get(Letter, issued[1])
        assert letter is not None
        letter.status, letter.voided_on, letter.void_reason = (
            LetterStatus.VOID,
            date(YEAR, 2, 1),
            "重新签订",
        )

    error = _refused(demo, lambda: change_statuses(demo, issued, LetterStatus.SIGNED, SIGNING_DAY))

    assert error.code is ErrorCode.LETTER_STATUS_CHANGE and error.facts["status"] == "void"
    assert "已作废" in describe(error, "zh_CN")


def test_a_date_after_today_is_refused(demo: Database) -> None:
    issued = _ids(demo, LetterStatus.ISSUED)
    tomorrow = date.today() + timedelta(days=1)

    error = _refused(demo, lambda: change_statuses(demo, issued, LetterStatus.SIGNED, tomorrow))
    assert error.code is ErrorCode.LETTER_DATE_IN_FUTURE
    assert tomorrow.isoformat() in describe(error, "zh_CN")

    error = _refused(
        demo,
        lambda: change_statuses(
            demo, issued, LetterStatus.SIGNED, SIGNING_DAY, today=SIGNING_DAY - timedelta(days=1)
        ),
    )
    assert error.code is ErrorCode.LETTER_DATE_IN_FUTURE
    error = _refused(demo, lambda: change_status(demo, issued[0], LetterStatus.SIGNED, tomorrow))
    assert error.code is ErrorCode.LETTER_DATE_IN_FUTURE


def test_a_date_before_the_step_the_letter_is_at_is_refused_naming_it(demo: Database) -> None:
    towns = _ids(demo, LetterStatus.ISSUED, TOWNSHIPS)  # issued on 10 January
    teams = _ids(demo, LetterStatus.ISSUED, "车间→班组/岗位")  # issued on 25 January
    day = date(YEAR, 1, 20)

    error = _refused(demo, lambda: change_statuses(demo, towns + teams, LetterStatus.SIGNED, day))

    assert error.code is ErrorCode.LETTER_DATE_TOO_EARLY
    assert error.facts["since"] == f"{YEAR}-01-25" and error.facts["on"] == f"{YEAR}-01-20"
    party_b = next(row.party_b for row in _rows(demo) if row.id == teams[0])
    chinese = describe(error, "zh_CN")
    assert party_b in chinese and "已印发" in chinese and "已签订" in chinese
    assert "has been issued since" in describe(error, "en")

    signed = _ids(demo, LetterStatus.SIGNED, TOWNSHIPS)  # signed 20–26 January
    error = _refused(
        demo, lambda: change_statuses(demo, signed, LetterStatus.RETURNED, date(YEAR, 1, 21))
    )
    assert error.code is ErrorCode.LETTER_DATE_TOO_EARLY and error.facts["status"] == "signed"


def test_voiding_is_not_a_ledger_step_and_an_empty_batch_writes_nothing(demo: Database) -> None:
    issued = _ids(demo, LetterStatus.ISSUED)
    error = _refused(demo, lambda: change_statuses(demo, issued, LetterStatus.VOID, SIGNING_DAY))
    assert error.code is ErrorCode.VOID_REASON_MISSING
    events = _audit_count(demo)
    assert change_statuses(demo, [], LetterStatus.SIGNED, SIGNING_DAY) == 0
    assert _audit_count(demo) == events


def test_letters_are_found_by_the_code_printed_on_them(demo: Database) -> None:
    rows = [row for row in _rows(demo) if row.status is LetterStatus.ISSUED][:3]
    codes = [short_code(rows[0].fingerprint or ""), _typed(rows[1]), rows[2].code]
    assert letter_ids_for_codes(demo, YEAR, codes) == [row.id for row in rows]

    with pytest.raises(DomainError) as caught:
        letter_ids_for_codes(demo, YEAR, [rows[0].code, "0000-0000-0000"])
    assert caught.value.code is ErrorCode.LETTER_CODE_UNKNOWN
    assert "0000-0000-0000" in describe(caught.value, "zh_CN")
    with pytest.raises(DomainError) as caught:
        letter_ids_for_codes(demo, YEAR + 1, [rows[0].code])  # another year's letters
    assert caught.value.code is ErrorCode.LETTER_CODE_UNKNOWN

    # without a year, a code is found in whatever year its letter belongs to
    [last_year] = [r for r in ledger(demo, YEAR - 1, check_stale=False) if r.status is ISSUED]
    assert letter_ids_for_codes(demo, None, [last_year.code, rows[0].code]) == [
        last_year.id,
        rows[0].id,
    ]
    with pytest.raises(DomainError) as caught:
        letter_ids_for_codes(demo, None, ["0000-0000-0000"])
    assert caught.value.code is ErrorCode.LETTER_CODE_UNKNOWN_ANY_YEAR
    assert "0000-0000-0000" in describe(caught.value, "zh_CN")


def _typed(row: LedgerRow) -> str:
    """The code as a clerk might type it: lower case, spaces instead of dashes."""
    return row.code.lower().replace("-", " ")


def test_signing_many_letters_reads_them_in_a_fixed_number_of_queries(demo: Database) -> None:
    def selects_to_sign(letter_ids: list[int]) -> int:
        statements: list[str] = []

        def record(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(demo.engine, "before_cursor_execute", record)
        try:
            change_statuses(demo, letter_ids, LetterStatus.SIGNED, SIGNING_DAY)
        finally:
            event.remove(demo.engine, "before_cursor_execute", record)
        return sum(1 for s in statements if s.lstrip().upper().startswith("SELECT"))

    issued = _ids(demo, LetterStatus.ISSUED)
    assert len(issued) >= 10
    one = selects_to_sign(issued[:1])
    assert selects_to_sign(issued[1:]) == one  # not one query (or three) per letter
