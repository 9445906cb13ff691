"""One writer per database file: an OS lock beside it, and a note saying who holds it.

The lock itself is ``filelock`` (an OS-level lock the system releases when the process
dies, so a crashed run never blocks the next one). Beside it, ``<db>.owner.json`` says who
holds the lock — user, host, pid, since — so a second instance, on this PC or another, can
tell the clerk whom to ask. A note left behind by a crashed run is recognised as stale and
replaced. Within one process the lock is shared (reference-counted), since one program
instance coordinates its own connections.
"""

from __future__ import annotations

import json
import os
import socket
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from filelock import FileLock, Timeout

from desktop_app.domain.errors import ErrorCode
from desktop_app.storage.audit import current_os_user
from desktop_app.storage.errors import StorageError, storage_error

LOCK_SUFFIX = ".lock"
OWNER_SUFFIX = ".owner.json"


@dataclass(frozen=True)
class LockOwner:
    """Who holds (or last held) a database."""

    user: str
    host: str
    pid: int
    since: str  # ISO 8601, UTC

    @staticmethod
    def me() -> LockOwner:
        """This process."""
        return LockOwner(
            user=current_os_user(),
            host=socket.gethostname(),
            pid=os.getpid(),
            since=datetime.now(UTC).replace(microsecond=0).isoformat(),
        )


def lock_path(database_file: Path) -> Path:
    """The lock file beside ``database_file``."""
    return database_file.with_name(database_file.name + LOCK_SUFFIX)


def owner_path(database_file: Path) -> Path:
    """The note beside ``database_file`` naming the lock's holder."""
    return database_file.with_name(database_file.name + OWNER_SUFFIX)


def read_owner(database_file: Path) -> LockOwner | None:
    """The holder named in the note, or None if there is no readable note."""
    try:
        data = json.loads(owner_path(database_file).read_text(encoding="utf-8"))
        return LockOwner(str(data["user"]), str(data["host"]), int(data["pid"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


@dataclass
class _Held:
    lock: FileLock
    count: int
    recovered_from: LockOwner | None


_HELD: dict[Path, _Held] = {}
_HELD_GUARD = threading.Lock()


@dataclass
class WriterLock:
    """A held writer lock; ``release`` it when the database is closed."""

    database_file: Path
    recovered_from: LockOwner | None = None
    _released: bool = False

    def release(self) -> None:
        """Give the lock back (the last holder in this process removes the note)."""
        if self._released:
            return
        self._released = True
        key = self.database_file
        with _HELD_GUARD:
            held = _HELD.get(key)
            if held is None:
                return
            held.count -= 1
            if held.count > 0:
                return
            del _HELD[key]
            owner_path(key).unlink(missing_ok=True)
            held.lock.release()


def acquire_writer_lock(database_file: Path) -> WriterLock:
    """Take the single-writer lock of ``database_file`` or raise DATABASE_IN_USE naming who
    holds it. A note left by a crashed holder is reported back as ``recovered_from``."""
    key = database_file.absolute()
    with _HELD_GUARD:
        held = _HELD.get(key)
        if held is not None:
            held.count += 1
            return WriterLock(key, held.recovered_from)
        lock = FileLock(str(lock_path(key)), timeout=0)
        try:
            lock.acquire()
        except Timeout:
            owner = read_owner(key)
            raise StorageError(
                ErrorCode.DATABASE_IN_USE,
                path=str(key),
                user=owner.user if owner else "?",
                host=owner.host if owner else "?",
                since=owner.since if owner else "?",
            ) from None
        except OSError as error:
            raise storage_error(error, lock_path(key)) from error
        stale = read_owner(key)  # the lock was free, so any note left behind is stale
        try:
            owner_path(key).write_text(
                json.dumps(asdict(LockOwner.me()), ensure_ascii=False), encoding="utf-8"
            )
        except OSError as error:
            lock.release()
            raise storage_error(error, owner_path(key)) from error
        _HELD[key] = _Held(lock, 1, stale)
        return WriterLock(key, stale)
