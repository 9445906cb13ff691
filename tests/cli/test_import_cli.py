"""``import``, ``export`` and ``template`` on the command line: problems as
sheet/row/column/value/reason lines, exit 2 with a one-line summary when refused."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from openpyxl import Workbook

from desktop_app.cli import EXIT_FAILED, EXIT_FINDINGS, EXIT_OK
from tests.cli.helpers import run_cli


def _register(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "成员单位"
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


BAD = [
    ["青溪县安委会成员单位名单"],
    ["序号", "单位名称", "上级单位", "单位类别"],
    [1, "青溪县档案馆", "青溪县人民政府", "其他成员单位"],
    [2, "青溪县地震局", "青溪县不存在的局", None],
]


def test_help_lists_the_excel_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--help"], capture_output=True, text=True, check=False
    )
    for command in ("import", "export", "template"):
        assert f"    {command}" in result.stdout


def test_a_refused_import_prints_each_problem_and_exits_2(demo_db: Path, tmp_path: Path) -> None:
    path = _register(tmp_path / "名单.xlsx", BAD)
    code, out, err = run_cli("import", "units", str(path))
    assert code == EXIT_FAILED
    assert "工作表“成员单位”：表头在第 2 行，数据 2 行，其中 1 行有问题。" in out
    line = "[错误]  成员单位  第 4 行  上级单位  “青溪县不存在的局”  上级单位“青溪县不存在的局”"
    assert line + "在文件和数据库中都找不到" in out
    assert err.count("\n") == 1
    assert err.startswith("导入已拒绝：") and str(path) in err and "1 个问题，涉及 1 行" in err
    code, out, _ = run_cli("export", "units", str(tmp_path / "after.xlsx"))
    names = [c.value for c in openpyxl.load_workbook(tmp_path / "after.xlsx").active["C"]]
    assert "青溪县档案馆" not in names


def test_the_problem_table_is_written_on_request(demo_db: Path, tmp_path: Path) -> None:
    path = _register(tmp_path / "名单.xlsx", BAD)
    problems = tmp_path / "问题.xlsx"
    code, out, _ = run_cli(
        "--lang", "en", "import", "units", str(path), "--problems", str(problems)
    )
    assert code == EXIT_FAILED
    assert f"Problem table written to: {problems}" in out
    sheet = openpyxl.load_workbook(problems).active
    assert [c.value for c in sheet[3]] == ["Sheet", "Row", "Column", "Value", "Problem", "Severity",
                                          "Code"]  # fmt: skip
    assert [c.value for c in sheet[4]][:4] == ["成员单位", 4, "上级单位", "青溪县不存在的局"]
    assert "is neither in the file nor in the database" in sheet["E4"].value


def test_valid_only_imports_the_good_rows_and_exits_1(demo_db: Path, tmp_path: Path) -> None:
    path = _register(tmp_path / "名单.xlsx", BAD)
    code, out, err = run_cli("import", "units", str(path), "--valid-only")
    assert (code, err) == (EXIT_FINDINGS, "")
    assert "导入前已自动备份：" in out and "导入完成：写入 1 条记录。" in out
    assert "有问题的 1 行未导入" in out
    code, out, _ = run_cli("import", "units", str(path), "--valid-only")
    assert "文件内容与数据库一致，未作任何改动。" in out


def test_a_clean_import_exits_0_and_a_second_one_changes_nothing(
    demo_db: Path, tmp_path: Path
) -> None:
    path = _register(tmp_path / "名单.xlsx", BAD[:3])
    assert run_cli("import", "units", str(path))[0] == EXIT_OK
    code, out, _ = run_cli("import", "units", str(path))
    assert code == EXIT_OK and "未作任何改动" in out


@pytest.mark.parametrize("kind", ["units", "people", "matrix", "letters", "assessment"])
def test_every_export_writes_a_workbook(demo_db: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.xlsx"
    code, out, err = run_cli("export", kind, str(target), "--year", "2026")
    assert (code, err) == (EXIT_OK, "")
    assert str(target) in out
    assert openpyxl.load_workbook(target).worksheets[0]["A1"].value


@pytest.mark.parametrize("kind", ["units", "people", "matrix", "oversight", "duties"])
def test_every_template_is_written(demo_db: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"模板-{kind}.xlsx"
    assert run_cli("template", kind, str(target))[0] == EXIT_OK
    assert openpyxl.load_workbook(target).worksheets[0]["A1"].value.endswith("导入模板")


def test_a_renamed_csv_is_refused_in_one_line(demo_db: Path, tmp_path: Path) -> None:
    path = tmp_path / "名单.xlsx"
    path.write_text("单位名称,上级单位\n", encoding="utf-8")
    code, out, err = run_cli("--lang", "en", "import", "units", str(path))
    assert (code, out) == (EXIT_FAILED, "")
    assert err.count("\n") == 1 and "is not an Excel workbook" in err and "CSV/text" in err
