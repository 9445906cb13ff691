"""Fixtures shared by the CLI tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.paths import AppPaths


@pytest.fixture
def demo_db(demo_template: Path, app_paths: AppPaths) -> Path:
    """A copy of the session's demo county (2026) as the data folder's default database."""
    shutil.copyfile(demo_template, app_paths.database_file)
    return app_paths.database_file
