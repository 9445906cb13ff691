"""Every write is audited, and the audit trail cannot be edited through the any_database."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from desktop_app.domain.audit_chain import GENESIS_HASH
from desktop_app.domain.enums import AuditAction, UnitKind
from desktop_app.services.check import check_database
from desktop_app.storage.database import Database
from desktop_app.storage.errors import StorageError
from desktop_app.storage.models import AuditEvent, Unit


def _events(any_database: Database) -> list[AuditEvent]:
    with any_database.reading() as session:
        return list(session.scalars(select(AuditEvent).order_by(AuditEvent.id)))


def test_insert_update_delete_each_leave_an_event_with_before_and_after(
    any_database: Database,
) -> None:
    with any_database.transaction("create_unit") as session:
        unit = Unit(name="应急管理局", kind=UnitKind.DEPARTMENT)
        session.add(unit)
    with any_database.transaction("rename_unit") as session:
        session.get(Unit, unit.id).name = "县应急管理局"  # type: ignore[union-attr]
    with any_database.transaction("delete_unit") as session:
        session.delete(session.get(Unit, unit.id))

    inserted, renamed, deleted = _events(any_database)
    assert (inserted.operation, inserted.action) == ("create_unit", AuditAction.INSERT)
    assert inserted.before is None and inserted.after is not None
    assert inserted.after["name"] == "应急管理局"
    assert renamed.before == {"name": "应急管理局"}
    assert renamed.after == {"name": "县应急管理局"}
    assert deleted.action == AuditAction.DELETE and deleted.after is None
    assert {e.entity_uuid for e in (inserted, renamed, deleted)} == {unit.uuid}
    assert inserted.prev_hash == GENESIS_HASH
    assert renamed.prev_hash == inserted.hash and deleted.prev_hash == renamed.hash
    assert inserted.os_user


def test_a_rolled_back_change_leaves_no_event(any_database: Database) -> None:
    with pytest.raises(RuntimeError), any_database.transaction("create_unit") as session:
        session.add(Unit(name="应急管理局", kind=UnitKind.DEPARTMENT))
        session.flush()
        raise RuntimeError("the clerk cancelled")
    assert _events(any_database) == []
    with any_database.transaction("create_unit") as session:
        session.add(Unit(name="交通运输局", kind=UnitKind.DEPARTMENT))
    assert [e.after["name"] for e in _events(any_database) if e.after] == ["交通运输局"]


@pytest.mark.parametrize(
    "statement", ["UPDATE audit_event SET operation = 'forged'", "DELETE FROM audit_event"]
)
def test_the_database_refuses_to_change_or_remove_audit_events(
    any_database: Database, statement: str
) -> None:
    with any_database.transaction("create_unit") as session:
        session.add(Unit(name="应急管理局", kind=UnitKind.DEPARTMENT))
    with pytest.raises(StorageError) as caught, any_database.transaction("tamper") as session:
        session.execute(text(statement))
    assert "append-only" in caught.value.facts["detail"]
    assert len(_events(any_database)) == 1


def test_check_names_the_first_event_whose_content_was_forged(database: Database) -> None:
    for name in ("应急管理局", "交通运输局", "公安局"):
        with database.transaction("create_unit") as session:
            session.add(Unit(name=name, kind=UnitKind.DEPARTMENT))
    assert check_database(database) == []
    second = _events(database)[1]
    with database.engine.connect() as connection:  # a forger with a raw SQLite tool
        connection.exec_driver_sql("DROP TRIGGER audit_event_no_update")
        connection.exec_driver_sql(
            "UPDATE audit_event SET os_user = 'someone-else' WHERE id = ?", (second.id,)
        )
        connection.commit()
    codes = {(f.code.value, f.facts.get("event_id")) for f in check_database(database)}
    assert ("audit_chain_broken", second.id) in codes
    assert ("audit_guard_missing", None) in codes
