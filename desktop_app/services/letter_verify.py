"""Verify a paper or PDF letter against the record (DESIGN §4).

Accepts the short code printed in a footer ("94F4-F128-C3EA"), the QR payload
("DM1|<uuid>|<sha256>") or a PDF file. A file matches when its SHA-256 is the one recorded for
the issued PDF; otherwise its embedded payload names the letter and the file is reported as
differing. Codes and payloads match when the recorded fingerprint starts with / equals them
and the frozen content still hashes to that fingerprint (a changed record is caught too).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select

from desktop_app.domain.canonical import fingerprint, short_code
from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter

CODE_PATTERN = re.compile(r"^[0-9A-Fa-f]{12}$")
PAYLOAD_PATTERN = re.compile(r"^DM1\|([0-9a-fA-F-]{36})\|([0-9a-fA-F]{64})$")
PDF_PAYLOAD = re.compile(rb"DM1\|([0-9a-fA-F-]{36})\|([0-9a-fA-F]{64})")


class Verdict(StrEnum):
    """The outcome of a verification."""

    MATCH = "match"
    MISMATCH = "mismatch"


@dataclass(frozen=True)
class VerifiedLetter:
    """The letter a verification found."""

    id: int
    uuid: str
    year: int
    version: int
    party_a: str
    party_b: str
    status: LetterStatus
    fingerprint: str

    @property
    def code(self) -> str:
        """Its short code."""
        return short_code(self.fingerprint)


@dataclass(frozen=True)
class Verification:
    """Match or mismatch, the letter(s) concerned and what differs."""

    verdict: Verdict
    kind: str  # "code", "payload" or "file"
    letters: list[VerifiedLetter] = field(default_factory=list)
    differences: list[str] = field(default_factory=list)

    @property
    def matches(self) -> bool:
        """True when the input matches the record."""
        return self.verdict is Verdict.MATCH


def _found(letter: Letter) -> VerifiedLetter:
    return VerifiedLetter(
        id=letter.id,
        uuid=letter.uuid,
        year=letter.year,
        version=letter.version,
        party_a=letter.party_a.name,
        party_b=letter.party_b.name,
        status=letter.status,
        fingerprint=letter.fingerprint or "",
    )


def _record_problems(letter: Letter) -> list[str]:
    problems: list[str] = []
    if letter.content is None or fingerprint(letter.content) != letter.fingerprint:
        problems.append("record_changed")  # the stored content no longer hashes to its print
    if letter.status is LetterStatus.VOID:
        problems.append("void")
    return problems


def normalise_code(text: str) -> str | None:
    """The 12 hex digits of a printed code, or None when ``text`` is not one."""
    compact = re.sub(r"[\s\-－—]", "", text.strip())
    return compact.lower() if CODE_PATTERN.match(compact) else None


def verify(database: Database, value: str) -> Verification:
    """Check a code, a QR payload or a PDF file path; ``VERIFY_UNREADABLE`` if it is none."""
    text = value.strip()
    payload = PAYLOAD_PATTERN.match(text)
    if payload:
        return _verify_payload(
            database, payload.group(1).lower(), payload.group(2).lower(), "payload"
        )
    code = normalise_code(text)
    if code is not None:
        return _verify_code(database, code)
    path = Path(text)
    if path.suffix.lower() == ".pdf" or path.is_file():
        return _verify_file(database, path)
    raise DomainError(ErrorCode.VERIFY_UNREADABLE, value=value)


def _verify_code(database: Database, code: str) -> Verification:
    with database.reading() as session:
        letters = list(session.scalars(select(Letter).where(Letter.fingerprint.like(f"{code}%"))))
        if not letters:
            return Verification(Verdict.MISMATCH, "code", differences=["no_letter"])
        found = [_found(letter) for letter in letters]
        problems = [p for letter in letters for p in _record_problems(letter)]
    verdict = Verdict.MATCH if not problems else Verdict.MISMATCH
    return Verification(verdict, "code", found, problems)


def _verify_payload(database: Database, uuid: str, full: str, kind: str) -> Verification:
    with database.reading() as session:
        letter = session.scalars(select(Letter).where(Letter.uuid == uuid)).first()
        if letter is None:
            return Verification(Verdict.MISMATCH, kind, differences=["no_letter"])
        problems = _record_problems(letter)
        if letter.fingerprint != full:
            problems.insert(0, "fingerprint")
        found = [_found(letter)]
    return Verification(Verdict.MATCH if not problems else Verdict.MISMATCH, kind, found, problems)


def _verify_file(database: Database, path: Path) -> Verification:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise DomainError(ErrorCode.VERIFY_UNREADABLE, value=str(path)) from error
    if not data.startswith(b"%PDF-"):
        raise DomainError(ErrorCode.VERIFY_UNREADABLE, value=str(path))
    sha = hashlib.sha256(data).hexdigest()
    with database.reading() as session:
        letter = session.scalars(select(Letter).where(Letter.pdf_sha256 == sha)).first()
        if letter is not None:
            problems = _record_problems(letter)
            verdict = Verdict.MATCH if not problems else Verdict.MISMATCH
            return Verification(verdict, "file", [_found(letter)], problems)
    embedded = PDF_PAYLOAD.search(data)
    if embedded is None:
        return Verification(Verdict.MISMATCH, "file", differences=["no_letter"])
    uuid, full = embedded.group(1).decode().lower(), embedded.group(2).decode().lower()
    result = _verify_payload(database, uuid, full, "file")
    if result.matches and sha in _rendered_shas(database, uuid):
        return result  # not the recorded print, but exactly what the frozen content gives
    return Verification(
        Verdict.MISMATCH, "file", result.letters, ["file_hash", *result.differences]
    )


RENDERED_COPIES = (1, 2)
"""The ways the app writes one letter's PDF: one copy (the batch's files, the record) and
two copies (打开 PDF, for printing both parties' originals)."""


def _rendered_shas(database: Database, uuid: str) -> set[str]:
    """SHA-256 of every file the app would write for the letter from its frozen content."""
    from desktop_app.documents.letter_pdf import LetterToPrint, render_letter

    with database.reading() as session:
        letter = session.scalars(select(Letter).where(Letter.uuid == uuid)).first()
        if letter is None or letter.content is None or letter.fingerprint is None:
            return set()
        content, full = dict(letter.content), letter.fingerprint
    letter_to_print = LetterToPrint(content, full)
    return {
        hashlib.sha256(render_letter(letter_to_print, copies=copies)).hexdigest()
        for copies in RENDERED_COPIES
    }
