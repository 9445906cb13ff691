"""Print the letters of a year: per-letter files and/or one combined PDF; record PDF hashes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import selectinload

from desktop_app.documents.letter_batch import (
    CancelFn,
    CombinedFile,
    ProgressFn,
    WrittenFile,
    write_combined,
    write_letter_files,
)
from desktop_app.documents.letter_pdf import LetterToPrint, render_letter
from desktop_app.domain.enums import LetterStatus
from desktop_app.services.letter_ledger import in_tree_order, unit_tree_positions
from desktop_app.storage.database import Database
from desktop_app.storage.errors import storage_error
from desktop_app.storage.models import Letter, LetterTemplate

_UNSAFE = re.compile(r'[\\/:*?"<>|\s]+')


@dataclass(frozen=True)
class PrintResult:
    """What a print run wrote."""

    files: list[WrittenFile]
    combined: CombinedFile | None
    letters: int


def letter_file_name(letter: Letter) -> str:
    """A Windows-safe, unique file name: 2026_00012_青溪镇人民政府_v1.pdf."""
    name = _UNSAFE.sub("_", letter.party_b.name).strip("._") or "letter"
    return f"{letter.year}_{letter.id:05d}_{name}_v{letter.version}.pdf"


def _printable(year: int) -> list[ColumnElement[bool]]:
    """Which letters a batch prints: the frozen ones of ``year`` (issued and later, not void)."""
    return [
        Letter.year == year,
        Letter.status.not_in([LetterStatus.VOID, LetterStatus.DRAFT]),
        Letter.fingerprint.is_not(None),
    ]


def printable_count(database: Database, year: int) -> int:
    """How many letters ``print_letters`` would write for ``year`` (one count query)."""
    with database.reading() as session:
        return int(session.scalar(select(func.count(Letter.id)).where(*_printable(year))) or 0)


def printable_letters(
    database: Database, year: int, letter_ids: Sequence[int] | None = None
) -> list[LetterToPrint]:
    """The frozen letters of ``year`` (issued and later, not void), in ledger order."""
    with database.reading() as session:
        query = (
            select(Letter)
            .where(*_printable(year))
            .options(selectinload(Letter.party_b))
            .order_by(Letter.template_id, Letter.party_a_id, Letter.id)
        )
        if letter_ids is not None:
            query = query.where(Letter.id.in_(list(letter_ids)))
        levels = dict(session.execute(select(LetterTemplate.id, LetterTemplate.level)).all())
        letters = in_tree_order(
            session.scalars(query),
            unit_tree_positions(session),
            level=lambda letter: levels.get(letter.template_id or -1, ""),
            party_a=lambda letter: letter.party_a_id,
            party_b=lambda letter: letter.party_b_id,
        )
        return [
            LetterToPrint(
                dict(letter.content or {}), letter.fingerprint or "", letter_file_name(letter)
            )
            for letter in letters
        ]


def record_pdf_hashes(database: Database, files: Sequence[WrittenFile]) -> int:
    """Store each single-letter PDF's SHA-256 on its letter (first print only)."""
    by_uuid = {item.letter_uuid: item.sha256 for item in files}
    changed = 0
    if not by_uuid:
        return 0
    with database.transaction("record_letter_pdfs") as session:
        for letter in session.scalars(select(Letter).where(Letter.uuid.in_(list(by_uuid)))):
            if letter.pdf_sha256 is None:
                letter.pdf_sha256 = by_uuid[letter.uuid]
                changed += 1
    return changed


def print_letters(
    database: Database,
    year: int,
    *,
    out_dir: Path | None = None,
    combined: Path | None = None,
    letter_ids: Sequence[int] | None = None,
    copies: int = 1,
    processes: int = 2,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> PrintResult:
    """Write the year's letters; raises ``BatchCancelled`` if ``cancel`` says so."""
    letters = printable_letters(database, year, letter_ids)
    files: list[WrittenFile] = []
    combined_file: CombinedFile | None = None
    try:
        if out_dir is not None:
            files = write_letter_files(
                letters, out_dir, copies=1, processes=processes, progress=progress, cancel=cancel
            )
        if combined is not None:
            combined_file = write_combined(
                letters,
                combined,
                copies=copies,
                processes=processes,
                progress=progress,
                cancel=cancel,
            )
    except OSError as error:
        raise storage_error(error, combined or out_dir or Path(".")) from error
    record_pdf_hashes(database, files)
    return PrintResult(files, combined_file, len(letters))


def letter_pdf_bytes(database: Database, letter_id: int, *, copies: int = 1) -> bytes:
    """One letter as PDF bytes (preview, printing from the GUI)."""
    from desktop_app.services.letters import frozen_content

    content, full = frozen_content(database, letter_id)
    return render_letter(LetterToPrint(content, full), copies=copies)
