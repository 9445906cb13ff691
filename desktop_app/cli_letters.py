"""The ``letters`` and ``verify`` commands (DESIGN §8), registered in ``desktop_app.cli``.

``letters --year Y --out DIR [--combined FILE.pdf]`` issues what is not issued yet for the
year — the drafts first, then each template's default signing pairs, level by level — and
prints every letter; ``letters --year Y --draft`` only saves drafts (not frozen, nothing
printed) for the pairs without a letter; ``letters --year Y --issue-drafts [--out DIR]``
issues the drafts only. ``verify CODE_OR_QR_OR_PDF`` exits 0 on a match, 1 on a mismatch,
2 when it cannot verify.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.domain.errors import DomainError, ErrorCode

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
        "status_draft": "草稿",
        "status_issued": "已印发",
        "status_signed": "已签订",
        "status_returned": "已回收",
        "status_archived": "已归档",
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
        "status_draft": "draft",
        "status_issued": "issued",
        "status_signed": "signed",
        "status_returned": "returned",
        "status_archived": "archived",
    },
}


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``letters`` and ``verify`` to the CLI grammar."""
    letters = commands.add_parser(
        "letters", help="issue the year's letters not issued yet and print all of them"
    )
    letters.add_argument("--year", type=int, default=date.today().year)
    letters.add_argument("--out", type=Path, metavar="DIR", help="one PDF per letter")
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
    letters.add_argument("--combined", type=Path, metavar="FILE.pdf", help="also one combined PDF")
    letters.add_argument("--copies", type=int, default=1, help="copies in the combined file")
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
    result = issue_drafts(database, drafts, backup_dir=backup_dir)
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
                database, template.id, year, backup_dir=backup_dir, as_drafts=as_drafts
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
    from desktop_app.services.letter_print import print_letters

    args = ctx.args
    if args.draft and (args.out is not None or args.combined is not None):
        print(ctx_text(ctx, "draft_prints_nothing"), file=ctx.err)
        return EXIT_FAILED
    if not args.draft and not args.issue_drafts and args.out is None:
        print(ctx_text(ctx, "needs_out"), file=ctx.err)
        return EXIT_FAILED
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
