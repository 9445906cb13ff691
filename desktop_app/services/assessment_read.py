"""The assessment as the clerk reads it: results table, one sheet, the year's summary, the
year's state, and checking a printed sheet against the record."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from desktop_app.domain.assessment_content import bulletin_fingerprint, sheet_fingerprint
from desktop_app.domain.canonical import short_code
from desktop_app.domain.enums import AssessmentItemKind, Grade, LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_dates import SIGNED_STATES
from desktop_app.domain.ranking import SummaryInput, YearSummary, summarise
from desktop_app.domain.scoring import Entry, IndicatorRule, IndicatorTarget, Thresholds
from desktop_app.services.assessment import clerk_notes, reopen_history
from desktop_app.services.assessment_eval import SheetEval, evaluate_year
from desktop_app.storage.database import Database
from desktop_app.storage.models import Assessment, Letter

PAYLOAD = re.compile(r"^DM1\|([0-9a-fA-F-]{36})\|([0-9a-fA-F]{64})$")


@dataclass(frozen=True)
class ResultRow:
    """One assessed unit as the results table shows it."""

    id: int
    letter_id: int
    year: int
    group: str
    party_a: str
    party_b: str
    self_score: Decimal | None
    score: Decimal | None
    computed: Decimal
    veto: bool
    veto_reason: str | None
    no_excellent: tuple[str, ...]
    grade: Grade | None
    rank: int | None
    rank_note: str
    group_size: int
    frozen: bool
    entered: bool
    pending: tuple[str, ...]
    fingerprint: str | None

    @property
    def code(self) -> str:
        """The short code printed on the closed sheet ("" while open)."""
        return short_code(self.fingerprint) if self.fingerprint else ""


@dataclass(frozen=True)
class SheetItemRow:
    """One row of a sheet with what was entered and what it scored."""

    position: int
    kind: AssessmentItemKind
    name: str
    requirement: str
    standard: Decimal
    rule: str
    entries: tuple[Entry, ...]
    self_points: Decimal | None
    points: Decimal | None
    notes: tuple[str, ...]
    indicator: IndicatorTarget | None
    triggered: bool
    indicator_rule: IndicatorRule | None = None


@dataclass(frozen=True)
class SheetDetail:
    """One sheet: its result row, its rows, its printable content and its notes."""

    row: ResultRow
    items: tuple[SheetItemRow, ...]
    content: dict[str, Any]
    notes: str
    reopened: tuple[str, ...]
    thresholds: Thresholds
    veto_score: Decimal | None = None


@dataclass(frozen=True)
class YearState:
    """Where the year's assessment stands."""

    year: int
    letters: int
    signed: int
    sheets: int
    without_sheet: int
    closed: bool
    closed_at: datetime | None


def _row(e: SheetEval) -> ResultRow:
    a = e.assessment
    return ResultRow(
        id=a.id,
        letter_id=a.letter_id,
        year=a.year,
        group=e.group,
        party_a=e.letter.party_a.name,
        party_b=e.letter.party_b.name,
        self_score=e.sheet.self_score,
        score=e.sheet.score,
        computed=e.sheet.computed,
        veto=e.sheet.veto,
        veto_reason=e.sheet.veto_reason,
        no_excellent=e.sheet.no_excellent,
        grade=e.sheet.grade,
        rank=e.ranked.rank if e.ranked else None,
        rank_note=e.ranked.note if e.ranked else "",
        group_size=e.group_size,
        frozen=a.frozen,
        entered=e.entered,
        pending=e.sheet.pending,
        fingerprint=a.fingerprint,
    )


def assessment_results(database: Database, year: int) -> list[ResultRow]:
    """Every sheet of the year, by group and rank."""
    with database.reading() as session:
        return [_row(e) for e in evaluate_year(session, year)]


def sheet_detail(database: Database, assessment_id: int) -> SheetDetail:
    """One sheet with its rows, content and notes."""
    with database.reading() as session:
        assessment = session.get(Assessment, assessment_id)
        if assessment is None:
            raise DomainError(ErrorCode.ASSESSMENT_NOT_FOUND, assessment=assessment_id)
        e = next(
            x for x in evaluate_year(session, assessment.year) if x.assessment.id == assessment_id
        )
        items = tuple(
            SheetItemRow(
                position=i.position,
                kind=i.kind,
                name=i.name,
                requirement=p.requirement,
                standard=i.standard,
                rule=p.rule,
                entries=i.entries,
                self_points=i.self_points,
                points=s.points,
                notes=s.notes,
                indicator=i.indicator,
                triggered=s.triggered,
                indicator_rule=i.indicator_rule,
            )
            for i, s, p in zip(e.inputs, e.sheet.items, e.printed, strict=True)
        )
        return SheetDetail(
            _row(e),
            items,
            e.content(),
            clerk_notes(assessment.notes),
            tuple(reopen_history(assessment.notes)),
            e.rules.thresholds,
            e.rules.veto_score,
        )


def year_summary(database: Database, year: int) -> YearSummary:
    """Letters, signing rate, grade distribution and vetoes of the year."""
    with database.reading() as session:
        by_letter = {e.letter.id: e for e in evaluate_year(session, year)}
        letters = list(
            session.scalars(
                select(Letter).where(Letter.year == year, Letter.status != LetterStatus.VOID)
            )
        )
        inputs = []
        for letter in letters:
            e = by_letter.get(letter.id)
            inputs.append(
                SummaryInput(
                    name=letter.party_b.name,
                    group=e.group if e else "",
                    signed=letter.status in SIGNED_STATES,
                    score=e.sheet.score if e else None,
                    grade=e.sheet.grade if e else None,
                    veto_reason=e.sheet.veto_reason if e else None,
                    assessed=e is not None and e.entered,
                )
            )
    return summarise(inputs)


def year_state(database: Database, year: int) -> YearState:
    """Letters, signed letters, sheets and whether the year is closed."""
    with database.reading() as session:
        letters = list(
            session.scalars(
                select(Letter).where(Letter.year == year, Letter.status != LetterStatus.VOID)
            )
        )
        sheets = list(session.scalars(select(Assessment).where(Assessment.year == year)))
    signed = [letter.id for letter in letters if letter.status in SIGNED_STATES]
    with_sheet = {sheet.letter_id for sheet in sheets}
    frozen = [sheet for sheet in sheets if sheet.frozen]
    return YearState(
        year=year,
        letters=len(letters),
        signed=len(signed),
        sheets=len(sheets),
        without_sheet=sum(1 for letter_id in signed if letter_id not in with_sheet),
        closed=bool(frozen),
        closed_at=max((s.closed_at for s in frozen if s.closed_at), default=None),
    )


def assessment_years(database: Database) -> list[int]:
    """Years that have letters or assessments, ascending."""
    with database.reading() as session:
        return sorted(
            int(y) for y in session.scalars(union(select(Letter.year), select(Assessment.year)))
        )


@dataclass(frozen=True)
class SheetCheck:
    """Whether a printed sheet's code or QR payload matches the record, and which sheet."""

    matches: bool
    unit: str = ""
    year: int | None = None
    problems: tuple[str, ...] = ()


def _bulletin_year(session: Session, code: str) -> int | None:
    """The closed year whose 通报 code is ``code`` (12 hex digits), if any."""
    by_year: dict[int, list[str]] = {}
    for year, full, frozen in session.execute(
        select(Assessment.year, Assessment.fingerprint, Assessment.frozen)
    ):
        by_year.setdefault(int(year), []).append(str(full) if frozen and full else "")
    for year, prints in by_year.items():
        if all(prints) and bulletin_fingerprint(prints).startswith(code):
            return year
    return None


def verify_sheet(database: Database, value: str) -> SheetCheck:
    """Check a sheet's printed code ("94F4-F128-C3EA") or QR payload against the record.

    The record matches when a closed sheet has that fingerprint and its rows, recomputed
    now, still give exactly that fingerprint (an edited database is caught too).
    """
    text = value.strip()
    payload = PAYLOAD.match(text)
    with database.reading() as session:
        if payload:
            found = list(
                session.scalars(
                    select(Assessment).where(Assessment.uuid == payload.group(1).lower())
                )
            )
            wanted = payload.group(2).lower()
        else:
            code = re.sub(r"[\s\-－—]", "", text).lower()
            if not re.fullmatch(r"[0-9a-f]{12}", code):
                raise DomainError(ErrorCode.VERIFY_UNREADABLE, value=value)
            found = list(
                session.scalars(select(Assessment).where(Assessment.fingerprint.like(f"{code}%")))
            )
            wanted = found[0].fingerprint or "" if found else ""
        if not found:
            year = None if payload else _bulletin_year(session, wanted or code)
            if year is not None:
                return SheetCheck(True, "通报", year)
            return SheetCheck(False, problems=("no_sheet",))
        assessment = found[0]
        e = next(
            x for x in evaluate_year(session, assessment.year) if x.assessment.id == assessment.id
        )
        problems: list[str] = []
        if not assessment.frozen or assessment.fingerprint is None:
            problems.append("not_closed")
        elif assessment.fingerprint != wanted:
            problems.append("fingerprint")
        if assessment.fingerprint and sheet_fingerprint(e.content()) != assessment.fingerprint:
            problems.append("record_changed")
        return SheetCheck(not problems, e.letter.party_b.name, assessment.year, tuple(problems))
