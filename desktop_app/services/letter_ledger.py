"""The signing ledger (签订台账), read side: rows, overdue, signing rates, staleness."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop_app.domain.canonical import short_code
from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.letters import (
    CascadeWarning,
    IndicatorSpec,
    TemplateSpec,
    check_cascade,
    compose_letter,
    content_differences,
    content_fingerprint,
    limits_as_indicators,
)
from desktop_app.services.letter_facts import FactsIndex
from desktop_app.services.letters import SIGNED_STATES
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter, LetterTemplate


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
    out_of_date: bool

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


def _load(session: Session, year: int) -> list[Letter]:
    return list(
        session.scalars(
            select(Letter)
            .where(Letter.year == year)
            .options(
                selectinload(Letter.party_a),
                selectinload(Letter.party_b),
                selectinload(Letter.indicators),
            )
            .order_by(Letter.template_id, Letter.party_a_id, Letter.id)
        )
    )


def _templates(session: Session) -> dict[int, LetterTemplate]:
    return {t.id: t for t in session.scalars(select(LetterTemplate))}


def _days_overdue(letter: Letter, today: date) -> int:
    if letter.status is not LetterStatus.ISSUED or letter.due_date is None:
        return 0
    return max(0, (today - letter.due_date).days)


def stale_differences(
    session: Session,
    letter: Letter,
    template: LetterTemplate | None,
    index: FactsIndex | None = None,
) -> list[str]:
    """Where the frozen content differs from what today's matrix would give (empty: current)."""
    if letter.content is None or template is None or letter.status is LetterStatus.VOID:
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
    """Every letter of ``year`` with its dates, overdue days and "out of date vs the matrix"."""
    today = today or date.today()
    with database.reading() as session:
        templates = _templates(session)
        index = FactsIndex.load(session, year) if check_stale else None
        rows: list[LedgerRow] = []
        for letter in _load(session, year):
            template = templates.get(letter.template_id or -1)
            stale = bool(stale_differences(session, letter, template, index)) if index else False
            rows.append(
                LedgerRow(
                    id=letter.id,
                    uuid=letter.uuid,
                    year=letter.year,
                    version=letter.version,
                    template=template.name if template else "",
                    level=template.level if template else "",
                    party_a=letter.party_a.name,
                    party_b=letter.party_b.name,
                    status=letter.status,
                    issued_on=letter.issued_on,
                    due_date=letter.due_date,
                    signed_on=letter.signed_on,
                    returned_on=letter.returned_on,
                    archived_on=letter.archived_on,
                    voided_on=letter.voided_on,
                    void_reason=letter.void_reason,
                    has_scan=letter.scan_sha256 is not None,
                    fingerprint=letter.fingerprint,
                    days_overdue=_days_overdue(letter, today),
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
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for row in ledger(database, year, today=today, check_stale=False):
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


def _specs(letter: Letter) -> list[IndicatorSpec]:
    return [
        IndicatorSpec(v.name, v.measure_unit or "", v.comparison, v.target, v.weight, v.is_veto)
        for v in letter.indicators
    ]


def cascade_warnings(database: Database, year: int) -> list[CascadeWarning]:
    """Children's limits over the parent's, or a parent's veto item missing in a child.

    Parents are (1) a letter whose party B issued letters of its own (层层签订) and (2) a
    template's ``parent_limits`` (the issuing level's own limits) over its letters.
    """
    warnings: list[CascadeWarning] = []
    with database.reading() as session:
        letters = [x for x in _load(session, year) if x.status is not LetterStatus.VOID]
        children: dict[int, list[Letter]] = defaultdict(list)
        for letter in letters:
            if letter.parent_letter_id is not None:
                children[letter.parent_letter_id].append(letter)
        by_id = {letter.id: letter for letter in letters}
        for parent_id, kids in children.items():
            parent = by_id.get(parent_id)
            if parent is None:
                continue
            warnings += check_cascade(
                parent.party_b.name, _specs(parent), [(k.party_b.name, _specs(k)) for k in kids]
            )
        templates = _templates(session)
        by_issuer: dict[tuple[int, int], list[Letter]] = defaultdict(list)
        for letter in letters:
            if letter.template_id is not None:
                by_issuer[(letter.template_id, letter.party_a_id)].append(letter)
        for (template_id, _issuer), kids in by_issuer.items():
            body: dict[str, Any] = templates[template_id].body or {}
            limits = body.get("parent_limits") or {}
            if limits:
                warnings += check_cascade(
                    kids[0].party_a.name,
                    limits_as_indicators({str(k): float(v) for k, v in limits.items()}),
                    [(k.party_b.name, _specs(k)) for k in kids],
                )
    return warnings
