"""Adding, renaming and moving units through the services, as the clerk does."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.messages import describe
from desktop_app.services import units
from desktop_app.storage.database import Database
from desktop_app.storage.models import AuditEvent, Unit


@pytest.fixture
def county(any_database: Database) -> dict[str, int]:
    government = units.create_unit(any_database, "青溪县人民政府", UnitKind.GOVERNMENT)
    town = units.create_unit(any_database, "青溪镇", UnitKind.TOWNSHIP, parent_id=government)
    plant = units.create_unit(any_database, "宏达化工有限公司", UnitKind.ENTERPRISE, parent_id=town)
    office = units.create_unit(any_database, "安监站", UnitKind.OTHER, parent_id=town)
    return {"government": government, "town": town, "plant": plant, "office": office}


def test_moving_a_unit_under_its_own_descendant_is_refused_and_nothing_changes(
    any_database: Database, county: dict[str, int]
) -> None:
    with any_database.reading() as session:
        events_before = session.scalar(select(func.count()).select_from(AuditEvent))
    with pytest.raises(DomainError) as caught:
        units.move_unit(any_database, county["town"], county["plant"])
    assert caught.value.code is ErrorCode.HIERARCHY_CYCLE
    assert describe(caught.value) == (
        "不能把“青溪镇”移到“宏达化工有限公司”之下：“宏达化工有限公司”是它自己或它的下级单位，会形成循环。"
    )
    with any_database.reading() as session:
        assert session.get(Unit, county["town"]).parent_id == county["government"]  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events_before


def test_a_legal_move_is_written_and_audited(
    any_database: Database, county: dict[str, int]
) -> None:
    units.move_unit(any_database, county["plant"], county["government"])
    with any_database.reading() as session:
        assert session.get(Unit, county["plant"]).parent_id == county["government"]  # type: ignore[union-attr]
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event is not None and event.operation == "move_unit"
    assert event.before == {"parent_id": county["town"]}
    assert event.after == {"parent_id": county["government"]}


def test_a_duplicate_sibling_name_gives_a_clear_error(
    any_database: Database, county: dict[str, int]
) -> None:
    with pytest.raises(DomainError) as caught:
        units.create_unit(
            any_database, " 宏达化工有限公司\u3000", UnitKind.ENTERPRISE, parent_id=county["town"]
        )
    assert caught.value.code is ErrorCode.DUPLICATE_SIBLING_NAME
    assert "“青溪镇”下已有名为“宏达化工有限公司”的单位" in describe(caught.value)
    # the same name elsewhere is fine
    units.create_unit(
        any_database, "宏达化工有限公司", UnitKind.ENTERPRISE, parent_id=county["government"]
    )


def test_moving_into_a_parent_that_already_has_that_name_is_refused(
    any_database: Database, county: dict[str, int]
) -> None:
    units.create_unit(any_database, "安监站", UnitKind.OTHER, parent_id=county["government"])
    with pytest.raises(DomainError) as caught:
        units.move_unit(any_database, county["office"], county["government"])
    assert caught.value.code is ErrorCode.DUPLICATE_SIBLING_NAME


def test_renaming_and_deactivating(any_database: Database, county: dict[str, int]) -> None:
    units.rename_unit(any_database, county["office"], "安全生产监督管理站")
    units.set_unit_active(any_database, county["plant"], False)
    tree = units.unit_tree(any_database)
    town = tree[0].children[0]
    assert [c.name for c in town.children] == ["宏达化工有限公司", "安全生产监督管理站"]
    assert [c.active for c in town.children] == [False, True]
    assert [
        n.name
        for n in units.unit_tree(any_database, include_inactive=False)[0].children[0].children
    ] == ["安全生产监督管理站"]
    with pytest.raises(DomainError) as caught:
        units.rename_unit(any_database, county["office"], "  ")
    assert caught.value.code is ErrorCode.EMPTY_NAME


def test_the_tree_counts_descendants(any_database: Database, county: dict[str, int]) -> None:
    (root,) = units.unit_tree(any_database)
    assert root.name == "青溪县人民政府"
    assert root.descendant_count() == 3


def test_a_duplicate_code_is_refused_with_the_code_named(
    any_database: Database, county: dict[str, int]
) -> None:
    units.create_unit(any_database, "应急管理局", UnitKind.DEPARTMENT, code="QX-001")
    with pytest.raises(DomainError) as caught:
        units.create_unit(any_database, "公安局", UnitKind.DEPARTMENT, code="QX-001")
    assert caught.value.code is ErrorCode.DUPLICATE_CODE
    assert describe(caught.value) == "单位编码“QX-001”已被使用。"
