"""Backups through SQLite's online backup API (never a file copy), each re-opened and checked."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop_app.domain.errors import ErrorCode
from desktop_app.storage.errors import StorageError, storage_error

DEFAULT_KEEP = 30
BACKUP_SUFFIX = ".db"


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
    source: Path, backup_dir: Path, reason: str, *, keep: int = DEFAULT_KEEP
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
    rotate_backups(backup_dir, source.stem, keep)
    return target


def list_backups(backup_dir: Path, stem: str) -> list[BackupInfo]:
    """Backups of the database named ``stem``, newest first."""
    if not backup_dir.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in backup_dir.glob(f"{stem}-*{BACKUP_SUFFIX}"):
        parts = path.stem[len(stem) + 1 :].split("-", 2)
        if len(parts) < 3:
            continue
        try:
            taken_at = datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupInfo(path, taken_at, parts[2], path.stat().st_size))
    return sorted(found, key=lambda info: (info.taken_at, info.path.name), reverse=True)


def rotate_backups(backup_dir: Path, stem: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups of ``stem``; return what was deleted."""
    removed: list[Path] = []
    for info in list_backups(backup_dir, stem)[keep:]:
        info.path.unlink(missing_ok=True)
        removed.append(info.path)
    return removed
