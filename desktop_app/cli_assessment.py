"""The ``assess`` command (DESIGN §8), registered in ``desktop_app.cli``.

``assess --year Y`` makes the score sheets of the year's signed letters that have none and
prints the results; ``--results FILE.xlsx`` imports the assessor's results first (every
problem printed as sheet / row / column / value / reason; a file with errors is refused and
nothing is written, exit 2). ``--close`` freezes the year, ``--reopen REASON`` reopens it,
``--sheets DIR`` / ``--combined FILE.pdf`` print the score sheets, ``--bulletin FILE.pdf``
the 通报, ``--template FILE.xlsx`` writes a results-entry workbook, and ``--verify CODE``
checks a printed sheet (exit 1 on a mismatch).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop_app.cli import Context
    from desktop_app.services.assessment_read import ResultRow
    from desktop_app.storage.database import Database

EXIT_OK, EXIT_FINDINGS, EXIT_FAILED = 0, 1, 2

_TEXTS = {
    "zh_CN": {
        "created": "已为 {n} 份已签订的责任书生成考核表"
        "（已有 {existing} 份，未签订 {unsigned} 份）。",
        "imported": "已导入 {rows} 行结果，更新 {sheets} 份考核表。",
        "backup": "导入前已自动备份：{path}",
        "closed": "{year} 年度考核已定稿：{n} 份考核表已冻结并生成核验码。",
        "reopened": "{year} 年度考核已重新打开（{n} 份考核表），原因已记录。",
        "sheets": "已输出 {n} 份考核评分表：{path}",
        "bulletin": "已输出考核通报：{path}",
        "template": "已生成考核结果录入表（{n} 行）：{path}",
        "none": "{year} 年度还没有考核表。",
        "header": "{year} 年度考核结果（{state}）：",
        "open": "未定稿",
        "frozen": "已定稿",
        "group": "【{group}】",
        "row": "  {rank:>3}  {unit}  自评 {self}  得分 {score}  {grade}{note}",
        "pending": "未完成",
        "missing": "  未录入：{items}",
        "summary": "责任书 {letters} 份，已签订 {signed} 份（{rate}%）；{grades}；"
        "一票否决 {vetoes} 个。",
        "match": "核验一致：{unit} {year} 年度考核评分表与记录相符。",
        "mismatch": "核验不一致（{problems}）。",
    },
    "en": {
        "created": "Made {n} score sheets for signed letters ({existing} existed, {unsigned} "
        "letters unsigned).",
        "imported": "Imported {rows} result rows into {sheets} score sheets.",
        "backup": "Backed up before importing: {path}",
        "closed": "The {year} assessment is closed: {n} score sheets frozen and fingerprinted.",
        "reopened": "The {year} assessment was reopened ({n} sheets); the reason is recorded.",
        "sheets": "Wrote {n} score sheets: {path}",
        "bulletin": "Wrote the results bulletin: {path}",
        "template": "Wrote the results-entry workbook ({n} rows): {path}",
        "none": "There are no score sheets for {year} yet.",
        "header": "Assessment results {year} ({state}):",
        "open": "open",
        "frozen": "closed",
        "group": "[{group}]",
        "row": "  {rank:>3}  {unit}  self {self}  score {score}  {grade}{note}",
        "pending": "pending",
        "missing": "  not entered: {items}",
        "summary": "{letters} letters, {signed} signed ({rate}%); {grades}; {vetoes} vetoed.",
        "match": "Verified: the {year} score sheet of {unit} matches the record.",
        "mismatch": "Does not match the record ({problems}).",
    },
}
_GRADES_EN = {"excellent": "excellent", "good": "good", "pass": "pass", "fail": "fail"}


def add_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``assess``."""
    assess = commands.add_parser(
        "assess", help="year-end assessment: score sheets, import results, close, print"
    )
    assess.add_argument("--year", type=int, default=date.today().year)
    assess.add_argument("--results", type=Path, metavar="FILE.xlsx", help="import results")
    assess.add_argument("--sheet", help="the sheet of the results file to read")
    assess.add_argument("--problems", type=Path, metavar="OUT.xlsx", help="write the problems")
    assess.add_argument("--close", action="store_true", help="close (freeze) the year")
    assess.add_argument("--reopen", metavar="REASON", help="reopen a closed year, with a reason")
    assess.add_argument("--sheets", type=Path, metavar="DIR", help="one score sheet PDF per unit")
    assess.add_argument("--combined", type=Path, metavar="FILE.pdf", help="all sheets in one PDF")
    assess.add_argument("--bulletin", type=Path, metavar="FILE.pdf", help="the one-page 通报")
    assess.add_argument("--template", type=Path, metavar="FILE.xlsx", help="results-entry sheet")
    assess.add_argument(
        "--verify", metavar="CODE_QR_OR_PDF", help="check a printed score sheet or its PDF"
    )


def _text(ctx: Context, key: str, **facts: object) -> str:
    return _TEXTS[ctx.language][key].format(**facts)


def cmd_assess(ctx: Context) -> int:
    """``assess --year Y [--results FILE.xlsx] [--close] …``."""
    args = ctx.args
    database = ctx.open_existing(reading=args.verify is not None)
    try:
        if args.verify is not None:
            return _verify(ctx, database, args.verify)
        return _run(ctx, database)
    finally:
        database.close()


def _verify(ctx: Context, database: Database, value: str) -> int:
    from desktop_app.services.assessment_print import verify_sheet_file
    from desktop_app.services.assessment_read import verify_sheet

    path = Path(value)
    is_file = path.suffix.lower() == ".pdf" or path.is_file()
    check = verify_sheet_file(database, path) if is_file else verify_sheet(database, value)
    if check.matches:
        print(_text(ctx, "match", unit=check.unit, year=check.year), file=ctx.out)
        return EXIT_OK
    print(_text(ctx, "mismatch", problems=", ".join(check.problems)), file=ctx.out)
    return EXIT_FINDINGS


def _run(ctx: Context, database: Database) -> int:
    from desktop_app.services import assessment as service
    from desktop_app.services.assessment_read import year_state

    args = ctx.args
    year = args.year
    if args.reopen is not None:
        count = service.reopen_assessment(database, year, args.reopen)
        print(_text(ctx, "reopened", year=year, n=count), file=ctx.out)
    if not year_state(database, year).closed:
        made = service.create_score_sheets(database, year)
        if made.created:
            print(
                _text(
                    ctx, "created", n=made.created, existing=made.existing, unsigned=made.unsigned
                ),
                file=ctx.out,
            )
    if args.results is not None:
        code = _import(ctx, database, year, args.results)
        if code != EXIT_OK:
            return code
    if args.close:
        closed = service.close_assessment(database, year)
        print(_text(ctx, "closed", year=year, n=closed.sheets), file=ctx.out)
    _outputs(ctx, database, year)
    _print_results(ctx, database, year)
    return EXIT_OK


def _import(ctx: Context, database: Database, year: int, path: Path) -> int:
    from desktop_app.cli_excel import problem_line
    from desktop_app.messages import describe
    from desktop_app.services.assessment_import import (
        ResultsRefused,
        import_results,
        preview_results,
    )
    from desktop_app.services.exports import export_problems

    preview = preview_results(database, year, path, sheet=ctx.args.sheet)
    for problem in preview.problems:
        print(problem_line(ctx, problem, str(path)), file=ctx.out)
    if ctx.args.problems:
        export_problems(ctx.args.problems, preview.problems, file=str(path), language=ctx.language)
    if preview.errors:
        print(describe(ResultsRefused(preview), ctx.language), file=ctx.err)
        return EXIT_FAILED
    done = import_results(database, preview, backup_dir=ctx.paths.backup_dir)
    if done.backup is not None:
        print(_text(ctx, "backup", path=done.backup), file=ctx.out)
    print(_text(ctx, "imported", rows=done.rows, sheets=done.sheets), file=ctx.out)
    return EXIT_OK


def _outputs(ctx: Context, database: Database, year: int) -> None:
    from desktop_app.services.assessment_export import export_results_template
    from desktop_app.services.assessment_print import print_sheets, write_bulletin_pdf

    args = ctx.args
    if args.sheets is not None or args.combined is not None:
        printed = print_sheets(database, year, out_dir=args.sheets, combined=args.combined)
        for path in (args.sheets, args.combined):
            if path is not None:
                print(_text(ctx, "sheets", n=printed.sheets, path=path), file=ctx.out)
    if args.bulletin is not None:
        write_bulletin_pdf(database, year, args.bulletin)
        print(_text(ctx, "bulletin", path=args.bulletin), file=ctx.out)
    if args.template is not None:
        rows = export_results_template(database, args.template, year=year)
        print(_text(ctx, "template", n=rows, path=args.template), file=ctx.out)


def _print_results(ctx: Context, database: Database, year: int) -> None:
    from desktop_app.domain.scoring import points_text
    from desktop_app.services.assessment_read import assessment_results, year_summary

    rows = assessment_results(database, year)
    if not rows:
        print(_text(ctx, "none", year=year), file=ctx.out)
        return
    closed = all(row.frozen for row in rows)
    state = _text(ctx, "frozen" if closed else "open")
    print(_text(ctx, "header", year=year, state=state), file=ctx.out)
    group = None
    for row in rows:
        if row.group != group:
            group = row.group
            print(_text(ctx, "group", group=group or "—"), file=ctx.out)
        print(_row_line(ctx, row), file=ctx.out)
    summary = year_summary(database, year)
    grades = summary.grade_line()
    if ctx.language == "en":
        grades = ", ".join(f"{_GRADES_EN[g.value]} {n}" for g, n in summary.grades.items())
    print(
        _text(
            ctx,
            "summary",
            letters=summary.letters,
            signed=summary.signed,
            rate=points_text(summary.signing_rate),
            grades=grades,
            vetoes=len(summary.vetoes),
        ),
        file=ctx.out,
    )


def _row_line(ctx: Context, row: ResultRow) -> str:
    from desktop_app.domain.scoring import GRADE_WORDS, points_text

    if row.grade is None:
        grade = _text(ctx, "pending")
    elif ctx.language == "en":
        grade = _GRADES_EN[row.grade.value]
    else:
        grade = GRADE_WORDS[row.grade]
    note = f"  {row.rank_note}" if row.rank_note else ""
    if row.pending and not row.veto:
        shown = "、".join(row.pending[:3]) + ("…" if len(row.pending) > 3 else "")
        note += _text(ctx, "missing", items=shown)
    if row.code:
        note += f"  [{row.code}]"
    return _text(
        ctx,
        "row",
        rank=row.rank if row.rank is not None else "—",
        unit=row.party_b,
        self=points_text(row.self_score),
        score=points_text(row.score),
        grade=grade,
        note=note,
    )
