"""The year-end assessment's operations: score sheets, results, close and reopen.

Each operation is one audited transaction. Score sheets are made for the year's signed
letters from their templates' 考核细则; entering results replaces what a sheet had and
recomputes the whole year (ranks depend on every sheet of a group). Closing freezes every
sheet of the year with the fingerprint of its content; a closed year refuses every change
until it is reopened with a reason, which is kept with the sheets and in the audit trail.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.assessment_content import sheet_fingerprint
from desktop_app.domain.enums import AssessmentItemKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_dates import SIGNED_STATES
from desktop_app.domain.scoring import (
    ZERO,
    Entry,
    IndicatorTarget,
    ScoringRules,
    check_entry,
    points_text,
    sheet_items,
)
from desktop_app.services.assessment_eval import (
    SheetEval,
    as_float,
    evaluate_year,
    indicator_target,
)
from desktop_app.services.scoring_rules import rules_of
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Assessment,
    AssessmentItem,
    Deduction,
    Letter,
    LetterTemplate,
    utc_now,
)

REOPEN_MARK = "重新打开"
MAX_UNITS_NAMED = 5


@dataclass(frozen=True)
class ItemResult:
    """What the assessor entered on one row: deductions (or bonuses, or the facts that
    trigger 否优/否决) with reasons, and the unit's self points."""

    entries: Sequence[Entry] = ()
    self_points: Decimal | None = None


@dataclass(frozen=True)
class SheetResults:
    """Results for one sheet: per row position, and indicator actuals by indicator name.

    Rows not mentioned keep nothing: entering results is the assessor's complete verdict on
    the sheet, so an unmentioned row has no deductions (full points).
    """

    items: Mapping[int, ItemResult] = field(default_factory=dict)
    actuals: Mapping[str, Decimal | None] = field(default_factory=dict)
    notes: str | None = None


@dataclass(frozen=True)
class SheetsCreated:
    """How many sheets were made, and how many signed letters already had one."""

    created: int
    existing: int
    unsigned: int


@dataclass(frozen=True)
class Closed:
    """The year that was closed: how many sheets were frozen."""

    year: int
    sheets: int


def year_is_closed(session: Session, year: int) -> bool:
    """True when the year's assessment is closed (its sheets are frozen)."""
    return bool(
        session.scalar(
            select(func.count())
            .select_from(Assessment)
            .where(Assessment.year == year, Assessment.frozen.is_(True))
        )
    )


def _refuse_if_closed(session: Session, year: int, unit: str = "") -> None:
    if year_is_closed(session, year):
        raise DomainError(ErrorCode.ASSESSMENT_CLOSED, year=year, unit=unit or "—")


def add_score_sheets(session: Session, year: int) -> SheetsCreated:
    """Add a score sheet for every signed letter of ``year`` that has none (caller's session)."""
    _refuse_if_closed(session, year)
    letters = list(
        session.scalars(
            select(Letter)
            .where(Letter.year == year)
            .options(selectinload(Letter.indicators))
            .order_by(Letter.template_id, Letter.id)
        )
    )
    having = set(session.scalars(select(Assessment.letter_id).where(Assessment.year == year)))
    created = existing = unsigned = 0
    rules_cache: dict[int | None, tuple[LetterTemplate | None, ScoringRules]] = {}
    for letter in letters:
        if letter.status not in SIGNED_STATES:
            unsigned += letter.status.value != "void"
            continue
        if letter.id in having:
            existing += 1
            continue
        if letter.template_id not in rules_cache:
            template = (
                session.get(LetterTemplate, letter.template_id) if letter.template_id else None
            )
            rules_cache[letter.template_id] = (template, rules_of(template, store_default=True))
        template, rules = rules_cache[letter.template_id]
        targets = [indicator_target(value) for value in letter.indicators]
        assessment = Assessment(
            letter_id=letter.id,
            year=year,
            rank_group=(rules.rank_group or (template.level if template else ""))[:50] or None,
        )
        for position, row in enumerate(sheet_items(rules, targets), start=1):
            assessment.items.append(
                AssessmentItem(
                    position=position,
                    kind=row.kind,
                    name=row.name[:200],
                    requirement=row.requirement or None,
                    standard_points=float(row.standard),
                    rule=row.rule or None,
                )
            )
        session.add(assessment)
        created += 1
    session.flush()
    return SheetsCreated(created, existing, unsigned)


def create_score_sheets(database: Database, year: int) -> SheetsCreated:
    """Make the score sheets of the year's signed letters (one transaction)."""
    with database.transaction("create_score_sheets") as session:
        result = add_score_sheets(session, year)
        if result.created:
            store_results(evaluate_year(session, year))
        return result


def store_results(evals: Sequence[SheetEval]) -> None:
    """Write computed points, totals, veto, grade and rank into the rows (only changes)."""
    for e in evals:
        assessment = e.assessment
        if assessment.frozen:
            continue
        for item, scored in zip(assessment.items, e.sheet.items, strict=True):
            _set(item, "points", as_float(scored.points))
        _set(assessment, "score", as_float(e.sheet.score))
        _set(assessment, "self_score", as_float(e.sheet.self_score))
        _set(assessment, "veto", e.sheet.veto)
        reason = e.sheet.veto_reason
        _set(assessment, "veto_reason", reason[:2000] if reason else None)
        _set(assessment, "grade", e.sheet.grade)
        _set(assessment, "rank", e.ranked.rank if e.ranked else None)
        if not assessment.rank_group and e.group:
            assessment.rank_group = e.group[:50]


def _set(row: object, name: str, value: object) -> None:
    if getattr(row, name) != value:
        setattr(row, name, value)


def recompute_year(session: Session, year: int) -> list[SheetEval]:
    """Score and rank every sheet of the year and store the results (caller's session)."""
    evals = evaluate_year(session, year)
    store_results(evals)
    session.flush()
    return evals


def _find(session: Session, assessment_id: int) -> Assessment:
    assessment = session.get(Assessment, assessment_id)
    if assessment is None:
        raise DomainError(ErrorCode.ASSESSMENT_NOT_FOUND, assessment=assessment_id)
    return assessment


def unit_name(session: Session, assessment: Assessment) -> str:
    """The assessed unit's name (party B of the letter)."""
    letter = session.get(Letter, assessment.letter_id)
    return letter.party_b.name if letter is not None else str(assessment.letter_id)


def check_results(assessment: Assessment, results: SheetResults, unit: str) -> None:
    """Refuse results that name unknown rows, lack reasons or claim impossible points."""
    by_position = {item.position: item for item in assessment.items}
    for position, result in results.items.items():
        item = by_position.get(position)
        if item is None:
            raise DomainError(ErrorCode.ASSESSMENT_ITEM_NOT_FOUND, item=position, unit=unit)
        for entry in result.entries:
            check_entry(entry, item.name)
        if result.self_points is not None:
            _check_self(item, result.self_points, unit)


def _check_self(item: AssessmentItem, value: Decimal, unit: str) -> None:
    standard = Decimal(str(item.standard_points))
    if item.kind is AssessmentItemKind.DEDUCTION:
        low, high = -standard if standard > ZERO else value, ZERO
    elif item.kind in (AssessmentItemKind.BASE, AssessmentItemKind.BONUS):
        low, high = ZERO, standard
    else:
        low = high = ZERO
    if not low <= value <= high:
        raise DomainError(
            ErrorCode.SELF_POINTS_OUT_OF_RANGE,
            unit=unit,
            item=item.name,
            value=points_text(value),
            standard=points_text(standard),
        )


def apply_results(session: Session, assessment: Assessment, results: SheetResults) -> None:
    """Replace a sheet's entries, self points and indicator actuals (caller's session)."""
    letter = session.get(Letter, assessment.letter_id)
    assert letter is not None
    indicator_names = {value.name for value in letter.indicators}
    for item in assessment.items:
        result = results.items.get(item.position, ItemResult())
        for old in list(item.deductions):
            item.deductions.remove(old)
        sign = -1 if item.kind is AssessmentItemKind.BONUS else 1
        for entry in result.entries:
            item.deductions.append(
                Deduction(
                    points=float(entry.points) * sign,
                    count=entry.count,
                    reason=entry.reason.strip(),
                )
            )
        _set(item, "self_points", as_float(result.self_points))
        if item.points is None and item.name not in indicator_names:
            item.points = 0.0  # assessed: recomputing gives the real points
    for value in letter.indicators:
        if value.name in results.actuals:
            _set(value, "actual", as_float(results.actuals[value.name]))
    if results.notes is not None:
        kept = reopen_history(assessment.notes)
        text = "\n".join([results.notes.strip(), *kept]).strip()
        _set(assessment, "notes", text or None)


def enter_results(database: Database, assessment_id: int, results: SheetResults) -> SheetEval:
    """Enter the assessor's results for one sheet and recompute the year (one transaction)."""
    with database.transaction("enter_assessment_results") as session:
        assessment = _find(session, assessment_id)
        unit = unit_name(session, assessment)
        _refuse_if_closed(session, assessment.year, unit)
        check_results(assessment, results, unit)
        apply_results(session, assessment, results)
        session.flush()
        evals = recompute_year(session, assessment.year)
        return next(e for e in evals if e.assessment.id == assessment_id)


def set_indicator_actuals(
    database: Database, assessment_id: int, actuals: Mapping[str, Decimal | None]
) -> None:
    """Record indicator actuals of one sheet's letter and recompute (one transaction)."""
    with database.transaction("enter_indicator_actuals") as session:
        assessment = _find(session, assessment_id)
        _refuse_if_closed(session, assessment.year, unit_name(session, assessment))
        letter = session.get(Letter, assessment.letter_id)
        assert letter is not None
        for value in letter.indicators:
            if value.name in actuals:
                _set(value, "actual", as_float(actuals[value.name]))
        session.flush()
        recompute_year(session, assessment.year)


def recompute(database: Database, year: int) -> int:
    """Recompute the year's scores, grades and ranks (after rules changed); sheets count."""
    with database.transaction("recompute_assessment") as session:
        _refuse_if_closed(session, year)
        return len(recompute_year(session, year))


def close_year(session: Session, year: int) -> Closed:
    """Freeze every sheet of the year with its content's fingerprint (caller's session)."""
    _refuse_if_closed(session, year)
    evals = recompute_year(session, year)
    if not evals:
        raise DomainError(ErrorCode.NO_ASSESSMENTS, year=year)
    incomplete = [
        e.letter.party_b.name for e in evals if not e.sheet.veto and e.sheet.score is None
    ]
    if incomplete:
        raise DomainError(
            ErrorCode.ASSESSMENT_INCOMPLETE,
            year=year,
            count=len(incomplete),
            units="、".join(incomplete[:MAX_UNITS_NAMED])
            + ("等" if len(incomplete) > MAX_UNITS_NAMED else ""),
        )
    now = utc_now()
    for e in evals:
        e.assessment.fingerprint = sheet_fingerprint(e.content())
        e.assessment.frozen = True
        e.assessment.closed_at = now
    return Closed(year, len(evals))


def close_assessment(database: Database, year: int) -> Closed:
    """Close the year: every sheet complete, then frozen with its content's fingerprint."""
    with database.transaction("close_assessment") as session:
        return close_year(session, year)


def reopen_assessment(database: Database, year: int, reason: str, on: date | None = None) -> int:
    """Reopen a closed year; the reason is required and kept in every sheet's notes."""
    text = " ".join(reason.split())
    if not text:
        raise DomainError(ErrorCode.REOPEN_REASON_MISSING, year=year)
    day = on or date.today()
    with database.transaction("reopen_assessment") as session:
        sheets = list(
            session.scalars(
                select(Assessment).where(Assessment.year == year, Assessment.frozen.is_(True))
            )
        )
        if not sheets:
            raise DomainError(ErrorCode.ASSESSMENT_NOT_CLOSED, year=year)
        line = f"【{day.isoformat()} {REOPEN_MARK}】{text}"
        for assessment in sheets:
            assessment.frozen = False
            assessment.fingerprint = None
            assessment.closed_at = None
            assessment.notes = f"{assessment.notes}\n{line}" if assessment.notes else line
        return len(sheets)


def reopen_history(notes: str | None) -> list[str]:
    """The reopen lines kept in a sheet's notes, oldest first."""
    return [line for line in (notes or "").splitlines() if REOPEN_MARK in line]


def clerk_notes(notes: str | None) -> str:
    """A sheet's notes without the reopen lines."""
    return "\n".join(line for line in (notes or "").splitlines() if REOPEN_MARK not in line)


def indicator_targets(database: Database, assessment_id: int) -> list[IndicatorTarget]:
    """The indicators of a sheet's letter with their actuals."""
    with database.reading() as session:
        assessment = _find(session, assessment_id)
        letter = session.get(Letter, assessment.letter_id)
        assert letter is not None
        return [indicator_target(value) for value in letter.indicators]
