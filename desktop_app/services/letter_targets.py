"""Per-letter indicator targets and cascading limits (层层分解), read side.

For each issuing unit (party A) of a template, what its letters must respect (the parent's
≤ limits and veto items, see ``domain.letter_targets.parent_requirements``) and the letters
it already has; the issue dialog uses this to show the parent's limit and warn live, the
ledger and the issuing services to report what breaks the limits.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.letter_targets import parent_requirements, target_warnings
from desktop_app.domain.letters import CascadeWarning, IndicatorSpec, TemplateSpec
from desktop_app.services.letter_templates import load_template
from desktop_app.services.letters import (
    current_template,
    indicator_spec_of,
    parent_letter_of,
    template_family,
)
from desktop_app.storage.database import Database
from desktop_app.storage.models import IndicatorValue, Letter, LetterTemplate, Unit


@dataclass(frozen=True)
class SiblingLetter:
    """A letter the issuing unit already has (issued or draft, not void)."""

    letter_id: int
    party_b_id: int
    party_b: str
    status: LetterStatus
    indicators: tuple[IndicatorSpec, ...]


@dataclass(frozen=True)
class IssuerTargets:
    """One issuing unit: what its letters must respect and the letters it already has."""

    party_a_id: int
    party_a: str
    requirements: tuple[IndicatorSpec, ...]
    letters: tuple[SiblingLetter, ...]


@dataclass(frozen=True)
class TargetContext:
    """The template's indicators (defaults) and each issuing unit's limits and letters."""

    template_id: int
    indicators: tuple[IndicatorSpec, ...]
    issuers: dict[int, IssuerTargets]


def indicator_specs(session: Session, *chosen: Any) -> dict[int, tuple[IndicatorSpec, ...]]:
    """The stored indicator rows of the letters matching ``chosen`` (SQL conditions on
    Letter), by letter id, in printed order; read as plain rows, no ORM objects."""
    found: dict[int, list[IndicatorSpec]] = defaultdict(list)
    for letter_id, name, unit, comparison, target, weight, veto in session.execute(
        select(
            IndicatorValue.letter_id,
            IndicatorValue.name,
            IndicatorValue.measure_unit,
            IndicatorValue.comparison,
            IndicatorValue.target,
            IndicatorValue.weight,
            IndicatorValue.is_veto,
        )
        .join(Letter, Letter.id == IndicatorValue.letter_id)
        .where(*chosen)
        .order_by(IndicatorValue.letter_id, IndicatorValue.position)
    ):
        found[letter_id].append(IndicatorSpec(name, unit or "", comparison, target, weight, veto))
    return {letter_id: tuple(specs) for letter_id, specs in found.items()}


def _letters_of(
    session: Session, family: Sequence[int], year: int, party_a_ids: Sequence[int]
) -> dict[int, list[SiblingLetter]]:
    """The family's non-void letters of ``party_a_ids`` by issuer, read as plain rows."""
    chosen = (
        Letter.year == year,
        Letter.template_id.in_(list(family)),
        Letter.status != LetterStatus.VOID,
        Letter.party_a_id.in_(list(party_a_ids)),
    )
    letters = list(
        session.execute(
            select(Letter.id, Letter.party_a_id, Letter.party_b_id, Unit.name, Letter.status)
            .join(Unit, Unit.id == Letter.party_b_id)
            .where(*chosen)
            .order_by(Letter.party_a_id, Letter.id)
        )
    )
    specs = indicator_specs(session, *chosen)
    by_issuer: dict[int, list[SiblingLetter]] = defaultdict(list)
    for letter_id, party_a_id, party_b_id, party_b, status in letters:
        by_issuer[party_a_id].append(
            SiblingLetter(letter_id, party_b_id, party_b, status, specs.get(letter_id, ()))
        )
    return by_issuer


def _issuer(
    session: Session,
    spec: TemplateSpec,
    year: int,
    party_a_id: int,
    letters: Sequence[SiblingLetter],
) -> IssuerTargets:
    parent = parent_letter_of(session, year, party_a_id)
    parent_specs = [indicator_spec_of(v) for v in parent.indicators] if parent else None
    unit = session.get(Unit, party_a_id)
    return IssuerTargets(
        party_a_id,
        unit.name if unit is not None else str(party_a_id),
        tuple(parent_requirements(spec.indicators, spec.parent_limits, parent_specs)),
        tuple(letters),
    )


def issuer_targets(
    session: Session, template_id: int, year: int, party_a_ids: Iterable[int]
) -> TargetContext:
    """The context of ``party_a_ids`` for a template (its newest version's defaults)."""
    template = current_template(session, template_id)
    _row, spec = load_template(session, template.id)
    wanted = sorted(set(party_a_ids))
    by_issuer = _letters_of(session, template_family(session, template.id), year, wanted)
    return TargetContext(
        template.id,
        tuple(spec.indicators),
        {a: _issuer(session, spec, year, a, by_issuer.get(a, [])) for a in wanted},
    )


def target_context(
    database: Database, template_id: int, year: int, party_a_ids: Iterable[int]
) -> TargetContext:
    """What the issue dialog needs to show limits and warn while the clerk types."""
    with database.reading() as session:
        return issuer_targets(session, template_id, year, party_a_ids)


def issuer_warnings(
    session: Session, template_id: int, year: int, party_a_ids: Iterable[int]
) -> list[CascadeWarning]:
    """Cascade warnings of the template's letters of ``party_a_ids`` as the session sees them."""
    context = issuer_targets(session, template_id, year, party_a_ids)
    warnings: list[CascadeWarning] = []
    for issuer in context.issuers.values():
        children = [(x.party_b, list(x.indicators)) for x in issuer.letters]
        warnings += target_warnings(issuer.party_a, issuer.requirements, children)
    return warnings


def year_warnings(session: Session, year: int) -> list[CascadeWarning]:
    """Every issuing unit's cascade warnings in ``year``, template by template."""
    families: dict[tuple[str, int], int] = {}
    issuers: dict[tuple[str, int], set[int]] = defaultdict(set)
    rows = session.execute(
        select(LetterTemplate.name, LetterTemplate.year, LetterTemplate.id, Letter.party_a_id)
        .join(LetterTemplate, LetterTemplate.id == Letter.template_id)
        .where(Letter.year == year, Letter.status != LetterStatus.VOID)
        .order_by(Letter.template_id, Letter.party_a_id)
    )
    for name, template_year, template_id, party_a_id in rows:
        families.setdefault((name, template_year), template_id)
        issuers[(name, template_year)].add(party_a_id)
    warnings: list[CascadeWarning] = []
    for key, template_id in families.items():
        warnings += issuer_warnings(session, template_id, year, issuers[key])
    return warnings


__all__ = [
    "IssuerTargets",
    "SiblingLetter",
    "TargetContext",
    "issuer_targets",
    "issuer_warnings",
    "target_context",
    "year_warnings",
]
