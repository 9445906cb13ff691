"""One writer per database: a second program is told who holds it and may read only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.domain.errors import ErrorCode
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.errors import StorageError
from desktop_app.storage.lock import acquire_writer_lock, lock_path, owner_path, read_owner
from desktop_app.storage.models import Unit

HOLDER = """
import sys, time
from desktop_app.storage.database import open_database
database = open_database(sys.argv[1])
print("holding", flush=True)
time.sleep(60)
"""


@pytest.fixture
def holder(database: Database) -> object:
    """Another program (a child process) holding the database open for writing."""
    path = database.path
    assert path is not None
    database.close()
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "holding"
    yield child
    if child.poll() is None:
        child.kill()
    child.wait()


def test_a_second_program_is_told_who_holds_the_database(
    holder: subprocess.Popen[str], app_paths: object
) -> None:
    path = app_paths.database_file  # type: ignore[attr-defined]
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.code is ErrorCode.DATABASE_IN_USE
    owner = read_owner(path)
    assert owner is not None and owner.pid == holder.pid
    assert caught.value.facts["user"] == owner.user
    assert caught.value.facts["host"] == owner.host
    assert caught.value.facts["since"] == owner.since


def test_it_may_still_open_read_only_and_cannot_write(
    holder: subprocess.Popen[str], app_paths: object
) -> None:
    path = app_paths.database_file  # type: ignore[attr-defined]
    reader = open_database(path, read_only=True)
    try:
        with reader.reading() as session:
            assert session.query(Unit).count() == 0
        with pytest.raises(StorageError) as caught, reader.transaction("write"):
            pass
        assert caught.value.code is ErrorCode.OPENED_READ_ONLY
    finally:
        reader.close()


def test_a_crashed_holder_leaves_a_stale_note_that_is_recovered(
    holder: subprocess.Popen[str], app_paths: object
) -> None:
    path = app_paths.database_file  # type: ignore[attr-defined]
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert owner_path(path).exists(), "a killed process cannot clean up its note"
    database = open_database(path)
    try:
        assert database.writer_lock is not None
        assert database.writer_lock.recovered_from is not None
        assert database.writer_lock.recovered_from.pid == holder.pid
        assert "stale_lock_recovered" in database.notes
        assert read_owner(path).pid == os.getpid()  # type: ignore[union-attr]
    finally:
        database.close()
    assert not owner_path(path).exists()


def test_within_one_program_the_lock_is_shared_and_released_by_the_last(
    database: Database,
) -> None:
    path = database.path
    assert path is not None
    second = open_database(path)
    second.close()
    assert owner_path(path).exists(), "the first connection still holds it"
    database.close()
    assert not owner_path(path).exists()
    acquire_writer_lock(path).release()  # free again: taking it does not raise


def test_a_held_lock_is_released_when_opening_fails(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)
    with pytest.raises(StorageError):
        open_database(bad)
    assert not owner_path(bad).exists()
    assert lock_path(bad).parent == tmp_path
    acquire_writer_lock(bad).release()  # nothing holds it any more
