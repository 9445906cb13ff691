"""Manual and automatic backups of the clerk's database."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.errors import ErrorCode
from desktop_app.storage.backup import backup_sqlite_file
from desktop_app.storage.database import Database
from desktop_app.storage.errors import StorageError


def backup_now(database: Database, backup_dir: Path, reason: str = "manual") -> Path:
    """Write a checked backup of ``database`` into ``backup_dir`` and return its path."""
    if database.path is None:
        raise StorageError(ErrorCode.BACKUP_UNSUPPORTED, path=database.display_name)
    return backup_sqlite_file(database.path, backup_dir, reason)
