"""Every write through an ORM session becomes an AuditEvent, chained by hash.

The hooks sit on the session factory, so no service can forget them: rows changed in a flush
are collected (``after_flush`` still sees the pre-flush history) and the events are written
in ``before_commit``, inside the same transaction as the change they describe.
"""

from __future__ import annotations

import getpass
import socket
from collections.abc import Mapping
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session, sessionmaker

from desktop_app.domain.audit_chain import GENESIS_HASH, event_hash
from desktop_app.domain.enums import AuditAction
from desktop_app.storage.models import AuditEvent, Base, utc_now

OPERATION_KEY = "operation"
_PENDING_KEY = "audit_pending"
# Columns that change on every write and say nothing the clerk needs in a diff.
_NOISE_COLUMNS = frozenset({"updated_at"})

# Names of the triggers that keep the audit table append-only (created by the migrations).
SQLITE_AUDIT_TRIGGERS = ("audit_event_no_update", "audit_event_no_delete")


def _jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _row(obj: Base) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {
        attr.key: _jsonable(getattr(obj, attr.key))
        for attr in mapper.column_attrs
        if attr.key not in _NOISE_COLUMNS
    }


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
    pending: list[dict[str, Any]] = session.info.setdefault(_PENDING_KEY, [])
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
) -> dict[str, Any]:
    return {
        "action": action,
        "entity": obj.__tablename__,
        "entity_uuid": getattr(obj, "uuid", None) or (after or before or {}).get("uuid"),
        "before": before,
        "after": after,
    }


def _write(session: Session) -> None:
    session.flush()  # collect whatever is still pending before the commit's own flush
    pending: list[dict[str, Any]] = session.info.pop(_PENDING_KEY, [])
    if not pending:
        return
    prev_hash = session.scalar(select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1))
    prev_hash = prev_hash or GENESIS_HASH
    operation = str(session.info.get(OPERATION_KEY, "unspecified"))
    os_user = current_os_user()
    host = socket.gethostname()
    at = utc_now().replace(microsecond=0)
    rows: list[dict[str, Any]] = []
    for item in pending:
        row = {
            "at": at,
            "os_user": os_user,
            "host": host,
            "operation": operation,
            "action": AuditAction(item["action"]),
            "entity": item["entity"],
            "entity_uuid": item["entity_uuid"],
            "before": item["before"],
            "after": item["after"],
            "prev_hash": prev_hash,
        }
        row["hash"] = prev_hash = event_hash(prev_hash, _payload_of(row))
        rows.append(row)
    # One executemany, not one ORM object per event: an import of 10,000 rows writes
    # 10,000 events, and the events are never read back in this transaction.
    session.execute(insert(AuditEvent), rows)


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
    session.info.pop(_PENDING_KEY, None)


def install_audit(session_factory: sessionmaker[Session]) -> None:
    """Attach the audit hooks to every session the factory makes."""
    event.listen(session_factory, "after_flush", _collect)
    event.listen(session_factory, "before_commit", _write)
    event.listen(session_factory, "after_rollback", _discard)
