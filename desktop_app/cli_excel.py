"""The ``import``, ``export`` and ``template`` commands (DESIGN §8), registered in
``desktop_app.cli``.

``import KIND FILE.xlsx`` prints every problem as sheet / row / column / value / reason and
writes all rows in one transaction — or nothing: a refused import exits 2 with a one-line
summary on stderr. ``--valid-only`` writes just the rows without errors (exit 1 when rows
were left out). ``--problems OUT.xlsx`` also writes the problem table.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.import_problems import Problem
from desktop_app.domain.import_schema import ImportKind

if TYPE_CHECKING:
    from desktop_app.cli import Context
    from desktop_app.storage.database import Database

EXIT_OK, EXIT_FINDINGS, EXIT_FAILED = 0, 1, 2

IMPORT_KINDS = tuple(kind.value for kind in ImportKind)
EXPORT_KINDS = ("units", "people", "matrix", "letters", "assessment")

_TEXTS = {
    "zh_CN": {
        "table": "工作表“{sheet}”：表头在第 {header} 行，数据 {rows} 行，其中 {bad} 行有问题。",
        "line": "{severity}  {sheet}  第 {row} 行  {column}  “{value}”  {reason}",
        "sheet_line": "{severity}  {sheet}  {column}  {reason}",
        "error": "[错误]",
        "warning": "[提示]",
        "nothing": "文件内容与数据库一致，未作任何改动。",
        "done": "导入完成：写入 {written} 条记录。",
        "skipped": "有问题的 {n} 行未导入（仅导入无误的行）。",
        "backup": "导入前已自动备份：{path}",
        "problems": "问题清单已写入：{path}",
        "exported": "已导出 {n} 条到：{path}",
        "template": "已生成导入模板：{path}",
    },
    "en": {
        "table": 'Sheet "{sheet}": header in row {header}, {rows} data rows, {bad} with problems.',
        "line": '{severity}  {sheet}  row {row}  {column}  "{value}"  {reason}',
        "sheet_line": "{severity}  {sheet}  {column}  {reason}",
        "error": "[error]",
        "warning": "[note]",
        "nothing": "The file matches the database; nothing was changed.",
        "done": "Imported: {written} records written.",
        "skipped": "{n} rows with problems were left out (valid rows only).",
        "backup": "Backed up before importing: {path}",
        "problems": "Problem table written to: {path}",
        "exported": "Exported {n} rows to: {path}",
        "template": "Import template written to: {path}",
    },
}


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``import``, ``export`` and ``template``."""
    this_year = date.today().year
    importing = commands.add_parser(
        "import",
        help="import a register from Excel (units|people|matrix|oversight|duties)",
    )
    importing.add_argument("kind", choices=IMPORT_KINDS)
    importing.add_argument("file", type=Path, metavar="FILE.xlsx")
    importing.add_argument("--sheet", help="the sheet to read (default: the one that fits)")
    importing.add_argument("--header-row", type=int, metavar="N", help="the header's row number")
    importing.add_argument("--year", type=int, default=this_year, help="year of matrix rows")
    importing.add_argument(
        "--valid-only", action="store_true", help="write just the rows without errors"
    )
    importing.add_argument(
        "--create-parents", action="store_true", help="create unknown parent units (units import)"
    )
    importing.add_argument(
        "--parents-under",
        metavar="UNIT",
        help="put the created parent units under this existing unit (name or code) instead "
        "of the top level; implies --create-parents",
    )
    importing.add_argument("--problems", type=Path, metavar="OUT.xlsx", help="write the problems")
    exporting = commands.add_parser(
        "export", help="export to a formatted workbook (units|people|matrix|letters|assessment)"
    )
    exporting.add_argument("kind", choices=EXPORT_KINDS)
    exporting.add_argument("file", type=Path, metavar="FILE.xlsx")
    exporting.add_argument("--year", type=int, default=this_year)
    template = commands.add_parser("template", help="write a blank import template")
    template.add_argument("kind", choices=IMPORT_KINDS)
    template.add_argument("file", type=Path, metavar="FILE.xlsx")


def _text(ctx: Context, key: str, **facts: object) -> str:
    return _TEXTS[ctx.language][key].format(**facts)


def problem_line(ctx: Context, problem: Problem, file: str) -> str:
    """One problem as sheet / row / column / value / reason."""
    from desktop_app.messages import message_for

    reason = message_for(problem.code, problem.all_facts(file), ctx.language)
    severity = _text(ctx, "error" if problem.is_error else "warning")
    if problem.row is None:
        return _text(
            ctx,
            "sheet_line",
            severity=severity,
            sheet=problem.sheet,
            column=problem.column,
            reason=reason,
        )
    return _text(
        ctx,
        "line",
        severity=severity,
        sheet=problem.sheet,
        row=problem.row,
        column=problem.column,
        value=problem.value,
        reason=reason,
    )


def cmd_import(ctx: Context) -> int:
    """``import KIND FILE.xlsx``."""
    from desktop_app.messages import describe
    from desktop_app.services.exports import export_problems
    from desktop_app.services.imports import ImportRequest, preview_import, run_import

    args = ctx.args
    database = ctx.open_existing()
    try:
        request = ImportRequest(
            ImportKind(args.kind),
            args.file,
            sheet=args.sheet,
            header_row=args.header_row,
            year=args.year,
            create_parents=args.create_parents or args.parents_under is not None,
            parents_under=_unit_id(database, args.parents_under),
        )
        preview = preview_import(database, request)
        file = str(args.file)
        validation = preview.validation
        print(
            _text(
                ctx,
                "table",
                sheet=preview.table.sheet,
                header=preview.table.header_row,
                rows=validation.rows,
                bad=len(validation.bad_rows),
            ),
            file=ctx.out,
        )
        for problem in preview.problems:
            print(problem_line(ctx, problem, file), file=ctx.out)
        if args.problems:
            export_problems(args.problems, preview.problems, file=file, language=ctx.language)
            print(_text(ctx, "problems", path=args.problems), file=ctx.out)
        if preview.errors and not args.valid_only:
            from desktop_app.services.imports import ImportRefused

            print(describe(ImportRefused(preview), ctx.language), file=ctx.err)
            return EXIT_FAILED
        result = run_import(
            database, preview, valid_only=args.valid_only, backup_dir=ctx.paths.backup_dir
        )
    finally:
        database.close()
    if result.backup is not None:
        print(_text(ctx, "backup", path=result.backup), file=ctx.out)
    print(
        _text(ctx, "done", written=result.written) if result.written else _text(ctx, "nothing"),
        file=ctx.out,
    )
    if result.skipped_rows:
        print(_text(ctx, "skipped", n=result.skipped_rows), file=ctx.out)
        return EXIT_FINDINGS
    return EXIT_OK


def _unit_id(database: Database, text: str | None) -> int | None:
    """The unit ``--parents-under`` names (DomainError, hence exit 2, if unknown or shared)."""
    if text is None:
        return None
    from desktop_app.services.units import find_unit

    return find_unit(database, text)


def cmd_export(ctx: Context) -> int:
    """``export KIND FILE.xlsx``."""
    from desktop_app.services import exports

    args = ctx.args
    database = ctx.open_existing()
    try:
        if args.kind == "units":
            count = exports.export_units(database, args.file, year=args.year)
        elif args.kind == "people":
            count = exports.export_people(database, args.file)
        elif args.kind == "matrix":
            count = exports.export_matrix(database, args.file, year=args.year)
        elif args.kind == "letters":
            count = exports.export_letters(database, args.file, year=args.year)
        else:  # results, ranking, deductions and grade counts (issue 8)
            from desktop_app.services.assessment_export import export_assessment_workbook

            count = export_assessment_workbook(database, args.file, year=args.year)
    finally:
        database.close()
    print(_text(ctx, "exported", n=count, path=args.file), file=ctx.out)
    return EXIT_OK


def cmd_template(ctx: Context) -> int:
    """``template KIND FILE.xlsx``."""
    from desktop_app.services.exports import export_template

    database = ctx.open_existing()
    try:
        export_template(database, ImportKind(ctx.args.kind), ctx.args.file)
    finally:
        database.close()
    print(_text(ctx, "template", path=ctx.args.file), file=ctx.out)
    return EXIT_OK
