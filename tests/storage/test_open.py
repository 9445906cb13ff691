"""Opening a database: pragmas, and every kind of bad file refused with the file untouched."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop_app.domain.errors import ErrorCode
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.errors import StorageError


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_pragmas_protect_legal_records(database: Database) -> None:
    with database.reading() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert session.execute(text("PRAGMA busy_timeout")).scalar() == 5000


def test_a_missing_file_is_not_created_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "missing.db"
    with pytest.raises(StorageError) as caught:
        open_database(target)
    assert caught.value.code is ErrorCode.DATABASE_NOT_FOUND
    assert caught.value.facts["path"] == str(target)
    assert not target.exists()


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        open_database(tmp_path / "nowhere" / "x.db", create=True)
    assert caught.value.code is ErrorCode.FOLDER_NOT_FOUND
    assert caught.value.facts["folder"] == str(tmp_path / "nowhere")


@pytest.mark.parametrize(
    "content",
    [b"", b"PK\x03\x04 this is an xlsx renamed to .db", "单位名称,上级单位\n".encode()],
    ids=["empty", "zip", "csv"],
)
def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path, content: bytes) -> None:
    target = tmp_path / "register.db"
    target.write_bytes(content)
    with pytest.raises(StorageError) as caught:
        open_database(target, create=True)
    assert caught.value.code is ErrorCode.NOT_A_DATABASE
    assert target.read_bytes() == content


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "other.db"
    with sqlite3.connect(target) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('hello')")
    before = _digest(target)
    with pytest.raises(StorageError) as caught:
        open_database(target, create=True)
    assert caught.value.code is ErrorCode.FOREIGN_DATABASE
    assert "notes" in caught.value.facts["tables"]
    assert _digest(target) == before


def test_a_truncated_database_is_refused_untouched(database: Database, tmp_path: Path) -> None:
    path = database.path
    assert path is not None
    database.close()
    whole = path.read_bytes()
    cut = tmp_path / "cut.db"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(StorageError) as caught:
        open_database(cut)
    assert caught.value.code is ErrorCode.CORRUPT_DATABASE
    assert cut.read_bytes() == whole[: len(whole) // 2]


def test_a_database_with_damaged_pages_is_refused(database: Database, tmp_path: Path) -> None:
    path = database.path
    assert path is not None
    with database.transaction("fill") as session:
        session.execute(text("CREATE TABLE padding (x TEXT)"))
        for _ in range(200):
            session.execute(text("INSERT INTO padding VALUES (hex(randomblob(200)))"))
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 3, len(data) - 4096, 4096):  # scribble over interior pages
        data[offset + 10 : offset + 60] = b"\xff" * 50
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(bytes(data))
    with pytest.raises(StorageError) as caught:
        open_database(damaged)
    assert caught.value.code in {ErrorCode.CORRUPT_DATABASE, ErrorCode.NOT_A_DATABASE}
    assert damaged.read_bytes() == bytes(data)


def test_writing_while_another_program_holds_the_lock_says_locked(database: Database) -> None:
    path = database.path
    assert path is not None
    database.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        second = open_database(path, busy_timeout_ms=100)  # reading is still possible (WAL)
        try:
            with pytest.raises(StorageError) as caught, second.transaction("write") as session:
                session.execute(text("CREATE TABLE scratch (x INTEGER)"))
            assert caught.value.code is ErrorCode.DATABASE_LOCKED
            assert caught.value.facts["path"] == str(path)
        finally:
            second.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_a_folder_given_as_database_is_refused(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as caught:
        open_database(tmp_path)
    assert caught.value.code is ErrorCode.NOT_A_DATABASE


def test_an_unwritable_location_is_reported_not_crashed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # CI runs as root, which ignores permissions, so the refusal is injected.
    def refuse(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3.dbapi2, "connect", refuse)
    with pytest.raises(StorageError) as caught:
        open_database(tmp_path / "new.db", create=True)
    assert caught.value.code is ErrorCode.CANNOT_OPEN
    assert caught.value.facts["path"].endswith("new.db")


@pytest.mark.parametrize(
    ("text", "network"),
    [(r"\\fileserver\安监\dutymatrix.db", True), ("//fileserver/share/x.db", True)],
)
def test_unc_paths_count_as_network_paths(text: str, network: bool) -> None:
    from desktop_app.storage.database import is_network_path

    assert is_network_path(Path(text)) is network


def test_a_local_temp_folder_is_not_a_network_path(tmp_path: Path) -> None:
    from desktop_app.storage.database import is_network_path

    assert not is_network_path(tmp_path / "x.db")


def test_broken_references_are_noted_at_open(database: Database) -> None:
    from desktop_app.messages import describe_notes

    path = database.path
    assert path is not None
    with database.transaction("add") as session:
        session.execute(
            text(
                "INSERT INTO unit (uuid, name, kind, is_committee_member, sort_order, active, "
                "updated_at) VALUES ('u1', '县政府', 'government', 0, 0, 1, '2026-01-01')"
            )
        )
    database.close()
    with sqlite3.connect(path) as connection:  # an outside tool, foreign keys off
        connection.execute("UPDATE unit SET parent_id = 777")
    reopened = open_database(path)
    try:
        assert reopened.broken_references == 1
        assert "1 rows" in describe_notes(reopened, "en")[0]
    finally:
        reopened.close()


def _mount_tiny_filesystem(folder: Path, size: str) -> bool:
    folder.mkdir()
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


def test_a_really_full_disk_refuses_the_write_and_keeps_the_data(tmp_path: Path) -> None:
    from desktop_app.domain.enums import UnitKind
    from desktop_app.storage.models import Unit

    tiny = tmp_path / "tiny"
    if not _mount_tiny_filesystem(tiny, "600k"):
        pytest.skip("mounting a tiny tmpfs needs root with mount rights")
    try:
        database = open_database(tiny / "x.db", create=True)
        try:
            with database.transaction("seed") as session:
                session.add(Unit(name="应急管理局", kind=UnitKind.DEPARTMENT))
            with pytest.raises(StorageError) as caught, database.transaction("big") as session:
                session.add_all(
                    Unit(name=f"企业{i:05d}", kind=UnitKind.ENTERPRISE, notes="备注" * 300)
                    for i in range(3000)
                )
            assert caught.value.code is ErrorCode.DISK_FULL
            with database.reading() as session:
                assert session.execute(text("SELECT count(*) FROM unit")).scalar() == 1
        finally:
            database.close()
        reopened = open_database(tiny / "x.db")
        reopened.close()
    finally:
        subprocess.run(["umount", "-l", str(tiny)], check=False)


def test_a_read_only_disk_refuses_writes_clearly_and_keeps_the_data(tmp_path: Path) -> None:
    from desktop_app.domain.enums import UnitKind
    from desktop_app.storage.models import Unit

    disk = tmp_path / "usb"
    if not _mount_tiny_filesystem(disk, "4m"):
        pytest.skip("mounting a tmpfs needs root with mount rights")
    try:
        database = open_database(disk / "x.db", create=True)
        with database.transaction("seed") as session:
            session.add(Unit(name="应急管理局", kind=UnitKind.DEPARTMENT))
        database.close()
        # the stick's write-protect switch: the file system becomes read-only
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        with pytest.raises(StorageError) as caught:
            open_database(disk / "x.db")
        assert caught.value.code is ErrorCode.READ_ONLY
        reader = open_database(disk / "x.db", read_only=True)
        try:
            with reader.reading() as session:
                assert session.execute(text("SELECT name FROM unit")).scalar() == "应急管理局"
            with pytest.raises(StorageError) as refused, reader.transaction("write"):
                pass
            assert refused.value.code is ErrorCode.OPENED_READ_ONLY
        finally:
            reader.close()
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def test_a_database_whose_schema_text_is_damaged_is_called_corrupt(
    database: Database, tmp_path: Path
) -> None:
    """Damage in sqlite_master ("malformed database schema") is corruption, not a file that
    cannot be opened: the clerk is sent to a backup, not to check the path."""
    path = database.path
    assert path is not None
    with database.transaction("fill") as session:
        session.execute(text("CREATE TABLE padding (x TEXT)"))
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = path.read_bytes()
    assert data.count(b"CREATE TABLE padding") == 1
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(data.replace(b"CREATE TABLE padding", b"CREATE TABLX padding"))
    with pytest.raises(StorageError) as caught:
        open_database(damaged)
    assert caught.value.code is ErrorCode.CORRUPT_DATABASE
