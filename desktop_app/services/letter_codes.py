"""Finding letters by the code printed on them (核验码), for work done from the paper copies.

The clerk holds the signed paper letters, each with its short code in every page footer
("94F4-F128-C3EA"); the command line records their signing by those codes.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, true

from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.services.letter_verify import normalise_code
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter


def letter_ids_for_codes(database: Database, year: int | None, codes: Sequence[str]) -> list[int]:
    """The letters of ``year`` (of any year when None) carrying the printed ``codes``, in the
    order given.

    A code may be written with or without dashes and spaces, in either case. A code that is
    not one, or that no letter of the year carries, raises ``LETTER_CODE_UNKNOWN`` naming it
    (``LETTER_CODE_UNKNOWN_ANY_YEAR`` when no year was given).
    """
    ids: list[int] = []
    with database.reading() as session:
        for code in codes:
            digits = normalise_code(code)
            found = (
                list(
                    session.scalars(
                        select(Letter.id)
                        .where(
                            Letter.fingerprint.like(f"{digits}%"),
                            true() if year is None else Letter.year == year,
                        )
                        .order_by(Letter.id)
                    )
                )
                if digits is not None
                else []
            )
            if not found and year is None:
                raise DomainError(ErrorCode.LETTER_CODE_UNKNOWN_ANY_YEAR, code=code)
            if not found:
                raise DomainError(ErrorCode.LETTER_CODE_UNKNOWN, year=year, code=code)
            ids.extend(letter_id for letter_id in found if letter_id not in ids)
    return ids


__all__ = ["letter_ids_for_codes"]
