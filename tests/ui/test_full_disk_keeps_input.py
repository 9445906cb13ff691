"""A full disk while saving: the clerk is told, nothing is half-written, the input stays."""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from desktop_app.services.assessment import create_score_sheets
from desktop_app.services.assessment_read import assessment_results
from desktop_app.storage.database import Database
from desktop_app.ui.assessment_sheet_dialog import E_REASON, SheetDialog
from tests.ui.fake_prompter import build_window

THIS = 2026


def test_a_score_sheet_that_cannot_be_saved_stays_open_with_everything_typed(
    qtbot: QtBot, demo: Database
) -> None:
    create_score_sheets(demo, THIS)
    window, prompter = build_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.assessment_tab)
    tab = window.assessment_tab
    tab.set_year(THIS)
    row = next(r for r in tab.model.rows() if r.party_b.endswith("镇"))
    before = next(r for r in assessment_results(demo, THIS) if r.id == row.id)
    dialog = SheetDialog(window.workspace, row.id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.items_table.selectRow(0)
    dialog.add_entry()
    dialog.entries_table.item(0, 0).setText("1")
    dialog.entries_table.item(0, 1).setText("2")
    dialog.entries_table.item(0, E_REASON).setText("安全会议记录缺两次")
    dialog.notes_edit.setPlainText("现场核查：王主任陪同")

    with demo.engine.connect() as connection:  # SQLite's own "disk full": a page quota
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    def quota(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    event.listen(demo.engine, "connect", quota)
    demo.engine.dispose()
    try:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    finally:
        event.remove(demo.engine, "connect", quota)
        demo.engine.dispose()

    assert prompter.errors and "磁盘空间不足" in prompter.errors[-1]
    assert dialog.isVisible() and dialog.result() == 0, "the dialog stays open"
    assert dialog.entries_table.item(0, E_REASON).text() == "安全会议记录缺两次"
    assert dialog.notes_edit.toPlainText() == "现场核查：王主任陪同"
    after = next(r for r in assessment_results(demo, THIS) if r.id == row.id)
    assert after == before, "nothing of the refused save was written"

    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()  # disk freed: it saves
    saved = next(r for r in assessment_results(demo, THIS) if r.id == row.id)
    assert saved != before
