"""The unit history dialog names every column and value as the clerk says it, in both languages."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.domain.enums import FieldRole
from desktop_app.services.history import unit_history
from desktop_app.services.matrix import load_matrix, set_role
from desktop_app.services.oversight import assign_oversight
from desktop_app.services.people import create_person, create_post, update_person
from desktop_app.services.unit_edits import update_unit
from desktop_app.storage.database import Database
from desktop_app.storage.models import Person, Unit
from desktop_app.ui.unit_history_dialog import HistoryModel, UnitHistoryDialog
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import build_window

BUREAU = "青溪县应急管理局"
# Column names of the audited tables and raw enum values that must never reach the clerk.
INTERNAL_NAMES = (
    "post_id",
    "field_id",
    "unit_id",
    "person_id",
    "holder_id",
    "successor_id",
    "parent_id",
    "territorial_unit",
    "supervisor_unit",
    "is_admin_head",
    "is_leader",
    "is_party_head",
    "is_committee_member",
    "short_name",
    "risk_level",
    "sort_order",
    "updated_at",
    "uuid",
    "True",
    "False",
    "None",
    "：comprehensive",
    "：industry",
    "：department",
    "：lead",
    "：support",
    "：main",
    "：daily_check",
    "：post",
    "：medium",
)


def _edited_bureau(demo: Database) -> int:
    """The bureau after a property edit, a new leader with a phone and a post, a matrix
    change and an oversight of it by a county leader."""
    with demo.reading() as session:
        bureau = session.scalars(select(Unit.id).where(Unit.name == BUREAU)).one()
        overseer = session.scalars(
            select(Person.id).where(Person.is_leader.is_(True), Person.unit_id != bureau)
        ).first()
    assert overseer is not None
    update_unit(
        demo,
        bureau,
        category="industry",
        short_name="应急局",
        is_committee_member=False,
        risk_level="medium",
    )
    person = create_person(demo, bureau, "李明", "副局长", is_leader=True)
    update_person(demo, person, phone="0571-8888", is_admin_head=True)
    create_post(demo, bureau, "安全员", holder_id=person)
    matrix = load_matrix(demo, DEMO_YEAR)
    cell = next(
        key for key, role in matrix.roles.items() if key[0] == bureau and role is FieldRole.LEAD
    )
    set_role(demo, DEMO_YEAR, [cell], FieldRole.SUPPORT)
    assign_oversight(demo, DEMO_YEAR + 1, overseer, unit_id=bureau)
    return bureau


def _texts(model: HistoryModel) -> list[str]:
    return [
        str(model.index(row, column).data())
        for row in range(model.rowCount())
        for column in range(model.columnCount())
    ]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_no_database_name_reaches_the_history(
    demo: Database, language: str, use_language: Callable[[str], list[str]]
) -> None:
    bureau = _edited_bureau(demo)
    use_language(language)
    model = HistoryModel()
    model.set_entries(unit_history(demo, bureau))

    texts = _texts(model)

    entities = {e.entity for e in unit_history(demo, bureau)}
    assert entities == {"unit", "person", "post", "field_assignment", "oversight", "duty_list"}
    shown = "\n".join(texts)
    assert [name for name in INTERNAL_NAMES if name in shown] == []
    pairs = [pair for text in texts[4::6] + texts[5::6] for pair in text.split("；") if text != "—"]
    labels = {pair.split("：", 1)[0] for pair in pairs}
    assert len(labels) > 20
    if language == "zh_CN":
        assert not [label for label in labels if re.search(r"[A-Za-z_]", label)]
        assert "分类：行业监管部门" in shown and "分类：综合监管部门" in shown
        assert "类型：部门" in shown and "风险等级：一般（黄）" in shown
        assert "班子成员：是" in shown and "行政正职：是" in shown and "电话：0571-8888" in shown
        assert "任职人：李明" in shown and ["职责：牵头", "职责：配合"] in [
            texts[row * 6 + 4 : row * 6 + 6] for row in range(model.rowCount())
        ]
        assert "单位：青溪县应急管理局" in shown
    else:
        assert "category：Industry supervision department" in shown
        assert "kind：Department" in shown and "leadership team member：Yes" in shown
        assert "held by：李明" in shown and "role：Lead" in shown and "role：Support" in shown


def test_the_dialog_shows_the_history_in_chinese(
    qtbot: QtBot, demo: Database, use_language: Callable[[str], list[str]]
) -> None:
    bureau = _edited_bureau(demo)
    use_language("zh_CN")
    window, _prompter = build_window(qtbot, demo, show=False)
    dialog = UnitHistoryDialog(window.workspace, bureau, BUREAU, window)
    qtbot.addWidget(dialog)

    assert dialog.windowTitle() == f"{BUREAU}的修改历史"
    newest = [dialog.model.index(0, c).data() for c in range(2, 6)]
    assert newest[:3] == ["分配分管", "分管", "—"]
    # an oversight of the unit: its empty field is left out of the new row's image
    assert newest[3].startswith(f"年度：{DEMO_YEAR + 1}；单位：{BUREAU}；人员：")
    assert "行业领域" not in newest[3]
    assert dialog.model.headerData(4, Qt.Orientation.Horizontal) == "修改前"
