"""A demo county (青溪县, year 2026) per test, copied from one generated per test session.

Generating the demo takes about a second; copying the closed file takes milliseconds.
``tests/conftest.py`` registers this module as a pytest plugin, so every test can ask for
``demo`` without importing it (an import would only shadow the fixture, ruff F811).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.paths import AppPaths
from desktop_app.services.demo import generate_demo
from desktop_app.storage.database import Database, open_database

DEMO_YEAR = 2026


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo county generated once, closed, as a file to copy."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.db"
    database = open_database(path, create=True)
    try:
        generate_demo(database, year=DEMO_YEAR)
    finally:
        database.close()
    return path


@pytest.fixture
def demo(demo_template: Path, app_paths: AppPaths) -> Iterator[Database]:
    """A private copy of the demo county, open in the test's data folder."""
    target = app_paths.database_file
    shutil.copyfile(demo_template, target)
    database = open_database(target, backup_dir=app_paths.backup_dir)
    yield database
    database.close()
