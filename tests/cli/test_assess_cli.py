"""``assess`` and ``export assessment`` on the command line: exit codes 0 / 1 / 2."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook, load_workbook  # type: ignore[import-untyped]

from desktop_app.cli import EXIT_FAILED, EXIT_FINDINGS, EXIT_OK
from desktop_app.paths import AppPaths
from tests.cli.helpers import run_cli


def test_assess_lists_last_years_closed_results_and_verify_checks_a_code(demo_db: Path) -> None:
    code, out, err = run_cli("assess", "--year", "2025")
    assert (code, err) == (EXIT_OK, "")
    assert "2025 年度考核结果（已定稿）" in out
    assert "并列" in out and "龙潭镇" in out
    line = next(line for line in out.splitlines() if "龙潭镇" in line)
    printed_code = line.rsplit("[", 1)[1].rstrip("]")
    assert run_cli("assess", "--verify", printed_code)[0] == EXIT_OK
    assert run_cli("assess", "--verify", "0000-0000-0000")[0] == EXIT_FINDINGS
    assert run_cli("assess", "--verify", "not a code")[0] == EXIT_FAILED


def test_assess_refuses_a_bad_results_file_and_imports_a_good_one(
    demo_db: Path, tmp_path: Path, app_paths: AppPaths
) -> None:
    template = tmp_path / "录入表.xlsx"
    code, out, _err = run_cli("assess", "--year", "2026", "--template", str(template))
    assert code == EXIT_OK and "考核表" in out
    rows = list(load_workbook(template).active.iter_rows(values_only=True))
    unit = next(r[1] for r in rows[3:] if r[1] and r[1].endswith("镇"))
    bad = Workbook()
    bad.active.append(["序号", "被考核单位", "考核项目", "扣分", "扣分情况"])
    bad.active.append([1, unit, "组织领导", 2, None])
    bad.save(tmp_path / "bad.xlsx")
    code, out, err = run_cli("assess", "--year", "2026", "--results", str(tmp_path / "bad.xlsx"))
    assert code == EXIT_FAILED
    assert "第 2 行" in out and "扣分情况" in out
    assert "导入已拒绝" in err
    good = Workbook()
    good.active.append(["序号", "被考核单位", "考核项目", "扣分", "次数", "扣分情况"])
    good.active.append([1, unit, "组织领导", 2, 1, "少研究1次"])
    good.save(tmp_path / "good.xlsx")
    code, out, err = run_cli("assess", "--year", "2026", "--results", str(tmp_path / "good.xlsx"))
    assert (code, err) == (EXIT_OK, "")
    assert "已导入 1 行结果" in out and "导入前已自动备份" in out
    assert any(app_paths.backup_dir.glob("*before-assessment-import*"))


def test_close_needs_complete_sheets_and_reopen_needs_the_year_closed(demo_db: Path) -> None:
    code, _out, err = run_cli("assess", "--year", "2026", "--close")
    assert code == EXIT_FAILED and "未完成评分" in err
    code, _out, err = run_cli("assess", "--year", "2026", "--reopen", "复核")
    assert code == EXIT_FAILED and "尚未定稿" in err
    code, out, err = run_cli("--lang", "en", "assess", "--year", "2025", "--reopen", "re-check")
    assert (code, err) == (EXIT_OK, "") and "reopened" in out
    code, out, err = run_cli("--lang", "en", "assess", "--year", "2025", "--close")
    assert (code, err) == (EXIT_OK, "") and "is closed" in out


def test_outputs_and_the_export_command(demo_db: Path, tmp_path: Path) -> None:
    sheets, bulletin = tmp_path / "评分表", tmp_path / "通报.pdf"
    code, out, err = run_cli(
        "assess", "--year", "2025", "--sheets", str(sheets), "--bulletin", str(bulletin)
    )
    assert (code, err) == (EXIT_OK, "")
    assert len(list(sheets.glob("*.pdf"))) > 40 and bulletin.read_bytes().startswith(b"%PDF")
    workbook = tmp_path / "考核.xlsx"
    code, out, err = run_cli("export", "assessment", str(workbook), "--year", "2025")
    assert (code, err) == (EXIT_OK, "")
    assert load_workbook(workbook).sheetnames == ["考核结果", "扣分明细", "等次统计"]


def test_verify_accepts_a_sheet_pdf_and_catches_a_retouched_one(
    demo_db: Path, tmp_path: Path
) -> None:
    sheets = tmp_path / "评分表"
    assert run_cli("assess", "--year", "2025", "--sheets", str(sheets))[0] == EXIT_OK
    original = next(sheets.glob("*龙潭镇*.pdf"))
    code, out, _err = run_cli("assess", "--verify", str(original))
    assert code == EXIT_OK and "龙潭镇" in out
    retouched = tmp_path / "retouched.pdf"
    retouched.write_bytes(original.read_bytes().replace(b"/Producer", b"/Producex"))
    code, out, _err = run_cli("assess", "--verify", str(retouched))
    assert code == EXIT_FINDINGS and "file_hash" in out
