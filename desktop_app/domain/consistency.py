"""Consistency rules over the unit hierarchy that the database alone cannot express."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.hierarchy import find_cycles

TERRITORIAL_KINDS = frozenset({UnitKind.TOWNSHIP, UnitKind.PARK, UnitKind.GOVERNMENT})
SUPERVISOR_KINDS = frozenset({UnitKind.DEPARTMENT, UnitKind.COMMITTEE, UnitKind.GOVERNMENT})


class FindingCode(StrEnum):
    """What ``check`` can report; each has a sentence in ``desktop_app.messages``."""

    INTEGRITY = "integrity"
    FOREIGN_KEY = "foreign_key"
    AUDIT_CHAIN_BROKEN = "audit_chain_broken"
    AUDIT_GUARD_MISSING = "audit_guard_missing"
    HIERARCHY_CYCLE = "hierarchy_cycle"
    TERRITORIAL_NOT_TOWNSHIP = "territorial_not_township"
    SUPERVISOR_NOT_DEPARTMENT = "supervisor_not_department"
    DUPLICATE_PRINCIPAL = "duplicate_principal"
    PERSON_IN_INACTIVE_UNIT = "person_in_inactive_unit"


@dataclass(frozen=True)
class Finding:
    """One problem ``check`` found, with the facts its sentence needs."""

    code: FindingCode
    facts: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class UnitRow:
    """The facts of a unit the consistency rules look at."""

    id: int
    name: str
    kind: UnitKind
    parent_id: int | None
    territorial_unit_id: int | None
    supervisor_unit_id: int | None
    active: bool


@dataclass(frozen=True)
class PersonRow:
    """The facts of a person the consistency rules look at."""

    id: int
    name: str
    unit_id: int
    is_party_head: bool
    is_admin_head: bool
    active: bool


def check_units(units: Sequence[UnitRow], people: Sequence[PersonRow]) -> list[Finding]:
    """Every consistency problem of the hierarchy and its principals."""
    by_id = {unit.id: unit for unit in units}
    findings: list[Finding] = []
    for cycle in find_cycles({unit.id: unit.parent_id for unit in units}):
        names = " → ".join(by_id[i].name for i in cycle if i in by_id)
        findings.append(Finding(FindingCode.HIERARCHY_CYCLE, {"units": names}))
    for unit in units:
        territory = by_id.get(unit.territorial_unit_id or -1)
        if territory is not None and territory.kind not in TERRITORIAL_KINDS:
            findings.append(
                Finding(
                    FindingCode.TERRITORIAL_NOT_TOWNSHIP,
                    {"unit": unit.name, "territory": territory.name},
                )
            )
        supervisor = by_id.get(unit.supervisor_unit_id or -1)
        if supervisor is not None and supervisor.kind not in SUPERVISOR_KINDS:
            findings.append(
                Finding(
                    FindingCode.SUPERVISOR_NOT_DEPARTMENT,
                    {"unit": unit.name, "supervisor": supervisor.name},
                )
            )
    active_people = [person for person in people if person.active]
    for flag, label in (("is_party_head", "party"), ("is_admin_head", "admin")):
        counts = Counter(p.unit_id for p in active_people if getattr(p, flag))
        for unit_id, count in sorted(counts.items()):
            if count > 1 and unit_id in by_id:
                findings.append(
                    Finding(
                        FindingCode.DUPLICATE_PRINCIPAL,
                        {"unit": by_id[unit_id].name, "role": label, "count": count},
                    )
                )
    for person in active_people:
        home = by_id.get(person.unit_id)
        if home is not None and not home.active:
            findings.append(
                Finding(
                    FindingCode.PERSON_IN_INACTIVE_UNIT, {"person": person.name, "unit": home.name}
                )
            )
    return findings
