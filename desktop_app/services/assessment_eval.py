"""Turn a year's assessment rows into scored, ranked sheets (read side of every operation).

The stored rows hold what was entered (items, deductions with reasons, self points, the
letters' indicator actuals); the rules come from each letter's template. Scores, grades,
vetoes and ranks are always recomputed from those by the pure domain, so what is printed,
exported and fingerprinted is exactly what the rules give for what was entered.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.assessment_content import PrintedItem, SheetMeta, sheet_content
from desktop_app.domain.enums import AssessmentItemKind
from desktop_app.domain.ranking import Ranked, RankInput, rank_all
from desktop_app.domain.scoring import (
    Entry,
    IndicatorTarget,
    ItemInput,
    ScoringRules,
    SheetScore,
    decimal_of,
    optional_decimal,
    score_sheet,
)
from desktop_app.services.scoring_rules import rules_of
from desktop_app.storage.models import (
    Assessment,
    AssessmentItem,
    IndicatorValue,
    Letter,
    LetterTemplate,
)


@dataclass
class SheetEval:
    """One assessment with its letter, rules, inputs, score and place in its group."""

    assessment: Assessment
    letter: Letter
    rules: ScoringRules
    inputs: list[ItemInput]
    printed: list[PrintedItem]
    sheet: SheetScore
    group: str
    group_order: int
    ranked: Ranked | None = None
    group_size: int = 0

    @property
    def entered(self) -> bool:
        """True once the assessor has entered results for the sheet."""
        return any(
            item.points is not None
            for item in self.assessment.items
            if item.kind is AssessmentItemKind.BASE and item.name not in self.indicator_names
        ) or any(item.deductions for item in self.assessment.items)

    @property
    def indicator_names(self) -> set[str]:
        """Names of the letter's indicators (the rows compared automatically)."""
        return {value.name for value in self.letter.indicators}

    def content(self) -> dict[str, Any]:
        """The sheet's frozen content (printed and fingerprinted)."""
        meta = SheetMeta(
            assessment_uuid=self.assessment.uuid,
            year=self.assessment.year,
            letter_uuid=self.letter.uuid,
            letter_fingerprint=self.letter.fingerprint,
            party_a=self.letter.party_a.name,
            party_b=self.letter.party_b.name,
            group=self.group,
            rules_title=self.rules.title,
        )
        return sheet_content(
            meta,
            self.inputs,
            self.printed,
            self.sheet,
            self.rules.thresholds,
            self.ranked,
            self.group_size,
        )


def indicator_target(value: IndicatorValue) -> IndicatorTarget:
    """A letter's indicator row as the domain sees it."""
    return IndicatorTarget(
        name=value.name,
        comparison=value.comparison,
        target=optional_decimal(value.target),
        measure_unit=value.measure_unit or "",
        weight=optional_decimal(value.weight),
        veto=value.is_veto,
        actual=optional_decimal(value.actual),
    )


def entries_of(item: AssessmentItem) -> tuple[Entry, ...]:
    """What was entered on a row (bonuses are stored with negative points)."""
    return tuple(
        Entry(abs(decimal_of(d.points)), d.reason, d.count)
        for d in sorted(item.deductions, key=lambda d: d.id or 0)
    )


def item_inputs(assessment: Assessment, letter: Letter, rules: ScoringRules) -> list[ItemInput]:
    """The domain rows of one sheet."""
    indicators = {value.name: value for value in letter.indicators}
    inputs: list[ItemInput] = []
    for item in assessment.items:
        value = indicators.get(item.name) if item.kind is AssessmentItemKind.BASE else None
        inputs.append(
            ItemInput(
                position=item.position,
                kind=item.kind,
                name=item.name,
                standard=decimal_of(item.standard_points),
                entries=entries_of(item),
                assessed=item.points is not None,
                self_points=optional_decimal(item.self_points),
                indicator=indicator_target(value) if value is not None else None,
                indicator_rule=rules.indicator_rules.get(item.name) if value is not None else None,
            )
        )
    return inputs


def load_assessments(
    session: Session, year: int, ids: Iterable[int] | None = None
) -> list[Assessment]:
    """The year's assessments with items and deductions loaded."""
    query = (
        select(Assessment)
        .where(Assessment.year == year)
        .options(selectinload(Assessment.items).selectinload(AssessmentItem.deductions))
        .order_by(Assessment.id)
    )
    if ids is not None:
        query = query.where(Assessment.id.in_(list(ids)))
    return list(session.scalars(query))


def evaluate_year(session: Session, year: int) -> list[SheetEval]:
    """Every sheet of ``year`` scored and ranked, in display order (group, rank, name)."""
    assessments = load_assessments(session, year)
    if not assessments:
        return []
    letters = {
        letter.id: letter
        for letter in session.scalars(
            select(Letter)
            .where(Letter.id.in_([a.letter_id for a in assessments]))
            .options(
                selectinload(Letter.indicators),
                selectinload(Letter.party_a),
                selectinload(Letter.party_b),
            )
        )
    }
    templates: dict[int | None, LetterTemplate | None] = {None: None}
    rules_cache: dict[int | None, ScoringRules] = {}
    evals: list[SheetEval] = []
    for assessment in assessments:
        letter = letters[assessment.letter_id]
        if letter.template_id not in templates:
            templates[letter.template_id] = session.get(LetterTemplate, letter.template_id)
        if letter.template_id not in rules_cache:
            rules_cache[letter.template_id] = rules_of(templates[letter.template_id])
        rules = rules_cache[letter.template_id]
        inputs = item_inputs(assessment, letter, rules)
        sheet = score_sheet(inputs, thresholds=rules.thresholds, veto_score=rules.veto_score)
        printed = [PrintedItem(i.requirement or "", i.rule or "") for i in assessment.items]
        group = assessment.rank_group or rules.rank_group or ""
        evals.append(
            SheetEval(
                assessment, letter, rules, inputs, printed, sheet, group, letter.template_id or 0
            )
        )
    _rank(evals)
    return sorted(evals, key=_display_key)


def _rank(evals: Sequence[SheetEval]) -> None:
    ranked = rank_all(
        (
            e.group,
            RankInput(e.assessment.id, e.letter.party_b.name, e.sheet.score, e.sheet.veto),
        )
        for e in evals
    )
    sizes: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}
    for e in evals:
        sizes[e.group] += 1
        first[e.group] = min(first.get(e.group, e.group_order), e.group_order)
    for e in evals:
        e.ranked = ranked.get(e.assessment.id)
        e.group_size = sizes[e.group]
        e.group_order = first[e.group]


def _display_key(e: SheetEval) -> tuple[int, str, int, int, str]:
    rank = e.ranked.rank if e.ranked is not None else None
    return (e.group_order, e.group, rank is None, rank or 0, e.letter.party_b.name)


def as_float(value: object) -> float | None:
    """A Decimal (or None) as the Float the columns store."""
    return None if value is None else float(str(value))
