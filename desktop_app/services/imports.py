"""Import a clerk's Excel register: read, check every row, then write all of it or nothing.

``preview_import`` reads the sheet and checks it against the database without writing.
``run_import`` writes: only when no row has an error — or, if the clerk asks for it
(``valid_only``), just the rows without errors. Before writing it backs the database up;
inside the one audited transaction it checks the rows again against what the database
holds at that moment. Rows that match what is already there change nothing, so importing
the same file twice writes nothing the second time.

Both take ``progress`` (told the phase — "read", "validate", "write" — with rows done and
rows in all, at each phase's start and end and every few hundred rows) and ``cancel``
(asked at the same moments; when it says True the import stops with
:class:`ImportCancelled` and the transaction is rolled back).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop_app.documents.excel_reader import read_table
from desktop_app.documents.row_spool import spooled_store
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.import_duties import validate_duties
from desktop_app.domain.import_matrix import matrix_columns, validate_matrix, validate_oversight
from desktop_app.domain.import_people import validate_people
from desktop_app.domain.import_problems import Problem, RowProgress, Validation
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
    AuditEvent,
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

Progress = Callable[[str, int, int], None]
"""(phase, done, total): phase is "read", "validate" or "write"."""
Cancel = Callable[[], bool]
"""True when the clerk wants the import stopped."""
READ, VALIDATE, WRITE = "read", "validate", "write"


class ImportCancelled(Exception):
    """The clerk cancelled; nothing was written."""


class _Reporter:
    """Tells ``progress`` how far a phase is and stops the import when ``cancel`` says so."""

    def __init__(self, progress: Progress | None, cancel: Cancel | None) -> None:
        self._progress = progress
        self._cancel = cancel

    def __call__(self, phase: str, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress(phase, done, total)
        if self._cancel is not None and self._cancel():
            raise ImportCancelled()

    def phase(self, phase: str) -> RowProgress | None:
        """A (done, total) callback for one phase, or None when nobody listens."""
        if self._progress is None and self._cancel is None:
            return None
        return lambda done, total: self(phase, done, total)


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
    parents_under: int | None = None  # the unit that takes created parents (None: top level)
    engine: str | None = None


@dataclass
class ImportPreview:
    """The sheet as read and the verdict on it; nothing has been written."""

    request: ImportRequest
    table: TableData
    validation: Validation
    # the newest audit event when the database was read: if it is still the newest when the
    # import writes, nothing has changed since (every write is audited) and the check stands
    audit_head: tuple[int, str] | None = None

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
    # Plain column rows, not ORM objects: a register of 50,000 units is read in full.
    units = [
        ExistingUnit(*row)
        for row in session.execute(
            select(
                Unit.id,
                Unit.code,
                Unit.name,
                Unit.parent_id,
                Unit.kind,
                Unit.category,
                Unit.is_committee_member,
                Unit.risk_level,
                Unit.territorial_unit_id,
                Unit.supervisor_unit_id,
                Unit.short_name,
                Unit.notes,
                Unit.active,
            ).order_by(Unit.id)
        )
    ]
    people = [
        ExistingPerson(*row)
        for row in session.execute(
            select(
                Person.id,
                Person.unit_id,
                Person.name,
                Person.title,
                Person.phone,
                Person.is_party_head,
                Person.is_admin_head,
                Person.is_leader,
                Person.active,
            ).order_by(Person.id)
        )
    ]
    fields = [
        ExistingField(f.id, f.code, f.name)
        for f in session.scalars(select(Field).order_by(Field.sort_order, Field.id))
    ]
    snapshot = Snapshot(units=units, people=people, fields=fields)
    if kind in (ImportKind.MATRIX, ImportKind.UNITS):
        snapshot.assignments = {
            (year, unit_id, field_id): (assignment_id, role)
            for assignment_id, year, unit_id, field_id, role in session.execute(
                select(
                    FieldAssignment.id,
                    FieldAssignment.year,
                    FieldAssignment.unit_id,
                    FieldAssignment.field_id,
                    FieldAssignment.role,
                )
            )
        }
    if kind is ImportKind.OVERSIGHT:
        snapshot.oversights = {
            (year, person_id, unit_id, field_id)
            for year, person_id, unit_id, field_id in session.execute(
                select(Oversight.year, Oversight.person_id, Oversight.unit_id, Oversight.field_id)
            )
        }
    if kind is ImportKind.DUTIES:
        _load_duties(session, snapshot)
    snapshot.__post_init__()
    return snapshot


def audit_head(session: Session) -> tuple[int, str] | None:
    """(id, hash) of the newest audit event, or None when there is none yet."""
    row = session.execute(
        select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


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


def validate(
    request: ImportRequest,
    table: TableData,
    snapshot: Snapshot,
    progress: RowProgress | None = None,
) -> Validation:
    """Check ``table`` as an import of ``request.kind``."""
    if request.kind is ImportKind.UNITS:
        return validate_units(
            table,
            snapshot,
            create_parents=request.create_parents,
            parents_under=request.parents_under,
            year=request.year,
            progress=progress,
            store=spooled_store,  # the parsed rows of a big register wait on disk
        )
    if request.kind is ImportKind.PEOPLE:
        return validate_people(table, snapshot, progress=progress)
    if request.kind is ImportKind.MATRIX:
        return validate_matrix(table, snapshot, year=request.year, progress=progress)
    if request.kind is ImportKind.OVERSIGHT:
        return validate_oversight(table, snapshot, year=request.year, progress=progress)
    return validate_duties(table, snapshot, year=request.year, progress=progress)


def preview_import(
    database: Database,
    request: ImportRequest,
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportPreview:
    """Read the sheet and check every row against the database; write nothing.

    ``progress`` hears the "read" and "validate" phases; ``cancel`` returning True stops
    with :class:`ImportCancelled`.
    """
    return _preview(database, request, _Reporter(progress, cancel))


def _preview(database: Database, request: ImportRequest, report: _Reporter) -> ImportPreview:
    with database.reading() as session:
        snapshot = load_snapshot(session, request.kind)
        head = audit_head(session)
    table = read_table(
        request.path,
        columns_for(request.kind, snapshot),
        sheet=request.sheet,
        header_row=request.header_row,
        mapping=request.mapping,
        engine=request.engine,
        progress=report.phase(READ),
    )
    total = len(table.rows)
    report(VALIDATE, 0, total)
    validation = validate(request, table, snapshot, report.phase(VALIDATE))
    report(VALIDATE, total, total)
    return ImportPreview(request, table, validation, head)


def run_import(
    database: Database,
    request_or_preview: ImportRequest | ImportPreview,
    *,
    valid_only: bool = False,
    backup_dir: Path | None = None,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> ImportResult:
    """Write the import in one audited transaction, after a backup.

    Refused (:class:`ImportRefused`, nothing written) when any row has an error, unless
    ``valid_only`` asks for just the rows without errors. ``progress`` hears the phases
    ("read" and "validate" only when given a request, not a preview, then "write");
    ``cancel`` returning True stops with :class:`ImportCancelled` and nothing is written.
    """
    report = _Reporter(progress, cancel)
    preview = (
        request_or_preview
        if isinstance(request_or_preview, ImportPreview)
        else _preview(database, request_or_preview, report)
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
    total = preview.changes
    report(WRITE, 0, total)
    with database.transaction(f"import_{kind.value}") as session:
        fresh = preview.validation
        if preview.audit_head is None or audit_head(session) != preview.audit_head:
            # The database may have changed since the preview: check again before writing.
            snapshot = load_snapshot(session, kind)
            fresh = validate(preview.request, preview.table, snapshot)
            if fresh.bad_rows != preview.validation.bad_rows:
                raise ImportRefused(ImportPreview(preview.request, preview.table, fresh))
        written = int(fresh.plan.change_count)
        _apply(session, kind, fresh, preview.request.year, report.phase(WRITE))
        session.flush()
        report(WRITE, written, written)  # still inside: a cancel here rolls everything back
    return ImportResult(preview, written, skipped, backup)


def _apply(
    session: Session,
    kind: ImportKind,
    validation: Validation,
    year: int,
    progress: RowProgress | None,
) -> None:
    plan = validation.plan
    if kind is ImportKind.UNITS:
        import_apply.apply_units(session, plan, year, progress)
    elif kind is ImportKind.PEOPLE:
        import_apply.apply_people(session, plan, progress)
    elif kind is ImportKind.MATRIX:
        import_apply.apply_matrix(session, plan, progress)
    elif kind is ImportKind.OVERSIGHT:
        import_apply.apply_oversight(session, plan, progress)
    else:
        import_apply.apply_duties(session, plan, progress)
