"""The command line: output, exit codes (0 done, 1 findings, 2 failed) and one-line reasons."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import EXIT_FAILED, EXIT_FINDINGS, EXIT_OK
from desktop_app.paths import AppPaths
from tests.cli.helpers import run_cli


@pytest.fixture
def demo_db(app_paths: AppPaths) -> Path:
    code, out, err = run_cli("demo", "--year", "2026")
    assert (code, err) == (EXIT_OK, "")
    assert str(app_paths.database_file) in out
    return app_paths.database_file


def test_help_lists_the_working_commands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    for command in ("demo", "info", "check", "backup", "gaps"):
        assert f"    {command}" in result.stdout
    assert "exchange" not in result.stdout  # commands arrive with the issue that builds them


def test_info_names_the_file_revision_and_counts(demo_db: Path) -> None:
    code, out, _ = run_cli("info")
    assert code == EXIT_OK
    assert f"数据库文件: {demo_db}" in out
    assert "结构版本: 0001" in out
    counts = dict(line.strip().split(": ") for line in out.splitlines() if line.startswith("  "))
    assert int(counts["单位"]) >= 140  # tables by their Chinese names
    assert int(counts["审计记录"]) > int(counts["单位"])


def test_check_passes_on_the_demo_and_fails_with_exit_1_on_a_forged_audit_event(
    demo_db: Path,
) -> None:
    assert run_cli("check")[0] == EXIT_OK
    with sqlite3.connect(demo_db) as connection:
        connection.execute("DROP TRIGGER audit_event_no_update")
        connection.execute("UPDATE audit_event SET after = '{}' WHERE id = 5")
    code, out, _ = run_cli("--lang", "en", "check")
    assert code == EXIT_FINDINGS
    assert "The audit chain breaks at event 5" in out
    assert "audit_event_no_update" in out


def test_check_reports_a_cycle_written_behind_the_programs_back(demo_db: Path) -> None:
    with sqlite3.connect(demo_db) as connection:
        (root,) = connection.execute("SELECT id FROM unit WHERE parent_id IS NULL").fetchone()
        (child,) = connection.execute(
            "SELECT id FROM unit WHERE parent_id = ? LIMIT 1", (root,)
        ).fetchone()
        connection.execute("UPDATE unit SET parent_id = ? WHERE id = ?", (child, root))
    code, out, _ = run_cli("check")
    assert code == EXIT_FINDINGS
    assert "单位隶属关系形成循环" in out


def test_backup_writes_a_checked_copy(demo_db: Path, tmp_path: Path) -> None:
    code, out, _ = run_cli("backup", "--out", str(tmp_path / "bk"))
    assert code == EXIT_OK
    (backup,) = (tmp_path / "bk").glob("*.db")
    assert str(backup) in out
    with sqlite3.connect(backup) as copy, sqlite3.connect(demo_db) as original:
        assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        query = "SELECT count(*) FROM unit"
        assert copy.execute(query).fetchone() == original.execute(query).fetchone()


def test_gaps_lists_the_demo_gaps_with_exit_1(demo_db: Path) -> None:
    code, out, _ = run_cli("gaps", "--year", "2026")
    assert code == EXIT_FINDINGS
    assert "2026 年度发现" in out


def test_demo_refuses_a_database_that_already_holds_data(demo_db: Path) -> None:
    code, out, err = run_cli("demo")
    assert code == EXIT_FAILED
    assert out == ""
    assert err.count("\n") == 1 and str(demo_db) in err


@pytest.mark.parametrize(
    ("content", "expected"),
    [(b"not a database at all", "不是数据库文件"), (b"", "不是数据库文件")],
)
def test_a_bad_file_exits_2_with_one_line_naming_it(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    bad = tmp_path / "坏 文件.db"
    bad.write_bytes(content)
    code, out, err = run_cli("--db", str(bad), "info")
    assert code == EXIT_FAILED
    assert out == ""
    assert err.count("\n") == 1
    assert expected in err and str(bad) in err
    assert bad.read_bytes() == content


def test_a_missing_database_is_not_created_by_info(app_paths: AppPaths) -> None:
    code, _, err = run_cli("info")
    assert code == EXIT_FAILED
    assert "找不到数据库文件" in err
    assert not app_paths.database_file.exists()


def test_messages_switch_to_english(tmp_path: Path) -> None:
    code, _, err = run_cli("--lang", "en", "--db", str(tmp_path / "none.db"), "info")
    assert code == EXIT_FAILED
    assert err.startswith('The database file "')


def test_a_stale_lock_is_mentioned_on_stderr_and_the_command_works(demo_db: Path) -> None:
    import json

    from desktop_app.storage.lock import owner_path

    owner_path(demo_db).write_text(
        json.dumps({"user": "wang", "host": "TOWN-PC", "pid": 4242, "since": "2026-03-01"}),
        encoding="utf-8",
    )
    code, out, err = run_cli("--lang", "en", "info")
    assert code == EXIT_OK
    assert "(wang on TOWN-PC) did not exit normally" in err
    assert "Schema revision" in out


def test_restore_puts_a_backup_back_and_keeps_the_current_data(
    demo_db: Path, tmp_path: Path
) -> None:
    assert run_cli("backup", "--out", str(tmp_path / "bk"))[0] == EXIT_OK
    (backup,) = (tmp_path / "bk").glob("*.db")
    with sqlite3.connect(demo_db) as connection:
        connection.execute("DROP TRIGGER audit_event_no_delete")
        connection.execute("DELETE FROM audit_event")  # someone wrecked the trail
    code, out, err = run_cli("restore", str(backup))
    assert (code, err) == (EXIT_OK, "")
    assert "已将" in out and "恢复前的数据已保存在" in out
    assert run_cli("check")[0] == EXIT_OK
    code, out, _ = run_cli("backup", "--list")
    assert code == EXIT_OK and "pre-restore" in out


def test_restore_refuses_a_file_that_is_not_a_backup(demo_db: Path, tmp_path: Path) -> None:
    bogus = tmp_path / "x.db"
    bogus.write_text("hello")
    code, out, err = run_cli("restore", str(bogus))
    assert code == EXIT_FAILED and out == ""
    assert "不是本软件的数据库备份" in err
