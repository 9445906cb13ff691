"""Import a clerk's Excel register: read, check every row, then write all of it or nothing.

``preview_import`` reads the sheet and checks it against the database without writing.
``run_import`` writes: only when no row has an error — or, if the clerk asks for it
(``valid_only``), just the rows without errors. Before writing it backs the database up;
inside the one audited transaction it checks the rows again against what the database
holds at that moment. Rows that match what is already there change nothing, so importing
the same file twice writes nothing the second time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.excel_reader import read_table
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.import_duties import validate_duties
from desktop_app.domain.import_matrix import matrix_columns, validate_matrix, validate_oversight
from desktop_app.domain.import_people import validate_people
from desktop_app.domain.import_problems import Problem, Validation
from desktop_app.domain.import_refs import (
    ExistingDuty,
    ExistingDutyList,
    ExistingField,
    ExistingPerson,
    ExistingUnit,
    Snapshot,
)
from desktop_app.domain.import_schema import COLUMNS, ColumnSpec, ImportKind, TableData
from desktop_app.domain.import_units import validate_units
from desktop_app.domain.import_vocabulary import match_key
from desktop_app.services import import_apply
from desktop_app.services.backups import backup_now
from desktop_app.storage.database import Database
from desktop_app.storage.models import (
    Duty,
    DutyList,
    DutyListItem,
    Field,
    FieldAssignment,
    Oversight,
    Person,
    Post,
    Unit,
)


@dataclass(frozen=True)
class ImportRequest:
    """What to import from where, and the clerk's choices."""

    kind: ImportKind
    path: Path
    sheet: str | None = None
    header_row: int | None = None
    mapping: Mapping[str, int] | None = None
    year: int = field(default_factory=lambda: date.today().year)
    create_parents: bool = False
    engine: str | None = None


@dataclass
class ImportPreview:
    """The sheet as read and the verdict on it; nothing has been written."""

    request: ImportRequest
    table: TableData
    validation: Validation

    @property
    def problems(self) -> list[Problem]:
        """Every problem, in sheet order."""
        return self.validation.problems

    @property
    def errors(self) -> int:
        """How many problems are errors."""
        return self.validation.errors

    @property
    def changes(self) -> int:
        """How many rows or records the import would write."""
        return int(self.validation.plan.change_count)


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote."""

    preview: ImportPreview
    written: int
    skipped_rows: int
    backup: Path | None


class ImportRefused(DomainError):
    """The sheet has errors and the clerk did not ask for the valid rows only."""

    def __init__(self, preview: ImportPreview) -> None:
        """Refuse ``preview`` with its counts as the facts of the sentence."""
        super().__init__(
            ErrorCode.IMPORT_REFUSED,
            path=str(preview.request.path),
            errors=preview.errors,
            rows=len(preview.validation.bad_rows),
        )
        self.preview = preview


def columns_for(kind: ImportKind, snapshot: Snapshot) -> tuple[ColumnSpec, ...]:
    """The columns an import of ``kind`` understands (the matrix adds one per field)."""
    return matrix_columns(snapshot) if kind is ImportKind.MATRIX else COLUMNS[kind]


def load_snapshot(session: Session, kind: ImportKind) -> Snapshot:
    """The database content an import of ``kind`` is checked against."""
    units = [
        ExistingUnit(
            u.id,
            u.code,
            u.name,
            u.parent_id,
            u.kind,
            u.category,
            u.is_committee_member,
            u.risk_level,
            u.territorial_unit_id,
            u.supervisor_unit_id,
            u.short_name,
            u.notes,
            u.active,
        )
        for u in session.scalars(select(Unit).order_by(Unit.id))
    ]
    people = [
        ExistingPerson(
            p.id,
            p.unit_id,
            p.name,
            p.title,
            p.phone,
            p.is_party_head,
            p.is_admin_head,
            p.is_leader,
            p.active,
        )
        for p in session.scalars(select(Person).order_by(Person.id))
    ]
    fields = [
        ExistingField(f.id, f.code, f.name)
        for f in session.scalars(select(Field).order_by(Field.sort_order, Field.id))
    ]
    snapshot = Snapshot(units=units, people=people, fields=fields)
    if kind in (ImportKind.MATRIX, ImportKind.UNITS):
        snapshot.assignments = {
            (a.year, a.unit_id, a.field_id): (a.id, a.role)
            for a in session.scalars(select(FieldAssignment))
        }
    if kind is ImportKind.OVERSIGHT:
        snapshot.oversights = {
            (o.year, o.person_id, o.unit_id, o.field_id) for o in session.scalars(select(Oversight))
        }
    if kind is ImportKind.DUTIES:
        _load_duties(session, snapshot)
    snapshot.__post_init__()
    return snapshot


def _load_duties(session: Session, snapshot: Snapshot) -> None:
    snapshot.duties = [
        ExistingDuty(d.id, d.kind, d.text, d.legal_basis, d.frequency)
        for d in session.scalars(select(Duty).order_by(Duty.id))
    ]
    members: dict[int, set[int]] = {}
    for list_id, duty_id in session.execute(
        select(DutyListItem.duty_list_id, DutyListItem.duty_id)
    ):
        members.setdefault(list_id, set()).add(duty_id)
    snapshot.duty_lists = [
        ExistingDutyList(
            d.id, d.year, d.kind, d.unit_id, d.post_id, frozenset(members.get(d.id, set()))
        )
        for d in session.scalars(select(DutyList))
    ]
    snapshot.posts = {(p.unit_id, match_key(p.title)): p.id for p in session.scalars(select(Post))}


def validate(request: ImportRequest, table: TableData, snapshot: Snapshot) -> Validation:
    """Check ``table`` as an import of ``request.kind``."""
    if request.kind is ImportKind.UNITS:
        return validate_units(
            table, snapshot, create_parents=request.create_parents, year=request.year
        )
    if request.kind is ImportKind.PEOPLE:
        return validate_people(table, snapshot)
    if request.kind is ImportKind.MATRIX:
        return validate_matrix(table, snapshot, year=request.year)
    if request.kind is ImportKind.OVERSIGHT:
        return validate_oversight(table, snapshot, year=request.year)
    return validate_duties(table, snapshot, year=request.year)


def preview_import(database: Database, request: ImportRequest) -> ImportPreview:
    """Read the sheet and check every row against the database; write nothing."""
    with database.reading() as session:
        snapshot = load_snapshot(session, request.kind)
    table = read_table(
        request.path,
        columns_for(request.kind, snapshot),
        sheet=request.sheet,
        header_row=request.header_row,
        mapping=request.mapping,
        engine=request.engine,
    )
    return ImportPreview(request, table, validate(request, table, snapshot))


def run_import(
    database: Database,
    request_or_preview: ImportRequest | ImportPreview,
    *,
    valid_only: bool = False,
    backup_dir: Path | None = None,
) -> ImportResult:
    """Write the import in one audited transaction, after a backup.

    Refused (:class:`ImportRefused`, nothing written) when any row has an error, unless
    ``valid_only`` asks for just the rows without errors.
    """
    preview = (
        request_or_preview
        if isinstance(request_or_preview, ImportPreview)
        else preview_import(database, request_or_preview)
    )
    if preview.errors and not valid_only:
        raise ImportRefused(preview)
    skipped = len(preview.validation.bad_rows)
    if preview.changes == 0:
        return ImportResult(preview, 0, skipped, None)
    backup = None
    if backup_dir is not None and database.path is not None:
        backup = backup_now(database, backup_dir, reason=f"import-{preview.request.kind.value}")
    kind = preview.request.kind
    with database.transaction(f"import_{kind.value}") as session:
        snapshot = load_snapshot(session, kind)
        fresh = validate(preview.request, preview.table, snapshot)
        if fresh.bad_rows != preview.validation.bad_rows:
            # The database changed since the preview: check again before writing anything.
            raise ImportRefused(ImportPreview(preview.request, preview.table, fresh))
        _apply(session, kind, fresh, preview.request.year)
        written = int(fresh.plan.change_count)
    return ImportResult(preview, written, skipped, backup)


def _apply(session: Session, kind: ImportKind, validation: Validation, year: int) -> None:
    plan = validation.plan
    if kind is ImportKind.UNITS:
        import_apply.apply_units(session, plan, year)
    elif kind is ImportKind.PEOPLE:
        import_apply.apply_people(session, plan)
    elif kind is ImportKind.MATRIX:
        import_apply.apply_matrix(session, plan)
    elif kind is ImportKind.OVERSIGHT:
        import_apply.apply_oversight(session, plan)
    else:
        import_apply.apply_duties(session, plan)
