"""Ledger dates: only days that happened, never before the step a letter is at."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_dates import (
    SIGNED_STATES,
    check_not_in_future,
    check_step_date,
    days_overdue,
    latest_step,
)

ISSUED, SIGNED, RETURNED = LetterStatus.ISSUED, LetterStatus.SIGNED, LetterStatus.RETURNED


def test_today_is_allowed_and_tomorrow_is_not() -> None:
    check_not_in_future(date(2026, 3, 2), date(2026, 3, 2))
    with pytest.raises(DomainError) as caught:
        check_not_in_future(date(2026, 3, 3), date(2026, 3, 2))
    assert caught.value.code is ErrorCode.LETTER_DATE_IN_FUTURE
    assert caught.value.facts == {"on": "2026-03-03", "today": "2026-03-02"}


def test_the_latest_recorded_step_bounds_the_next_date() -> None:
    dates = {ISSUED: date(2026, 1, 10), SIGNED: date(2026, 1, 20), RETURNED: None}
    assert latest_step(dates) == (SIGNED, date(2026, 1, 20))
    assert latest_step({ISSUED: None}) is None
    check_step_date("青溪镇", dates, RETURNED, date(2026, 1, 20))  # the same day is fine
    with pytest.raises(DomainError) as caught:
        check_step_date("青溪镇", dates, RETURNED, date(2026, 1, 19))
    assert caught.value.code is ErrorCode.LETTER_DATE_TOO_EARLY
    assert caught.value.facts["letter"] == "青溪镇" and caught.value.facts["status"] == "signed"


def test_voiding_and_undated_letters_are_not_bounded() -> None:
    dates = {ISSUED: date(2026, 1, 10)}
    check_step_date("青溪镇", dates, LetterStatus.VOID, date(2025, 12, 1))
    check_step_date("青溪镇", {}, SIGNED, date(2025, 12, 1))


def test_only_an_issued_letter_past_its_due_date_is_overdue() -> None:
    due = date(2026, 2, 14)
    assert days_overdue(LetterStatus.ISSUED, due, date(2026, 2, 14)) == 0  # the last day
    assert days_overdue(LetterStatus.ISSUED, due, date(2026, 2, 15)) == 1
    assert days_overdue(LetterStatus.ISSUED, due, date(2026, 3, 1)) == 15
    assert days_overdue(LetterStatus.ISSUED, None, date(2026, 3, 1)) == 0  # no deadline set
    for status in set(LetterStatus) - {LetterStatus.ISSUED}:
        assert days_overdue(status, due, date(2026, 3, 1)) == 0
    assert {LetterStatus.SIGNED, LetterStatus.RETURNED, LetterStatus.ARCHIVED} == SIGNED_STATES
