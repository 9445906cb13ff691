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
    DATABASE_IN_USE = "database_in_use"
    OPENED_READ_ONLY = "opened_read_only"
    NEEDS_UPGRADE = "needs_upgrade"
    CORRUPT_DATABASE_MOVED = "corrupt_database_moved"
    CORRUPT_DATABASE_NO_BACKUP = "corrupt_database_no_backup"
    NOT_A_BACKUP = "not_a_backup"
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
    # matrix, oversight, duty lists, people, years (issue 4)
    FIELD_NOT_FOUND = "field_not_found"
    PERSON_NOT_FOUND = "person_not_found"
    POST_NOT_FOUND = "post_not_found"
    DUPLICATE_POST = "duplicate_post"
    UNIT_IN_USE = "unit_in_use"
    UNIT_REFERS_TO_ITSELF = "unit_refers_to_itself"
    INVALID_YEAR = "invalid_year"
    SAME_YEAR = "same_year"
    YEAR_NOT_EMPTY = "year_not_empty"
    YEAR_EMPTY = "year_empty"
    OVERSIGHT_TARGET_REQUIRED = "oversight_target_required"
    OVERSIGHT_EXISTS = "oversight_exists"
    OVERSIGHT_NOT_FOUND = "oversight_not_found"
    CLAUSE_NOT_FOUND = "clause_not_found"
    EMPTY_CLAUSE_TEXT = "empty_clause_text"
    DUTY_LIST_NOT_FOUND = "duty_list_not_found"
    DUTY_LIST_OWNER_REQUIRED = "duty_list_owner_required"
    CLAUSE_ALREADY_IN_LIST = "clause_already_in_list"
    CLAUSE_NOT_IN_LIST = "clause_not_in_list"
    REORDER_MISMATCH = "reorder_mismatch"
    SUCCESSOR_IS_SELF = "successor_is_self"
    SUCCESSOR_INACTIVE = "successor_inactive"
    EXPORT_FAILED = "export_failed"


class DutyMatrixError(Exception):
    """Base of every error the user may see: a code and the facts behind it."""

    def __init__(self, code: ErrorCode, /, **facts: Any) -> None:
        super().__init__(f"{code.value}: {facts}")
        self.code = code
        self.facts = facts


class DomainError(DutyMatrixError):
    """A rule of the responsibility system was broken by the requested change."""
