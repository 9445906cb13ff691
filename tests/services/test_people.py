"""People of a unit, posts, and succession: letters pass to the successor, logged, undoable."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from desktop_app.domain.enums import LetterStatus, Party
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.services.oversight import load_portfolios
from desktop_app.services.people import (
    create_person,
    create_post,
    people_of_unit,
    posts_of_unit,
    record_successor,
    undo_succession,
    unit_details,
    update_person,
)
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditEvent, Letter, LetterSignatory, Person, Unit
from tests.demo_copy import DEMO_YEAR as YEAR


def _unit_id(database: Database, name: str) -> int:
    with database.reading() as session:
        return int(session.scalar(select(Unit.id).where(Unit.name == name)) or 0)


def _person_id(database: Database, name: str) -> int:
    with database.reading() as session:
        return int(session.scalar(select(Person.id).where(Person.name == name)) or 0)


def _letter_signed_by(database: Database, person_id: int) -> int:
    """A letter from the county to a township, signed for party A by ``person_id``."""
    with database.transaction("test_letter") as session:
        county = session.scalar(select(Unit.id).where(Unit.name == "青溪县人民政府"))
        bureau = session.scalar(select(Unit.id).where(Unit.name == "青溪县应急管理局"))
        letter = Letter(year=YEAR, party_a_id=county, party_b_id=bureau, status=LetterStatus.ISSUED)
        session.add(letter)
        session.flush()
        session.add(
            LetterSignatory(
                letter_id=letter.id, party=Party.A, person_id=person_id, valid_from=date(2026, 1, 5)
            )
        )
        return letter.id


def test_people_of_a_unit_show_flags_and_new_people_go_last(demo: Database) -> None:
    bureau = _unit_id(demo, "青溪县应急管理局")
    head = people_of_unit(demo, bureau)[0]
    assert head.is_party_head and head.is_admin_head

    new_id = create_person(demo, bureau, " 赵\u3000敏 ", "副局长", is_leader=True)
    assert people_of_unit(demo, bureau)[-1].id == new_id
    assert people_of_unit(demo, bureau)[-1].name == "赵 敏"

    before = update_person(demo, new_id, title="局长", is_admin_head=True)
    assert before == {"title": "副局长", "is_admin_head": False}
    with pytest.raises(DomainError) as blank:
        update_person(demo, new_id, name="  ")
    assert blank.value.code is ErrorCode.EMPTY_NAME


def test_posts_are_unique_per_unit(demo: Database) -> None:
    bureau = _unit_id(demo, "青溪县应急管理局")
    post_id = create_post(demo, bureau, "安全生产专职副局长")
    assert [p.title for p in posts_of_unit(demo, bureau)] == ["安全生产专职副局长"]
    assert post_id

    with pytest.raises(DomainError) as duplicate:
        create_post(demo, bureau, "安全生产专职副局长")
    assert duplicate.value.code is ErrorCode.DUPLICATE_POST


def test_a_successor_takes_over_letters_posts_oversight_and_office(demo: Database) -> None:
    deputy = _person_id(demo, "吴立新")
    government = _unit_id(demo, "青溪县人民政府")
    successor = create_person(demo, government, "孙志刚", "副县长")
    letter = _letter_signed_by(demo, deputy)
    overseen_before = {
        i.id for p in load_portfolios(demo, YEAR) if p.person_id == deputy for i in p.items
    }

    succession = record_successor(demo, deputy, successor, on=date(2026, 6, 1), year=YEAR)

    with demo.reading() as session:
        signatories = session.scalars(
            select(LetterSignatory)
            .where(LetterSignatory.letter_id == letter)
            .order_by(LetterSignatory.id)
        ).all()
        assert [(s.person_id, s.valid_to, s.valid_from) for s in signatories] == [
            (deputy, date(2026, 6, 1), date(2026, 1, 5)),
            (successor, None, date(2026, 6, 1)),
        ]
        predecessor = session.get(Person, deputy)
        new_leader = session.get(Person, successor)
        assert predecessor is not None and new_leader is not None
        assert not predecessor.active and predecessor.successor_id == successor
        assert new_leader.is_leader and not predecessor.is_leader
        operations = set(
            session.scalars(
                select(AuditEvent.operation).where(AuditEvent.entity == "letter_signatory")
            )
        )
    assert "record_successor" in operations
    portfolio = next(p for p in load_portfolios(demo, YEAR) if p.person_id == successor)
    assert {i.id for i in portfolio.items} == overseen_before
    assert succession.posts  # the deputy's post and its duty list pass on

    undo_succession(demo, succession)

    with demo.reading() as session:
        signatories = session.scalars(
            select(LetterSignatory).where(LetterSignatory.letter_id == letter)
        ).all()
        assert [(s.person_id, s.valid_to) for s in signatories] == [(deputy, None)]
        predecessor = session.get(Person, deputy)
        assert predecessor is not None and predecessor.active and predecessor.is_leader
    portfolio = next(p for p in load_portfolios(demo, YEAR) if p.person_id == deputy)
    assert {i.id for i in portfolio.items} == overseen_before


def test_succeeding_oneself_or_by_someone_out_of_office_is_refused(demo: Database) -> None:
    deputy = _person_id(demo, "吴立新")
    government = _unit_id(demo, "青溪县人民政府")
    retired = create_person(demo, government, "钱退休", "原副县长")
    update_person(demo, retired, active=False)

    with pytest.raises(DomainError) as itself:
        record_successor(demo, deputy, deputy, on=date(2026, 6, 1))
    with pytest.raises(DomainError) as inactive:
        record_successor(demo, deputy, retired, on=date(2026, 6, 1))

    assert itself.value.code is ErrorCode.SUCCESSOR_IS_SELF
    assert inactive.value.code is ErrorCode.SUCCESSOR_INACTIVE


def test_unit_details_name_principals_and_territory(demo: Database) -> None:
    fire = unit_details(demo, _unit_id(demo, "青溪县消防救援大队"))
    assert [name for name, _title in fire.principals] and len(fire.principals) == 2
    with demo.reading() as session:
        enterprise = session.scalars(
            select(Unit).where(Unit.territorial_unit_id.is_not(None))
        ).first()
        assert enterprise is not None
        territory = enterprise.territorial_unit.name  # type: ignore[union-attr]
        enterprise_id = enterprise.id
    details = unit_details(demo, enterprise_id)
    assert details.territorial_unit == territory and details.risk_level is not None
