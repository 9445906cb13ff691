"""The import wizard: file → sheet → mapping (remembered) → problems → import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl import Workbook
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.domain.import_schema import ImportKind
from desktop_app.services.units import unit_tree
from desktop_app.storage.models import Unit
from desktop_app.ui.import_wizard import ImportWizard
from desktop_app.ui.import_wizard_pages import remembered_mapping
from desktop_app.ui.main_window import MainWindow
from tests.ui.conftest import County
from tests.ui.fake_prompter import build_window


def _workbook(path: Path, rows: list[list[object]], *, title: str = "名单") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = title
    notes = book.create_sheet("说明", 0)
    notes.append(["填表说明：请勿改动表头。"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


ODD_HEADER = ["序", "机构", "归属", "类"]  # a personnel office's own column names


def _walk_to_mapping(qtbot: QtBot, wizard: ImportWizard) -> None:
    wizard.show()
    qtbot.waitExposed(wizard)
    assert wizard.currentPage() is wizard.file_page and wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.sheet_page
    names = [
        wizard.sheet_page.sheet_list.item(i).text()
        for i in range(wizard.sheet_page.sheet_list.count())
    ]
    assert len(names) == 2
    wizard.sheet_page.sheet_list.setCurrentRow(1)
    assert wizard.sheet_page.sheet() == "名单"
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page


def open_on_mapping_page(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    """The wizard over the one-sheet workbook ``path``, shown, on the mapping page."""
    wizard = window.importer(path)
    assert isinstance(wizard, ImportWizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def check_rows(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Next on the mapping page: the rows are checked in the background, then it moves on."""
    with qtbot.waitSignal(wizard.job.ended, timeout=60_000):
        wizard.next()
    assert wizard.currentPage() is wizard.problems_page


def finish_import(qtbot: QtBot, wizard: ImportWizard) -> None:
    """Import (Finish): the rows are written in the background."""
    with qtbot.waitSignal(wizard.job.ended, timeout=60_000):
        wizard.accept()


def test_a_register_with_odd_headers_is_mapped_by_hand_checked_and_imported(
    qtbot: QtBot, county: County, tmp_path: Path
) -> None:
    window, prompter = build_window(qtbot, county.database)
    path = _workbook(tmp_path / "名单.xlsx", [
        ["示范县成员单位名单"],
        ODD_HEADER,
        [1, "示范县财政局", "示范县人民政府", "其他成员单位"],
        [2, "示范县档案馆", "示范县不存在局", "其他成员单位"],
    ])  # fmt: skip
    wizard = window.importer(path)  # what a dropped file does
    assert isinstance(wizard, ImportWizard)
    _walk_to_mapping(qtbot, wizard)
    page = wizard.mapping_page
    assert not page.isComplete()  # no 单位名称 found: the clerk must say which column it is
    page.header_spin.setValue(2)
    wanted = {1: "name", 2: "parent", 3: "category"}
    for index, key in wanted.items():
        page.combos[index].setCurrentIndex(page.combos[index].findData(key))
    assert page.isComplete()
    check_rows(qtbot, wizard)
    problems = wizard.problems_page
    assert wizard.currentPage() is problems
    model = problems.model
    rows = [tuple(model.index(r, c).data() for c in (1, 2, 3)) for r in range(model.rowCount())]
    assert (4, "归属", "示范县不存在局") in rows
    assert not problems.all_rows.isEnabled() and not problems.isComplete()
    window.grab().save(str(tmp_path / "window.png"))
    problems.valid_only.setChecked(True)
    assert problems.isComplete()
    finish_import(qtbot, wizard)
    assert prompter.infos and "1" in prompter.infos[-1]
    with county.database.reading() as session:
        names = set(session.scalars(select(Unit.name)))
    assert "示范县财政局" in names and "示范县档案馆" not in names
    assert any(node.name == "示范县人民政府" for node in unit_tree(county.database))
    # the clerk's mapping is remembered for the same header shape
    assert remembered_mapping(ImportKind.UNITS, tuple(ODD_HEADER)) == {
        "seq": 0, "name": 1, "parent": 2, "category": 3,
    }  # fmt: skip


def test_the_remembered_mapping_is_offered_next_time(
    qtbot: QtBot, county: County, tmp_path: Path
) -> None:
    window, _prompter = build_window(qtbot, county.database)
    from desktop_app.ui.import_wizard_pages import remember_mapping

    remember_mapping(ImportKind.UNITS, tuple(ODD_HEADER), {"name": 1, "parent": 2})
    path = _workbook(
        tmp_path / "名单.xlsx", [ODD_HEADER, [1, "示范县审计局", "示范县人民政府", None]]
    )
    wizard = window.importer(path)
    _walk_to_mapping(qtbot, wizard)
    assert wizard.mapping_page.mapping() == {"name": 1, "parent": 2}
    assert wizard.mapping_page.isComplete()
    check_rows(qtbot, wizard)
    assert wizard.problems_page.all_rows.isChecked()
    finish_import(qtbot, wizard)
    with county.database.reading() as session:
        assert session.scalar(select(Unit.id).where(Unit.name == "示范县审计局")) is not None


def test_a_renamed_csv_is_refused_on_the_first_page(
    qtbot: QtBot, county: County, tmp_path: Path
) -> None:
    window, prompter = build_window(qtbot, county.database)
    path = tmp_path / "名单.xlsx"
    path.write_text("单位名称\n示范县财政局\n", encoding="utf-8")
    wizard = window.importer(path)
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert len(prompter.errors) == 1
    assert "不是 Excel 工作簿" in prompter.errors[0] and "CSV/text" in prompter.errors[0]


def test_the_file_menu_has_the_import_action(qtbot: QtBot, county: County) -> None:
    window, _prompter = build_window(qtbot, county.database)
    actions = window.menus.file_menu.actions()
    assert window.import_action in actions
    assert actions.index(window.import_action) < actions.index(window.menus.export_action)
    assert window.import_action.text()


def test_the_problem_list_can_be_exported(qtbot: QtBot, county: County, tmp_path: Path) -> None:
    window, prompter = build_window(qtbot, county.database)
    path = _workbook(tmp_path / "名单.xlsx", [
        ["单位名称", "上级单位"], ["示范县档案馆", "示范县不存在局"],
    ])  # fmt: skip
    wizard = window.importer(path)
    _walk_to_mapping(qtbot, wizard)
    check_rows(qtbot, wizard)
    target = tmp_path / "问题.xlsx"
    prompter.answer(target)
    wizard.problems_page.export_list()
    sheet = openpyxl.load_workbook(target).active
    assert [c.value for c in sheet[4]][:4] == ["名单", 2, "上级单位", "示范县不存在局"]
