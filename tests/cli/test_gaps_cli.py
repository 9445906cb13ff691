"""``gaps``: grouped by the kinds' labels with how to fix them, JSON for scripts, and a year
without data refused (exit 2) instead of listing everything as missing."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from sqlalchemy import select

from desktop_app.cli import EXIT_FAILED, EXIT_FINDINGS
from desktop_app.domain.enums import LetterStatus, UnitKind
from desktop_app.domain.gaps import GapKind
from desktop_app.services.letters import void_letter
from desktop_app.storage.database import open_database
from desktop_app.storage.models import Letter, Unit
from tests.cli.helpers import run_cli

YEAR = 2026


def test_chinese_output_shows_labels_and_fixes_not_codes(demo_db: Path) -> None:
    code, out, err = run_cli("gaps", "--year", str(YEAR))
    assert (code, err) == (EXIT_FINDINGS, "")
    assert "2026 年度发现" in out
    assert "【行业领域无牵头部门】1 处" in out
    assert "处理：在“责任矩阵”中为该领域指定一个牵头部门。" in out
    assert "【责任书逾期未签】18 处" in out  # the demo's unsigned letters, past February
    assert "已逾期" in out and "标记已签订" in out
    for kind in GapKind:
        assert kind.value not in out
    # one fix line per kind shown, not one per gap
    assert out.count("处理：催促对方签订") == 1


def test_english_output_uses_the_english_labels(demo_db: Path) -> None:
    code, out, _err = run_cli("--lang", "en", "gaps", "--year", str(YEAR))
    assert code == EXIT_FINDINGS
    assert "Letter overdue (18)" in out and "days overdue" in out
    assert "To fix: Chase the signature" in out


def test_a_voided_letter_shows_as_a_unit_without_signed_letter(demo_db: Path) -> None:
    database = open_database(demo_db)
    try:
        with database.reading() as session:
            letter_id, township = session.execute(
                select(Letter.id, Unit.name)
                .join(Unit, Unit.id == Letter.party_b_id)
                .where(
                    Letter.year == YEAR,
                    Letter.status == LetterStatus.SIGNED,
                    Unit.kind == UnitKind.TOWNSHIP,
                )
                .limit(1)
            ).one()
        void_letter(database, letter_id, "原责任书作废", on=date(YEAR, 11, 2))
    finally:
        database.close()
    _code, out, _err = run_cli("gaps", "--year", str(YEAR))
    assert "【未签订责任书】1 处" in out
    assert f"“{township}”2026 年度的责任书已作废" in out
    assert "（应与“青溪县人民政府”签订）" in out


def test_json_keeps_the_stable_codes_and_facts(demo_db: Path) -> None:
    code, out, _err = run_cli("gaps", "--year", str(YEAR), "--json")
    assert code == EXIT_FINDINGS
    records = json.loads(out)
    overdue = [r for r in records if r["kind"] == "letter_overdue"]
    assert len(overdue) == 18
    first = overdue[0]
    assert first["subject"] == "letter" and first["subject_id"] == first["facts"]["letter_id"]
    assert {"party_a", "party_b", "due_date", "days"} <= set(first["facts"])
    assert first["label"] == "责任书逾期未签" and "处理" not in first["hint"]
    assert {r["kind"] for r in records} <= {kind.value for kind in GapKind}


def test_a_year_without_any_data_is_refused_naming_the_years_that_have_some(
    demo_db: Path,
) -> None:
    code, out, err = run_cli("gaps", "--year", "1999")
    assert code == EXIT_FAILED
    assert out == ""
    assert err.count("\n") == 1
    assert "1999 年度没有任何数据" in err and "2025, 2026" in err
    code, _out, err = run_cli("--lang", "en", "gaps", "--year", "1999", "--json")
    assert code == EXIT_FAILED and "1999 holds no data" in err


def test_help_documents_the_exit_codes_and_json() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "gaps", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "--json" in text and "2: the year holds no data at all" in text
