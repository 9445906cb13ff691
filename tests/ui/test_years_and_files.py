"""Year roll-over and diff from the window; Excel export, PDF print, recent files, drops."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.domain.enums import FieldRole, UnitKind
from desktop_app.domain.import_schema import ImportKind
from desktop_app.services import demo_data
from desktop_app.services.imports import ImportRequest, preview_import, run_import
from desktop_app.services.letter_templates import TemplateRow, list_templates
from desktop_app.services.matrix import load_matrix, set_role
from desktop_app.services.units import create_unit
from desktop_app.storage.database import Database
from desktop_app.ui.main_menus import recent_databases
from desktop_app.ui.year_diff_dialog import YearDiffDialog
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import build_window

AGRICULTURE = "青溪县农业农村局"  # supports the field that has no lead in the demo


def test_roll_over_switches_to_the_new_year_and_a_second_one_is_refused(
    qtbot: QtBot, demo: Database
) -> None:
    window, prompter = build_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.matrix_tab)

    assert window.roll_over()

    assert window.workspace.year == DEMO_YEAR + 1
    assert window.year_combo.currentData() == DEMO_YEAR + 1
    assert window.matrix_tab.model.year == DEMO_YEAR + 1
    assert window.matrix_tab.model.rowCount() == len(load_matrix(demo, DEMO_YEAR).units)
    assert str(DEMO_YEAR + 1) in window.statusBar().currentMessage()

    window.set_year(DEMO_YEAR)
    assert not window.roll_over()
    assert prompter.errors and prompter.errors[0].startswith(f"{DEMO_YEAR + 1} 年度已有")


def test_roll_over_carries_the_templates_and_issuing_does_not_offer_the_defaults(
    qtbot: QtBot, demo: Database
) -> None:
    window, prompter = build_window(qtbot, demo)
    last_year = [t.name for t in list_templates(demo, DEMO_YEAR)]

    assert window.roll_over()

    assert "4 letter templates" in window.statusBar().currentMessage()
    offered: list[list[str]] = []

    class _Cancelled:
        def exec(self) -> QDialog.DialogCode:
            return QDialog.DialogCode.Rejected

    def issue_dialog(templates: list[TemplateRow]) -> _Cancelled:
        offered.append([t.name for t in templates])
        return _Cancelled()

    window.tabs.setCurrentWidget(window.letters_tab)
    window.letters_tab.make_issue_dialog = issue_dialog  # type: ignore[method-assign,assignment]
    window.letters_tab.issue()

    assert offered == [last_year]
    assert len(prompter.questions) == 1  # only the roll-over's own question
    assert "letter templates" in prompter.questions[0]


def test_the_diff_dialog_lists_what_changed_since_last_year(qtbot: QtBot, demo: Database) -> None:
    window, _prompter = build_window(qtbot, demo)
    window.roll_over()
    matrix = load_matrix(demo, DEMO_YEAR + 1)
    units = {u.name: u.id for u in matrix.units}
    fields = {f.name: f.id for f in matrix.fields}
    set_role(
        demo,
        DEMO_YEAR + 1,
        [(units["青溪县农业农村局"], fields[demo_data.LEADLESS_FIELD])],
        FieldRole.LEAD,
    )

    dialog = YearDiffDialog(window.workspace, [DEMO_YEAR, DEMO_YEAR + 1], window)
    qtbot.addWidget(dialog)

    assert dialog.model.rowCount() == 1
    row = [dialog.model.index(0, c).data() for c in range(5)]
    assert row == [
        "Matrix",
        "Changed",
        "青溪县农业农村局",
        demo_data.LEADLESS_FIELD,
        "Support → Lead",
    ]
    dialog.earlier_combo.setCurrentIndex(1)
    assert dialog.model.rowCount() == 0


def test_the_visible_matrix_exports_to_excel_with_names_kept_as_text(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    government = load_matrix(demo, DEMO_YEAR).units[0].id
    create_unit(demo, '=HYPERLINK("x")公司', UnitKind.ENTERPRISE, parent_id=government)
    window, prompter = build_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.matrix_tab)
    window.matrix_tab.search_edit.setText("公司")
    target = tmp_path / "矩阵 导出.xlsx"
    prompter.answer(target)

    assert window.export_excel()

    sheet = load_workbook(target).active
    assert sheet["A3"].value == "Unit" and sheet["A2"].value == "Legend:"
    names = [sheet.cell(row, 1).value for row in range(4, sheet.max_row + 1)]
    assert '=HYPERLINK("x")公司' in names
    cell = sheet.cell(4 + names.index('=HYPERLINK("x")公司'), 1)
    assert cell.data_type == "s"
    assert len([n for n in names if n and "公司" in n]) == window.matrix_tab.model.rowCount()
    assert sheet.freeze_panes == "B4"
    assert sheet.page_setup.orientation == "landscape"
    assert not list(tmp_path.glob(".*"))  # no temp file left behind


def test_a_failed_export_names_the_file_and_leaves_the_old_one(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    window, prompter = build_window(qtbot, demo)
    missing = tmp_path / "no such folder" / "m.xlsx"

    assert not window.export_excel(missing)
    assert prompter.errors and str(missing) in prompter.errors[0]


def test_printing_writes_a_landscape_pdf_with_the_header_on_every_page(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    window, _prompter = build_window(qtbot, demo)
    target = tmp_path / "matrix.pdf"

    assert window.print_pdf(target)

    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    if shutil.which("pdfinfo") is None or shutil.which("pdftotext") is None:
        pytest.skip("poppler-utils are not installed")
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    facts = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
    pages = int(facts["Pages"])
    width, _x, height = facts["Page size"].split()[:3]  # "1190.55 x 841.89 pts (A3)"
    width, height = float(width), float(height)
    assert pages > 1 and width > height
    for page in (1, pages):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(target), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "道路交通" in text and "Lead" in text


def test_recent_databases_remember_the_open_file(qtbot: QtBot, demo: Database) -> None:
    build_window(qtbot, demo)
    assert recent_databases()[0] == str(demo.path)


def _drop_event(path: Path) -> tuple[QDragEnterEvent, QDropEvent, QMimeData]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    return enter, drop, mime


def test_dropping_a_workbook_asks_for_an_import(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    window, prompter = build_window(qtbot, demo)
    window.importer = None  # without an importer the clerk is told it is not there yet
    workbook = tmp_path / "单位名册.xlsx"
    enter, drop, _mime = _drop_event(workbook)

    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    with qtbot.waitSignal(window.import_requested) as signal:
        window.dropEvent(drop)
    assert signal.args == [str(workbook)]
    assert prompter.infos and "单位名册.xlsx" in prompter.infos[0]

    received: list[Path] = []
    window.importer = received.append
    _enter, second_drop, _second_mime = _drop_event(workbook)  # the event needs its mime data
    window.dropEvent(second_drop)
    assert received == [workbook] and len(prompter.infos) == 1


def test_other_files_are_not_accepted_for_dropping(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    window, _prompter = build_window(qtbot, demo)
    enter, _drop, _mime = _drop_event(tmp_path / "notes.txt")

    window.dragEnterEvent(enter)
    assert not enter.isAccepted()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_visible_matrix_export_imports_back_and_an_edit_in_excel_is_the_only_change(
    qtbot: QtBot,
    demo: Database,
    tmp_path: Path,
    language: str,
    use_language: Callable[[str], list[str]],
) -> None:
    use_language(language)
    window, prompter = build_window(qtbot, demo)
    target = tmp_path / "矩阵.xlsx"
    prompter.answer(target)
    assert window.export_excel()

    request = ImportRequest(ImportKind.MATRIX, target, year=DEMO_YEAR)
    untouched = preview_import(demo, request)
    assert (untouched.errors, untouched.changes) == (0, 0)  # counts header, legend: not units
    assert len(untouched.table.rows) == window.matrix_tab.model.rowCount()

    book = load_workbook(target)
    sheet = book.active
    assert sheet is not None
    names = [sheet.cell(row, 1).value for row in range(4, sheet.max_row + 1)]
    row = 4 + names.index(AGRICULTURE)
    column = next(
        c
        for c in range(1, sheet.max_column + 1)
        if str(sheet.cell(3, c).value).startswith(demo_data.LEADLESS_FIELD)
    )
    assert sheet.cell(row, column).value in ("配合", "Support")
    sheet.cell(row, column).value = "牵头" if language == "zh_CN" else "Lead"
    book.save(target)

    result = run_import(demo, request)
    assert result.written == 1
    matrix = load_matrix(demo, DEMO_YEAR)
    unit = next(u.id for u in matrix.units if u.name == AGRICULTURE)
    field = next(f.id for f in matrix.fields if f.name == demo_data.LEADLESS_FIELD)
    assert matrix.roles[(unit, field)] is FieldRole.LEAD
