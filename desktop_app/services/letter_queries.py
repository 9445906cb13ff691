"""Read-only letter queries for dialogs: candidate pairs, preview facts, scans, folders."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.letters import LetterFacts, PartyFacts, TemplateSpec
from desktop_app.services.letter_facts import letter_facts, signing_pairs
from desktop_app.services.letter_templates import load_template
from desktop_app.services.letters import find_letter, template_family
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter, Unit


@dataclass(frozen=True)
class CandidatePair:
    """A signing pair the template's rule gives, and whether it already has a letter."""

    party_a_id: int
    party_b_id: int
    party_a: str
    party_b: str
    issued: bool


def candidate_pairs(
    database: Database, template_id: int, year: int, *, root_unit_id: int | None = None
) -> list[CandidatePair]:
    """The pairs an issue dialog offers for a template and year."""
    with database.reading() as session:
        template, spec = load_template(session, template_id)
        family = template_family(session, template.id)
        taken = {
            (a, b)
            for a, b in session.execute(
                select(Letter.party_a_id, Letter.party_b_id).where(
                    Letter.year == year,
                    Letter.template_id.in_(family),
                    Letter.status != LetterStatus.VOID,
                )
            )
        }
        return [
            CandidatePair(
                pair.party_a_id,
                pair.party_b_id,
                pair.party_a_name,
                pair.party_b_name,
                (pair.party_a_id, pair.party_b_id) in taken,
            )
            for pair in signing_pairs(session, spec.pairing, root_unit_id=root_unit_id)
        ]


def sample_facts(database: Database, spec: TemplateSpec, year: int) -> LetterFacts:
    """Facts of the template's first signing pair (for a preview), or invented ones."""
    with database.reading() as session:
        for pair in signing_pairs(session, spec.pairing):
            party_a, party_b = (
                session.get(Unit, pair.party_a_id),
                session.get(Unit, pair.party_b_id),
            )
            if party_a is not None and party_b is not None:
                return letter_facts(session, year, party_a, party_b, None)
    return LetterFacts(
        year, PartyFacts("（甲方单位）", "（负责人）"), PartyFacts("（乙方单位）", "（负责人）")
    )


def attachments_dir_for(database: Database) -> Path:
    """The content-addressed attachments folder beside the database file (DESIGN §5)."""
    if database.path is not None:
        return database.path.parent / "attachments"
    from desktop_app.paths import resolve_paths

    return resolve_paths().attachments_dir


def scan_record(database: Database, letter_id: int) -> tuple[str | None, str | None]:
    """(scan SHA-256, original file name) of a letter's attached scan."""
    with database.reading() as session:
        letter = find_letter(session, letter_id)
        return letter.scan_sha256, letter.scan_filename


def backup_dir_for(database: Database) -> Path | None:
    """The backups folder beside the database file (None for a server database)."""
    return database.path.parent / "backups" if database.path is not None else None
