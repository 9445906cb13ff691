"""A unit's history from the audit trail: who changed what and when.

The unit's own events are found by its uuid; rows that belong to the unit (its people, posts,
matrix cells, oversight and duty lists) by the ``unit_id`` in the full image an insert or a
delete records, and then by their uuids.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import or_, select

from desktop_app.domain.enums import AuditAction
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditEvent, Field, Person, Post, Unit

# Tables whose audit images carry the ``unit_id`` of the unit they belong to.
_UNIT_OWNED_TABLES = ("person", "post", "field_assignment", "oversight", "duty_list")
DEFAULT_LIMIT = 500


@dataclass(frozen=True)
class HistoryEntry:
    """One audited change, as the history dialog lists it."""

    at: datetime
    os_user: str
    host: str
    operation: str
    action: AuditAction
    entity: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def unit_history(
    database: Database, unit_id: int, *, limit: int = DEFAULT_LIMIT
) -> list[HistoryEntry]:
    """The newest ``limit`` audit events about the unit or its own rows, newest first."""
    with database.reading() as session:
        unit = session.get(Unit, unit_id)
        if unit is None:
            raise DomainError(ErrorCode.UNIT_NOT_FOUND, unit_id=unit_id)
        # Updates record only the columns that changed, so find the unit's own rows by the
        # full images of their inserts and deletes, then take every event of those rows.
        owned_uuids = select(AuditEvent.entity_uuid).where(
            AuditEvent.entity.in_(_UNIT_OWNED_TABLES),
            or_(
                AuditEvent.after["unit_id"].as_integer() == unit_id,
                AuditEvent.before["unit_id"].as_integer() == unit_id,
            ),
        )
        events = session.scalars(
            select(AuditEvent)
            .where(
                or_(AuditEvent.entity_uuid == unit.uuid, AuditEvent.entity_uuid.in_(owned_uuids))
            )
            .order_by(AuditEvent.id.desc())
            .limit(limit)
        ).all()
        names = {
            "unit_id": dict(session.execute(select(Unit.id, Unit.name)).all()),
            "field_id": dict(session.execute(select(Field.id, Field.name)).all()),
            "person_id": dict(session.execute(select(Person.id, Person.name)).all()),
            "post_id": dict(session.execute(select(Post.id, Post.title)).all()),
        }
        return [
            HistoryEntry(
                at=event.at,
                os_user=event.os_user,
                host=event.host,
                operation=event.operation,
                action=AuditAction(event.action),
                entity=event.entity,
                before=_named(event.before, names),
                after=_named(event.after, names),
            )
            for event in events
        ]


# Columns holding a row id, and which name table resolves them.
_ID_COLUMNS = {
    "unit_id": "unit_id",
    "parent_id": "unit_id",
    "territorial_unit_id": "unit_id",
    "supervisor_unit_id": "unit_id",
    "field_id": "field_id",
    "person_id": "person_id",
    "holder_id": "person_id",
    "successor_id": "person_id",
    "post_id": "post_id",
}


def _named(
    values: dict[str, Any] | None, names: dict[str, dict[int, str]]
) -> dict[str, Any] | None:
    """The image with row ids replaced by names (``field_id: 3`` → ``field: 道路交通``).

    An empty reference keeps its name without ``_id`` (``field_id: None`` → ``field: None``);
    the row's own ``id`` and ``uuid`` are left out.
    """
    if values is None:
        return None
    shown: dict[str, Any] = {}
    for key, value in values.items():
        if key in ("id", "uuid"):
            continue
        table = _ID_COLUMNS.get(key)
        if table is None:
            shown[key] = value
        else:
            shown[key.removesuffix("_id")] = (
                None if value is None else names[table].get(value, value)
            )
    return shown
