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
    ("malformed database schema", ErrorCode.CORRUPT_DATABASE),  # sqlite_master's page damaged
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
    if "append-only" in str(getattr(error, "orig", error)):  # the audit trail's own triggers
        return ErrorCode.CONSTRAINT_VIOLATED
    message = str(getattr(error, "orig", error)).lower()
    for fragment, code in _SQLITE_MESSAGES:
        if fragment in message:
            return code
    if isinstance(error, sa_exc.OperationalError):
        return ErrorCode.CANNOT_OPEN
    return None


# SQLSTATE classes (PostgreSQL) and message prefixes (SQLite) of broken constraints.
_SQLSTATE_KINDS = {"23505": "unique", "23514": "check", "23503": "foreign_key", "23502": "not_null"}
_SQLITE_KINDS = (
    ("unique constraint failed", "unique"),
    ("check constraint failed", "check"),
    ("foreign key constraint failed", "foreign_key"),
    ("not null constraint failed", "not_null"),
)


def constraint_kind(error: BaseException) -> str:
    """Which kind of rule a database refusal broke, the same on SQLite and PostgreSQL:
    unique, check, foreign_key, not_null, or "rule" (a trigger or anything else)."""
    original = getattr(error, "orig", error)
    sqlstate = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    if sqlstate in _SQLSTATE_KINDS:
        return _SQLSTATE_KINDS[sqlstate]
    message = str(original).lower()
    for fragment, kind in _SQLITE_KINDS:
        if fragment in message:
            return kind
    return "rule"


def storage_error(error: BaseException, path: Path | str | None, **facts: Any) -> StorageError:
    """Wrap ``error`` as a StorageError naming ``path``; unknown errors become CANNOT_OPEN."""
    code = classify(error) or ErrorCode.CANNOT_OPEN
    lines = str(getattr(error, "orig", error)).splitlines()
    detail = lines[0] if lines else type(error).__name__
    if code is ErrorCode.CONSTRAINT_VIOLATED:
        facts.setdefault("kind", constraint_kind(error))
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
