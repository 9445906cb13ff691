"""`letters --draft` saves drafts and prints nothing; `--issue-drafts` or a plain run issue them."""

from __future__ import annotations

from pathlib import Path

from desktop_app.cli import EXIT_FAILED, EXIT_OK
from desktop_app.domain.enums import LetterStatus
from desktop_app.services.letter_ledger import ledger
from desktop_app.storage.database import open_database
from tests.cli.helpers import run_cli


def _statuses(path: Path, year: int) -> dict[LetterStatus, int]:
    database = open_database(path)
    try:
        counts: dict[LetterStatus, int] = {}
        for row in ledger(database, year, check_stale=False):
            counts[row.status] = counts.get(row.status, 0) + 1
        return counts
    finally:
        database.close()


def test_drafts_are_saved_without_printing_then_issued_and_printed(
    demo_db: Path, tmp_path: Path
) -> None:
    code, out, err = run_cli("--lang", "en", "letters", "--year", "2027", "--draft")
    assert (code, err) == (EXIT_OK, ""), err
    assert "Installed 4 default letter templates for 2027." in out
    assert "saved 13 drafts, skipped 0" in out
    assert _statuses(demo_db, 2027) == {LetterStatus.DRAFT: 55}
    assert not [p for p in tmp_path.glob("**/*.pdf") if "attachments" not in p.parts]

    code, out, _err = run_cli("--lang", "en", "letters", "--year", "2027", "--draft")
    assert code == EXIT_OK and "saved 0 drafts, skipped 13" in out  # nothing twice

    out_dir = tmp_path / "印发"
    code, out, err = run_cli(
        "--lang", "en", "letters", "--year", "2027", "--issue-drafts", "--out", str(out_dir)
    )
    assert (code, err) == (EXIT_OK, ""), err
    assert "Issued 55 drafts" in out and "Backed up before issuing" in out
    assert "issued 0 new" not in out  # --issue-drafts makes no new letters
    assert _statuses(demo_db, 2027) == {LetterStatus.ISSUED: 55}
    assert len(list(out_dir.glob("*.pdf"))) == 55

    code, out, _err = run_cli("--lang", "en", "letters", "--year", "2027", "--issue-drafts")
    assert code == EXIT_OK and "No drafts in 2027." in out


def test_a_plain_run_issues_the_drafts_too_and_bad_combinations_are_refused(
    demo_db: Path, tmp_path: Path
) -> None:
    assert run_cli("letters", "--year", "2027", "--draft")[0] == EXIT_OK
    code, out, err = run_cli("letters", "--year", "2027", "--out", str(tmp_path / "o"))
    assert (code, err) == (EXIT_OK, ""), err
    assert "已印发草稿 55 份" in out and "新签发 0 份" in out
    assert _statuses(demo_db, 2027) == {LetterStatus.ISSUED: 55}

    code, out, err = run_cli("letters", "--year", "2027", "--draft", "--out", str(tmp_path))
    assert code == EXIT_FAILED and out == "" and "--draft" in err
    code, out, err = run_cli("letters", "--year", "2027")
    assert code == EXIT_FAILED and "--out" in err
