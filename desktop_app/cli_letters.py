"""The ``letters`` and ``verify`` commands (DESIGN §8), registered in ``desktop_app.cli``.

``letters --year Y --out DIR [--combined FILE.pdf]`` issues what is not issued yet for the
year — the drafts first, then each template's default signing pairs, level by level — and
prints every letter; ``letters --year Y --draft`` only saves drafts (not frozen, nothing
printed) for the pairs without a letter; ``letters --year Y --issue-drafts [--out DIR]``
issues the drafts only; ``--issued-on YYYY-MM-DD`` dates what is issued (default today).
``letters --year Y --mark signed|returned|archived [--on YYYY-MM-DD] CODE…`` records the
real date the letters with those printed codes were signed, returned or archived (all of
them or, if one cannot, none). ``verify CODE_OR_QR_OR_PDF`` exits 0 on a match, 1 on a
mismatch, 2 when it cannot verify.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.record_labels import LETTER_STATUSES, letter_status

if TYPE_CHECKING:
    from desktop_app.cli import Context
    from desktop_app.domain.letters import CascadeWarning
    from desktop_app.storage.database import Database

EXIT_OK, EXIT_FINDINGS, EXIT_FAILED = 0, 1, 2

# Issue parents before children so each letter finds the letter its issuer signed (层层签订).
PAIRING_ORDER = ("townships", "committee_members", "subsidiaries", "teams")

_TEXTS = {
    "zh_CN": {
        "templates": "已为 {year} 年度安装 {n} 个默认责任书模板。",
        "issued": "{template}：新签发 {issued} 份，已签发跳过 {skipped} 份。",
        "drafted": "{template}：保存草稿 {drafted} 份，已有责任书跳过 {skipped} 份。",
        "drafts_issued": "已印发草稿 {n} 份（按当前矩阵定稿并生成指纹）。",
        "no_drafts": "{year} 年度没有草稿。",
        "needs_out": "请用 --out 指定责任书文件的输出文件夹（或用 --draft 只保存草稿）。",
        "draft_prints_nothing": "--draft 只保存草稿、不输出文件，不能与 --out、--combined 同用。",
        "draft_has_no_issue_date": "--draft 保存的草稿没有印发日期，不能与 --issued-on 同用。",
        "mark_only": "--mark 只登记日期，不能与 --out、--combined、--issued-on 同用。",
        "mark_needs_codes": "--mark 需要列出责任书页脚印的核验码（CODE…）。",
        "codes_need_mark": "核验码（{codes}）只能与 --mark 同用。",
        "on_needs_mark": "--on 是 --mark 的登记日期；印发日期请用 --issued-on。",
        "marked": "已将 {n} 份责任书登记为{status}，日期 {on}。",
        "over_limit": "⚠ {parent}：下级责任书“{indicator}”合计 {total}，超过其限额 {limit}。",
        "veto_missing": "⚠ {parent}：{units} 的责任书缺少一票否决项“{indicator}”。",
        "no_pairs": "{template}：没有可签订的单位，跳过。",
        "backup": "签发前已自动备份：{path}",
        "files": "已输出 {n} 个责任书文件到：{path}",
        "combined": "合并文件：{path}（{letters} 份，{pages} 页）",
        "match": "核验一致。",
        "mismatch": "核验不一致：{reasons}",
        "letter": "  {party_a} — {party_b}，{year} 年度第 {version} 版，"
        "状态：{status}，核验码 {code}",
        "no_letter": "记录中没有这份责任书",
        "record_changed": "数据库中的冻结内容已被改动",
        "void": "该责任书已作废",
        "fingerprint": "二维码中的指纹与记录不符",
        "file_hash": "文件内容与签发的 PDF 不一致",
        **{f"status_{status}": letter_status(status, "zh_CN") for status in LETTER_STATUSES},
    },
    "en": {
        "templates": "Installed {n} default letter templates for {year}.",
        "issued": "{template}: issued {issued} new, skipped {skipped} already issued.",
        "drafted": "{template}: saved {drafted} drafts, skipped {skipped} that have a letter.",
        "drafts_issued": "Issued {n} drafts (text frozen from today's matrix, fingerprinted).",
        "no_drafts": "No drafts in {year}.",
        "needs_out": "Give --out DIR for the letter files (or --draft to save drafts only).",
        "draft_prints_nothing": "--draft saves drafts and prints nothing: leave out --out and "
        "--combined.",
        "draft_has_no_issue_date": "--draft saves drafts, which have no issue date: leave out "
        "--issued-on.",
        "mark_only": "--mark only records a date: leave out --out, --combined and --issued-on.",
        "mark_needs_codes": "--mark needs the codes printed on the letters (CODE…).",
        "codes_need_mark": "Codes ({codes}) are only used with --mark.",
        "on_needs_mark": "--on is the date for --mark; give an issue date with --issued-on.",
        "marked": "Recorded {n} letters as {status} on {on}.",
        "over_limit": "⚠ {parent}: the letters below it allow {total} for “{indicator}”, "
        "more than its limit {limit}.",
        "veto_missing": "⚠ {parent}: the veto item “{indicator}” is missing in {units}.",
        "no_pairs": "{template}: no signing pairs, skipped.",
        "backup": "Backed up before issuing: {path}",
        "files": "Wrote {n} letter files to: {path}",
        "combined": "Combined file: {path} ({letters} letters, {pages} pages)",
        "match": "Verified: matches the record.",
        "mismatch": "Does not match: {reasons}",
        "letter": "  {party_a} — {party_b}, {year} version {version}, "
        "status: {status}, code {code}",
        "no_letter": "no such letter on record",
        "record_changed": "the frozen content in the database was altered",
        "void": "the letter is void",
        "fingerprint": "the QR fingerprint differs from the record",
        "file_hash": "the file differs from the issued PDF",
        **{f"status_{status}": letter_status(status, "en") for status in LETTER_STATUSES},
    },
}


MARKS = (LetterStatus.SIGNED.value, LetterStatus.RETURNED.value, LetterStatus.ARCHIVED.value)


def _iso_date(text: str) -> date:
    """A date on the command line: YYYY-MM-DD."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from error


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``letters`` and ``verify`` to the CLI grammar."""
    letters = commands.add_parser(
        "letters",
        help="issue the year's letters not issued yet and print all of them; "
        "--mark records their signing, return or archiving",
    )
    letters.add_argument(
        "--year", type=int, help="default: this year (with --mark: the codes' own years)"
    )
    letters.add_argument("--out", type=Path, metavar="DIR", help="one PDF per letter")
    letters.add_argument(
        "--issued-on",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="issue date of the letters issued now (default today; not a later day)",
    )
    mode = letters.add_mutually_exclusive_group()
    mode.add_argument(
        "--draft",
        action="store_true",
        help="only save drafts (not frozen, nothing printed) for pairs without a letter",
    )
    mode.add_argument(
        "--issue-drafts",
        action="store_true",
        help="issue the year's drafts only (no new letters); print them with --out",
    )
    mode.add_argument(
        "--mark",
        choices=MARKS,
        help="record that the letters with the printed CODEs were signed, returned or "
        "archived (all of them or none)",
    )
    letters.add_argument("--combined", type=Path, metavar="FILE.pdf", help="also one combined PDF")
    letters.add_argument("--copies", type=int, default=1, help="copies in the combined file")
    letters.add_argument(
        "--on",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="with --mark: the day it happened (default today; not a later day)",
    )
    letters.add_argument(
        "codes", nargs="*", metavar="CODE", help="with --mark: the code in the letters' footer"
    )
    verify = commands.add_parser(
        "verify", help="check a printed code, QR payload or PDF against the record (exit 1 if not)"
    )
    verify.add_argument("value", metavar="CODE_OR_QR_OR_PDF")


def ctx_text(ctx: Context, key: str, **facts: object) -> str:
    """A sentence of this module in the CLI's language."""
    return _TEXTS[ctx.language][key].format(**facts)


def _say(ctx: Context, key: str, **facts: object) -> None:
    print(ctx_text(ctx, key, **facts), file=ctx.out)


def _say_warnings(ctx: Context, warnings: list[CascadeWarning]) -> None:
    for warning in warnings:
        if warning.kind == "over_limit":
            _say(
                ctx,
                "over_limit",
                parent=warning.parent,
                indicator=warning.indicator,
                total=f"{warning.children_total:g}",
                limit=f"{warning.parent_target:g}",
            )
        else:
            _say(
                ctx,
                "veto_missing",
                parent=warning.parent,
                indicator=warning.indicator,
                units="、".join(warning.children),
            )


def _issue_drafts(ctx: Context, database: Database, backup_dir: Path | None) -> Path | None:
    """Issue the year's drafts; returns the backup folder still to use (None once used)."""
    from desktop_app.services.letter_drafts import draft_ids, issue_drafts

    drafts = draft_ids(database, ctx.args.year)
    if not drafts:
        if ctx.args.issue_drafts:
            _say(ctx, "no_drafts", year=ctx.args.year)
        return backup_dir
    result = issue_drafts(database, drafts, issued_on=ctx.args.issued_on, backup_dir=backup_dir)
    if result.backup is not None:
        _say(ctx, "backup", path=result.backup)
    _say(ctx, "drafts_issued", n=len(result.issued))
    _say_warnings(ctx, result.warnings)
    return None if result.backup is not None else backup_dir


def _issue_templates(ctx: Context, database: Database, backup_dir: Path | None) -> None:
    """Issue (or, with --draft, save drafts of) every template's pairs without a letter."""
    from desktop_app.services.letter_templates import install_default_templates, list_templates
    from desktop_app.services.letters import issue_letters

    year, as_drafts = ctx.args.year, ctx.args.draft
    templates = list_templates(database, year)
    if not templates:
        added = install_default_templates(database, year)
        _say(ctx, "templates", n=len(added), year=year)
        templates = list_templates(database, year)
    order = {rule: n for n, rule in enumerate(PAIRING_ORDER)}
    templates.sort(key=lambda row: order.get(row.pairing, len(order)))
    for template in templates:
        try:
            result = issue_letters(
                database,
                template.id,
                year,
                issued_on=ctx.args.issued_on,
                backup_dir=backup_dir,
                as_drafts=as_drafts,
            )
        except DomainError as error:
            if error.code is not ErrorCode.NO_SIGNING_PAIRS:
                raise
            _say(ctx, "no_pairs", template=template.name)
            continue
        if result.backup is not None:
            _say(ctx, "backup", path=result.backup)
            backup_dir = None  # one backup per run is enough
        done, skipped = len(result.issued), len(result.skipped)
        if as_drafts:
            _say(ctx, "drafted", template=template.name, drafted=done, skipped=skipped)
        else:
            _say(ctx, "issued", template=template.name, issued=done, skipped=skipped)
        _say_warnings(ctx, result.warnings if done else [])


def cmd_letters(ctx: Context) -> int:
    """Issue what is missing for the year (drafts first), then print every letter of the year.

    ``--draft`` only saves drafts; ``--issue-drafts`` issues the drafts and nothing else.
    """
    from desktop_app.domain.letter_dates import check_not_in_future
    from desktop_app.services.letter_print import print_letters

    args = ctx.args
    codes_year = args.year  # --mark finds a code in any year unless a year is given
    args.year = args.year or date.today().year
    refusal = _refusal(args)
    if refusal is not None:
        print(ctx_text(ctx, refusal, codes=" ".join(args.codes)), file=ctx.err)
        return EXIT_FAILED
    if args.mark:
        return _mark(ctx, codes_year)
    if args.issued_on is not None:
        check_not_in_future(args.issued_on, date.today())
    database = ctx.open_existing()
    try:
        backup_dir: Path | None = ctx.paths.backup_dir
        if not args.draft:
            backup_dir = _issue_drafts(ctx, database, backup_dir)
        if not args.issue_drafts:
            _issue_templates(ctx, database, backup_dir)
        if args.out is None:
            return EXIT_OK
        printed = print_letters(
            database, args.year, out_dir=args.out, combined=args.combined, copies=args.copies
        )
    finally:
        database.close()
    _say(ctx, "files", n=len(printed.files), path=ctx.args.out)
    if printed.combined is not None:
        combined = printed.combined
        _say(ctx, "combined", path=combined.path, letters=combined.letters, pages=combined.pages)
    return EXIT_OK


def _refusal(args: argparse.Namespace) -> str | None:
    """The key of the sentence refusing a combination of options, or None when it is fine."""
    printing = args.out is not None or args.combined is not None
    if args.mark:
        if printing or args.issued_on is not None:
            return "mark_only"
        return None if args.codes else "mark_needs_codes"
    if args.codes:
        return "codes_need_mark"
    if args.on is not None:
        return "on_needs_mark"
    if args.draft and printing:
        return "draft_prints_nothing"
    if args.draft and args.issued_on is not None:
        return "draft_has_no_issue_date"
    if not args.draft and not args.issue_drafts and args.out is None:
        return "needs_out"
    return None


def _mark(ctx: Context, year: int | None) -> int:
    """Record that the letters with the given codes (of ``year``, else of any year) were
    signed, returned or archived."""
    from desktop_app.services.letter_codes import letter_ids_for_codes
    from desktop_app.services.letters import change_statuses

    args = ctx.args
    target, on = LetterStatus(args.mark), args.on or date.today()
    database = ctx.open_existing()
    try:
        moved = change_statuses(
            database, letter_ids_for_codes(database, year, args.codes), target, on
        )
    finally:
        database.close()
    status = _TEXTS[ctx.language][f"status_{target.value}"]
    _say(ctx, "marked", n=moved, status=status, on=on.isoformat())
    return EXIT_OK


def cmd_verify(ctx: Context) -> int:
    """Verify a code, QR payload or PDF; exit 0 match, 1 mismatch."""
    from desktop_app.services.letter_verify import verify

    database = ctx.open_existing()
    try:
        result = verify(database, ctx.args.value)
    finally:
        database.close()
    texts = _TEXTS[ctx.language]
    if result.matches:
        _say(ctx, "match")
    else:
        reasons = "；".join(texts.get(reason, reason) for reason in result.differences)
        _say(ctx, "mismatch", reasons=reasons)
    for letter in result.letters:
        _say(
            ctx,
            "letter",
            party_a=letter.party_a,
            party_b=letter.party_b,
            year=letter.year,
            version=letter.version,
            status=texts.get(f"status_{letter.status.value}", letter.status.value),
            code=letter.code,
        )
    return EXIT_OK if result.matches else EXIT_FINDINGS


__all__ = ["add_parsers", "cmd_letters", "cmd_verify"]
