"""Manual, daily and pre-operation backups of the clerk's database, and restoring one."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from desktop_app.domain.errors import ErrorCode
from desktop_app.storage.backup import (
    BackupInfo,
    BackupSummary,
    backup_sqlite_file,
    copy_database_into,
    list_backups,
    move_aside,
    summarise_backup,
)
from desktop_app.storage.database import Database
from desktop_app.storage.errors import StorageError
from desktop_app.storage.lock import acquire_writer_lock
from desktop_app.storage.migrations import head_revision, is_known_revision

DAILY_INTERVAL = timedelta(days=1)


def backup_now(database: Database, backup_dir: Path, reason: str = "manual") -> Path:
    """Write a checked backup of ``database`` into ``backup_dir`` and return its path."""
    if database.path is None:
        raise StorageError(ErrorCode.BACKUP_UNSUPPORTED, path=database.display_name)
    return backup_sqlite_file(database.path, backup_dir, reason)


def backup_if_due(
    database: Database, backup_dir: Path, *, now: datetime | None = None
) -> Path | None:
    """The daily backup at start: written only if the newest backup is a day old or more."""
    if database.path is None or database.read_only:
        return None
    newest = list_backups(backup_dir, database.path.stem)
    moment = now or datetime.now()
    if newest and moment - newest[0].taken_at < DAILY_INTERVAL:
        return None
    return backup_now(database, backup_dir, "daily")


def available_backups(database_file: Path, backup_dir: Path) -> list[BackupInfo]:
    """The backups of ``database_file``, newest first."""
    return list_backups(backup_dir, database_file.stem)


def describe_backup(path: Path) -> BackupSummary:
    """Date, reason, schema revision and row counts of a backup, checked for soundness."""
    return summarise_backup(path)


def restore_backup(backup_file: Path, database_file: Path, backup_dir: Path) -> Path | None:
    """Put ``backup_file``'s content in place of ``database_file``'s; return where the
    previous content was kept (a "pre-restore" backup, or the renamed damaged file).

    The backup is checked first (sound, ours, not from a newer program); the current file,
    if there is one, is kept before it is overwritten. The caller must have closed its own
    connections; the writer lock is taken here so no other program writes meanwhile. An
    older backup is upgraded the next time it is opened.
    """
    summary = summarise_backup(backup_file)
    if summary.revision is not None and not is_known_revision(summary.revision):
        raise StorageError(
            ErrorCode.NEWER_SCHEMA,
            path=str(backup_file),
            revision=summary.revision,
            head=head_revision(),
        )
    lock = acquire_writer_lock(database_file)
    try:
        safety_copy = None
        if database_file.exists():
            try:
                summarise_backup(database_file)
            except StorageError:
                # damaged or not ours: keep it under another name, never overwrite it
                safety_copy = move_aside(database_file, "replaced")
            else:
                safety_copy = backup_sqlite_file(database_file, backup_dir, "pre-restore")
        copy_database_into(backup_file, database_file)
        return safety_copy
    finally:
        lock.release()
