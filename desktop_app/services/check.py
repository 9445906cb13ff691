"""``check``: file integrity, foreign keys, the audit chain and the domain's consistency."""

from __future__ import annotations

from sqlalchemy import select, text

from desktop_app.domain.audit_chain import verify_chain
from desktop_app.domain.consistency import Finding, FindingCode, PersonRow, UnitRow, check_units
from desktop_app.storage.audit import SQLITE_AUDIT_TRIGGERS, audit_payload
from desktop_app.storage.database import Database, integrity_problems
from desktop_app.storage.models import AuditEvent, Person, Unit

_AUDIT_BATCH = 2000


def check_database(database: Database) -> list[Finding]:
    """Every problem found, most fundamental first; an empty list means all is well."""
    integrity, foreign_keys = integrity_problems(database)
    findings = [Finding(FindingCode.INTEGRITY, {"detail": line}) for line in integrity]
    findings += [Finding(FindingCode.FOREIGN_KEY, {"detail": line}) for line in foreign_keys]
    findings += _audit_findings(database)
    with database.reading() as session:
        units = [
            UnitRow(
                u.id,
                u.name,
                u.kind,
                u.parent_id,
                u.territorial_unit_id,
                u.supervisor_unit_id,
                u.active,
            )
            for u in session.scalars(select(Unit))
        ]
        people = [
            PersonRow(p.id, p.name, p.unit_id, p.is_party_head, p.is_admin_head, p.active)
            for p in session.scalars(select(Person))
        ]
    return findings + check_units(units, people)


def _audit_findings(database: Database) -> list[Finding]:
    findings: list[Finding] = []
    with database.reading() as session:
        if database.is_sqlite:
            present = set(
                session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).all()
            )
            for trigger in SQLITE_AUDIT_TRIGGERS:
                if trigger not in present:
                    findings.append(Finding(FindingCode.AUDIT_GUARD_MISSING, {"trigger": trigger}))
        events = session.scalars(
            select(AuditEvent).order_by(AuditEvent.id).execution_options(yield_per=_AUDIT_BATCH)
        )
        broken = verify_chain(
            (event.id, event.prev_hash, event.hash, audit_payload(event)) for event in events
        )
    if broken is not None:
        findings.append(
            Finding(
                FindingCode.AUDIT_CHAIN_BROKEN,
                {"event_id": broken.event_id, "reason": broken.reason},
            )
        )
    return findings
