"""Opening the clerk's database at start-up, creating the demo county on a first start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop_app.paths import AppPaths
from desktop_app.services.backups import backup_if_due, restore_backup
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.errors import StorageError, storage_error


@dataclass
class Opened:
    """The database that was opened and whether this start created it."""

    database: Database
    created_demo: bool
    daily_backup: Path | None = None


def open_for_use(paths: AppPaths, target: str | None = None, *, read_only: bool = False) -> Opened:
    """Open ``target`` (a path or URL), or the default database in the data folder.

    Only the default database is created when missing, and then filled with the demo county
    so a new user sees a working example. An explicit target must already exist. A damaged
    file is moved aside (the error names the newest good backup); a sound one gets its daily
    backup when the last backup is a day old.
    """
    if target or read_only:
        database = open_database(
            target or paths.database_file,
            read_only=read_only,
            backup_dir=paths.backup_dir,
            move_aside_damaged=not read_only,
        )
        return Opened(database, False, _daily_backup(database, paths))
    try:
        paths.ensure()
    except OSError as error:
        raise storage_error(error, paths.data_dir) from error
    first_start = not paths.database_file.exists()
    database = open_database(
        paths.database_file,
        create=first_start,
        backup_dir=paths.backup_dir,
        move_aside_damaged=True,
    )
    if first_start:
        from desktop_app.services.demo import generate_demo

        try:
            generate_demo(database, year=date.today().year)
        except StorageError:
            database.close()
            raise
    return Opened(database, first_start, _daily_backup(database, paths))


def _daily_backup(database: Database, paths: AppPaths) -> Path | None:
    try:
        return backup_if_due(database, paths.backup_dir)
    except StorageError:
        database.close()
        raise


def restore_newest_and_open(paths: AppPaths, backup_file: Path, target: Path | None) -> Opened:
    """After a damaged database was moved aside: restore ``backup_file`` in its place and
    open it (the clerk agreed to this in the GUI or asked for it with ``restore``)."""
    database_file = target or paths.database_file
    restore_backup(backup_file, database_file, paths.backup_dir)
    database = open_database(database_file, backup_dir=paths.backup_dir)
    return Opened(database, False, None)
