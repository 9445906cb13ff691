"""Storage failures mapped to error codes the user can act on (locked, full, corrupt …)."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc

from desktop_app.domain.errors import DutyMatrixError, ErrorCode


class StorageError(DutyMatrixError):
    """The database could not do what was asked; ``code`` says why, ``facts`` name the file."""


# SQLite reports its conditions as message text; these fragments are stable across versions.
_SQLITE_MESSAGES: tuple[tuple[str, ErrorCode], ...] = (
    ("database is locked", ErrorCode.DATABASE_LOCKED),
    ("database table is locked", ErrorCode.DATABASE_LOCKED),
    ("database or disk is full", ErrorCode.DISK_FULL),
    ("readonly database", ErrorCode.READ_ONLY),
    ("file is not a database", ErrorCode.NOT_A_DATABASE),
    ("file is encrypted or is not a database", ErrorCode.NOT_A_DATABASE),
    ("database disk image is malformed", ErrorCode.CORRUPT_DATABASE),
    ("unable to open database file", ErrorCode.CANNOT_OPEN),
    ("disk i/o error", ErrorCode.CANNOT_OPEN),
)


def classify(error: BaseException) -> ErrorCode | None:
    """The error code for a low-level database or OS error, or None if it is a bug."""
    if isinstance(error, OSError):
        if error.errno == errno.ENOSPC:
            return ErrorCode.DISK_FULL
        if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ErrorCode.READ_ONLY
        return ErrorCode.CANNOT_OPEN
    if isinstance(error, sa_exc.IntegrityError):
        return ErrorCode.CONSTRAINT_VIOLATED
    message = str(getattr(error, "orig", error)).lower()
    for fragment, code in _SQLITE_MESSAGES:
        if fragment in message:
            return code
    if isinstance(error, sa_exc.OperationalError):
        return ErrorCode.CANNOT_OPEN
    return None


def storage_error(error: BaseException, path: Path | str | None, **facts: Any) -> StorageError:
    """Wrap ``error`` as a StorageError naming ``path``; unknown errors become CANNOT_OPEN."""
    code = classify(error) or ErrorCode.CANNOT_OPEN
    detail = str(getattr(error, "orig", error)).splitlines()[0]
    return StorageError(code, path=str(path) if path else "", detail=detail, **facts)


@contextmanager
def translated_errors(path: Path | str | None) -> Iterator[None]:
    """Turn database and OS errors raised inside the block into StorageError."""
    try:
        yield
    except DutyMatrixError:
        raise
    except (sa_exc.DBAPIError, OSError) as error:
        raise storage_error(error, path) from error
