"""What a database is: its file, schema revision and how many rows each table holds."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from desktop_app.domain.enums import LetterStatus
from desktop_app.storage.database import Database
from desktop_app.storage.migrations import current_revision, head_revision
from desktop_app.storage.models import Base, Letter

NOT_IN_FORCE = (LetterStatus.DRAFT, LetterStatus.VOID)


@dataclass(frozen=True)
class DatabaseInfo:
    """Facts shown by ``info`` and the GUI's status bar."""

    location: str
    revision: str | None
    head: str
    size_bytes: int | None
    counts: dict[str, int]


def database_info(database: Database) -> DatabaseInfo:
    """File, revision and per-table row counts (one query per table)."""
    with database.reading() as session:
        counts = {
            table.name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for table in Base.metadata.sorted_tables
        }
    size = database.path.stat().st_size if database.path and database.path.exists() else None
    return DatabaseInfo(
        location=database.display_name,
        revision=current_revision(database.engine),
        head=head_revision(),
        size_bytes=size,
        counts=dict(sorted(counts.items())),
    )


def letters_of_year(database: Database, year: int) -> int:
    """How many letters of ``year`` are in force: issued (or further along), not voided.

    Drafts are not letters yet, and a voided letter is replaced by its reissue, so neither is
    counted; this is the figure the overview shows next to the year.
    """
    query = (
        select(func.count())
        .select_from(Letter)
        .where(Letter.year == year, Letter.status.not_in(NOT_IN_FORCE))
    )
    with database.reading() as session:
        return int(session.scalar(query) or 0)
