"""The dates of the signing ledger (签订台账): when a letter was issued, signed, returned, archived.

The clerk records the real date of each step, often days later and for many letters at once,
so a date is checked where it is entered: it has happened (not after today), and it does not
come before the step the letter is already at (a letter cannot be signed before it was
issued, returned before it was signed, archived before it came back). Pure rules, no I/O.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode

STEPS_IN_ORDER = (
    LetterStatus.ISSUED,
    LetterStatus.SIGNED,
    LetterStatus.RETURNED,
    LetterStatus.ARCHIVED,
)
"""The steps whose dates must not go backwards (a draft has no date; voiding is apart)."""

SIGNED_STATES = frozenset({LetterStatus.SIGNED, LetterStatus.RETURNED, LetterStatus.ARCHIVED})
"""A letter at one of these has been signed by both parties (later steps keep it signed)."""


def days_overdue(status: LetterStatus, due_date: date | None, today: date | None) -> int:
    """Days an issued, unsigned letter is past its due date; 0 when it is not overdue.

    Only an issued letter with a due date can be overdue, and it is from the day after that
    date. The signing ledger and the gap check both count with this.
    """
    if status is not LetterStatus.ISSUED or due_date is None or today is None:
        return 0
    return max(0, (today - due_date).days)


def check_not_in_future(on: date, today: date) -> None:
    """``LETTER_DATE_IN_FUTURE`` when ``on`` is after ``today``: only what happened is recorded."""
    if on > today:
        raise DomainError(
            ErrorCode.LETTER_DATE_IN_FUTURE, on=on.isoformat(), today=today.isoformat()
        )


def latest_step(dates: dict[LetterStatus, date | None]) -> tuple[LetterStatus, date] | None:
    """The latest step with a date recorded (and that date), or None when none has one."""
    dated = [(step, dates[step]) for step in STEPS_IN_ORDER if dates.get(step) is not None]
    if not dated:
        return None
    step, when = max(dated, key=lambda pair: (pair[1], STEPS_IN_ORDER.index(pair[0])))
    assert when is not None
    return step, when


def check_step_date(
    letter: str | Callable[[], str],
    dates: dict[LetterStatus, date | None],
    target: LetterStatus,
    on: date,
) -> None:
    """``LETTER_DATE_TOO_EARLY`` when moving to ``target`` on ``on`` would date it before the
    latest step already recorded in ``dates`` (step → date); ``letter`` names the letter (or
    gives its name when called: naming it may cost a query, only worth it for the error)."""
    if target not in STEPS_IN_ORDER:
        return
    found = latest_step(dates)
    if found is not None and on < found[1]:
        step, since = found
        raise DomainError(
            ErrorCode.LETTER_DATE_TOO_EARLY,
            letter=letter() if callable(letter) else letter,
            status=step.value,
            since=since.isoformat(),
            target=target.value,
            on=on.isoformat(),
        )


__all__ = ["STEPS_IN_ORDER", "check_not_in_future", "check_step_date", "latest_step"]
