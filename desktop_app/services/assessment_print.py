"""Print the assessment: each unit's score sheet as PDF, and the year's one-page 通报."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.documents.assessment_layout import BulletinEntry, BulletinGroup
from desktop_app.documents.assessment_pdf import (
    Bulletin,
    SheetToPrint,
    render_sheets,
    write_bulletin,
    write_sheet_files,
)
from desktop_app.documents.atomic_write import write_atomically
from desktop_app.domain.assessment_content import bulletin_fingerprint, sheet_fingerprint
from desktop_app.domain.canonical import short_code
from desktop_app.domain.enums import Grade
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.ranking import YearSummary
from desktop_app.domain.scoring import GRADE_WORDS, points_text
from desktop_app.services.assessment_eval import SheetEval, evaluate_year
from desktop_app.services.assessment_read import SheetCheck, verify_sheet, year_summary
from desktop_app.storage.database import Database
from desktop_app.storage.models import Assessment

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


def _to_print(e: SheetEval) -> SheetToPrint:
    content = e.content()
    stored = e.assessment.fingerprint
    # A closed sheet prints its code only while its rows still give that fingerprint.
    full = stored if e.assessment.frozen and stored == sheet_fingerprint(content) else None
    name = _UNSAFE.sub("_", e.letter.party_b.name).strip("._") or "unit"
    return SheetToPrint(
        content, full, f"{e.assessment.year}_{e.assessment.id:05d}_{name}_考核评分表.pdf"
    )


def printable_sheets(
    database: Database, year: int, ids: Sequence[int] | None = None
) -> list[SheetToPrint]:
    """The year's sheets (or those of ``ids``) in results order, ready to print."""
    with database.reading() as session:
        evals = evaluate_year(session, year)
        chosen = [e for e in evals if ids is None or e.assessment.id in ids]
        return [_to_print(e) for e in chosen]


def sheet_pdf_bytes(database: Database, assessment_id: int) -> bytes:
    """One sheet as PDF bytes (for the preview)."""
    with database.reading() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            raise DomainError(ErrorCode.ASSESSMENT_NOT_FOUND, assessment=assessment_id)
        year = assessment.year
    sheets = printable_sheets(database, year, [assessment_id])
    return render_sheets(sheets)


@dataclass(frozen=True)
class PrintedSheets:
    """What a print run wrote."""

    files: list[Path]
    combined: Path | None
    sheets: int


def print_sheets(
    database: Database,
    year: int,
    *,
    out_dir: Path | None = None,
    combined: Path | None = None,
    ids: Sequence[int] | None = None,
) -> PrintedSheets:
    """Write one PDF per sheet into ``out_dir`` and/or all of them into ``combined``."""
    sheets = printable_sheets(database, year, ids)
    if not sheets:
        raise DomainError(ErrorCode.NO_ASSESSMENTS, year=year)
    files = write_sheet_files(sheets, out_dir) if out_dir is not None else []
    if combined is not None:
        write_atomically(combined, render_sheets(sheets), make_folder=True)
    return PrintedSheets(files, combined, len(sheets))


def year_code(evals: Sequence[SheetEval]) -> str | None:
    """The 通报's code: of every closed sheet's fingerprint (None unless all are closed)."""
    prints = [e.assessment.fingerprint for e in evals]
    if not prints or not all(e.assessment.frozen for e in evals) or None in prints:
        return None
    return short_code(bulletin_fingerprint([str(p) for p in prints]))


def _opening(year: int, summary: YearSummary) -> tuple[str, ...]:
    average = f"，平均得分{points_text(summary.average)}分" if summary.average is not None else ""
    first = (
        f"根据{year}年度安全生产目标责任书和考核细则，对签订责任书的单位进行了年度考核。"
        f"全年应签订责任书{summary.letters}份，已签订{summary.signed}份，"
        f"签订率{points_text(summary.signing_rate)}%；完成考核{summary.assessed}个单位{average}。"
    )
    second = f"考核结果：{summary.grade_line()}。"
    if summary.vetoes:
        vetoed = "；".join(f"{name}（{reason}）" for name, reason in summary.vetoes)
        second += f"实行一票否决、评为不合格的{len(summary.vetoes)}个：{vetoed}。"
    if summary.pending:
        second += f"另有{summary.pending}个单位考核尚未完成。"
    return first, second + "各组排名如下（“=”表示并列）："


def bulletin_for(database: Database, year: int) -> Bulletin:
    """The 通报 of ``year``: opening figures, grade chart data, ranking per group."""
    summary = year_summary(database, year)
    with database.reading() as session:
        evals = evaluate_year(session, year)
        if not evals:
            raise DomainError(ErrorCode.NO_ASSESSMENTS, year=year)
        groups: dict[str, list[BulletinEntry]] = {}
        for e in evals:
            ranked = e.ranked
            grade = GRADE_WORDS[e.sheet.grade] if e.sheet.grade else "未完成"
            groups.setdefault(e.group or "其他", []).append(
                BulletinEntry(
                    rank=ranked.rank if ranked else None,
                    name=e.letter.party_b.name,
                    score=points_text(e.sheet.score),
                    grade=grade,
                    tied=bool(ranked and ranked.tied_with),
                )
            )
        code = year_code(evals)
        closed = max(
            (e.assessment.closed_at for e in evals if e.assessment.closed_at), default=None
        )
    closing = [
        "对考核优秀的单位予以通报表扬；对考核不合格的单位予以通报批评，由其主要负责人作出"
        "书面检查，并在30日内报送整改方案。"
    ]
    if closed is not None:
        closing.append(f"考核结果已于{closed.year}年{closed.month}月{closed.day}日定稿。")
    return Bulletin(
        title=f"关于{year}年度安全生产目标责任考核结果的通报",
        paragraphs=_opening(year, summary),
        grade_labels=tuple(GRADE_WORDS[g] for g in Grade),
        grade_counts=tuple(summary.grades.get(g, 0) for g in Grade),
        groups=tuple(BulletinGroup(name, tuple(entries)) for name, entries in groups.items()),
        closing=tuple(closing),
        code=code,
    )


def write_bulletin_pdf(database: Database, year: int, path: Path) -> Path:
    """Write the year's 通报 PDF."""
    return write_bulletin(bulletin_for(database, year), path)


_PDF_PAYLOAD = re.compile(rb"DM1\|([0-9a-fA-F-]{36})\|([0-9a-fA-F]{64})")


def verify_sheet_file(database: Database, path: Path) -> SheetCheck:
    """Check a score sheet PDF: its embedded payload against the record, and its bytes
    against the sheet re-rendered from the record (a retouched file is caught)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DomainError(ErrorCode.VERIFY_UNREADABLE, value=str(path)) from error
    found = _PDF_PAYLOAD.search(data) if data.startswith(b"%PDF-") else None
    if found is None:
        raise DomainError(ErrorCode.VERIFY_UNREADABLE, value=str(path))
    uuid, full = found.group(1).decode().lower(), found.group(2).decode().lower()
    check = verify_sheet(database, f"DM1|{uuid}|{full}")
    if not check.matches:
        return check
    with database.reading() as session:
        assessment_id = session.scalars(select(Assessment.id).where(Assessment.uuid == uuid)).one()
    if render_sheets(printable_sheets(database, check.year or 0, [assessment_id])) != data:
        return SheetCheck(False, check.unit, check.year, ("file_hash",))
    return check
