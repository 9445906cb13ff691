"""Issuing letters and keeping the signing ledger (签订台账): one audited transaction each.

Issuing composes each letter from its template and the matrix of the year, freezes the
content (canonical JSON) and its SHA-256 fingerprint, and records the signatories of record.
A frozen letter never changes; re-issuing voids it (with a reason) and makes a new version.
A draft is not frozen: it follows the matrix (and the newest version of its template) until
it is issued (see ``letter_drafts``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.canonical import fingerprint
from desktop_app.domain.enums import LetterStatus, Party
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_dates import (
    SIGNED_STATES,
    check_not_in_future,
    check_step_date,
)
from desktop_app.domain.letter_targets import Targets, apply_targets
from desktop_app.domain.letters import (
    CascadeWarning,
    IndicatorSpec,
    compose_letter,
)
from desktop_app.services.backups import backup_now
from desktop_app.services.letter_facts import FactsIndex, signing_pairs
from desktop_app.services.letter_templates import load_template
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    IndicatorValue,
    Letter,
    LetterSignatory,
    LetterTemplate,
    Unit,
    new_uuid,
)

TRANSITIONS: dict[LetterStatus, frozenset[LetterStatus]] = {
    LetterStatus.DRAFT: frozenset({LetterStatus.ISSUED, LetterStatus.VOID}),
    LetterStatus.ISSUED: frozenset({LetterStatus.SIGNED, LetterStatus.VOID}),
    LetterStatus.SIGNED: frozenset({LetterStatus.RETURNED, LetterStatus.VOID}),
    LetterStatus.RETURNED: frozenset({LetterStatus.ARCHIVED, LetterStatus.VOID}),
    LetterStatus.ARCHIVED: frozenset(),
    LetterStatus.VOID: frozenset(),
}
FROZEN_STATES = frozenset({LetterStatus.ISSUED} | SIGNED_STATES)
"""The letters whose text is frozen: issued and every later step (not drafts, not voids)."""


def can_void(status: LetterStatus) -> bool:
    """Whether a letter at ``status`` may be voided (and re-issued): a frozen letter that
    ``TRANSITIONS`` still lets become void. A draft is deleted instead; an archived letter
    is closed."""
    return status in FROZEN_STATES and LetterStatus.VOID in TRANSITIONS[status]


@dataclass(frozen=True)
class IssueResult:
    """What an issuing run did: new letter ids (issued or drafts), pairs skipped (they
    already have a letter), and the cascade warnings of the issuing units concerned."""

    issued: list[int]
    skipped: list[tuple[int, int]]
    backup: Path | None = None
    warnings: list[CascadeWarning] = field(default_factory=list)


def find_letter(session: Session, letter_id: int) -> Letter:
    """The letter ``letter_id``; ``LETTER_NOT_FOUND`` if it is gone."""
    letter = session.get(Letter, letter_id)
    if letter is None:
        raise DomainError(ErrorCode.LETTER_NOT_FOUND, letter=letter_id)
    return letter


def letter_label(letter: Letter) -> str:
    """ "甲方 — 乙方 (2026, v1)" for messages."""
    return f"{letter.party_a.name}—{letter.party_b.name}（{letter.year}，第{letter.version}版）"


def parent_letter_of(session: Session, year: int, unit_id: int) -> Letter | None:
    """The letter the issuing unit itself signed as party B this year (层层签订)."""
    return session.scalars(
        select(Letter)
        .where(
            Letter.year == year, Letter.party_b_id == unit_id, Letter.status != LetterStatus.VOID
        )
        .order_by(Letter.version.desc(), Letter.id.desc())
        .limit(1)
    ).first()


def create_letter(
    session: Session,
    template_id: int,
    year: int,
    party_a: Unit,
    party_b: Unit,
    *,
    issued_on: date,
    due_date: date | None,
    version: int = 1,
    indicators: Sequence[IndicatorSpec] | None = None,
    status: LetterStatus = LetterStatus.ISSUED,
    uuid: str | None = None,
    index: FactsIndex | None = None,
) -> Letter:
    """Compose, freeze and add one letter with its indicators and signatories of record.

    ``index`` (the year's facts read in bulk) makes issuing many letters fast.
    """
    template, spec = load_template(session, template_id)
    chosen = list(spec.indicators) if indicators is None else list(indicators)
    uuid = uuid or new_uuid()
    index = index or FactsIndex.load(session, year, [party_a.id, party_b.id])
    facts = index.facts(party_a, party_b, due_date)
    content = compose_letter(
        spec,
        facts,
        letter_uuid=uuid,
        version=version,
        template_version=template.version,
        indicators=chosen,
    )
    parent = parent_letter_of(session, year, party_a.id)
    frozen = status is not LetterStatus.DRAFT
    # A draft's signatories are recorded when it is issued: the principal may change meanwhile.
    letter = Letter(
        uuid=uuid,
        year=year,
        template_id=template.id,
        template_version=template.version,
        party_a_id=party_a.id,
        party_b_id=party_b.id,
        parent_letter_id=parent.id if parent else None,
        version=version,
        status=status,
        content=content,
        fingerprint=fingerprint(content) if frozen else None,
        due_date=due_date,
        issued_on=issued_on if frozen else None,
    )
    letter.indicators.extend(indicator_values(chosen))
    session.add(letter)
    session.flush()
    if frozen:
        _record_signatories(session, letter, index, issued_on)
    return letter


def _record_signatories(session: Session, letter: Letter, index: FactsIndex, on: date) -> None:
    for side, unit in ((Party.A, letter.party_a), (Party.B, letter.party_b)):
        person = index.principal(unit)
        if person is not None:
            session.add(
                LetterSignatory(letter_id=letter.id, party=side, person_id=person.id, valid_from=on)
            )


def issue_letters(
    database: Database,
    template_id: int,
    year: int,
    *,
    pairs: Sequence[tuple[int, int]] | None = None,
    root_unit_id: int | None = None,
    issued_on: date | None = None,
    due_date: date | None = None,
    targets: Mapping[tuple[int, int], Targets] | None = None,
    backup_dir: Path | None = None,
    as_drafts: bool = False,
) -> IssueResult:
    """Issue the template's letters for ``year`` to every pair without one, in one transaction.

    ``pairs`` (party A id, party B id) defaults to the template's pairing rule (under
    ``root_unit_id`` if given). ``targets`` maps a pair to its indicator targets (a name
    mapped to None leaves the indicator out of that letter; unnamed ones keep the template's
    default). ``as_drafts`` saves drafts instead (not frozen, no issue date). With a
    ``backup_dir`` the database is backed up first (automatic backup before batch issuing).
    """
    backup = None
    if backup_dir is not None and database.path is not None and not as_drafts:
        backup = backup_now(database, backup_dir, "before-letters")
    issued_on = issued_on or date.today()
    issued: list[int] = []
    skipped: list[tuple[int, int]] = []
    status = LetterStatus.DRAFT if as_drafts else LetterStatus.ISSUED
    operation = "draft_letters" if as_drafts else "issue_letters"
    with database.transaction(operation) as session:
        template, spec = load_template(session, template_id)
        due = due_date or issued_on + timedelta(days=spec.due_days)
        if pairs is None:
            found = signing_pairs(session, spec.pairing, root_unit_id=root_unit_id)
            pairs = [(pair.party_a_id, pair.party_b_id) for pair in found]
        if not pairs:
            raise DomainError(
                ErrorCode.NO_SIGNING_PAIRS, template=template.name, year=year, detail=spec.pairing
            )
        family = template_family(session, template.id)
        index = FactsIndex.load(session, year)
        for a_id, b_id in pairs:
            existing = list(
                session.scalars(
                    select(Letter).where(
                        Letter.year == year,
                        Letter.party_a_id == a_id,
                        Letter.party_b_id == b_id,
                        Letter.template_id.in_(family),
                    )
                )
            )
            if any(letter.status is not LetterStatus.VOID for letter in existing):
                skipped.append((a_id, b_id))
                continue
            party_a, party_b = session.get(Unit, a_id), session.get(Unit, b_id)
            if party_a is None or party_b is None:
                raise DomainError(
                    ErrorCode.UNIT_NOT_FOUND, unit_id=a_id if party_a is None else b_id
                )
            letter = create_letter(
                session,
                template.id,
                year,
                party_a,
                party_b,
                issued_on=issued_on,
                due_date=due,
                version=max((letter.version for letter in existing), default=0) + 1,
                indicators=apply_targets(spec.indicators, (targets or {}).get((a_id, b_id))),
                status=status,
                index=index,
            )
            issued.append(letter.id)
        session.flush()
        from desktop_app.services.letter_targets import issuer_warnings

        warnings = issuer_warnings(session, template.id, year, {a for a, _b in pairs})
    return IssueResult(issued, skipped, backup, warnings)


def template_family(session: Session, template_id: int) -> list[int]:
    """Ids of every version of the template (same name and year)."""
    template = session.get(LetterTemplate, template_id)
    if template is None:
        raise DomainError(ErrorCode.TEMPLATE_NOT_FOUND, template=template_id)
    return list(
        session.scalars(
            select(LetterTemplate.id).where(
                LetterTemplate.name == template.name, LetterTemplate.year == template.year
            )
        )
    )


def current_template(session: Session, template_id: int) -> LetterTemplate:
    """The newest active version of the template's family (the template itself if none)."""
    template = session.get(LetterTemplate, template_id)
    if template is None:
        raise DomainError(ErrorCode.TEMPLATE_NOT_FOUND, template=template_id)
    newest = session.scalars(
        select(LetterTemplate)
        .where(
            LetterTemplate.name == template.name,
            LetterTemplate.year == template.year,
            LetterTemplate.active.is_(True),
        )
        .order_by(LetterTemplate.version.desc())
        .limit(1)
    ).first()
    return newest or template


def apply_status(letter: Letter, target: LetterStatus, on: date) -> None:
    """Move ``letter`` to ``target`` on ``on``; ``LETTER_STATUS_CHANGE`` if not allowed."""
    if target not in TRANSITIONS[letter.status]:
        raise DomainError(
            ErrorCode.LETTER_STATUS_CHANGE,
            letter=letter_label(letter),
            status=letter.status.value,
            target=target.value,
        )
    if target is LetterStatus.ISSUED and letter.fingerprint is None:
        raise DomainError(
            ErrorCode.LETTER_STATUS_CHANGE,
            letter=letter_label(letter),
            status=letter.status.value,
            target=target.value,
        )
    check_step_date(lambda: letter_label(letter), step_dates(letter), target, on)
    letter.status = target
    column = {
        LetterStatus.ISSUED: "issued_on",
        LetterStatus.SIGNED: "signed_on",
        LetterStatus.RETURNED: "returned_on",
        LetterStatus.ARCHIVED: "archived_on",
        LetterStatus.VOID: "voided_on",
    }[target]
    setattr(letter, column, on)


def step_dates(letter: Letter) -> dict[LetterStatus, date | None]:
    """The dates recorded for each step of the ledger the letter went through."""
    return {
        LetterStatus.ISSUED: letter.issued_on,
        LetterStatus.SIGNED: letter.signed_on,
        LetterStatus.RETURNED: letter.returned_on,
        LetterStatus.ARCHIVED: letter.archived_on,
    }


def change_status(
    database: Database, letter_id: int, target: LetterStatus, on: date | None = None
) -> None:
    """Move a letter along the ledger: issued → signed → returned → archived."""
    change_statuses(database, [letter_id], target, on)


def change_statuses(
    database: Database,
    letter_ids: Sequence[int],
    target: LetterStatus,
    on: date | None = None,
    *,
    today: date | None = None,
) -> int:
    """Record that every letter of ``letter_ids`` reached ``target`` on ``on`` (default today).

    One audited transaction, all or nothing: if one letter cannot make the move (its status,
    a date before the step it is at) the ``DomainError`` names it and nothing is written.
    Signing, return and archiving record what happened, so a date after ``today`` is refused
    (``LETTER_DATE_IN_FUTURE``); issuing a draft may be dated ahead, as ``issue_letters``.
    Voiding needs a reason (``void_letter``). Returns how many letters moved.
    """
    if target is LetterStatus.VOID:
        raise DomainError(ErrorCode.VOID_REASON_MISSING, letter=", ".join(map(str, letter_ids)))
    when = on or date.today()
    if target in SIGNED_STATES:
        check_not_in_future(when, today or date.today())
    unique = list(dict.fromkeys(letter_ids))
    if not unique:
        return 0
    with database.transaction(f"letter_{target.value}") as session:
        # one query for all (a ledger batch is often every letter of a level)
        found = {
            letter.id: letter
            for letter in session.scalars(select(Letter).where(Letter.id.in_(unique)))
        }
        for letter_id in unique:
            letter = found.get(letter_id) or find_letter(session, letter_id)  # raises if gone
            if target is LetterStatus.ISSUED and letter.status is LetterStatus.DRAFT:
                freeze_draft(session, letter, when)
            apply_status(letter, target, when)
    return len(unique)


def compose_draft(
    session: Session, letter: Letter, index: FactsIndex | None = None
) -> tuple[LetterTemplate, dict[str, Any]]:
    """What a draft reads like today: the newest template version and today's matrix."""
    if letter.template_id is None:
        raise DomainError(ErrorCode.TEMPLATE_NOT_FOUND, template=letter.id)
    template = current_template(session, letter.template_id)
    _template, spec = load_template(session, template.id)
    index = index or FactsIndex.load(session, letter.year, [letter.party_a_id, letter.party_b_id])
    content = compose_letter(
        spec,
        index.facts(letter.party_a, letter.party_b, letter.due_date),
        letter_uuid=letter.uuid,
        version=letter.version,
        template_version=template.version,
        indicators=[indicator_spec_of(value) for value in letter.indicators],
    )
    return template, content


def freeze_draft(
    session: Session, letter: Letter, issued_on: date, index: FactsIndex | None = None
) -> None:
    """Recompose a draft from today's matrix, freeze its content and fingerprint, link it to
    its parent letter and record its signatories (the caller then marks it issued)."""
    if letter.status is not LetterStatus.DRAFT:
        raise DomainError(ErrorCode.LETTER_NOT_DRAFT, letter=letter_label(letter))
    index = index or FactsIndex.load(session, letter.year, [letter.party_a_id, letter.party_b_id])
    template, content = compose_draft(session, letter, index)
    letter.template_id = template.id
    letter.template_version = template.version
    letter.content = content
    letter.fingerprint = fingerprint(content)
    parent = parent_letter_of(session, letter.year, letter.party_a_id)
    letter.parent_letter_id = parent.id if parent is not None and parent.id != letter.id else None
    _record_signatories(session, letter, index, issued_on)


def indicator_spec_of(value: IndicatorValue) -> IndicatorSpec:
    """A stored indicator of a letter as the domain sees it."""
    return IndicatorSpec(
        value.name,
        value.measure_unit or "",
        value.comparison,
        value.target,
        value.weight,
        value.is_veto,
    )


def void_letter(database: Database, letter_id: int, reason: str, on: date | None = None) -> None:
    """Void a letter; a reason is required and kept."""
    with database.transaction("void_letter") as session:
        _void(session, find_letter(session, letter_id), reason, on or date.today())


def _void(session: Session, letter: Letter, reason: str, on: date) -> None:
    if not reason.strip():
        raise DomainError(ErrorCode.VOID_REASON_MISSING, letter=letter_label(letter))
    apply_status(letter, LetterStatus.VOID, on)
    letter.void_reason = reason.strip()


def reissue_letter(database: Database, letter_id: int, reason: str, on: date | None = None) -> int:
    """Void a letter with ``reason`` and issue its next version from today's matrix."""
    today = on or date.today()
    with database.transaction("reissue_letter") as session:
        old = find_letter(session, letter_id)
        if old.template_id is None:
            raise DomainError(ErrorCode.TEMPLATE_NOT_FOUND, template=letter_id)
        _void(session, old, reason, today)
        session.flush()
        new = create_letter(
            session,
            old.template_id,
            old.year,
            old.party_a,
            old.party_b,
            issued_on=today,
            due_date=old.due_date,
            version=old.version + 1,
            indicators=[indicator_spec_of(value) for value in old.indicators],
        )
        return new.id


def frozen_content(database: Database, letter_id: int) -> tuple[dict[str, Any], str]:
    """The frozen content and fingerprint of an issued letter."""
    with database.reading() as session:
        letter = find_letter(session, letter_id)
        if letter.content is None or letter.fingerprint is None:
            raise DomainError(
                ErrorCode.LETTER_STATUS_CHANGE,
                letter=letter_label(letter),
                status=letter.status.value,
                target="print",
            )
        return dict(letter.content), letter.fingerprint


def indicator_values(chosen: Sequence[IndicatorSpec]) -> list[IndicatorValue]:
    """The stored rows of a letter's indicators, numbered in printed order."""
    return [
        IndicatorValue(
            position=position,
            name=item.name,
            measure_unit=item.measure_unit or None,
            comparison=item.comparison,
            target=item.target,
            weight=item.weight,
            is_veto=item.veto,
        )
        for position, item in enumerate(chosen, start=1)
    ]
