"""``letters`` and ``verify`` on the command line: files, exit codes 0 / 1 / 2."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.cli import EXIT_FAILED, EXIT_FINDINGS, EXIT_OK
from desktop_app.paths import AppPaths
from tests.cli.helpers import run_cli


def test_letters_prints_every_letter_of_the_year_and_verify_checks_them(
    demo_db: Path, tmp_path: Path, app_paths: AppPaths
) -> None:
    out_dir, combined = tmp_path / "信件", tmp_path / "全部.pdf"
    code, out, err = run_cli(
        "--lang",
        "en",
        "letters",
        "--year",
        "2026",
        "--out",
        str(out_dir),
        "--combined",
        str(combined),
    )
    assert (code, err) == (EXIT_OK, ""), err
    files = sorted(out_dir.glob("*.pdf"))
    assert len(files) == 55  # 13 townships, 32 departments, 3 workshops, 7 teams
    assert "issued 0 new, skipped 13 already issued." in out.replace(" \n", "\n")
    assert combined.is_file() and "(55 letters," in out
    assert list(app_paths.backup_dir.glob("*before-letters*"))

    code, out, _err = run_cli("verify", str(files[0]))
    assert code == EXIT_OK and "核验一致" in out
    printed_code = re.search(r"核验码 ([0-9A-F-]{14})", out)
    assert printed_code is not None
    assert run_cli("verify", printed_code.group(1))[0] == EXIT_OK
    wrong = printed_code.group(1)[:-1] + ("0" if printed_code.group(1)[-1] != "0" else "1")
    code, out, _err = run_cli("--lang", "en", "verify", wrong)
    assert code == EXIT_FINDINGS and "no such letter" in out


def test_verify_says_when_it_cannot(demo_db: Path, tmp_path: Path) -> None:
    code, out, err = run_cli("verify", "hello")
    assert code == EXIT_FAILED and out == "" and "无法核验" in err
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_text("plain text")
    assert run_cli("verify", str(not_pdf))[0] == EXIT_FAILED


def test_letters_on_an_empty_year_installs_the_templates_first(
    demo_db: Path, tmp_path: Path
) -> None:
    code, out, err = run_cli("letters", "--year", "2027", "--out", str(tmp_path / "o"))
    assert code == EXIT_OK, err
    assert "已为 2027 年度安装 4 个默认责任书模板" in out
    assert len(list((tmp_path / "o").glob("*.pdf"))) == 55
