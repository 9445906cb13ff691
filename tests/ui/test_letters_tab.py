"""The 责任书 tab: the ledger of the demo year, preview, ledger actions through the prompter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.domain.enums import LetterStatus
from desktop_app.storage.database import Database
from desktop_app.storage.models import Letter
from desktop_app.ui.letters_model import ROW_ROLE
from desktop_app.ui.letters_tab import ALL, OVERDUE, LettersTab
from desktop_app.ui.main_window import MainWindow
from tests.ui.fake_prompter import FakePrompter, build_window


def _open(qtbot: QtBot, database: Database) -> tuple[MainWindow, LettersTab, FakePrompter]:
    window, prompter = build_window(qtbot, database)
    window.tabs.setCurrentWidget(window.letters_tab)
    return window, window.letters_tab, prompter


def _select_status(tab: LettersTab, status: LetterStatus) -> int:
    for row in range(tab.proxy.rowCount()):
        value = tab.proxy.index(row, 0).data(ROW_ROLE)
        if value.status is status:
            tab.view.selectRow(row)
            return int(value.id)
    raise AssertionError(f"no {status} letter")


def test_the_tab_shows_the_ledger_rates_and_cascade_warnings(qtbot: QtBot, demo: Database) -> None:
    window, tab, _prompter = _open(qtbot, demo)
    QAbstractItemModelTester(tab.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    assert window.tabs.tabText(window.tabs.indexOf(tab)) == "Letters"
    assert tab.model.rowCount() == 55
    assert "signed" in tab.summary_label.text() and "%" in tab.summary_label.text()
    assert "生产安全事故死亡人数" in tab.warnings_label.text()
    overdue = sum(1 for row in tab.model.rows() if row.overdue)
    tab.filter_combo.setCurrentIndex(OVERDUE)
    assert tab.proxy.rowCount() == overdue
    tab.filter_combo.setCurrentIndex(ALL)
    assert tab.proxy.rowCount() == 55


def test_selecting_a_letter_previews_it_and_marking_it_signed_is_recorded(
    qtbot: QtBot, demo: Database
) -> None:
    _window, tab, _prompter = _open(qtbot, demo)
    letter_id = _select_status(tab, LetterStatus.ISSUED)
    assert tab.preview.page_count >= 3
    assert tab.buttons["signed"].isEnabled() and not tab.buttons["archived"].isEnabled()
    tab.buttons["signed"].click()
    with demo.reading() as session:
        letter = session.get(Letter, letter_id)
        assert letter is not None and letter.status is LetterStatus.SIGNED
        assert letter.signed_on is not None
    assert tab.selected() is not None and tab.selected().id == letter_id  # type: ignore[union-attr]


def test_void_and_reissue_asks_for_a_reason(qtbot: QtBot, demo: Database) -> None:
    _window, tab, prompter = _open(qtbot, demo)
    letter_id = _select_status(tab, LetterStatus.SIGNED)
    prompter.answer(0, "负责人调整，重新签订")
    tab.buttons["void"].click()
    assert prompter.errors == []
    with demo.reading() as session:
        old = session.get(Letter, letter_id)
        assert old is not None and old.status is LetterStatus.VOID
        newer = session.scalars(
            select(Letter).where(Letter.party_b_id == old.party_b_id, Letter.version == 2)
        ).one()
        assert newer.status is LetterStatus.ISSUED
    assert tab.model.rowCount() == 56


def test_attaching_a_scan_and_refusing_a_wrong_file(
    qtbot: QtBot, demo: Database, tmp_path: Path
) -> None:
    _window, tab, prompter = _open(qtbot, demo)
    letter_id = _select_status(tab, LetterStatus.ISSUED)
    wrong = tmp_path / "note.txt"
    wrong.write_text("x")
    prompter.answer(wrong)
    tab.buttons["scan"].click()
    assert prompter.errors and "扫描件" in prompter.errors[0]
    scan = tmp_path / "签字页.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64)
    prompter.answer(scan)
    tab.buttons["scan"].click()
    with demo.reading() as session:
        letter = session.get(Letter, letter_id)
        assert letter is not None and letter.scan_filename == "签字页.png"
    assert tab.selected() is not None and tab.selected().has_scan  # type: ignore[union-attr]
