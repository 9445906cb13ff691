"""Typed errors: a stable code plus the facts; the sentence lives in ``desktop_app.messages``."""

from __future__ import annotations

from enum import StrEnum
from typing import Any


class ErrorCode(StrEnum):
    """Every reason an operation can refuse or fail; each has a zh_CN and en sentence."""

    # database and files
    DATABASE_NOT_FOUND = "database_not_found"
    FOLDER_NOT_FOUND = "folder_not_found"
    NOT_A_DATABASE = "not_a_database"
    FOREIGN_DATABASE = "foreign_database"
    CORRUPT_DATABASE = "corrupt_database"
    NEWER_SCHEMA = "newer_schema"
    DATABASE_LOCKED = "database_locked"
    READ_ONLY = "read_only"
    DISK_FULL = "disk_full"
    CANNOT_OPEN = "cannot_open"
    MIGRATION_FAILED = "migration_failed"
    BACKUP_FAILED = "backup_failed"
    BACKUP_UNSUPPORTED = "backup_unsupported"
    # domain rules
    HIERARCHY_CYCLE = "hierarchy_cycle"
    DUPLICATE_SIBLING_NAME = "duplicate_sibling_name"
    DUPLICATE_CODE = "duplicate_code"
    UNIT_NOT_FOUND = "unit_not_found"
    EMPTY_NAME = "empty_name"
    DATABASE_NOT_EMPTY = "database_not_empty"
    CONSTRAINT_VIOLATED = "constraint_violated"


class DutyMatrixError(Exception):
    """Base of every error the user may see: a code and the facts behind it."""

    def __init__(self, code: ErrorCode, /, **facts: Any) -> None:
        super().__init__(f"{code.value}: {facts}")
        self.code = code
        self.facts = facts


class DomainError(DutyMatrixError):
    """A rule of the responsibility system was broken by the requested change."""
