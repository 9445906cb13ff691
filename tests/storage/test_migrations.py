"""Migrations: base → head, no drift, backup before upgrade, rollback on failure, refusal."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.errors import ErrorCode
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.errors import StorageError
from desktop_app.storage.migrations import SCRIPT_LOCATION, current_revision, head_revision
from desktop_app.storage.models import Base, Unit

EXTRA_MIGRATION = """
import sqlalchemy as sa
from alembic import op

revision = "9001"
down_revision = "{down}"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("unit") as batch_op:
        batch_op.add_column(sa.Column("motto", sa.String(50), nullable=True))
    op.execute("UPDATE unit SET motto = 'safety first'")
    {failure}


def downgrade():
    with op.batch_alter_table("unit") as batch_op:
        batch_op.drop_column("motto")
"""


def _scripts_with_extra(tmp_path: Path, *, fail: bool) -> Path:
    location = tmp_path / "scripts"
    shutil.copytree(SCRIPT_LOCATION, location, ignore=shutil.ignore_patterns("__pycache__"))
    failure = "raise RuntimeError('injected failure')" if fail else "pass"
    (location / "versions" / "9001_extra.py").write_text(
        EXTRA_MIGRATION.format(down=head_revision(), failure=failure), encoding="utf-8"
    )
    return location


def _fill(database: Database) -> None:
    with database.transaction("fill") as session:
        government = Unit(name="青溪县人民政府", kind=UnitKind.GOVERNMENT)
        session.add(government)
        session.flush()
        session.add_all(
            Unit(name=f"部门{i}", kind=UnitKind.DEPARTMENT, parent_id=government.id)
            for i in range(20)
        )


def _rows(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT id, name, parent_id FROM unit ORDER BY id").fetchall()


def test_the_migrations_build_exactly_the_models(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    assert current_revision(database.engine) == head_revision()


def test_an_older_database_is_backed_up_then_upgraded_without_loss(
    database: Database, tmp_path: Path
) -> None:
    _fill(database)
    path = database.path
    assert path is not None
    before = _rows(path)
    database.close()
    backups = tmp_path / "backups"

    upgraded = open_database(
        path, backup_dir=backups, script_location=_scripts_with_extra(tmp_path, fail=False)
    )
    try:
        assert upgraded.upgraded_from == head_revision()
        assert current_revision(upgraded.engine) == "9001"
        assert "motto" in {c["name"] for c in inspect(upgraded.engine).get_columns("unit")}
        # the parent table was recreated with foreign keys off: no child row was cascaded away
        assert _rows(path) == before
    finally:
        upgraded.close()
    assert upgraded.backup_made is not None and upgraded.backup_made.parent == backups
    assert _rows(upgraded.backup_made) == before


def test_a_failed_migration_leaves_the_database_as_it_was(
    database: Database, tmp_path: Path
) -> None:
    _fill(database)
    path = database.path
    assert path is not None
    before = _rows(path)
    database.close()

    with pytest.raises(StorageError) as caught:
        open_database(
            path,
            backup_dir=tmp_path / "backups",
            script_location=_scripts_with_extra(tmp_path, fail=True),
        )
    assert caught.value.code is ErrorCode.MIGRATION_FAILED
    assert "injected failure" in caught.value.facts["detail"]

    reopened = open_database(path)
    try:
        assert current_revision(reopened.engine) == head_revision()
        columns = {c["name"] for c in inspect(reopened.engine).get_columns("unit")}
        assert "motto" not in columns
        assert _rows(path) == before
        with reopened.reading() as session:
            assert (
                session.scalar(select(Unit.name).where(Unit.parent_id.is_(None)))
                == "青溪县人民政府"
            )
    finally:
        reopened.close()
    assert list((tmp_path / "backups").glob("*.db")), "a backup is taken before migrating"


def test_a_database_from_a_newer_program_is_refused_untouched(database: Database) -> None:
    path = database.path
    assert path is not None
    database.close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    size_before = path.stat().st_size
    with pytest.raises(StorageError) as caught:
        open_database(path)
    assert caught.value.code is ErrorCode.NEWER_SCHEMA
    assert caught.value.facts["revision"] == "f00dfeed"
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "f00dfeed",
        )
    assert path.stat().st_size == size_before
