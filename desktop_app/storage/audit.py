"""Every write through an ORM session becomes an AuditEvent, chained by hash.

The hooks sit on the session factory, so no service can forget them: rows changed in a flush
are collected (``after_flush`` still sees the pre-flush history) and the events are written
in ``before_commit``, inside the same transaction as the change they describe.

Rows written with Core statements (bulk imports, desktop_app/storage/bulk.py) are announced
with :func:`record_changes`; their events join the same queue, so hooks and bulk writers
share one chain and one implementation. A long queue is written early, in
:data:`AUDIT_BATCH` events at a time, so an import of 50,000 rows never holds 50,000 events;
all of them still commit or roll back with the change they describe. Each image is encoded
once, as canonical JSON: that text is hashed and (on SQLite, which keeps JSON as text) stored.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from functools import cache
from itertools import repeat
from typing import Any

from sqlalchemy import Connection, event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.audit_chain import GENESIS_HASH, event_hash_encoded
from desktop_app.domain.canonical import canonical_json
from desktop_app.domain.enums import AuditAction
from desktop_app.storage.models import AuditEvent, Base, utc_now

OPERATION_KEY = "operation"
_PENDING_KEY = "audit_pending"
_AT_KEY = "audit_at"  # one time for every event of a transaction
_HEAD_KEY = "audit_head"  # the hash of the last event this transaction wrote
AUDIT_BATCH = 2_000
"""Queued events are written once this many wait (and at the commit)."""
# Columns that change on every write and say nothing the clerk needs in a diff.
_NOISE_COLUMNS = frozenset({"updated_at"})

# Names of the triggers that keep the audit table append-only (created by the migrations).
SQLITE_AUDIT_TRIGGERS = ("audit_event_no_update", "audit_event_no_delete")


_PLAIN_TYPES = frozenset({str, int, bool, float, type(None)})


def _jsonable(value: Any) -> Any:
    if type(value) in _PLAIN_TYPES:
        return value
    if isinstance(value, Enum):
        return value._value_  # the plain attribute: ``.value`` is a slow descriptor
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


@dataclass(frozen=True, slots=True)
class RowChange:
    """One changed row as its audit event records it.

    ``before``/``after`` hold JSON-ready values: the full row for an insert (``after``) or a
    delete (``before``), only the changed columns for an update.
    """

    action: AuditAction
    entity: str  # the table name
    entity_uuid: str | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@cache
def audited_columns(model: type[Base]) -> tuple[str, ...]:
    """The columns an audit image of ``model`` holds (all but ``updated_at``), in order."""
    return tuple(attr.key for attr in inspect(model).column_attrs if attr.key not in _NOISE_COLUMNS)


def row_image(model: type[Base], values: Mapping[str, Any]) -> dict[str, Any]:
    """The image of a whole row of ``model`` (an insert's ``after``) from its column values,
    exactly as the hooks would record the same row written through the ORM."""
    image = {key: values.get(key) for key in audited_columns(model)}
    for key, value in image.items():
        if type(value) not in _PLAIN_TYPES:
            image[key] = _jsonable(value)
    return image


def jsonable(values: Mapping[str, Any]) -> dict[str, Any]:
    """Column values as an update's ``before``/``after`` hold them (enums as their values)."""
    return {key: _jsonable(value) for key, value in values.items()}


def record_changes(session: Session, changes: Iterable[RowChange]) -> None:
    """Queue the events of rows written without ORM objects (Core statements).

    They are chained and written with the ORM's own events of this transaction (early, when
    :data:`AUDIT_BATCH` wait), and dropped with everything else if it rolls back.
    """
    pending: list[RowChange] = session.info.setdefault(_PENDING_KEY, [])
    pending.extend(changes)
    if len(pending) >= AUDIT_BATCH:
        _write_pending(session)


def _row(obj: Base) -> dict[str, Any]:
    return {key: _jsonable(getattr(obj, key)) for key in audited_columns(type(obj))}


def _changes(obj: Base) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    before: dict[str, Any] = {}
    after: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        if attr.key in _NOISE_COLUMNS:
            continue
        history = state.attrs[attr.key].history
        if history.has_changes() and history.deleted:
            before[attr.key] = _jsonable(history.deleted[0])
            after[attr.key] = _jsonable(history.added[0] if history.added else None)
    return before, after


def current_os_user() -> str:
    """The logged-in OS user, as the audit trail records it."""
    try:
        return getpass.getuser()
    except Exception:  # getuser raises when no user name can be found at all
        return "unknown"


def _collect(session: Session, _flush_context: object) -> None:
    pending: list[RowChange] = session.info.setdefault(_PENDING_KEY, [])
    for obj in session.new:
        if isinstance(obj, Base) and not isinstance(obj, AuditEvent):
            pending.append(_pending(obj, AuditAction.INSERT, None, _row(obj)))
    for obj in session.dirty:
        if isinstance(obj, Base) and not isinstance(obj, AuditEvent):
            before, after = _changes(obj)
            if before or after:
                pending.append(_pending(obj, AuditAction.UPDATE, before, after))
    for obj in session.deleted:
        if isinstance(obj, Base) and not isinstance(obj, AuditEvent):
            pending.append(_pending(obj, AuditAction.DELETE, _row(obj), None))


def _pending(
    obj: Base, action: AuditAction, before: dict[str, Any] | None, after: dict[str, Any] | None
) -> RowChange:
    return RowChange(
        action,
        obj.__tablename__,
        getattr(obj, "uuid", None) or (after or before or {}).get("uuid"),
        before,
        after,
    )


def _write(session: Session) -> None:
    session.flush()  # collect whatever is still pending before the commit's own flush
    _write_pending(session)
    session.info.pop(_AT_KEY, None)
    session.info.pop(_HEAD_KEY, None)


_SHARED_COLUMNS = ("at", "os_user", "host", "operation")
"""Columns every event of one write holds the same value in."""
_EVENT_COLUMNS = ("action", "entity", "entity_uuid", "before", "after", "prev_hash", "hash")
"""Columns of each event's own."""


def _write_pending(session: Session) -> None:
    """Chain the queued events onto the newest one and insert them."""
    pending: list[RowChange] = session.info.pop(_PENDING_KEY, [])
    if not pending:
        return
    prev_hash = session.info.get(_HEAD_KEY) or session.scalar(
        select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
    )
    prev_hash = prev_hash or GENESIS_HASH
    at = session.info.setdefault(_AT_KEY, utc_now().replace(microsecond=0))
    shared = {
        "at": at,
        "os_user": current_os_user(),
        "host": socket.gethostname(),
        "operation": str(session.info.get(OPERATION_KEY, "unspecified")),
    }
    # The payload _payload_of gives (the check recomputes it from the stored row), each
    # value encoded once: the images' texts are hashed and, on SQLite, stored as they are.
    encode = canonical_json
    common = {key: encode(value) for key, value in {**shared, "at": at.isoformat()}.items()}
    rows: list[tuple[Any, ...]] = []
    texts: list[tuple[str, str]] = []
    names: dict[str, str] = {}  # the few actions and table names, encoded once
    for item in pending:
        action = AuditAction(item.action)
        before, after = encode(item.before), encode(item.after)
        encoded = {
            **common,
            "action": names.get(action) or names.setdefault(action, encode(action._value_)),
            "entity": names.get(item.entity) or names.setdefault(item.entity, encode(item.entity)),
            "entity_uuid": encode(item.entity_uuid),
            "before": before,
            "after": after,
        }
        digest = event_hash_encoded(prev_hash, encoded)
        rows.append(
            (action, item.entity, item.entity_uuid, item.before, item.after, prev_hash, digest)
        )
        texts.append((before, after))
        prev_hash = digest
    _insert_events(session.connection(), shared, rows, texts)
    session.info[_HEAD_KEY] = prev_hash


def _insert_events(
    connection: Connection,
    shared: Mapping[str, Any],
    rows: Sequence[tuple[Any, ...]],
    texts: Sequence[tuple[str, str]],
) -> None:
    """One executemany of the INSERT SQLAlchemy compiles for the audit table, the values
    converted by the columns' own bind processors: the ``shared`` ones once, the rest
    (``rows``, in :data:`_EVENT_COLUMNS` order) column by column. SQLite stores JSON as
    text, so there the images go in as the canonical ``texts`` (before, after) already made.

    Not one ORM object per event, and not Core's per-row parameter handling either: an
    import of 10,000 rows writes 20,000 events, and these are never read back in the
    transaction.
    """
    table = Base.metadata.tables[AuditEvent.__tablename__]
    dialect = connection.dialect

    def processor(key: str) -> Any:
        return table.c[key].type.dialect_impl(dialect).bind_processor(dialect)

    columns: dict[str, Sequence[Any]] = {}
    for key, value in shared.items():
        process = processor(key)
        columns[key] = repeat(process(value) if process else value, len(rows))  # type: ignore[assignment]
    json_texts = dict(zip(("before", "after"), zip(*texts, strict=True), strict=True))
    for key, values in zip(_EVENT_COLUMNS, zip(*rows, strict=True), strict=True):
        process = processor(key)
        if key in json_texts and dialect.name == "sqlite":
            columns[key] = json_texts[key]
        elif process is None:
            columns[key] = values
        else:
            empty = process(None)  # inserts have no "before", deletes no "after"
            columns[key] = [empty if value is None else process(value) for value in values]
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    order = compiled.positiontup
    if order is not None:  # qmark (SQLite): tuples in the statement's order
        params: Any = list(zip(*(columns[name] for name in order), strict=False))
    else:  # pyformat (psycopg): one dict per event
        names = list(columns)
        params = [
            dict(zip(names, values, strict=True)) for values in zip(*columns.values(), strict=False)
        ]
    connection.exec_driver_sql(str(compiled), params)


def _payload_of(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "at": row["at"].isoformat(),
        "os_user": row["os_user"],
        "host": row["host"],
        "operation": row["operation"],
        "action": AuditAction(row["action"]).value,
        "entity": row["entity"],
        "entity_uuid": row["entity_uuid"],
        "before": row["before"],
        "after": row["after"],
    }


def audit_payload(record: AuditEvent) -> dict[str, Any]:
    """The content of an event that its hash covers (everything but id and the hashes)."""
    return _payload_of({column: getattr(record, column) for column in _PAYLOAD_COLUMNS})


_PAYLOAD_COLUMNS = (
    "at",
    "os_user",
    "host",
    "operation",
    "action",
    "entity",
    "entity_uuid",
    "before",
    "after",
)


def _discard(session: Session, *_args: object) -> None:
    for key in (_PENDING_KEY, _AT_KEY, _HEAD_KEY):
        session.info.pop(key, None)


def install_audit(session_factory: sessionmaker[Session]) -> None:
    """Attach the audit hooks to every session the factory makes."""
    event.listen(session_factory, "after_flush", _collect)
    event.listen(session_factory, "before_commit", _write)
    event.listen(session_factory, "after_rollback", _discard)
