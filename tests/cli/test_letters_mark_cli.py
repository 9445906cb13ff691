"""`letters --mark signed|returned|archived --on DATE CODE…` and `--issued-on DATE`."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop_app.cli import EXIT_FAILED, EXIT_OK, run
from desktop_app.domain.enums import LetterStatus
from desktop_app.services.letter_ledger import LedgerRow, ledger
from desktop_app.storage.database import open_database
from tests.cli.helpers import run_cli

YEAR = 2026


def _ledger(path: Path, year: int = YEAR) -> list[LedgerRow]:
    database = open_database(path)
    try:
        return ledger(database, year, check_stale=False)
    finally:
        database.close()


def test_letters_are_marked_signed_by_their_printed_codes_on_the_real_date(
    demo_db: Path,
) -> None:
    issued = [row for row in _ledger(demo_db) if row.status is LetterStatus.ISSUED][:3]
    codes = [row.code for row in issued]
    codes[1] = codes[1].lower().replace("-", "")  # typed without dashes
    code, out, err = run_cli(
        "--lang", "en", "letters", "--year", str(YEAR), "--mark", "signed", "--on",
        f"{YEAR}-03-02", *codes,
    )  # fmt: skip
    assert (code, err) == (EXIT_OK, ""), err
    assert out.strip() == f"Recorded 3 letters as signed on {YEAR}-03-02."
    rows = {row.id: row for row in _ledger(demo_db)}
    assert {(rows[r.id].status, rows[r.id].signed_on) for r in issued} == {
        (LetterStatus.SIGNED, date(YEAR, 3, 2))
    }

    code, out, err = run_cli("letters", "--year", str(YEAR), "--mark", "returned", issued[0].code)
    assert code == EXIT_OK and "已将 1 份责任书登记为已回收" in out  # --on defaults to today
    returned = next(row for row in _ledger(demo_db) if row.id == issued[0].id)
    assert (returned.status, returned.returned_on) == (LetterStatus.RETURNED, date.today())


def test_without_a_year_a_code_of_last_year_is_found(demo_db: Path) -> None:
    """In 2027 the clerk archives 2026's letters by their codes, without naming the year."""
    [late] = [row for row in _ledger(demo_db, YEAR - 1) if row.status is LetterStatus.ISSUED]
    code, out, err = run_cli(
        "--lang", "en", "letters", "--mark", "signed", "--on", f"{YEAR}-03-02", late.code
    )
    assert (code, err) == (EXIT_OK, ""), err
    assert out.strip() == f"Recorded 1 letters as signed on {YEAR}-03-02."
    [signed] = [row for row in _ledger(demo_db, YEAR - 1) if row.id == late.id]
    assert signed.status is LetterStatus.SIGNED

    code, _out, err = run_cli("letters", "--mark", "signed", "ABCD-0000-0000")
    assert code == EXIT_FAILED and "没有核验码为“ABCD-0000-0000”的责任书" in err


def test_an_unknown_code_or_a_letter_that_cannot_move_changes_nothing(demo_db: Path) -> None:
    rows = _ledger(demo_db)
    issued = [row.code for row in rows if row.status is LetterStatus.ISSUED][:3]
    signed = next(row for row in rows if row.status is LetterStatus.SIGNED)

    code, out, err = run_cli(
        "letters", "--year", str(YEAR), "--mark", "signed", issued[0], "ABCD-0000-0000", issued[1]
    )
    assert code == EXIT_FAILED and out == ""
    assert "ABCD-0000-0000" in err and len(err.strip().splitlines()) == 1
    assert _ledger(demo_db) == rows

    code, out, err = run_cli(
        "letters", "--year", str(YEAR), "--mark", "signed", issued[0], signed.code, issued[1]
    )
    assert code == EXIT_FAILED and signed.party_b in err and "已签订" in err
    assert _ledger(demo_db) == rows

    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, _out, err = run_cli(
        "letters", "--year", str(YEAR), "--mark", "signed", "--on", tomorrow, *issued
    )
    assert code == EXIT_FAILED and tomorrow in err
    code, _out, err = run_cli(
        "letters", "--year", str(YEAR), "--mark", "signed", "--on", f"{YEAR}-01-01", *issued
    )
    assert code == EXIT_FAILED and f"{YEAR}-01-01" in err and "已印发" in err
    assert _ledger(demo_db) == rows


def test_options_that_do_not_go_together_are_refused(demo_db: Path, tmp_path: Path) -> None:
    code_text = next(row.code for row in _ledger(demo_db) if row.status is LetterStatus.ISSUED)
    cases = [
        (["--mark", "signed"], "--mark"),
        (["--mark", "signed", "--out", str(tmp_path), code_text], "--mark"),
        (["--mark", "signed", "--issued-on", f"{YEAR}-03-01", code_text], "--issued-on"),
        (["--issue-drafts", code_text], code_text),
        (["--issue-drafts", "--on", f"{YEAR}-03-01"], "--on"),
        (["--draft", "--issued-on", f"{YEAR}-03-01"], "--issued-on"),
    ]
    for extra, named in cases:
        code, out, err = run_cli("letters", "--year", str(YEAR), *extra)
        assert (code, out) == (EXIT_FAILED, ""), extra
        assert named in err, (extra, err)
    with pytest.raises(SystemExit) as caught:
        run_cli("letters", "--mark", "signed", "--on", "2.3.2026", code_text)
    assert caught.value.code == EXIT_FAILED
    with pytest.raises(SystemExit) as caught:
        run_cli("letters", "--mark", "void", code_text)  # voiding needs a reason: not offered
    assert caught.value.code == EXIT_FAILED


def test_drafts_are_issued_on_the_date_given(demo_db: Path) -> None:
    assert run_cli("letters", "--year", str(YEAR + 1), "--draft")[0] == EXIT_OK
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    code, out, err = run_cli(
        "letters", "--year", str(YEAR + 1), "--issue-drafts", "--issued-on", tomorrow
    )
    assert code == EXIT_FAILED and out == "" and tomorrow in err
    assert {row.status for row in _ledger(demo_db, YEAR + 1)} == {LetterStatus.DRAFT}

    day = date.today() - timedelta(days=2)
    code, out, err = run_cli(
        "letters", "--year", str(YEAR + 1), "--issue-drafts", "--issued-on", day.isoformat()
    )
    assert (code, err) == (EXIT_OK, ""), err
    rows = _ledger(demo_db, YEAR + 1)
    assert len(rows) == 55 and {(row.status, row.issued_on) for row in rows} == {
        (LetterStatus.ISSUED, day)
    }


def test_help_shows_the_new_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["letters", "--help"])
    text = capsys.readouterr().out
    assert "--issued-on YYYY-MM-DD" in text and "{signed,returned,archived}" in text
    assert "--on YYYY-MM-DD" in text and "CODE" in text
