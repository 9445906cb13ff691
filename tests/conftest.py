"""Shared fixtures: every test gets its own temporary data folder and database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests or CI.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Messages in tests are compared in Chinese unless a test asks for English.
os.environ.pop("DUTYMATRIX_LANG", None)

from desktop_app.paths import AppPaths  # noqa: E402
from desktop_app.storage.database import Database, open_database  # noqa: E402

# ``demo``: a private copy of the demo county, generated once per session.
pytest_plugins = ["tests.demo_copy"]


@pytest.fixture
def app_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AppPaths:
    """A private data folder (with Chinese characters and a space, as clerks' paths have)."""
    folder = tmp_path / "数据 folder"
    folder.mkdir()
    monkeypatch.setenv("DUTYMATRIX_DATA_DIR", str(folder))
    return AppPaths(folder)


@pytest.fixture
def database(app_paths: AppPaths) -> Iterator[Database]:
    """A fresh, migrated, empty database in the private data folder."""
    db = open_database(app_paths.database_file, create=True, backup_dir=app_paths.backup_dir)
    yield db
    db.close()


PG_URL_ENV = "DUTYMATRIX_TEST_PG_URL"
BACKENDS = ["sqlite", "postgresql"] if os.environ.get(PG_URL_ENV) else ["sqlite"]


def _fresh_postgresql(url: str) -> None:
    """Empty the test server's public schema so each test starts from nothing."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP SCHEMA public CASCADE")
        connection.exec_driver_sql("CREATE SCHEMA public")
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def any_database(request: pytest.FixtureRequest, app_paths: AppPaths) -> Iterator[Database]:
    """A fresh, migrated database on SQLite, and also on PostgreSQL when
    DUTYMATRIX_TEST_PG_URL names a scratch server database (it is wiped per test)."""
    if request.param == "postgresql":
        url = os.environ[PG_URL_ENV]
        _fresh_postgresql(url)
        db = open_database(url)
    else:
        db = open_database(app_paths.database_file, create=True, backup_dir=app_paths.backup_dir)
    yield db
    db.close()
