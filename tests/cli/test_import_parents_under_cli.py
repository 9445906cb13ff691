"""``import units --parents-under UNIT``: created parents go under that unit; an unknown or
shared unit name exits 2 with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from desktop_app.cli import EXIT_FAILED, EXIT_OK, run
from desktop_app.domain.enums import UnitKind
from desktop_app.services.units import create_unit, find_unit
from desktop_app.storage.database import open_database
from desktop_app.storage.models import Unit
from tests.cli.helpers import run_cli


@pytest.fixture
def register(tmp_path: Path) -> Path:
    """A register whose parent 某某村委会 is nowhere yet."""
    path = tmp_path / "名单.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["单位名称", "上级单位"])
    sheet.append(["某合作社", "某某村委会"])
    book.save(path)
    return path


def _parents(database_file: Path) -> dict[str, str | None]:
    """Each unit's parent's name, by unit name."""
    database = open_database(database_file)
    try:
        with database.reading() as session:
            units = list(session.scalars(select(Unit)))
    finally:
        database.close()
    names = {unit.id: unit.name for unit in units}
    return {unit.name: names.get(unit.parent_id) if unit.parent_id else None for unit in units}


def test_parents_under_a_unit_named_by_code_implies_create_parents(
    demo_db: Path, register: Path
) -> None:
    code, out, err = run_cli("import", "units", str(register), "--parents-under", "QX-XZ01")
    assert (code, err) == (EXIT_OK, "")
    assert "上级单位“某某村委会”不存在，将在“青溪镇”下新建" in out
    parents = _parents(demo_db)
    assert parents["某某村委会"] == "青溪镇" and parents["某合作社"] == "某某村委会"


def test_parents_under_a_unit_named_by_name(demo_db: Path, register: Path) -> None:
    argv = ("--lang", "en", "import", "units", str(register), "--create-parents")
    code, out, _ = run_cli(*argv, "--parents-under", "青溪镇")
    assert code == EXIT_OK and 'will be created under "青溪镇"' in out
    assert _parents(demo_db)["某某村委会"] == "青溪镇"


def test_an_unknown_unit_exits_2_and_writes_nothing(demo_db: Path, register: Path) -> None:
    before = _parents(demo_db)
    code, out, err = run_cli("import", "units", str(register), "--parents-under", "青溪不存在镇")
    assert code == EXIT_FAILED and out == ""
    assert err == "找不到名称或编码为“青溪不存在镇”的单位。\n"
    assert _parents(demo_db) == before


def test_a_shared_name_exits_2_and_asks_for_the_code(demo_db: Path, register: Path) -> None:
    database = open_database(demo_db)
    try:
        for parent in ("QX", "QX-XZ01"):
            create_unit(database, "青溪村", UnitKind.OTHER, parent_id=find_unit(database, parent))
    finally:
        database.close()
    argv = ("--lang", "en", "import", "units", str(register))
    code, _out, err = run_cli(*argv, "--parents-under", "青溪村")
    assert code == EXIT_FAILED
    assert err.startswith('2 units are named "青溪村"') and "give the unit code instead" in err
    assert "某某村委会" not in _parents(demo_db)


def test_help_documents_the_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["import", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--parents-under UNIT" in text and "implies --create-parents" in text
