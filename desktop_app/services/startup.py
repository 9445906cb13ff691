"""Opening the clerk's database at start-up, creating the demo county on a first start."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from desktop_app.paths import AppPaths
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.errors import StorageError, storage_error


@dataclass
class Opened:
    """The database that was opened and whether this start created it."""

    database: Database
    created_demo: bool


def open_for_use(paths: AppPaths, target: str | None = None) -> Opened:
    """Open ``target`` (a path or URL), or the default database in the data folder.

    Only the default database is created when missing, and then filled with the demo county
    so a new user sees a working example. An explicit target must already exist.
    """
    if target:
        return Opened(open_database(target, backup_dir=paths.backup_dir), created_demo=False)
    try:
        paths.ensure()
    except OSError as error:
        raise storage_error(error, paths.data_dir) from error
    first_start = not paths.database_file.exists()
    database = open_database(paths.database_file, create=first_start, backup_dir=paths.backup_dir)
    if first_start:
        from desktop_app.services.demo import generate_demo

        try:
            generate_demo(database, year=date.today().year)
        except StorageError:
            database.close()
            raise
    return Opened(database, created_demo=first_start)
