"""Open a database safely: recognise it, check it, back it up, migrate it, or refuse clearly.

A file we cannot vouch for is never replaced by an empty database: a missing file is created
only when the caller asks for it, and everything else gets a StorageError naming the file.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.errors import ErrorCode
from desktop_app.storage import migrations
from desktop_app.storage.audit import OPERATION_KEY, install_audit
from desktop_app.storage.backup import move_aside, newest_good_backup
from desktop_app.storage.errors import StorageError, storage_error, translated_errors
from desktop_app.storage.lock import WriterLock, acquire_writer_lock

SQLITE_HEADER = b"SQLite format 3\x00"
DEFAULT_BUSY_TIMEOUT_MS = 5000
# Tables that identify a file as ours even before the version table is read.
OUR_MARKER_TABLES = frozenset({"alembic_version", "unit", "audit_event"})


@dataclass
class Database:
    """An open, checked and migrated database, and the way to run one transaction on it."""

    engine: Engine
    url: URL
    path: Path | None
    session_factory: sessionmaker[Session]
    network_path: bool = False
    read_only: bool = False
    writer_lock: WriterLock | None = None
    broken_references: int = 0
    upgraded_from: str | None = None
    backup_made: Path | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite file, False for a server database."""
        return self.url.get_backend_name() == "sqlite"

    @property
    def display_name(self) -> str:
        """The file path, or the server URL without its password."""
        return str(self.path) if self.path else self.url.render_as_string(hide_password=True)

    @contextmanager
    def transaction(self, operation: str) -> Iterator[Session]:
        """One unit of work, audited under ``operation``; commits on success, else rolls back."""
        if self.read_only:
            raise StorageError(ErrorCode.OPENED_READ_ONLY, path=self.display_name)
        with translated_errors(self.display_name), self.session_factory.begin() as session:
            session.info[OPERATION_KEY] = operation
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A read-only session (nothing is committed)."""
        with translated_errors(self.display_name), self.session_factory() as session:
            yield session

    def close(self) -> None:
        """Release every pooled connection (and with them the file handles) and the lock."""
        self.engine.dispose()
        if self.writer_lock is not None:
            self.writer_lock.release()
            self.writer_lock = None


def is_network_path(path: Path) -> bool:
    """True for a UNC path or a mapped network drive, where WAL must not be used."""
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            drive_remote = 4
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
        return False
    return _linux_network_mount(path)


def _linux_network_mount(path: Path) -> bool:
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return False
    best, best_type = "", ""
    target = str(path.absolute())
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and target.startswith(parts[1]) and len(parts[1]) > len(best):
            best, best_type = parts[1], parts[2]
    return best_type in {"nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs"}


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a SQLite file."""
    return URL.create("sqlite+pysqlite", database=str(path))


def _configure_sqlite(engine: Engine, *, wal: bool, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # We emit BEGIN ourselves so DDL and SELECTs are inside real transactions and a failed
        # migration rolls back (SQLAlchemy's documented recipe for pysqlite).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if wal:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(
    url: URL, *, wal: bool = True, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS
) -> Engine:
    """An engine for ``url`` with our SQLite pragmas and transaction handling."""
    engine = create_engine(url)
    if url.get_backend_name() == "sqlite":
        _configure_sqlite(engine, wal=wal, busy_timeout_ms=busy_timeout_ms)
    return engine


def _sniff_sqlite_file(path: Path) -> None:
    """Refuse a file that is not a complete SQLite database, before SQLite touches it."""
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise storage_error(error, path) from error
    if size == 0 or not header.startswith(SQLITE_HEADER):
        raise StorageError(ErrorCode.NOT_A_DATABASE, path=str(path))
    if len(header) < 100:
        raise StorageError(ErrorCode.CORRUPT_DATABASE, path=str(path), detail="header truncated")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    page_count = int.from_bytes(header[28:32], "big")
    change_counter = header[24:28]
    version_valid_for = header[92:96]
    # The in-header page count is trustworthy only when these two counters agree, and only
    # without a WAL beside the file: committed pages may still live in the WAL alone.
    wal = path.with_name(path.name + "-wal")
    has_wal = wal.exists() and wal.stat().st_size > 0
    if (
        not has_wal
        and change_counter == version_valid_for
        and page_count
        and size < page_size * page_count
    ):
        raise StorageError(
            ErrorCode.CORRUPT_DATABASE,
            path=str(path),
            detail=f"file has {size} bytes, header says {page_size * page_count}",
        )


def read_only_uri(path: Path) -> str:
    """A SQLite URI that can never write ``path``. On read-only media (a write-protected USB
    stick, a CD) SQLite cannot even create the -shm file a WAL database needs, so the file is
    declared immutable there."""
    uri = path.as_uri() + "?mode=ro"
    return uri if os.access(path.parent, os.W_OK) else uri + "&immutable=1"


def _inspect_read_only(path: Path) -> int:
    """Run ``quick_check`` and ``foreign_key_check`` and recognise the file, through a
    read-only connection; return the number of rows whose references are broken."""
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        raise storage_error(error, path) from error
    try:
        rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check")]
        tables = {
            str(row[0])
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        broken_references = (
            len(connection.execute("PRAGMA foreign_key_check").fetchall())
            if rows == ["ok"]
            else 0
        )
    except sqlite3.Error as error:
        raise storage_error(error, path) from error
    finally:
        connection.close()
    if rows != ["ok"]:
        raise StorageError(ErrorCode.CORRUPT_DATABASE, path=str(path), detail="; ".join(rows[:3]))
    if tables and not tables & OUR_MARKER_TABLES:
        raise StorageError(
            ErrorCode.FOREIGN_DATABASE, path=str(path), tables=", ".join(sorted(tables)[:5])
        )
    return broken_references


def open_database(
    target: str | Path,
    *,
    create: bool = False,
    read_only: bool = False,
    backup_dir: Path | None = None,
    busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
    script_location: Path | None = None,
    move_aside_damaged: bool = False,
) -> Database:
    """Open ``target`` (a file path or a SQLAlchemy URL), check it and bring it to head.

    A missing file is created only with ``create=True``. A SQLite file is opened by one
    writer at a time (``DATABASE_IN_USE`` names the holder; ``read_only=True`` opens it
    anyway, without writing). An older schema is backed up into ``backup_dir`` and upgraded
    in one transaction; a newer one is refused. With ``move_aside_damaged`` a damaged file
    is renamed ``*.damaged-<time>`` (never overwritten) and the newest good backup is named.
    """
    text = str(target)
    if "://" in text:
        url = make_url(text)
        path = Path(url.database) if url.get_backend_name() == "sqlite" and url.database else None
    else:
        path = Path(text).expanduser().absolute()
        url = sqlite_url(path)

    network = False
    writer_lock: WriterLock | None = None
    if path is not None:
        if not path.parent.is_dir():
            raise StorageError(ErrorCode.FOLDER_NOT_FOUND, path=str(path), folder=str(path.parent))
        if path.is_dir():
            raise StorageError(ErrorCode.NOT_A_DATABASE, path=str(path))
        if not path.exists() and (not create or read_only):
            raise StorageError(ErrorCode.DATABASE_NOT_FOUND, path=str(path))
        network = is_network_path(path)
        if not read_only:
            writer_lock = acquire_writer_lock(path)
    broken_references = 0
    try:
        if path is not None and path.exists():
            # Look before touching: our connections switch on WAL, which rewrites the header
            # of a file that may not even be ours.
            try:
                _sniff_sqlite_file(path)
                broken_references = _inspect_read_only(path)
            except StorageError as error:
                if error.code is ErrorCode.CORRUPT_DATABASE and move_aside_damaged and writer_lock:
                    raise _moved_aside(path, backup_dir, error) from error
                raise
        database = _connect(
            url,
            path,
            read_only=read_only,
            network=network,
            busy_timeout_ms=busy_timeout_ms,
            backup_dir=backup_dir,
            script_location=script_location,
        )
    except BaseException:
        if writer_lock is not None:
            writer_lock.release()
        raise
    database.writer_lock = writer_lock
    if broken_references:
        database.notes.append("broken_references")
        database.broken_references = broken_references
    if writer_lock is not None and writer_lock.recovered_from is not None:
        database.notes.append("stale_lock_recovered")
    return database


def _connect(
    url: URL,
    path: Path | None,
    *,
    read_only: bool,
    network: bool,
    busy_timeout_ms: int,
    backup_dir: Path | None,
    script_location: Path | None,
) -> Database:
    display = str(path) if path else url.render_as_string(hide_password=True)
    if read_only and path is not None:
        # SQLite's own read-only mode: nothing this connection does can write the file.
        query = {"mode": "ro", "uri": "true"}
        if not os.access(path.parent, os.W_OK):
            query["immutable"] = "1"  # see read_only_uri
        url = URL.create("sqlite+pysqlite", database=path.as_uri(), query=query)
    engine = make_engine(url, wal=not network and not read_only, busy_timeout_ms=busy_timeout_ms)
    try:
        with translated_errors(display):
            tables = set(inspect(engine).get_table_names())
            if tables and not tables & OUR_MARKER_TABLES:
                raise StorageError(
                    ErrorCode.FOREIGN_DATABASE, path=display, tables=", ".join(sorted(tables)[:5])
                )
            if read_only:
                migrations.require_head(engine, display, script_location=script_location)
                upgraded_from, backup = None, None
            else:
                upgraded_from, backup = migrations.bring_to_head(
                    engine, display, backup_dir=backup_dir, script_location=script_location
                )
    except BaseException:
        engine.dispose()
        raise

    session_factory = sessionmaker(engine, expire_on_commit=False)
    install_audit(session_factory)
    database = Database(
        engine=engine,
        url=url,
        path=path,
        session_factory=session_factory,
        network_path=network,
        read_only=read_only,
        upgraded_from=upgraded_from,
        backup_made=backup,
    )
    if network:
        database.notes.append("network_path")
    return database


def _moved_aside(path: Path, backup_dir: Path | None, cause: StorageError) -> StorageError:
    """Rename a damaged file (with its -wal and -shm) out of the way; name the newest good
    backup so the clerk can restore it."""
    try:
        moved = move_aside(path)
    except StorageError as error:
        return error
    newest = newest_good_backup(backup_dir, path.stem) if backup_dir else None
    facts = {"path": str(path), "moved_to": str(moved), "detail": cause.facts.get("detail", "")}
    if newest is None:
        return StorageError(ErrorCode.CORRUPT_DATABASE_NO_BACKUP, **facts)
    return StorageError(
        ErrorCode.CORRUPT_DATABASE_MOVED,
        backup=str(newest.path),
        backup_time=newest.taken_at.strftime("%Y-%m-%d %H:%M"),
        **facts,
    )


def integrity_problems(database: Database) -> tuple[list[str], list[str]]:
    """(``integrity_check`` problems, ``foreign_key_check`` problems) as readable lines.

    Server databases guard their own pages and keys, so both lists are empty there.
    """
    if not database.is_sqlite:
        return [], []
    try:
        with database.engine.connect() as connection:
            rows = [str(r[0]) for r in connection.exec_driver_sql("PRAGMA integrity_check")]
            keys = [
                f"{table} row {rowid} → {parent}"
                for table, rowid, parent, _fk in connection.exec_driver_sql(
                    "PRAGMA foreign_key_check"
                )
            ]
    except DBAPIError as error:
        raise storage_error(error, database.display_name) from error
    return ([] if rows == ["ok"] else rows), keys
