"""文件 → 导出登记册: every register written off the GUI thread, importable again, and a
failure named; plus the busy runner it uses."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog
from pytestqt.qtbot import QtBot

from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.domain.import_schema import ImportKind
from desktop_app.services.imports import ImportRequest, preview_import
from desktop_app.storage.database import Database
from desktop_app.ui.busy import SHOW_AFTER_MS, run_busy
from desktop_app.ui.export_menu import REGISTERS
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import build_window


def test_the_busy_runner_works_off_the_gui_thread_and_hands_back_result_or_error(
    qtbot: QtBot,
) -> None:
    gui = threading.get_ident()
    shown: list[str] = []

    def slow() -> int:
        time.sleep(1.0)  # longer than the dialog's delay, so it really shows
        return threading.get_ident()

    def look() -> None:  # on the GUI thread while the work runs: it keeps serving events
        shown.extend(
            widget.labelText()
            for widget in QApplication.topLevelWidgets()
            if isinstance(widget, QProgressDialog) and widget.isVisible()
        )

    QTimer.singleShot(SHOW_AFTER_MS + 300, look)
    assert run_busy(None, "正在写入…", slow) != gui
    assert shown == ["正在写入…"]
    with pytest.raises(DomainError) as raised:
        run_busy(None, "…", lambda: (_ for _ in ()).throw(DomainError(ErrorCode.NO_ASSESSMENTS)))
    assert raised.value.code is ErrorCode.NO_ASSESSMENTS


def test_every_register_exports_from_the_file_menu_with_a_chinese_file_name(
    qtbot: QtBot,
    demo: Database,
    tmp_path: Path,
    use_language: Callable[[str], list[str]],
) -> None:
    use_language("zh_CN")
    window, prompter = build_window(qtbot, demo)
    assert window.exports.menu.title() == "导出登记册(&R)"
    assert window.exports.menu.menuAction() in window.menus.file_menu.actions()
    for register in REGISTERS:
        target = tmp_path / f"{register.key}.xlsx"
        prompter.answer(target)
        window.exports.actions[register.key].trigger()
        sheet = load_workbook(target).active
        assert sheet is not None and sheet.max_row > 3, register.key
        assert str(target) in window.statusBar().currentMessage()
    assert prompter.suggested[0] == f"{DEMO_YEAR}年度单位名录.xlsx"
    assert not prompter.errors


@pytest.mark.parametrize("kind", [ImportKind.UNITS, ImportKind.PEOPLE, ImportKind.MATRIX])
def test_an_exported_register_imports_back_without_a_change(
    qtbot: QtBot, demo: Database, tmp_path: Path, kind: ImportKind
) -> None:
    window, prompter = build_window(qtbot, demo)
    target = tmp_path / f"{kind.value}.xlsx"
    count = window.exports.export(kind.value, target)
    assert count
    preview = preview_import(demo, ImportRequest(kind, target, year=DEMO_YEAR))
    assert (preview.errors, preview.changes) == (0, 0)


def test_a_failed_export_names_the_file_and_writes_nothing(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    window, prompter = build_window(qtbot, demo)
    missing = tmp_path / "no such folder" / "units.xlsx"
    assert window.exports.export("units", missing) is None
    assert prompter.errors and str(missing) in prompter.errors[0]
    assert not missing.parent.exists()


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_tabs_export_buttons_write_the_menus_file_under_the_menus_name(
    qtbot: QtBot,
    demo: Database,
    tmp_path: Path,
    language: str,
    use_language: Callable[[str], list[str]],
) -> None:
    use_language(language)
    window, prompter = build_window(qtbot, demo)
    tab_buttons = {
        "letters": window.letters_tab.export_ledger,
        "assessment": window.assessment_tab.export_excel,
    }
    for key, export in tab_buttons.items():
        from_menu, from_tab = tmp_path / f"menu {key}.xlsx", tmp_path / f"tab {key}"
        prompter.answer(from_menu)
        window.exports.actions[key].trigger()
        prompter.answer(from_tab)  # typed without .xlsx
        export()
        assert prompter.suggested[-1] == prompter.suggested[-2], key
        assert str(from_tab.with_suffix(".xlsx")) in window.statusBar().currentMessage()
        menu_book, tab_book = load_workbook(from_menu), load_workbook(from_tab.with_suffix(".xlsx"))
        assert menu_book.sheetnames == tab_book.sheetnames
        for name in menu_book.sheetnames:
            menu_rows = list(menu_book[name].iter_rows(values_only=True))
            assert menu_rows == list(tab_book[name].iter_rows(values_only=True)), (key, name)
    english = {"letters": f"Letter ledger {DEMO_YEAR}.xlsx", "assessment": "Assessment results"}
    chinese = {"letters": f"{DEMO_YEAR}年度责任书签订台账.xlsx", "assessment": "年度考核结果"}
    expected = english if language == "en" else chinese
    assert prompter.suggested[1] == expected["letters"]
    assert expected["assessment"] in prompter.suggested[3]
    assert not prompter.errors
