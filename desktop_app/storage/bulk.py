"""Insert and update many rows with Core executemany statements, audited like ORM writes.

An import of 10,000 rows through the ORM builds, tracks and flushes 20,000 objects; the
statements here send the same rows as multi-row INSERT … RETURNING (SQLAlchemy's
"insertmanyvalues") and executemany UPDATEs, on SQLite and PostgreSQL alike. Each call
announces its rows with :func:`desktop_app.storage.audit.record_changes`, with the very
images the ORM hooks would have recorded, so the audit trail and its hash chain cannot tell
the two ways apart. Call them inside ``Database.transaction`` like any other write.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.domain.enums import AuditAction
from desktop_app.storage.audit import (
    RowChange,
    audited_columns,
    jsonable,
    record_changes,
    row_image,
)
from desktop_app.storage.models import Base, utc_now

CHUNK = 500
"""Rows per statement batch (and per read of the values an update replaces)."""


def table_of(model: type[Base]) -> Table:
    """The Core table behind ``model``."""
    return Base.metadata.tables[model.__tablename__]


@cache
def _defaults(model: type[Base]) -> tuple[tuple[str, Any, bool], ...]:
    """(column, default, is_callable) for every column but the primary key."""
    found: list[tuple[str, Any, bool]] = []
    for column in table_of(model).columns:
        if column.primary_key:
            continue
        default: Any = column.default
        if default is None:
            found.append((column.key, None, False))
        elif default.is_callable:
            found.append((column.key, default.arg, True))
        else:
            found.append((column.key, default.arg, False))
    return tuple(found)


def complete_row(
    model: type[Base], values: Mapping[str, Any], now: datetime | None = None
) -> dict[str, Any]:
    """``values`` with every other column at its default (a fresh uuid, ``updated_at`` at
    ``now`` or the current time), as the ORM would have filled them in."""
    row: dict[str, Any] = {}
    for key, default, is_callable in _defaults(model):
        if key in values:
            row[key] = values[key]
        elif key == "updated_at" and now is not None:
            row[key] = now
        elif is_callable:
            row[key] = default(None)  # SQLAlchemy's wrapper takes an execution context
        else:
            row[key] = default
    return row


def new_uuids(count: int) -> list[str]:
    """``count`` random (version 4) uuids as text, like :func:`models.new_uuid` gives one by
    one, from one read of the system's random source."""
    found: list[str] = []
    random = os.urandom(16 * count)
    for start in range(0, 16 * count, 16):
        raw = bytearray(random[start : start + 16])
        raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
        raw[8] = (raw[8] & 0x3F) | 0x80  # RFC 4122 variant
        text = raw.hex()
        found.append(f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}")
    return found


def insert_rows(
    session: Session, model: type[Base], rows: Sequence[Mapping[str, Any]]
) -> list[int]:
    """Insert ``rows`` (column → value; other columns take their defaults); their new ids,
    in the order of ``rows``. Each row's audit event is queued."""
    if not rows:
        return []
    table = table_of(model)
    now = utc_now()
    if "uuid" in table.c:
        rows = [{"uuid": uuid, **row} for uuid, row in zip(new_uuids(len(rows)), rows, strict=True)]
    full = [complete_row(model, row, now) for row in rows]
    connection = session.connection()
    if "uuid" in table.c:
        result = connection.execute(insert(table).returning(table.c.id, table.c.uuid), full)
        id_of = {uuid: row_id for row_id, uuid in result}
        ids = [id_of[row["uuid"]] for row in full]
    else:
        statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = list(connection.execute(statement, full).scalars())
    entity = table.name
    for row, row_id in zip(full, ids, strict=True):
        row["id"] = row_id  # for the image; the statement has run
    record_changes(
        session,
        (
            RowChange(AuditAction.INSERT, entity, row.get("uuid"), None, row_image(model, row))
            for row in full
        ),
    )
    return ids


def update_rows(
    session: Session, model: type[Base], changes: Sequence[tuple[int, Mapping[str, Any]]]
) -> int:
    """Set columns of rows by id: ``(id, {column: new value})``. Values equal to what the row
    holds are left alone; each row that really changes gets an audit event with the old and
    the new values of its changed columns. Returns how many rows changed."""
    changed = 0
    for start in range(0, len(changes), CHUNK):
        changed += _update_chunk(session, model, changes[start : start + CHUNK])
    return changed


def _update_chunk(
    session: Session, model: type[Base], changes: Sequence[tuple[int, Mapping[str, Any]]]
) -> int:
    table = table_of(model)
    columns = sorted({key for _id, values in changes for key in values})
    if not columns:
        return 0
    connection = session.connection()
    has_uuid = "uuid" in table.c
    wanted = [table.c.id, *(table.c[key] for key in columns)]
    if has_uuid:
        wanted.append(table.c.uuid)
    current = {
        row.id: row._mapping
        for row in connection.execute(
            select(*wanted).where(table.c.id.in_([row_id for row_id, _values in changes]))
        )
    }
    groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    events: list[RowChange] = []
    now = utc_now()
    for row_id, values in changes:
        held = current[row_id]
        different = {key: value for key, value in values.items() if held[key] != value}
        if not different:
            continue
        keys = tuple(key for key in audited_columns(model) if key in different)
        params = {f"new_{key}": value for key, value in different.items()}
        params["row_id"] = row_id
        if "updated_at" in table.c:
            params["new_updated_at"] = now
        groups.setdefault(keys, []).append(params)
        events.append(
            RowChange(
                AuditAction.UPDATE,
                table.name,
                held["uuid"] if has_uuid else None,
                jsonable({key: held[key] for key in keys}),
                jsonable(different),
            )
        )
    for keys, batch in groups.items():
        targets = list(keys) + (["updated_at"] if "updated_at" in table.c else [])
        statement = (
            update(table)
            .where(table.c.id == bindparam("row_id"))
            .values({key: bindparam(f"new_{key}") for key in targets})
        )
        connection.execute(statement, batch)
    record_changes(session, events)
    return len(events)
