"""Alembic migrations shipped inside the package, run in one transaction after a backup.

The scripts live beside this file; ``script_location`` is set at run time so frozen builds
(PyInstaller) and tests (with extra scripts) work the same way.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import Engine

from desktop_app.domain.errors import ErrorCode
from desktop_app.storage.errors import StorageError

SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config(script_location: Path | None = None) -> Config:
    """An Alembic configuration that needs no alembic.ini on disk."""
    config = Config()
    config.set_main_option("script_location", str(script_location or SCRIPT_LOCATION))
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    return config


def head_revision(script_location: Path | None = None) -> str:
    """The newest revision this program knows."""
    head = ScriptDirectory.from_config(alembic_config(script_location)).get_current_head()
    assert head is not None, "the package ships at least one migration"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database, or None for an empty database."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def require_head(engine: Engine, display_name: str, *, script_location: Path | None = None) -> None:
    """For read-only opening: the database must already be at this program's head."""
    head = head_revision(script_location)
    current = current_revision(engine)
    if current == head:
        return
    if current is not None and not is_known_revision(current, script_location):
        raise StorageError(ErrorCode.NEWER_SCHEMA, path=display_name, revision=current, head=head)
    raise StorageError(ErrorCode.NEEDS_UPGRADE, path=display_name, revision=current, head=head)


def is_known_revision(revision: str, script_location: Path | None = None) -> bool:
    """True when this program's migrations include ``revision`` (else it is newer)."""
    script = ScriptDirectory.from_config(alembic_config(script_location))
    try:
        return script.get_revision(revision) is not None
    except CommandError:
        return False


def bring_to_head(
    engine: Engine,
    display_name: str,
    *,
    backup_dir: Path | None,
    script_location: Path | None = None,
) -> tuple[str | None, Path | None]:
    """Upgrade to head if needed; return (revision upgraded from, backup written).

    A revision this program does not know belongs to a newer program and is refused
    untouched. An existing database is backed up before any migration runs.
    """
    config = alembic_config(script_location)
    script = ScriptDirectory.from_config(config)
    head = script.get_current_head()
    current = current_revision(engine)
    if current == head:
        return None, None
    if current is not None and not is_known_revision(current, script_location):
        raise StorageError(ErrorCode.NEWER_SCHEMA, path=display_name, revision=current, head=head)
    backup = None
    if current is not None and backup_dir is not None and engine.url.get_backend_name() == "sqlite":
        from desktop_app.storage.backup import backup_sqlite_file

        backup = backup_sqlite_file(Path(str(engine.url.database)), backup_dir, "pre-migrate")
    _upgrade(engine, config, display_name)
    return current or "base", backup


def _upgrade(engine: Engine, config: Config, display_name: str) -> None:
    sqlite = engine.url.get_backend_name() == "sqlite"
    with engine.connect() as connection:
        raw = connection.connection.driver_connection if sqlite else None
        if raw is not None:
            # Ignored inside a transaction, so it goes first: batch mode recreates tables and
            # with foreign keys on, dropping a parent table would cascade into its children.
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise StorageError(
                            ErrorCode.MIGRATION_FAILED,
                            path=display_name,
                            detail=f"{len(broken)} rows break foreign keys, e.g. {broken[0]}",
                        )
        except StorageError:
            raise
        except Exception as error:
            raise StorageError(
                ErrorCode.MIGRATION_FAILED, path=display_name, detail=str(error).splitlines()[0]
            ) from error
        finally:
            if raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
