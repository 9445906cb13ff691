"""Backups through SQLite's online backup API (never a file copy), each re-opened and checked."""

from __future__ import annotations

import glob
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.retention import RetentionPolicy, backups_to_keep
from desktop_app.storage.errors import StorageError, storage_error

BACKUP_SUFFIX = ".db"
SUMMARY_TABLES = ("unit", "person", "field_assignment", "letter", "assessment", "audit_event")


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, shown before a restore."""

    path: Path
    taken_at: datetime
    reason: str
    size: int


def _target_name(source: Path, backup_dir: Path, reason: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = backup_dir / f"{source.stem}-{stamp}-{reason}{BACKUP_SUFFIX}"
    counter = 2
    while candidate.exists():
        candidate = backup_dir / f"{source.stem}-{stamp}-{reason}-{counter}{BACKUP_SUFFIX}"
        counter += 1
    return candidate


def backup_sqlite_file(
    source: Path, backup_dir: Path, reason: str, *, policy: RetentionPolicy | None = None
) -> Path:
    """Copy ``source`` into ``backup_dir`` consistently, verify the copy, rotate old ones."""
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise storage_error(error, backup_dir) from error
    target = _target_name(source, backup_dir, reason)
    partial = target.with_name(target.name + ".part")
    try:
        source_connection = sqlite3.connect(str(source))
        try:
            target_connection = sqlite3.connect(str(partial))
            try:
                source_connection.backup(target_connection)
                # One self-contained file: a backup must not depend on a -wal beside it.
                target_connection.execute("PRAGMA journal_mode = DELETE")
                verdict = target_connection.execute("PRAGMA integrity_check").fetchall()
            finally:
                target_connection.close()
        finally:
            source_connection.close()
        if verdict != [("ok",)]:
            raise StorageError(ErrorCode.BACKUP_FAILED, path=str(source), detail=str(verdict[:3]))
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, target)
    except StorageError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        wrapped = storage_error(error, source)
        if wrapped.code != ErrorCode.DISK_FULL:
            wrapped = StorageError(ErrorCode.BACKUP_FAILED, path=str(source), detail=str(error))
        raise wrapped from error
    rotate_backups(backup_dir, source.stem, policy or RetentionPolicy())
    return target


_BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-(?P<reason>[\w-]+)\.db$")


def parse_backup_name(path: Path) -> tuple[str, BackupInfo] | None:
    """(database stem, info) for a file named like our backups, else None."""
    match = _BACKUP_NAME.match(path.name)
    if match is None:
        return None
    try:
        taken_at = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return match["stem"], BackupInfo(path, taken_at, match["reason"], size)


def list_backups(backup_dir: Path, stem: str) -> list[BackupInfo]:
    """Backups of the database named ``stem``, newest first."""
    if not backup_dir.is_dir():
        return []
    found = [
        parsed[1]
        for path in backup_dir.glob(f"{glob.escape(stem)}-*{BACKUP_SUFFIX}")
        if (parsed := parse_backup_name(path)) is not None and parsed[0] == stem
    ]
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def rotate_backups(backup_dir: Path, stem: str, policy: RetentionPolicy) -> list[Path]:
    """Delete the backups of ``stem`` the policy does not keep; return what was deleted."""
    backups = list_backups(backup_dir, stem)
    kept = backups_to_keep([info.taken_at for info in backups], policy)
    removed: list[Path] = []
    for index, info in enumerate(backups):
        if index not in kept:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


@dataclass(frozen=True)
class BackupSummary:
    """What a backup holds, shown before restoring it."""

    info: BackupInfo
    revision: str | None
    counts: dict[str, int]


def summarise_backup(path: Path) -> BackupSummary:
    """Check that ``path`` is a sound DutyMatrix database and count what it holds."""
    try:
        with path.open("rb") as handle:
            header = handle.read(16)
    except OSError as error:
        raise storage_error(error, path) from error
    if header != b"SQLite format 3\x00":
        raise StorageError(ErrorCode.NOT_A_BACKUP, path=str(path))
    try:
        connection = sqlite3.connect(path.as_uri() + "?mode=ro", uri=True)
        try:
            verdict = connection.execute("PRAGMA integrity_check").fetchall()
            tables = {
                row[0]
                for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables or "unit" not in tables:
                raise StorageError(ErrorCode.NOT_A_BACKUP, path=str(path))
            revision_row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            counts = {
                table: int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in SUMMARY_TABLES
                if table in tables
            }
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise StorageError(ErrorCode.NOT_A_BACKUP, path=str(path), detail=str(error)) from error
    if verdict != [("ok",)]:
        raise StorageError(ErrorCode.CORRUPT_DATABASE, path=str(path), detail=str(verdict[:2]))
    parsed = parse_backup_name(path)
    if parsed is not None:
        info = parsed[1]
    else:  # a file the clerk picked by hand: its own time is the best we know
        stat = path.stat()
        info = BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), "", stat.st_size)
    return BackupSummary(info, revision_row[0] if revision_row else None, counts)


def newest_good_backup(backup_dir: Path, stem: str) -> BackupInfo | None:
    """The newest backup of ``stem`` that passes its integrity check."""
    for info in list_backups(backup_dir, stem):
        try:
            summarise_backup(info.path)
        except StorageError:
            continue
        return info
    return None


def copy_database_into(source: Path, target: Path) -> None:
    """Replace ``target``'s content with ``source``'s through the backup API (one write
    transaction on ``target``, so a crash leaves either the old or the new content)."""
    try:
        source_connection = sqlite3.connect(source.as_uri() + "?mode=ro", uri=True)
        try:
            target_connection = sqlite3.connect(str(target))
            try:
                source_connection.backup(target_connection)
                verdict = target_connection.execute("PRAGMA integrity_check").fetchall()
            finally:
                target_connection.close()
        finally:
            source_connection.close()
    except sqlite3.Error as error:
        raise storage_error(error, target) from error
    if verdict != [("ok",)]:
        raise StorageError(ErrorCode.CORRUPT_DATABASE, path=str(target), detail=str(verdict[:2]))


def move_aside(path: Path, label: str = "damaged") -> Path:
    """Rename ``path`` (with its -wal and -shm) to ``<name>.<label>-<time>``; never deletes."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved = path.with_name(f"{path.name}.{label}-{stamp}")
    try:
        for suffix in ("", "-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                os.replace(companion, moved.with_name(moved.name + suffix))
    except OSError as error:
        raise storage_error(error, path) from error
    return moved
