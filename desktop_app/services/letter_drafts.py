"""Draft letters (草稿): saved without being frozen, edited, issued or deleted.

A draft follows the matrix and the newest version of its template: its text is composed
again whenever it is shown, its targets change, or it is issued — only issuing freezes the
content and its SHA-256 fingerprint. A draft may be deleted; a letter that was issued never
is (it is voided with a reason). Every write is one audited transaction.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.domain.canonical import fingerprint
from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.letter_targets import Targets, apply_targets, targets_of
from desktop_app.domain.letters import CascadeWarning, IndicatorSpec
from desktop_app.services.backups import backup_now
from desktop_app.services.letter_facts import FactsIndex
from desktop_app.services.letter_targets import issuer_warnings
from desktop_app.services.letter_templates import load_template
from desktop_app.services.letters import (
    apply_status,
    compose_draft,
    current_template,
    find_letter,
    freeze_draft,
    indicator_spec_of,
    indicator_values,
    letter_label,
)
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter, LetterSignatory, Unit


@dataclass(frozen=True)
class DraftsIssued:
    """What issuing drafts did: the letters now issued, the backup, the cascade warnings."""

    issued: list[int]
    backup: Path | None
    warnings: list[CascadeWarning]


@dataclass(frozen=True)
class DraftTargets:
    """Drafts of one template as the targets editor shows them."""

    template_id: int
    year: int
    letters: list[tuple[int, int, int, str, dict[str, float | None]]]
    """(letter id, party A id, party B id, party B name, targets by indicator name)."""


def _draft(session: Session, letter_id: int) -> Letter:
    letter = find_letter(session, letter_id)
    if letter.status is not LetterStatus.DRAFT:
        raise DomainError(ErrorCode.LETTER_NOT_DRAFT, letter=letter_label(letter))
    return letter


def _due_days(session: Session, letter: Letter) -> int:
    if letter.template_id is None:
        return 30
    return load_template(session, letter.template_id)[1].due_days


def _depth(unit: Unit) -> int:
    depth, seen = 0, {unit.id}
    parent = unit.parent
    while parent is not None and parent.id not in seen:
        seen.add(parent.id)
        depth, parent = depth + 1, parent.parent
    return depth


def draft_ids(database: Database, year: int) -> list[int]:
    """The drafts of ``year``, issuing units' own letters first (层层签订 order)."""
    with database.reading() as session:
        return list(
            session.scalars(
                select(Letter.id)
                .where(Letter.year == year, Letter.status == LetterStatus.DRAFT)
                .order_by(Letter.template_id, Letter.party_a_id, Letter.id)
            )
        )


def issue_drafts(
    database: Database,
    letter_ids: Sequence[int],
    *,
    issued_on: date | None = None,
    due_date: date | None = None,
    backup_dir: Path | None = None,
) -> DraftsIssued:
    """Issue drafts in one transaction: each is composed from today's matrix and frozen.

    The signing deadline is ``due_date``, else the draft's own if still ahead, else the
    template's usual number of days from ``issued_on``. A letter that is not a draft refuses
    the whole operation (``LETTER_NOT_DRAFT``). The database is backed up first when
    ``backup_dir`` is given (batch issuing).
    """
    if not letter_ids:
        return DraftsIssued([], None, [])
    backup = None
    if backup_dir is not None and database.path is not None:
        backup = backup_now(database, backup_dir, "before-letters")
    on = issued_on or date.today()
    issuers: dict[int, set[int]] = {}
    with database.transaction("issue_draft_letters") as session:
        letters = [_draft(session, letter_id) for letter_id in letter_ids]
        # Higher issuing units first, so a unit's own letter is issued before the letters it
        # issues (they link to it as their parent letter, 层层签订).
        by_level = sorted(letters, key=lambda x: (_depth(x.party_a), x.id))
        index = FactsIndex.load(session, letters[0].year)
        for letter in by_level:
            if due_date is not None:
                letter.due_date = due_date
            elif letter.due_date is None or letter.due_date < on:
                letter.due_date = on + timedelta(days=_due_days(session, letter))
            freeze_draft(session, letter, on, index)
            apply_status(letter, LetterStatus.ISSUED, on)
            session.flush()
            if letter.template_id is not None:
                issuers.setdefault(letter.template_id, set()).add(letter.party_a_id)
        warnings: list[CascadeWarning] = []
        for template_id, party_a_ids in issuers.items():
            warnings += issuer_warnings(session, template_id, letters[0].year, party_a_ids)
    return DraftsIssued([letter.id for letter in by_level], backup, warnings)


def delete_drafts(database: Database, letter_ids: Sequence[int]) -> int:
    """Delete drafts (with their indicators) in one transaction; returns how many.

    Only drafts: an issued, signed or archived letter is refused (``LETTER_NOT_DRAFT``) and
    nothing is deleted — such a letter is voided with a reason instead.
    """
    with database.transaction("delete_draft_letters") as session:
        letters = [_draft(session, letter_id) for letter_id in letter_ids]
        ids = [letter.id for letter in letters]
        for child in session.scalars(select(Letter).where(Letter.parent_letter_id.in_(ids))):
            child.parent_letter_id = None
        for signatory in session.scalars(
            select(LetterSignatory).where(LetterSignatory.letter_id.in_(ids))
        ):
            session.delete(signatory)
        session.flush()
        for letter in letters:
            session.delete(letter)  # its IndicatorValue rows go with it (ORM cascade, audited)
    return len(ids)


def _replace_indicators(session: Session, letter: Letter, chosen: Sequence[IndicatorSpec]) -> None:
    for value in list(letter.indicators):
        letter.indicators.remove(value)
    session.flush()  # old positions are gone before the new rows take them
    letter.indicators.extend(indicator_values(chosen))


def set_draft_targets(database: Database, targets: Mapping[int, Targets]) -> list[CascadeWarning]:
    """Set the indicator targets of drafts (letter id → targets by indicator name).

    The indicators start from the newest template version's defaults, as when the draft was
    made; a name mapped to None leaves the indicator out. The draft's text is composed again.
    Returns the cascade warnings of the issuing units concerned. One transaction.
    """
    issuers: dict[int, set[int]] = {}
    year = 0
    with database.transaction("edit_letter_targets") as session:
        for letter_id, chosen in targets.items():
            letter = _draft(session, letter_id)
            if letter.template_id is None:
                raise DomainError(ErrorCode.TEMPLATE_NOT_FOUND, template=letter_id)
            template = current_template(session, letter.template_id)
            _row, spec = load_template(session, template.id)
            current = targets_of((indicator_spec_of(v) for v in letter.indicators), spec.indicators)
            merged = {**current, **chosen}
            _replace_indicators(session, letter, apply_targets(spec.indicators, merged))
            session.flush()
            template, content = compose_draft(session, letter)
            letter.template_id, letter.template_version = template.id, template.version
            letter.content = content
            issuers.setdefault(template.id, set()).add(letter.party_a_id)
            year = letter.year
        session.flush()
        warnings: list[CascadeWarning] = []
        for template_id, party_a_ids in issuers.items():
            warnings += issuer_warnings(session, template_id, year, party_a_ids)
    return warnings


def draft_targets(database: Database, letter_ids: Sequence[int]) -> DraftTargets:
    """The targets of drafts of one template (the newest version's indicators as columns).

    Drafts of several templates are refused (``DRAFTS_OF_SEVERAL_TEMPLATES``).
    """
    with database.reading() as session:
        letters = [_draft(session, letter_id) for letter_id in letter_ids]
        if not letters:
            raise DomainError(ErrorCode.LETTER_NOT_FOUND, letter="—")
        templates = {
            current_template(session, x.template_id) if x.template_id else None for x in letters
        }
        if len(templates) != 1 or None in templates:
            names = "、".join(sorted({t.name for t in templates if t is not None}))
            raise DomainError(ErrorCode.DRAFTS_OF_SEVERAL_TEMPLATES, templates=names)
        template = templates.pop()
        assert template is not None
        _row, spec = load_template(session, template.id)
        rows = []
        for letter in letters:
            specs = [indicator_spec_of(v) for v in letter.indicators]
            rows.append(
                (
                    letter.id,
                    letter.party_a_id,
                    letter.party_b_id,
                    letter.party_b.name,
                    targets_of(specs, spec.indicators),
                )
            )
        return DraftTargets(template.id, letters[0].year, rows)


def draft_content(database: Database, letter_id: int) -> tuple[dict[str, Any], str]:
    """A draft as it would be issued now, and the fingerprint it would get (for previews)."""
    with database.reading() as session:
        _template, content = compose_draft(session, _draft(session, letter_id))
        return content, fingerprint(content)


__all__ = [
    "DraftTargets",
    "DraftsIssued",
    "delete_drafts",
    "draft_content",
    "draft_ids",
    "draft_targets",
    "issue_drafts",
    "set_draft_targets",
]
