"""Import a year's assessment results from Excel: all rows or nothing, backup first.

The workbook is read by the same reader as every other import (header found by its Chinese
names, merged cells, full-width digits …) and checked against the year's score sheets; any
error refuses the whole file with every problem named by sheet / row / column / value.
A clean file replaces the results of the sheets it names in one transaction, then the whole
year is recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.excel_reader import read_table
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.import_assessment import (
    RESULT_COLUMNS,
    ResultsSnapshot,
    SheetRef,
    SheetRowRef,
    planned_sheets,
    validate_results,
)
from desktop_app.domain.import_problems import Problem, Validation
from desktop_app.domain.import_schema import TableData
from desktop_app.domain.scoring import ScoringRules, decimal_of
from desktop_app.services.assessment import (
    ItemResult,
    SheetResults,
    apply_results,
    recompute_year,
    year_is_closed,
)
from desktop_app.services.assessment_eval import load_assessments
from desktop_app.services.backups import backup_now
from desktop_app.services.scoring_rules import rules_of
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter, LetterTemplate


@dataclass(frozen=True)
class ResultsPreview:
    """A results file read and checked: the table, every problem and the plan."""

    path: Path
    year: int
    table: TableData
    validation: Validation

    @property
    def problems(self) -> list[Problem]:
        """Every problem, errors and notes, in sheet order."""
        return self.validation.problems

    @property
    def errors(self) -> int:
        """How many problems keep the file out."""
        return self.validation.errors


@dataclass(frozen=True)
class ResultsImported:
    """What the import wrote: sheets replaced, rows read, the backup taken first."""

    sheets: int
    rows: int
    backup: Path | None


class ResultsRefused(DomainError):
    """The results file has errors; nothing was written."""

    def __init__(self, preview: ResultsPreview) -> None:
        """Refuse ``preview`` with its counts as the facts of the sentence."""
        super().__init__(
            ErrorCode.IMPORT_REFUSED,
            path=str(preview.path),
            errors=preview.errors,
            rows=len(preview.validation.bad_rows),
        )
        self.preview = preview


def _rules(session: Session, letter: Letter, cache: dict[int | None, ScoringRules]) -> ScoringRules:
    if letter.template_id not in cache:
        template = session.get(LetterTemplate, letter.template_id) if letter.template_id else None
        cache[letter.template_id] = rules_of(template)
    return cache[letter.template_id]


def results_snapshot(session: Session, year: int) -> ResultsSnapshot:
    """The year's sheets as an import refers to them."""
    cache: dict[int | None, ScoringRules] = {}
    sheets: list[SheetRef] = []
    letters = {
        letter.id: letter for letter in session.scalars(select(Letter).where(Letter.year == year))
    }
    for assessment in load_assessments(session, year):
        letter = letters[assessment.letter_id]
        rules = _rules(session, letter, cache)
        indicators = {value.name for value in letter.indicators}
        rows = []
        for item in assessment.items:
            rule = rules.item_named(item.name)
            rows.append(
                SheetRowRef(
                    position=item.position,
                    kind=item.kind,
                    name=item.name,
                    standard=decimal_of(item.standard_points),
                    per_unit=rule.per_unit if rule is not None else None,
                    indicator=item.name in indicators,
                )
            )
        sheets.append(
            SheetRef(
                assessment_id=assessment.id,
                unit=letter.party_b.name,
                frozen=assessment.frozen,
                rows=tuple(rows),
                short_name=letter.party_b.short_name,
                code=letter.party_b.code,
            )
        )
    return ResultsSnapshot(year, tuple(sheets))


def preview_results(
    database: Database, year: int, path: Path, *, sheet: str | None = None
) -> ResultsPreview:
    """Read and check a results file against the year's score sheets (nothing written)."""
    table = read_table(path, RESULT_COLUMNS, sheet=sheet)
    with database.reading() as session:
        snapshot = results_snapshot(session, year)
    if not snapshot.sheets:
        raise DomainError(ErrorCode.NO_ASSESSMENTS, year=year)
    return ResultsPreview(path, year, table, validate_results(table, snapshot))


def import_results(
    database: Database, preview: ResultsPreview, *, backup_dir: Path | None = None
) -> ResultsImported:
    """Write a clean preview in one transaction (backup first); refuse one with errors."""
    if preview.errors:
        raise ResultsRefused(preview)
    plan = planned_sheets(preview.validation)
    backup = None
    if backup_dir is not None and database.path is not None:
        backup = backup_now(database, backup_dir, "before-assessment-import")
    with database.transaction("import_assessment_results") as session:
        if year_is_closed(session, preview.year):
            raise DomainError(ErrorCode.ASSESSMENT_CLOSED, year=preview.year, unit="—")
        by_id = {a.id: a for a in load_assessments(session, preview.year, plan)}
        for assessment_id, planned in plan.items():
            assessment = by_id.get(assessment_id)
            if assessment is None:  # deleted since the preview: refuse rather than guess
                raise DomainError(ErrorCode.ASSESSMENT_NOT_FOUND, assessment=assessment_id)
            positions = set(planned.entries) | set(planned.self_points)
            results = SheetResults(
                items={
                    position: ItemResult(
                        tuple(planned.entries.get(position, ())),
                        planned.self_points.get(position),
                    )
                    for position in positions
                },
                actuals=dict(planned.actuals),
            )
            apply_results(session, assessment, results)
        session.flush()
        recompute_year(session, preview.year)
    return ResultsImported(len(plan), preview.validation.rows, backup)
