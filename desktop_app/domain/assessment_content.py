"""The frozen content of one unit's score sheet: what is printed and what is fingerprinted.

Like a letter (DESIGN §4), a closed assessment is canonical JSON whose SHA-256 is stored as
``Assessment.fingerprint``; the score sheet PDF is drawn from this content and carries the
short code and the QR payload ``DM1|<assessment uuid>|<sha256>``. Numbers are written as
exact decimal strings, so the fingerprint never depends on float formatting.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.canonical import fingerprint, short_code
from desktop_app.domain.enums import AssessmentItemKind
from desktop_app.domain.ranking import Ranked
from desktop_app.domain.scoring import (
    GRADE_WORDS,
    ZERO,
    ItemInput,
    ItemScore,
    SheetScore,
    Thresholds,
    points_text,
)

CONTENT_FORMAT = "DM-ASSESSMENT-1"
SHEET_HEADER = ("序号", "考核项目", "内容及要求", "标准分", "评分细则", "扣分情况", "实得分")


@dataclass(frozen=True)
class SheetMeta:
    """Who and what a score sheet is about."""

    assessment_uuid: str
    year: int
    letter_uuid: str
    letter_fingerprint: str | None
    party_a: str
    party_b: str
    group: str
    rules_title: str


@dataclass(frozen=True)
class PrintedItem:
    """The printed columns of one row that are not results: requirement and rule text."""

    requirement: str
    rule: str


def _row(number: int, item: ItemInput, score: ItemScore, printed: PrintedItem) -> dict[str, Any]:
    special = item.kind in (AssessmentItemKind.VETO, AssessmentItemKind.NO_EXCELLENT)
    if special:
        standard = "—"
        points = "触发" if score.triggered else "—"
    else:
        standard = points_text(item.standard)
        if item.kind is AssessmentItemKind.BONUS:
            standard = f"+{standard}"
        points = points_text(score.points)
    situation = "；".join(score.notes) if score.notes else ("无" if not score.pending else "")
    return {
        "no": str(number),
        "kind": item.kind.value,
        "name": item.name,
        "requirement": printed.requirement,
        "standard": standard,
        "rule": printed.rule,
        "situation": situation,
        "points": points,
        "self": None if item.self_points is None else points_text(item.self_points),
    }


def sheet_content(
    meta: SheetMeta,
    items: Sequence[ItemInput],
    printed: Sequence[PrintedItem],
    sheet: SheetScore,
    thresholds: Thresholds,
    ranked: Ranked | None,
    group_size: int,
) -> dict[str, Any]:
    """The content of one score sheet (plain JSON, canonical-ready)."""
    rows = [
        _row(number, item, score, text)
        for number, (item, score, text) in enumerate(
            zip(items, sheet.items, printed, strict=True), start=1
        )
    ]
    standard = sum((i.standard for i in items if i.kind is AssessmentItemKind.BASE), ZERO)
    bonus_cap = sum((i.standard for i in items if i.kind is AssessmentItemKind.BONUS), ZERO)
    return {
        "format": CONTENT_FORMAT,
        "assessment": {"uuid": meta.assessment_uuid, "year": meta.year},
        "letter": {"uuid": meta.letter_uuid, "fingerprint": meta.letter_fingerprint},
        "title": f"{meta.year}年度安全生产目标责任考核评分表",
        "rules": meta.rules_title,
        "party_a": meta.party_a,
        "party_b": meta.party_b,
        "group": meta.group,
        "rows": rows,
        "totals": {
            "standard": points_text(standard),
            "bonus_cap": points_text(bonus_cap),
            "base": points_text(sheet.base),
            "bonus": points_text(sheet.bonus),
            "deductions": points_text(sheet.deductions),
            "computed": points_text(sheet.computed),
            "score": None if sheet.score is None else points_text(sheet.score),
            "self": None if sheet.self_score is None else points_text(sheet.self_score),
        },
        "veto": sheet.veto,
        "veto_reason": sheet.veto_reason,
        "no_excellent": list(sheet.no_excellent),
        "grade": None if sheet.grade is None else sheet.grade.value,
        "grade_text": None if sheet.grade is None else GRADE_WORDS[sheet.grade],
        "rank": None if ranked is None else ranked.rank,
        "rank_note": "" if ranked is None else ranked.note,
        "group_size": group_size,
        "thresholds": thresholds.as_json(),
    }


def sheet_fingerprint(content: Mapping[str, Any]) -> str:
    """SHA-256 of the canonical JSON of a sheet's content."""
    return fingerprint(dict(content))


def sheet_short_code(content: Mapping[str, Any]) -> str:
    """The code printed in the sheet's footer."""
    return short_code(sheet_fingerprint(content))


def bulletin_fingerprint(sheet_fingerprints: Sequence[str]) -> str:
    """The 通报's fingerprint: of the year's closed sheets' fingerprints, sorted."""
    return fingerprint(sorted(sheet_fingerprints))


def summary_lines(content: Mapping[str, Any]) -> list[str]:
    """The sentences under a sheet's table: totals, veto, 否优, grade and rank."""
    totals = content["totals"]
    lines = [
        f"基础分{totals['base']}分，加分{totals['bonus']}分，扣分{totals['deductions']}分，"
        f"合计{totals['computed']}分"
        + (f"（单位自评{totals['self']}分）" if totals.get("self") is not None else "")
        + "。"
    ]
    if content.get("veto"):
        score = totals.get("score")
        lines.append(
            f"一票否决：{content.get('veto_reason')}；考核等次为不合格"
            + (f"，考核得分按{score}分计" if score is not None else "")
            + "。"
        )
    for reason in content.get("no_excellent") or ():
        lines.append(f"否优：{reason}，不得评为优秀。")
    if content.get("grade_text"):
        score = totals.get("score")
        text = f"考核得分{score}分，等次：{content['grade_text']}"
        if content.get("rank") is not None:
            group = content.get("group") or "本组"
            size, rank = content.get("group_size"), content["rank"]
            text += f"，在{group}{size}个单位中排第{rank}名"
        lines.append(text + "。")
        if content.get("rank_note"):
            lines.append(f"（{content['rank_note']}）")
    else:
        lines.append("考核尚未完成。")
    return lines


__all__ = [
    "CONTENT_FORMAT",
    "bulletin_fingerprint",
    "SHEET_HEADER",
    "PrintedItem",
    "SheetMeta",
    "sheet_content",
    "sheet_fingerprint",
    "sheet_short_code",
    "summary_lines",
]
