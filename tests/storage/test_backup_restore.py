"""Backups are checked copies; restoring keeps what it replaces; damaged files move aside."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.paths import AppPaths
from desktop_app.services.backups import (
    available_backups,
    backup_if_due,
    backup_now,
    describe_backup,
    restore_backup,
)
from desktop_app.services.startup import open_for_use, restore_newest_and_open
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.errors import StorageError
from desktop_app.storage.models import Unit


def _add_units(database: Database, *names: str) -> None:
    with database.transaction("add") as session:
        session.add_all(Unit(name=name, kind=UnitKind.DEPARTMENT) for name in names)


def _unit_names(database: Database) -> list[str]:
    with database.reading() as session:
        return list(session.scalars(select(Unit.name).order_by(Unit.id)))


def test_a_backup_is_a_sound_standalone_copy(database: Database, app_paths: AppPaths) -> None:
    _add_units(database, "应急管理局", "公安局")
    backup = backup_now(database, app_paths.backup_dir)
    assert not Path(str(backup) + "-wal").exists()
    summary = describe_backup(backup)
    assert summary.counts["unit"] == 2
    assert summary.info.reason == "manual"
    assert summary.revision is not None


def test_restore_brings_back_the_old_content_and_keeps_the_current(
    database: Database, app_paths: AppPaths
) -> None:
    _add_units(database, "应急管理局")
    backup = backup_now(database, app_paths.backup_dir)
    _add_units(database, "后来加的单位")
    path = database.path
    assert path is not None
    database.close()

    kept = restore_backup(backup, path, app_paths.backup_dir)

    reopened = open_database(path)
    try:
        assert _unit_names(reopened) == ["应急管理局"]
    finally:
        reopened.close()
    assert kept is not None and describe_backup(kept).counts["unit"] == 2
    assert kept.name.endswith("-pre-restore.db")


def test_restoring_something_that_is_not_a_backup_changes_nothing(
    database: Database, app_paths: AppPaths, tmp_path: Path
) -> None:
    _add_units(database, "应急管理局")
    path = database.path
    assert path is not None
    database.close()
    fake = tmp_path / "fake.db"
    with sqlite3.connect(fake) as connection:
        connection.execute("CREATE TABLE notes (x)")
    with pytest.raises(StorageError) as caught:
        restore_backup(fake, path, app_paths.backup_dir)
    assert caught.value.code is ErrorCode.NOT_A_BACKUP
    reopened = open_database(path)
    try:
        assert _unit_names(reopened) == ["应急管理局"]
    finally:
        reopened.close()


def test_the_daily_backup_is_taken_once_a_day(database: Database, app_paths: AppPaths) -> None:
    first = backup_if_due(database, app_paths.backup_dir)
    assert first is not None and first.name.endswith("-daily.db")
    assert backup_if_due(database, app_paths.backup_dir) is None
    later = datetime.now() + timedelta(days=1, minutes=1)
    assert backup_if_due(database, app_paths.backup_dir, now=later) is not None


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.execute("PRAGMA journal_mode=DELETE")
    data = bytearray(path.read_bytes())
    data[4096 + 8 : 4096 + 4096] = b"\xa5" * (4096 - 8)  # scribble over page 2
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_moved_aside_and_the_newest_backup_offered(
    app_paths: AppPaths,
) -> None:
    opened = open_for_use(app_paths)
    database = opened.database
    backup = backup_now(database, app_paths.backup_dir)
    database.close()
    _damage(app_paths.database_file)
    damaged_bytes = app_paths.database_file.read_bytes()

    with pytest.raises(StorageError) as caught:
        open_for_use(app_paths)

    assert caught.value.code is ErrorCode.CORRUPT_DATABASE_MOVED
    moved = Path(caught.value.facts["moved_to"])
    assert moved.read_bytes() == damaged_bytes, "the damaged file is kept, not overwritten"
    assert not app_paths.database_file.exists(), "no empty database is put in its place"
    assert caught.value.facts["backup"] in {str(backup), str(opened.daily_backup)}

    restored = restore_newest_and_open(app_paths, Path(caught.value.facts["backup"]), None)
    try:
        with restored.database.reading() as session:
            assert session.scalar(select(func.count()).select_from(Unit)) > 100
    finally:
        restored.database.close()


def test_a_damaged_database_without_backups_says_so(database: Database) -> None:
    path = database.path
    assert path is not None
    _add_units(database, "应急管理局")
    database.close()
    _damage(path)
    with pytest.raises(StorageError) as caught:
        open_database(path, move_aside_damaged=True)
    assert caught.value.code is ErrorCode.CORRUPT_DATABASE_NO_BACKUP


def test_a_full_disk_during_a_write_leaves_nothing_half_written(database: Database) -> None:
    _add_units(database, "应急管理局")
    with database.engine.connect() as connection:  # SQLite's own "disk full": a page quota
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    limited = open_database(database.path)  # type: ignore[arg-type]
    try:

        @event.listens_for(limited.engine, "connect")
        def _quota(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute(f"PRAGMA max_page_count = {int(pages or 0) + 2}")

        limited.engine.dispose()
        with pytest.raises(StorageError) as caught, limited.transaction("big import") as session:
            session.add_all(
                Unit(name=f"单位{i:05d}", kind=UnitKind.ENTERPRISE, notes="备注" * 200)
                for i in range(2000)
            )
        assert caught.value.code is ErrorCode.DISK_FULL
        with limited.reading() as session:  # the program goes on working
            assert session.scalar(select(func.count()).select_from(Unit)) == 1
            assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        limited.close()
    assert _unit_names(database) == ["应急管理局"]


def test_a_full_disk_during_a_backup_is_reported_and_leaves_no_partial_file(
    database: Database, app_paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os as os_module

    def no_space(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os_module, "fsync", no_space)
    with pytest.raises(StorageError) as caught:
        backup_now(database, app_paths.backup_dir)
    assert caught.value.code is ErrorCode.DISK_FULL
    assert list(app_paths.backup_dir.glob("*")) == []
    assert available_backups(database.path, app_paths.backup_dir) == []  # type: ignore[arg-type]
