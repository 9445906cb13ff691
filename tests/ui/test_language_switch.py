"""View → Language switches every visible text at once and remembers the choice."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.domain.enums import FieldRole
from desktop_app.storage.database import Database
from desktop_app.ui.settings import LANGUAGE_KEY, app_settings
from tests.ui.fake_prompter import build_window


def _lead_cell_text(window) -> str:  # type: ignore[no-untyped-def]
    model = window.matrix_tab.model
    for row, unit in enumerate(model.units()):
        for column, field in enumerate(model.fields()):
            if model.role_at(unit.id, field.id) is FieldRole.LEAD:
                return str(model.index(row, column).data())
    raise AssertionError("no lead cell")


def test_switching_the_language_changes_visible_texts(qtbot: QtBot, demo: Database) -> None:
    window, _prompter = build_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.matrix_tab)
    assert window.menus.file_menu.title() == "&File"
    assert _lead_cell_text(window) == "Lead"

    window.switch_language("zh_CN")

    assert window.menus.file_menu.title() == "文件(&F)"
    assert window.menus.language_menu.title() == "语言(&L)"
    assert [window.tabs.tabText(i) for i in range(5)] == [
        "概况",
        "责任矩阵",
        "分管",
        "责任清单",
        "人员",
    ]
    assert window.tabs.tabText(5).startswith("缺位检查")
    assert _lead_cell_text(window) == "牵头"
    assert window.matrix_tab.role_buttons[FieldRole.SUPPORT].text() == "2  配合"
    assert window.summary.hint_label.text().startswith("在左侧单位树中选择")
    assert window.windowTitle().startswith("安全生产责任矩阵")
    assert app_settings().value(LANGUAGE_KEY) == "zh_CN"
    window.tabs.setCurrentWidget(window.gaps_tab)
    assert window.gaps_tab.model.index(0, 2).data().endswith("。")

    window.switch_language("en")

    assert window.menus.file_menu.title() == "&File"
    assert window.tabs.tabText(1) == "Responsibility matrix"
    assert _lead_cell_text(window) == "Lead"
    assert window.gaps_tab.model.index(0, 2).data().endswith(".")
    assert app_settings().value(LANGUAGE_KEY) == "en"
    assert window.menus.language_actions["en"].isChecked()
