"""The signing ledger (签订台账), read side: rows, overdue, signing rates, staleness.

"Out of date vs the matrix" asks, for every issued letter, whether composing it again from
today's matrix gives the frozen content. Composing costs milliseconds per letter, so the
answer is memoised on the letter's *inputs* (template body, the pair's facts, the targets,
uuid and version): equal inputs compose equal content, so an entry never goes wrong, and
after the first check a ledger of 1,000 letters only gathers facts and looks answers up.
The ledger rows themselves are read without the check (``check_stale=False``) so the GUI can
show them at once and run ``stale_letter_ids`` on a worker thread.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from desktop_app.domain.canonical import canonical_json, short_code
from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.letter_dates import SIGNED_STATES, days_overdue
from desktop_app.domain.letters import (
    CascadeWarning,
    IndicatorSpec,
    LetterFacts,
    TemplateSpec,
    compose_letter,
    content_differences,
    content_fingerprint,
    placeholder_problems,
)
from desktop_app.domain.matrix import tree_order
from desktop_app.services.letter_facts import FactsIndex
from desktop_app.services.letter_targets import indicator_specs, year_warnings
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter, LetterTemplate, Unit


@dataclass(frozen=True)
class LedgerRow:
    """One letter as the ledger shows it."""

    id: int
    uuid: str
    year: int
    version: int
    template: str
    level: str
    party_a: str
    party_b: str
    status: LetterStatus
    issued_on: date | None
    due_date: date | None
    signed_on: date | None
    returned_on: date | None
    archived_on: date | None
    voided_on: date | None
    void_reason: str | None
    has_scan: bool
    fingerprint: str | None
    days_overdue: int
    out_of_date: bool | None
    """True: the matrix now gives other text; None: not checked (yet)."""

    @property
    def overdue(self) -> bool:
        """Issued, not signed, and past its due date."""
        return self.days_overdue > 0

    @property
    def code(self) -> str:
        """The short code printed on the letter's pages."""
        return short_code(self.fingerprint) if self.fingerprint else ""


@dataclass(frozen=True)
class SigningRate:
    """How many of a level's letters (voids excluded) are signed."""

    level: str
    total: int
    signed: int
    overdue: int

    @property
    def rate(self) -> float:
        """Signed share, 0–1 (1 when there is nothing to sign)."""
        return self.signed / self.total if self.total else 1.0


_PARTY_A, _PARTY_B = aliased(Unit), aliased(Unit)
_Item = TypeVar("_Item")


def unit_tree_positions(session: Session) -> dict[int, int]:
    """Each unit's place in the unit tree as the clerk sees it (parents first, siblings in
    their sort order)."""
    units = session.execute(select(Unit.id, Unit.parent_id, Unit.sort_order)).all()
    order = tree_order(
        [unit.id for unit in units],
        {unit.id: unit.parent_id for unit in units},
        {unit.id: unit.sort_order for unit in units},
    )
    return {unit_id: position for position, (unit_id, _depth) in enumerate(order)}


def in_tree_order(
    items: Iterable[_Item],
    positions: Mapping[int, int],
    *,
    level: Callable[[_Item], str],
    party_a: Callable[[_Item], int],
    party_b: Callable[[_Item], int],
) -> list[_Item]:
    """Letters grouped by level, in unit-tree order: the ledger's (and the batch's) order.

    A level comes where its first party B stands in the unit tree (成员部门 before 乡镇,
    车间 before 班组); within a level, party B in tree order, then party A. Letters of the
    same pair keep the order given (the versions of a letter, oldest first).
    """
    listed = list(items)
    last = len(positions)
    level_rank: dict[str, int] = {}
    for item in listed:
        place = positions.get(party_b(item), last)
        level_rank[level(item)] = min(level_rank.get(level(item), place), place)
    return sorted(
        listed,
        key=lambda item: (
            level_rank[level(item)],
            level(item),
            positions.get(party_b(item), last),
            positions.get(party_a(item), last),
        ),
    )


def _ledger_rows(session: Session, year: int) -> list[Any]:
    """The year's letters as plain rows (no ORM objects, no frozen content: fast), in the
    ledger's order (``in_tree_order``)."""
    levels = dict(session.execute(select(LetterTemplate.id, LetterTemplate.level)).all())
    rows = list(
        session.execute(
            select(
                Letter.id,
                Letter.uuid,
                Letter.year,
                Letter.version,
                Letter.template_id,
                _PARTY_A.name,
                _PARTY_B.name,
                Letter.status,
                Letter.issued_on,
                Letter.due_date,
                Letter.signed_on,
                Letter.returned_on,
                Letter.archived_on,
                Letter.voided_on,
                Letter.void_reason,
                Letter.scan_sha256,
                Letter.fingerprint,
                Letter.party_a_id,
                Letter.party_b_id,
            )
            .join(_PARTY_A, _PARTY_A.id == Letter.party_a_id)
            .join(_PARTY_B, _PARTY_B.id == Letter.party_b_id)
            .where(Letter.year == year)
            .order_by(Letter.template_id, Letter.party_a_id, Letter.id)
        )
    )
    return in_tree_order(
        rows,
        unit_tree_positions(session),
        level=lambda row: levels.get(row.template_id, ""),
        party_a=lambda row: row.party_a_id,
        party_b=lambda row: row.party_b_id,
    )


def _templates(session: Session) -> dict[int, LetterTemplate]:
    return {t.id: t for t in session.scalars(select(LetterTemplate))}


@lru_cache(maxsize=64)
def _template_of(body_json: str) -> tuple[TemplateSpec, bool]:
    """The parsed template and whether its placeholders are all sound (checked once)."""
    spec = TemplateSpec.from_json(json.loads(body_json))
    return spec, not placeholder_problems(spec)


@lru_cache(maxsize=32768)
def _fresh_fingerprint(
    body_json: str,
    template_version: int,
    facts: LetterFacts,
    indicators: tuple[IndicatorSpec, ...],
    letter_uuid: str,
    version: int,
) -> str:
    """The fingerprint today's composition would get; memoised on exactly its inputs."""
    spec, sound = _template_of(body_json)
    content = compose_letter(
        spec,
        facts,
        letter_uuid=letter_uuid,
        version=version,
        template_version=template_version,
        indicators=indicators,
        checked=sound,
    )
    return content_fingerprint(content)


def _stale_ids(session: Session, year: int) -> set[int]:
    """Ids of the frozen letters whose text today's matrix would change."""
    letters = list(
        session.execute(
            select(
                Letter.id,
                Letter.uuid,
                Letter.version,
                Letter.template_id,
                Letter.party_a_id,
                Letter.party_b_id,
                Letter.due_date,
                Letter.fingerprint,
            ).where(
                Letter.year == year,
                Letter.fingerprint.is_not(None),
                Letter.status.not_in([LetterStatus.VOID, LetterStatus.DRAFT]),
            )
        )
    )
    if not letters:
        return set()
    templates = _templates(session)
    bodies = {tid: canonical_json(t.body or {}) for tid, t in templates.items()}
    index = FactsIndex.load(session, year)
    indicators = indicator_specs(session, Letter.year == year)
    stale: set[int] = set()
    for letter_id, uuid, version, template_id, a_id, b_id, due, recorded in letters:
        template = templates.get(template_id or -1)
        party_a, party_b = index.units.get(a_id), index.units.get(b_id)
        if template is None or party_a is None or party_b is None:
            continue
        try:
            fresh = _fresh_fingerprint(
                bodies[template.id],
                template.version,
                index.facts(party_a, party_b, due),
                indicators.get(letter_id, ()),
                uuid,
                version,
            )
        except DutyMatrixError:
            stale.add(letter_id)  # the template no longer composes: the clerk must look
            continue
        if fresh != recorded:
            stale.add(letter_id)
    return stale


def stale_letter_ids(database: Database, year: int) -> set[int]:
    """Ids of the year's issued letters that are out of date vs the matrix (worker-safe)."""
    with database.reading() as session:
        return _stale_ids(session, year)


def stale_differences(
    session: Session,
    letter: Letter,
    template: LetterTemplate | None,
    index: FactsIndex | None = None,
) -> list[str]:
    """Where the frozen content differs from what today's matrix would give (empty: current)."""
    if (
        letter.content is None
        or template is None
        or letter.status in (LetterStatus.VOID, LetterStatus.DRAFT)
    ):
        return []
    try:
        spec = TemplateSpec.from_json(template.body or {})
        index = index or FactsIndex.load(
            session, letter.year, [letter.party_a_id, letter.party_b_id]
        )
        facts = index.facts(letter.party_a, letter.party_b, letter.due_date)
        fresh = compose_letter(
            spec,
            facts,
            letter_uuid=letter.uuid,
            version=letter.version,
            template_version=template.version,
            indicators=[
                IndicatorSpec(
                    v.name, v.measure_unit or "", v.comparison, v.target, v.weight, v.is_veto
                )
                for v in letter.indicators
            ],
        )
    except DutyMatrixError:
        return ["template"]
    if content_fingerprint(fresh) == content_fingerprint(letter.content):
        return []  # the common case, decided by two hashes instead of a walk
    return content_differences(letter.content, fresh)


def ledger(
    database: Database, year: int, *, today: date | None = None, check_stale: bool = True
) -> list[LedgerRow]:
    """Every letter of ``year`` with its dates, overdue days and "out of date vs the matrix",
    grouped by level in unit-tree order (``in_tree_order``).

    Without ``check_stale`` the last is None for frozen letters (not checked); drafts follow
    the matrix and are never out of date.
    """
    today = today or date.today()
    with database.reading() as session:
        templates = _templates(session)
        stale_ids = _stale_ids(session, year) if check_stale else set()
        rows: list[LedgerRow] = []
        for (
            letter_id,
            uuid,
            letter_year,
            version,
            template_id,
            party_a,
            party_b,
            status,
            issued_on,
            due_date,
            signed_on,
            returned_on,
            archived_on,
            voided_on,
            void_reason,
            scan_sha256,
            letter_fingerprint,
            _party_a_id,
            _party_b_id,
        ) in _ledger_rows(session, year):
            template = templates.get(template_id or -1)
            stale: bool | None = letter_id in stale_ids
            if not check_stale and status not in (LetterStatus.DRAFT, LetterStatus.VOID):
                stale = None
            rows.append(
                LedgerRow(
                    id=letter_id,
                    uuid=uuid,
                    year=letter_year,
                    version=version,
                    template=template.name if template else "",
                    level=template.level if template else "",
                    party_a=party_a,
                    party_b=party_b,
                    status=status,
                    issued_on=issued_on,
                    due_date=due_date,
                    signed_on=signed_on,
                    returned_on=returned_on,
                    archived_on=archived_on,
                    voided_on=voided_on,
                    void_reason=void_reason,
                    has_scan=scan_sha256 is not None,
                    fingerprint=letter_fingerprint,
                    days_overdue=days_overdue(status, due_date, today),
                    out_of_date=stale,
                )
            )
        return rows


def overdue_letters(database: Database, year: int, *, today: date | None = None) -> list[LedgerRow]:
    """Issued letters still unsigned after their due date, longest overdue first."""
    rows = [row for row in ledger(database, year, today=today, check_stale=False) if row.overdue]
    return sorted(rows, key=lambda row: (-row.days_overdue, row.party_b))


def signing_rates(database: Database, year: int, *, today: date | None = None) -> list[SigningRate]:
    """Per level: letters to sign (voids and drafts excluded), signed, overdue."""
    return signing_rates_of(ledger(database, year, today=today, check_stale=False))


def signing_rates_of(rows: Iterable[LedgerRow]) -> list[SigningRate]:
    """Signing rates of ledger rows already read."""
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in rows:
        if row.status in (LetterStatus.VOID, LetterStatus.DRAFT):
            continue
        entry = counts[row.level]
        entry[0] += 1
        entry[1] += row.status in SIGNED_STATES
        entry[2] += row.overdue
    return [SigningRate(level, *entry) for level, entry in counts.items()]


def letter_differences(database: Database, letter_id: int) -> list[str]:
    """Where one letter's frozen content differs from today's matrix."""
    with database.reading() as session:
        letter = session.get(Letter, letter_id)
        if letter is None:
            return []
        template = session.get(LetterTemplate, letter.template_id) if letter.template_id else None
        return stale_differences(session, letter, template)


def cascade_warnings(database: Database, year: int) -> list[CascadeWarning]:
    """Children's limits over the parent's, or a veto item missing in a letter.

    For each template and issuing unit: the ≤ limits of the letter the issuing unit signed
    itself (层层签订) and of the template's ``parent_limits``, and the veto items of that
    letter and of the template (see ``domain.letter_targets.parent_requirements``).
    """
    with database.reading() as session:
        return year_warnings(session, year)
