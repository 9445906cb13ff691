"""The main window as the clerk meets it: the county's tree, a filter, counts and details."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.domain.enums import LetterStatus, UnitKind
from desktop_app.services.letter_ledger import ledger
from desktop_app.services.letters import void_letter
from desktop_app.services.units import create_unit, set_unit_active
from desktop_app.storage.database import Database
from desktop_app.storage.migrations import head_revision
from desktop_app.storage.models import Letter, Person
from desktop_app.ui.main_window import MINIMUM_HEIGHT, MINIMUM_WIDTH, MainWindow
from tests.demo_copy import DEMO_YEAR
from tests.ui.conftest import County
from tests.ui.fake_prompter import build_window

WindowFactory = Callable[[Database], MainWindow]


def _visible_names(window: MainWindow, parent: QModelIndex | None = None) -> list[str]:
    """Every name the tree shows (through the filter), depth first."""
    proxy = window.proxy
    parent = parent or QModelIndex()
    names = []
    for row in range(proxy.rowCount(parent)):
        index = proxy.index(row, 0, parent)
        names.append(index.data())
        names.extend(_visible_names(window, index))
    return names


def _menu_titles(window: MainWindow) -> list[str]:
    return [menu.title() for menu in window.menuBar().findChildren(QMenu)]


def test_window_shows_the_whole_hierarchy(county: County, make_window: WindowFactory) -> None:
    window = make_window(county.database)

    assert sorted(_visible_names(window)) == sorted(county.ids)
    assert window.minimumSize().width() == MINIMUM_WIDTH
    assert window.minimumSize().height() == MINIMUM_HEIGHT


def test_filtering_keeps_the_matching_enterprise_and_its_ancestors(
    county: County, make_window: WindowFactory
) -> None:
    window = make_window(county.database)

    # Chinese arrives through the input method, not as key clicks: set the text directly.
    window.filter_edit.setText("企业")

    assert _visible_names(window) == ["示范县人民政府", "城关镇", "城关食品加工企业"]
    enterprise = window.proxy.mapFromSource(window.model.index_of(county.ids["城关食品加工企业"]))
    assert window.tree_view.isExpanded(enterprise.parent())

    window.filter_edit.clear()
    assert sorted(_visible_names(window)) == sorted(county.ids)


def test_filter_ignores_letter_case_and_surrounding_spaces(
    county: County, make_window: WindowFactory
) -> None:
    create_unit(
        county.database,
        "ABB（厦门）开关有限公司",
        UnitKind.ENTERPRISE,
        parent_id=county.ids["城关镇"],
    )
    window = make_window(county.database)

    window.filter_edit.setText(" abb ")
    assert _visible_names(window) == ["示范县人民政府", "城关镇", "ABB（厦门）开关有限公司"]

    window.filter_edit.setText("  ")
    assert len(_visible_names(window)) == len(county.ids) + 1


def test_window_speaks_chinese_with_the_chinese_translation(
    county: County, make_window: WindowFactory, use_language: Callable[[str], list[str]]
) -> None:
    assert "dutymatrix_zh_CN" in use_language("zh_CN")
    window = make_window(county.database)

    assert window.windowTitle() == "安全生产责任矩阵 — t.db"
    assert window.filter_edit.placeholderText() == "按名称筛选单位…"
    assert _menu_titles(window)[:5] == ["文件(&F)", "编辑(&E)", "年度(&Y)", "视图(&V)", "帮助(&H)"]
    assert window.quit_action.text() == "退出(&X)"
    assert window.about_action.text() == "关于(&A)"
    assert window.summary.hint_label.text().startswith("在左侧单位树中选择")
    assert window.database_label.text() == f"数据库：{county.path}"


def test_window_speaks_english_when_asked(
    county: County, make_window: WindowFactory, use_language: Callable[[str], list[str]]
) -> None:
    assert use_language("en") == []
    window = make_window(county.database)

    assert window.windowTitle() == "DutyMatrix — t.db"
    assert window.filter_edit.placeholderText() == "Filter units by name…"
    assert _menu_titles(window)[:5] == ["&File", "&Edit", "&Year", "&View", "&Help"]


def test_selecting_a_township_shows_its_details(
    county: County, make_window: WindowFactory, use_language: Callable[[str], list[str]]
) -> None:
    use_language("zh_CN")
    window = make_window(county.database)
    details = window.summary.detail_labels

    assert window.select_unit(county.ids["城关镇"])

    assert window.selected_unit() is not None
    assert details["name"].text() == "城关镇"
    assert details["kind"].text() == "乡镇街道"
    assert details["category"].text() == "—"
    assert details["committee_member"].text() == "是"
    assert details["people"].text() == "0"
    assert details["units_below"].text() == "2"


def test_selecting_a_department_shows_category_and_people(
    county: County, make_window: WindowFactory, use_language: Callable[[str], list[str]]
) -> None:
    use_language("zh_CN")
    window = make_window(county.database)
    details = window.summary.detail_labels

    window.select_unit(county.ids["县应急管理局"])
    assert details["kind"].text() == "部门"
    assert details["category"].text() == "综合监管部门"
    assert details["people"].text() == "2"
    assert details["units_below"].text() == "0"

    window.select_unit(county.ids["华兴化工有限公司"])
    assert details["name"].text() == "华兴化工有限公司"
    assert details["committee_member"].text() == "否"


def test_filtering_out_the_selected_unit_clears_the_details(
    county: County, make_window: WindowFactory
) -> None:
    window = make_window(county.database)
    window.select_unit(county.ids["县应急管理局"])

    window.filter_edit.setText("企业")

    assert window.selected_unit() is None
    assert not window.select_unit(county.ids["县应急管理局"])


def test_counts_panel_matches_the_database(county: County, make_window: WindowFactory) -> None:
    window = make_window(county.database)
    counts = {key: label.text() for key, label in window.summary.count_labels.items()}
    with county.database.reading() as session:
        people = session.scalar(select(func.count()).select_from(Person))

    assert counts == {
        "department": "2",
        "township": "1",
        "park": "0",
        "enterprise": "2",
        "committee_members": "3",
        "people": str(people),
        "fields": "1",
        "letters": "0",
    }


def test_a_deactivated_department_no_longer_counts(
    county: County, make_window: WindowFactory
) -> None:
    set_unit_active(county.database, county.ids["县交通运输局"], False)
    window = make_window(county.database)

    assert window.summary.count_labels["department"].text() == "1"
    assert window.summary.count_labels["committee_members"].text() == "2"


def test_status_bar_names_the_file_and_about_names_the_schema_revision(
    county: County, make_window: WindowFactory
) -> None:
    window = make_window(county.database)

    assert window.database_label.text() == f"Database: {county.path}"
    status_texts = [label.text() for label in window.statusBar().findChildren(QLabel)]
    assert not any("revision" in text for text in status_texts), "a developer detail"
    assert f"Schema revision: {head_revision()}" in window.about_text()


def test_reload_picks_up_a_new_unit(county: County, make_window: WindowFactory) -> None:
    window = make_window(county.database)
    create_unit(
        county.database, "经济开发区", UnitKind.PARK, parent_id=county.ids["示范县人民政府"]
    )

    window.reload()

    assert "经济开发区" in _visible_names(window)
    assert window.summary.count_labels["park"].text() == "1"


def test_window_size_is_remembered(
    county: County, make_window: WindowFactory, qtbot: QtBot
) -> None:
    first = make_window(county.database)
    first.show()
    qtbot.waitExposed(first)
    first.resize(MINIMUM_WIDTH, 700)
    first.close()

    second = make_window(county.database)

    # The offscreen screen is 800 × 800, so Qt clamps the width to the minimum and may shift
    # the height by the frame; the default height (760) would show the size was not restored.
    assert second.width() == MINIMUM_WIDTH
    assert abs(second.height() - 700) <= 10


def test_exit_closes_the_window(county: County, make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window(county.database)
    window.show()
    qtbot.waitExposed(window)

    window.quit_action.trigger()

    assert not window.isVisible()


def _in_force(database: Database, year: int) -> int:
    drafts_and_void = (LetterStatus.DRAFT, LetterStatus.VOID)
    return sum(1 for row in ledger(database, year) if row.status not in drafts_and_void)


def test_the_overview_counts_the_letters_of_the_year_shown(qtbot: QtBot, demo: Database) -> None:
    window, _prompter = build_window(qtbot, demo)
    letters = window.summary.count_labels["letters"]
    caption = window.summary._captions["count:letters"]  # noqa: SLF001 - what the clerk reads
    with demo.reading() as session:
        every_year = session.scalar(select(func.count()).select_from(Letter))
    this_year = _in_force(demo, DEMO_YEAR)
    assert 0 < this_year < (every_year or 0)
    assert letters.text() == str(this_year) and str(DEMO_YEAR) in caption.text()

    signed = next(r for r in ledger(demo, DEMO_YEAR) if r.status is LetterStatus.SIGNED)
    void_letter(demo, signed.id, "负责人调整")  # on the 责任书 tab, which announces nothing
    window.tabs.setCurrentWidget(window.letters_tab)
    window.tabs.setCurrentWidget(window.summary)
    assert letters.text() == str(this_year - 1)

    window.set_year(DEMO_YEAR - 1)
    assert letters.text() == str(_in_force(demo, DEMO_YEAR - 1))
    assert str(DEMO_YEAR - 1) in caption.text()
