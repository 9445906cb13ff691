"""The problems page: "Create missing parent units" under a unit chosen in the picker."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.domain.errors import DomainError, ErrorCode
from desktop_app.services import imports
from desktop_app.storage.models import Unit
from desktop_app.ui.import_wizard import ImportWizard
from tests.ui.conftest import County
from tests.ui.fake_prompter import FakePrompter, build_window
from tests.ui.test_import_wizard import check_rows, finish_import, open_on_mapping_page

JOB_TIMEOUT_MS = 60_000


def _register(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(["单位名称", "上级单位"])
    for number in range(3):
        sheet.append([f"城南第{number}号企业有限公司", "城南新区"])
    book.save(path)
    return path


def _problems_page(qtbot: QtBot, county: County, path: Path) -> tuple[ImportWizard, FakePrompter]:
    """The wizard over ``path``, its rows checked, on the problems page."""
    window, prompter = build_window(qtbot, county.database)
    wizard = open_on_mapping_page(qtbot, window, path)
    check_rows(qtbot, wizard)
    return wizard, prompter


def _parents(county: County) -> dict[str, int | None]:
    with county.database.reading() as session:
        return {name: parent for name, parent in session.execute(select(Unit.name, Unit.parent_id))}


def test_created_parents_are_written_under_the_unit_chosen_in_the_picker(
    qtbot: QtBot, county: County, tmp_path: Path
) -> None:
    wizard, _prompter = _problems_page(qtbot, county, _register(tmp_path / "名单.xlsx"))
    page, town = wizard.problems_page, county.ids["城关镇"]
    picker = page.parents_picker
    assert wizard.preview is not None and wizard.preview.errors == 3
    assert not picker.isEnabled() and picker.unit_id() is None
    assert picker.itemData(0) is None and picker.findData(town) > 0
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        page.create_parents.setChecked(True)
    assert picker.isEnabled() and wizard.preview.request.parents_under is None
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        picker.setCurrentIndex(picker.findData(town))  # the clerk picks 城关镇
        assert not page.body.isEnabled()  # checked again in the background
    preview = wizard.preview
    assert preview.errors == 0 and preview.request.parents_under == town
    (note,) = preview.problems
    assert note.code is ErrorCode.IMPORT_PARENT_CREATED_UNDER and note.facts["under"] == "城关镇"
    page.grab().save(str(tmp_path / "parents_under.png"))
    finish_import(qtbot, wizard)
    parents = _parents(county)
    assert parents["城南新区"] == town
    assert parents["城南第0号企业有限公司"] == parents["城南第2号企业有限公司"]
    assert parents["城南第0号企业有限公司"] not in (None, town)


def test_typing_a_unit_name_chooses_it_and_other_text_reverts(
    qtbot: QtBot, county: County, tmp_path: Path
) -> None:
    wizard, _prompter = _problems_page(qtbot, county, _register(tmp_path / "名单.xlsx"))
    page = wizard.problems_page
    picker = page.parents_picker
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        page.create_parents.setChecked(True)
    line = picker.lineEdit()
    assert line is not None
    line.setText("没有这个单位")
    line.editingFinished.emit()
    assert picker.currentText() == picker.itemText(0) and not wizard.busy
    line.setText("示范县人民政府")
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        qtbot.keyClick(line, Qt.Key.Key_Return)
    assert wizard.preview is not None
    assert wizard.preview.request.parents_under == county.ids["示范县人民政府"]


def test_unticking_keeps_the_choice_but_creates_at_the_top_level(
    qtbot: QtBot, county: County, tmp_path: Path
) -> None:
    wizard, _prompter = _problems_page(qtbot, county, _register(tmp_path / "名单.xlsx"))
    page = wizard.problems_page
    picker = page.parents_picker
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        page.create_parents.setChecked(True)
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        picker.setCurrentIndex(picker.findData(county.ids["城关镇"]))
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        page.create_parents.setChecked(False)
    assert not picker.isEnabled() and picker.unit_id() == county.ids["城关镇"]
    assert wizard.preview is not None and wizard.preview.request.parents_under is None
    assert wizard.preview.errors == 3


def test_a_failed_check_puts_the_picker_back(
    qtbot: QtBot, county: County, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    wizard, prompter = _problems_page(qtbot, county, _register(tmp_path / "名单.xlsx"))
    page = wizard.problems_page
    picker = page.parents_picker
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        page.create_parents.setChecked(True)
    checked = imports.validate

    def removed_meanwhile(request: imports.ImportRequest, *args: Any, **kwargs: Any) -> Any:
        if request.parents_under is not None:  # e.g. removed on the server by a colleague
            raise DomainError(ErrorCode.IMPORT_PARENTS_UNDER_UNKNOWN, unit_id=request.parents_under)
        return checked(request, *args, **kwargs)

    monkeypatch.setattr(imports, "validate", removed_meanwhile)
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        picker.setCurrentIndex(picker.findData(county.ids["城关镇"]))
    assert len(prompter.errors) == 1 and str(county.ids["城关镇"]) in prompter.errors[0]
    assert picker.unit_id() is None and picker.isEnabled() and page.create_parents.isChecked()
    assert wizard.preview is not None and wizard.preview.request.parents_under is None
