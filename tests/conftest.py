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
