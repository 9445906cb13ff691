"""一岗双责: leaders' portfolios, assigning and removing oversight, the responsibility card."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.gaps import GapKind
from desktop_app.messages import describe
from desktop_app.services import demo_data
from desktop_app.services.gaps import list_gaps
from desktop_app.services.oversight import (
    assign_oversight,
    load_portfolios,
    remove_oversight,
    responsibility_card,
    restore_oversight,
)
from desktop_app.storage.database import Database
from desktop_app.storage.models import Oversight, Unit
from tests.demo_copy import DEMO_YEAR as YEAR


def _unit_id(database: Database, name: str) -> int:
    with database.reading() as session:
        return int(session.scalar(select(Unit.id).where(Unit.name == name)) or 0)


def _portfolio(database: Database, name: str):  # type: ignore[no-untyped-def]
    return next(p for p in load_portfolios(database, YEAR) if p.name == name)


def test_portfolios_list_every_leader_with_units_and_fields(demo: Database) -> None:
    portfolios = load_portfolios(demo, YEAR)
    deputy = next(p for p in portfolios if p.name == "吴立新")

    assert {i.target_name for i in deputy.units} >= {"青溪县公安局", "青溪县消防救援大队"}
    assert {i.target_name for i in deputy.fields} == {"道路交通", "民用爆炸物品", "消防"}
    idle = next(p for p in portfolios if p.name == demo_data.IDLE_LEADER)
    assert idle.items == () and idle.is_leader
    assert portfolios[0].is_leader


def test_assigning_the_unoverseen_member_closes_its_gap_and_removing_reopens_it(
    demo: Database,
) -> None:
    member = _unit_id(demo, demo_data.UNOVERSEEN_MEMBER)
    leader = _portfolio(demo, demo_data.IDLE_LEADER)

    def member_gap() -> bool:
        return any(
            g.kind is GapKind.MEMBER_WITHOUT_OVERSEER and g.subject_id == member
            for g in list_gaps(demo, YEAR)
        )

    assert member_gap()
    record = assign_oversight(demo, YEAR, leader.person_id, unit_id=member)
    assert not member_gap()
    assert not any(
        g.kind is GapKind.LEADER_OVERSEES_NOTHING and g.subject_id == leader.person_id
        for g in list_gaps(demo, YEAR)
    )

    removed = remove_oversight(demo, record.id)
    assert removed == record and member_gap()

    restore_oversight(demo, removed)
    with demo.reading() as session:
        row = session.get(Oversight, record.id)
    assert row is not None and row.uuid == record.uuid and not member_gap()


def test_a_second_identical_oversight_and_an_empty_target_are_refused(demo: Database) -> None:
    deputy = _portfolio(demo, "吴立新")
    police = _unit_id(demo, "青溪县公安局")

    with pytest.raises(DomainError) as duplicate:
        assign_oversight(demo, YEAR, deputy.person_id, unit_id=police)
    with pytest.raises(DomainError) as neither:
        assign_oversight(demo, YEAR, deputy.person_id)

    assert duplicate.value.code is ErrorCode.OVERSIGHT_EXISTS
    assert describe(duplicate.value) == f"{YEAR} 年度“吴立新”已分管“青溪县公安局”。"
    assert neither.value.code is ErrorCode.OVERSIGHT_TARGET_REQUIRED


def test_the_card_names_units_fields_their_roles_and_post_duties(demo: Database) -> None:
    deputy = _portfolio(demo, "吴立新")

    card = responsibility_card(demo, YEAR, deputy.person_id)

    assert card.name == "吴立新" and card.year == YEAR
    police = next(u for u in card.units if u.name == "青溪县公安局")
    assert "道路交通" in police.leads
    road = next(f for f in card.fields if f.name == "道路交通")
    assert road.leads == ("青溪县公安局",)
    assert card.clauses and all(c.text for c in card.clauses)
