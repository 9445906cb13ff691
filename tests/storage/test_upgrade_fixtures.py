"""Every released schema revision, filled with realistic data, upgrades without loss."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from desktop_app.services.check import check_database
from desktop_app.storage.database import open_database
from desktop_app.storage.migrations import current_revision, head_revision
from tests.fixtures.make_schema_fixture import snapshot

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
RELEASED = sorted(FIXTURES.glob("schema_*.db"))


def test_there_is_a_fixture_for_the_current_head() -> None:
    assert FIXTURES / f"schema_{head_revision()}.db" in RELEASED, (
        "run tests/fixtures/make_schema_fixture.py before adding the next migration"
    )


@pytest.mark.parametrize("fixture", RELEASED, ids=[p.stem for p in RELEASED])
def test_an_old_database_upgrades_to_head_without_loss(fixture: Path, tmp_path: Path) -> None:
    expected = json.loads(fixture.with_suffix(".json").read_text(encoding="utf-8"))
    work = tmp_path / "clerk.db"
    shutil.copyfile(fixture, work)

    database = open_database(work, backup_dir=tmp_path / "backups")
    try:
        assert current_revision(database.engine) == head_revision()
        assert check_database(database) == []
    finally:
        database.close()

    after = snapshot(work)
    for table, count in expected["counts"].items():
        assert after["counts"][table] == count, table  # type: ignore[index]
    assert after["spots"] == expected["spots"]
