"""The same operations headless: ``python -m desktop_app <command>``; no command starts the GUI.

Exit codes (DESIGN §8): 0 done or nothing found; 1 findings (``check`` problems, ``gaps``);
2 the command could not do its work, always with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from desktop_app import __version__
from desktop_app.domain.errors import DomainError, DutyMatrixError, ErrorCode
from desktop_app.messages import LANGUAGES, describe, describe_finding, describe_notes
from desktop_app.paths import AppPaths, resolve_paths
from desktop_app.record_labels import backup_reason, demo_count, table_label
from desktop_app.storage.database import Database, open_database

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_FAILED = 2

_TEXTS = {
    "zh_CN": {
        "file": "数据库文件",
        "revision": "结构版本",
        "size": "文件大小",
        "counts": "各表记录数",
        "check_ok": "检查通过：文件完整，审计链完好，数据一致。",
        "check_found": "检查发现 {n} 个问题：",
        "backup_done": "已备份到：{path}",
        "demo_done": "已生成演示数据库：{path}",
        "restore_done": "已将“{path}”恢复为备份 {backup}（{time}，{units} 个单位）。",
        "restore_kept": "恢复前的数据已保存在：{path}",
        "gaps_none": "{year} 年度未发现责任缺位。",
        "gaps_found": "{year} 年度发现 {n} 处责任缺位：",
        "gaps_kind": "【{label}】{n} 处",
        "gaps_fix": "处理：{hint}",
    },
    "en": {
        "file": "Database file",
        "revision": "Schema revision",
        "size": "File size",
        "counts": "Rows per table",
        "check_ok": "Check passed: the file is sound, the audit chain intact, the data consistent.",
        "check_found": "Check found {n} problems:",
        "backup_done": "Backed up to: {path}",
        "demo_done": "Demo database created: {path}",
        "restore_done": 'Restored "{path}" from backup {backup} ({time}, {units} units).',
        "restore_kept": "The data before the restore is kept in: {path}",
        "gaps_none": "No responsibility gaps in {year}.",
        "gaps_found": "{n} responsibility gaps in {year}:",
        "gaps_kind": "{label} ({n})",
        "gaps_fix": "To fix: {hint}",
    },
}


class Context:
    """What every command needs: where the data lives, which database, which language."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.paths: AppPaths = resolve_paths(args.data_dir)
        self.language: str = args.lang
        self.out = out
        self.err = err

    def text(self, key: str, **facts: object) -> str:
        """A fixed CLI sentence in the chosen language."""
        return _TEXTS[self.language][key].format(**facts)

    def open_existing(self, *, reading: bool = False) -> Database:
        """Open the chosen database, which must already exist.

        A command that only reads (``reading``) still works while another program holds
        the writer lock: it falls back to read-only and says so on stderr.
        """
        target = self.args.db or self.paths.database_file
        try:
            database = open_database(
                target, backup_dir=self.paths.backup_dir, move_aside_damaged=True
            )
        except DutyMatrixError as error:
            if not reading or error.code is not ErrorCode.DATABASE_IN_USE:
                raise
            print(describe(error, self.language), file=self.err)
            database = open_database(target, read_only=True)
        for line in describe_notes(database, self.language):
            print(line, file=self.err)
        return database


def _cmd_demo(ctx: Context) -> int:
    from desktop_app.services.demo import generate_demo

    target = ctx.args.db or ctx.paths.database_file
    if not ctx.args.db:
        ctx.paths.ensure()
    database = open_database(target, create=True, backup_dir=ctx.paths.backup_dir)
    try:
        summary = generate_demo(database, year=ctx.args.year)
    finally:
        database.close()
    print(ctx.text("demo_done", path=database.display_name), file=ctx.out)
    for key, value in vars(summary).items():
        print(f"  {demo_count(key, ctx.language)}: {value}", file=ctx.out)
    return EXIT_OK


def _cmd_info(ctx: Context) -> int:
    from desktop_app.services.info import database_info

    database = ctx.open_existing(reading=True)
    try:
        info = database_info(database)
    finally:
        database.close()
    print(f"{ctx.text('file')}: {info.location}", file=ctx.out)
    print(f"{ctx.text('revision')}: {info.revision} (head {info.head})", file=ctx.out)
    if info.size_bytes is not None:
        print(f"{ctx.text('size')}: {info.size_bytes}", file=ctx.out)
    print(f"{ctx.text('counts')}:", file=ctx.out)
    for table, count in info.counts.items():
        print(f"  {table_label(table, ctx.language)}: {count}", file=ctx.out)
    return EXIT_OK


def _cmd_check(ctx: Context) -> int:
    from desktop_app.services.check import check_database

    database = ctx.open_existing(reading=True)
    try:
        findings = check_database(database)
    finally:
        database.close()
    if not findings:
        print(ctx.text("check_ok"), file=ctx.out)
        return EXIT_OK
    print(ctx.text("check_found", n=len(findings)), file=ctx.out)
    for finding in findings:
        print(f"  [{finding.code.value}] {describe_finding(finding, ctx.language)}", file=ctx.out)
    return EXIT_FINDINGS


def _cmd_backup(ctx: Context) -> int:
    from desktop_app.services.backups import available_backups, backup_now, describe_backup

    folder = ctx.args.out or ctx.paths.backup_dir
    if ctx.args.list:
        target = Path(ctx.args.db) if ctx.args.db else ctx.paths.database_file
        for info in available_backups(target, folder):
            try:
                summary = describe_backup(info.path)
                counts = ", ".join(
                    f"{table_label(k, ctx.language)} {v}" for k, v in summary.counts.items()
                )
                state = f"{summary.revision}; {counts}"
            except DutyMatrixError as error:
                state = describe(error, ctx.language)
            reason = backup_reason(info.reason, ctx.language)
            print(f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {reason}  {info.path}", file=ctx.out)
            print(f"    {state}", file=ctx.out)
        return EXIT_OK
    database = ctx.open_existing(reading=True)
    try:
        path = backup_now(database, folder)
    finally:
        database.close()
    print(ctx.text("backup_done", path=path), file=ctx.out)
    return EXIT_OK


def _cmd_restore(ctx: Context) -> int:
    from desktop_app.services.backups import describe_backup, restore_backup

    target = Path(ctx.args.db) if ctx.args.db else ctx.paths.database_file
    summary = describe_backup(ctx.args.file)
    kept = restore_backup(ctx.args.file, target, ctx.paths.backup_dir)
    print(
        ctx.text(
            "restore_done",
            path=target,
            backup=ctx.args.file,
            time=f"{summary.info.taken_at:%Y-%m-%d %H:%M}",
            units=summary.counts.get("unit", 0),
        ),
        file=ctx.out,
    )
    if kept is not None:
        print(ctx.text("restore_kept", path=kept), file=ctx.out)
    return EXIT_OK


def _cmd_gaps(ctx: Context) -> int:
    from desktop_app.cli_gaps import print_gaps, print_gaps_json
    from desktop_app.services.gaps import list_gaps, years_with_data

    year = ctx.args.year
    database = ctx.open_existing(reading=True)
    try:
        years = years_with_data(database)
        if year not in years:
            listed = ", ".join(str(y) for y in years) or "—"
            raise DomainError(ErrorCode.YEAR_WITHOUT_DATA, year=year, years=listed)
        gaps = list_gaps(database, year)
    finally:
        database.close()
    if ctx.args.json:
        print_gaps_json(gaps, ctx.language, ctx.out)
    elif not gaps:
        print(ctx.text("gaps_none", year=year), file=ctx.out)
    else:
        print(ctx.text("gaps_found", n=len(gaps), year=year), file=ctx.out)
        print_gaps(gaps, ctx.language, ctx.out, ctx.text)
    return EXIT_FINDINGS if gaps else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The command-line grammar of DESIGN §8 (only the commands that work)."""
    from pathlib import Path

    parser = argparse.ArgumentParser(
        prog="python -m desktop_app",
        description="DutyMatrix 安全生产责任矩阵. Without a command the GUI starts.",
    )
    parser.add_argument("--version", action="version", version=f"DutyMatrix {__version__}")
    parser.add_argument("--db", metavar="URL_OR_PATH", help="database file or SQLAlchemy URL")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for data, backups, attachments")
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=os.environ.get("DUTYMATRIX_LANG")
        if os.environ.get("DUTYMATRIX_LANG") in LANGUAGES
        else "zh_CN",
        help="language of messages (default zh_CN)",
    )
    parser.add_argument(
        "--self-test", action="store_true", help="smoke-test the installed or frozen program"
    )
    commands = parser.add_subparsers(dest="command", metavar="<command>")
    this_year = date.today().year
    demo = commands.add_parser("demo", help="create a realistic demo database (青溪县)")
    demo.add_argument("--year", type=int, default=this_year, help="year of the demo matrix")
    commands.add_parser("info", help="file, schema revision, counts per table")
    commands.add_parser("check", help="integrity, audit chain and consistency (exit 1 on findings)")
    backup = commands.add_parser("backup", help="write a checked backup of the database")
    backup.add_argument("--out", type=Path, metavar="DIR", help="backup folder")
    backup.add_argument("--list", action="store_true", help="list the backups instead")
    restore = commands.add_parser(
        "restore", help="put a backup in place of the database (the current one is kept)"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="the backup file")
    gaps = commands.add_parser(
        "gaps",
        help="list every responsibility gap (exit 1 if any)",
        description="List every responsibility gap (责任零缺位) of a year, grouped by kind, "
        "each kind with how to fix it. Exit 0: none; 1: gaps found; 2: the year holds no "
        "data at all (nothing to check; the years that do are named on stderr).",
    )
    gaps.add_argument("--year", type=int, default=this_year)
    gaps.add_argument(
        "--json",
        action="store_true",
        help="print a JSON list instead (stable fields: kind, subject, subject_id, "
        "subject_name, facts; plus label, text and hint in --lang)",
    )
    from desktop_app.cli_letters import add_parsers as add_letter_parsers

    add_letter_parsers(commands)
    from desktop_app.cli_excel import add_parsers as add_excel_parsers

    add_excel_parsers(commands)
    from desktop_app.cli_assessment import add_parsers as add_assessment_parsers

    add_assessment_parsers(commands)
    return parser


def _letters_command(name: str, ctx: Context) -> int:
    from desktop_app import cli_letters

    command: Callable[[Context], int] = getattr(cli_letters, name)
    return command(ctx)


_COMMANDS: dict[str, Callable[[Context], int]] = {
    "demo": _cmd_demo,
    "info": _cmd_info,
    "check": _cmd_check,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "gaps": _cmd_gaps,
    "letters": lambda ctx: _letters_command("cmd_letters", ctx),
    "verify": lambda ctx: _letters_command("cmd_verify", ctx),
    "import": lambda ctx: _excel_command("cmd_import", ctx),
    "export": lambda ctx: _excel_command("cmd_export", ctx),
    "template": lambda ctx: _excel_command("cmd_template", ctx),
    "assess": lambda ctx: _assess_command(ctx),
}


def _excel_command(name: str, ctx: Context) -> int:
    from desktop_app import cli_excel

    command: Callable[[Context], int] = getattr(cli_excel, name)
    return command(ctx)


def _assess_command(ctx: Context) -> int:
    from desktop_app.cli_assessment import cmd_assess

    return cmd_assess(ctx)


def run(
    argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Parse ``argv`` and run one command (or the GUI / the self-test); return the exit code."""
    out = out or sys.stdout or open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    err = err or sys.stderr or open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.self_test:
        from desktop_app.self_test import run_self_test

        return run_self_test(out)
    if args.command is None:
        from desktop_app.ui.app import run_gui

        return run_gui(resolve_paths(args.data_dir), args.db, args.lang)
    ctx = Context(args, out, err)
    try:
        return _COMMANDS[args.command](ctx)
    except DutyMatrixError as error:
        print(describe(error, ctx.language), file=err)
        return EXIT_FAILED
    except KeyboardInterrupt:
        return EXIT_FAILED


def main() -> None:
    """Console entry point."""
    raise SystemExit(run())


__all__ = ["EXIT_FAILED", "EXIT_FINDINGS", "EXIT_OK", "ErrorCode", "build_parser", "main", "run"]
