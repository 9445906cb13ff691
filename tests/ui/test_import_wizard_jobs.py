"""The import wizard checks and writes in the background: progress, Stop, errors, closing."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from desktop_app.domain.errors import ErrorCode
from desktop_app.messages import describe
from desktop_app.services import import_apply, imports
from desktop_app.storage.errors import StorageError
from desktop_app.storage.models import AuditEvent, Unit
from desktop_app.ui.import_job import ProgressThrottle
from desktop_app.ui.import_wizard import ImportWizard
from desktop_app.ui.import_wizard_pages import JobPage
from tests.ui.conftest import County
from tests.ui.fake_prompter import FakePrompter, build_window
from tests.ui.test_import_wizard import check_rows, finish_import, open_on_mapping_page

ROWS = 3000
JOB_TIMEOUT_MS = 120_000


def _register(path: Path, count: int, *, parent: str = "城关镇") -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(["单位名称", "上级单位"])
    for number in range(count):
        sheet.append([f"城关第{number:04d}号企业有限公司", parent])
    book.save(path)
    return path


def _open_wizard(
    qtbot: QtBot, county: County, path: Path
) -> tuple[ImportWizard, FakePrompter, list[str]]:
    """The wizard over ``path`` on the mapping page (header found by itself)."""
    window, prompter = build_window(qtbot, county.database)
    changes: list[str] = []
    window.workspace.changed.connect(changes.append)
    wizard = open_on_mapping_page(qtbot, window, path)
    assert wizard.mapping_page.isComplete()
    return wizard, prompter, changes


def _database_state(county: County) -> tuple[list[str], int]:
    with county.database.reading() as session:
        names = sorted(session.scalars(select(Unit.name)))
        events = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
    return names, events


def _navigation_locked(wizard: ImportWizard, page: JobPage) -> bool:
    buttons = (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton)
    buttons += (QWizard.WizardButton.FinishButton,)
    return (
        not any(wizard.button(b).isEnabled() for b in buttons)
        and not page.body.isEnabled()
        and page.job_panel.cancel_button.isEnabled()
    )


class Gate:
    """Holds the worker inside a service function until released or until the job is stopped.

    The test can then look at the wizard while the job is surely running.
    """

    def __init__(self, wizard: ImportWizard) -> None:
        self.wizard = wizard
        self.entered = threading.Event()
        self.release = threading.Event()
        self.stopped = False

    def wrap(self, function: Callable[..., Any]) -> Callable[..., Any]:
        def held(*args: Any, **kwargs: Any) -> Any:
            worker = self.wizard.job.worker
            assert worker is not None
            self.entered.set()
            while not (self.release.is_set() or worker.stop.is_set()):
                worker.stop.wait(0.01)
            self.stopped = worker.stop.is_set()
            return function(*args, **kwargs)

        return held


@pytest.fixture
def gate_factory(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., Gate]]:
    """``gate(wizard, module, name)`` holds the worker in ``module.name``; released at the end."""
    gates: list[Gate] = []

    def make(wizard: ImportWizard, module: object, name: str) -> Gate:
        gate = Gate(wizard)
        monkeypatch.setattr(module, name, gate.wrap(getattr(module, name)))
        gates.append(gate)
        return gate

    yield make
    for gate in gates:
        gate.release.set()


def test_a_3000_row_register_is_checked_and_written_in_the_background_with_progress(
    qtbot: QtBot, county: County, tmp_path: Path, gate_factory: Callable[..., Gate]
) -> None:
    wizard, prompter, changes = _open_wizard(qtbot, county, _register(tmp_path / "r.xlsx", ROWS))
    seen: list[tuple[str, int, int]] = []
    wizard.job.progress.connect(lambda *report: seen.append(report))
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        wizard.next()
        assert _navigation_locked(wizard, wizard.mapping_page)
        assert wizard.mapping_page.job_panel.isVisible()
    assert wizard.currentPage() is wizard.problems_page
    assert not wizard.mapping_page.job_panel.isVisible()
    phases = [phase for phase, _done, _total in seen]
    assert phases[0] == "read" and "validate" in phases
    assert phases.index("validate") > max(i for i, p in enumerate(phases) if p == "read")
    assert ("validate", ROWS, ROWS) in seen
    assert wizard.problems_page.all_rows.isChecked()

    seen.clear()
    gate = gate_factory(wizard, import_apply, "apply_units")
    wizard.accept()
    page = wizard.problems_page
    # the worker is held inside the write: the window keeps handling events meanwhile
    qtbot.waitUntil(lambda: ("write", 0, ROWS) in seen, timeout=JOB_TIMEOUT_MS)
    qtbot.waitUntil(lambda: "Writing" in page.job_panel.status_label.text())
    assert gate.entered.is_set() and wizard.job.running
    assert _navigation_locked(wizard, page)
    assert page.job_panel.status_label.text() == f"Writing… 0 of {ROWS}"
    wizard.grab().save(str(tmp_path / "writing.png"))
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        gate.release.set()
    assert ("write", ROWS, ROWS) in seen and not gate.stopped
    assert prompter.infos and f"{ROWS}" in prompter.infos[-1] and not prompter.errors
    assert changes == ["all"]  # the main window reloads, as after every import
    names, _events = _database_state(county)
    assert sum(1 for name in names if name.startswith("城关第")) == ROWS
    assert wizard.result() == QWizard.DialogCode.Accepted


def test_stopping_the_write_leaves_the_database_unchanged_and_the_wizard_usable(
    qtbot: QtBot, county: County, tmp_path: Path, gate_factory: Callable[..., Gate]
) -> None:
    wizard, prompter, changes = _open_wizard(qtbot, county, _register(tmp_path / "r.xlsx", 50))
    check_rows(qtbot, wizard)
    before = _database_state(county)
    gate = gate_factory(wizard, import_apply, "apply_units")
    page = wizard.problems_page
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        wizard.accept()
        qtbot.waitUntil(gate.entered.is_set, timeout=JOB_TIMEOUT_MS)
        qtbot.mouseClick(page.job_panel.cancel_button, Qt.MouseButton.LeftButton)
    assert gate.stopped  # the rows were added and flushed, then rolled back
    assert _database_state(county) == before
    assert changes == [] and prompter.infos == [] and prompter.errors == []
    assert wizard.isVisible() and wizard.currentPage() is page
    assert page.body.isEnabled() and wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert "Nothing was written" in page.job_panel.status_label.text()
    wizard.grab().save(str(tmp_path / "stopped.png"))
    gate.release.set()
    finish_import(qtbot, wizard)  # the clerk tries again, to the end
    assert changes == ["all"]
    assert len(_database_state(county)[0]) == len(before[0]) + 50


def test_stopping_the_check_stays_on_the_mapping_page(
    qtbot: QtBot, county: County, tmp_path: Path, gate_factory: Callable[..., Gate]
) -> None:
    wizard, _prompter, _changes = _open_wizard(qtbot, county, _register(tmp_path / "r.xlsx", 20))
    gate = gate_factory(wizard, imports, "validate")
    page = wizard.mapping_page
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        wizard.next()
        qtbot.waitUntil(gate.entered.is_set, timeout=JOB_TIMEOUT_MS)
        qtbot.mouseClick(page.job_panel.cancel_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page and wizard.preview is None
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    gate.release.set()
    check_rows(qtbot, wizard)
    assert wizard.preview is not None and wizard.preview.changes == 20


def test_choosing_to_create_missing_parents_checks_again_in_the_background(
    qtbot: QtBot, county: County, tmp_path: Path
) -> None:
    path = _register(tmp_path / "r.xlsx", 5, parent="城南新区")
    wizard, _prompter, _changes = _open_wizard(qtbot, county, path)
    check_rows(qtbot, wizard)
    page = wizard.problems_page
    assert wizard.preview is not None and wizard.preview.errors == 5
    assert not page.all_rows.isEnabled()
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        page.create_parents.setChecked(True)
        assert not page.body.isEnabled() and page.job_panel.isVisible()
    assert wizard.preview.errors == 0 and wizard.preview.request.create_parents
    assert page.all_rows.isEnabled() and page.all_rows.isChecked() and page.body.isEnabled()
    finish_import(qtbot, wizard)
    names, _events = _database_state(county)
    assert "城南新区" in names


def test_a_workbook_damaged_after_it_was_chosen_is_reported_with_its_name(
    qtbot: QtBot, county: County, tmp_path: Path
) -> None:
    path = _register(tmp_path / "名单.xlsx", 20)
    wizard, prompter, _changes = _open_wizard(qtbot, county, path)
    path.write_bytes(path.read_bytes()[:300])  # saved half-way by another program
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        wizard.next()
    assert len(prompter.errors) == 1
    assert str(path) in prompter.errors[0] and "损坏" in prompter.errors[0]
    assert wizard.currentPage() is wizard.mapping_page and wizard.mapping_page.body.isEnabled()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_a_sheet_removed_after_it_was_chosen_is_reported_with_file_and_sheet(
    qtbot: QtBot, county: County, tmp_path: Path
) -> None:
    path = _register(tmp_path / "名单.xlsx", 20)
    wizard, prompter, _changes = _open_wizard(qtbot, county, path)
    book = Workbook()
    assert book.active is not None
    book.active.title = "其他"
    book.save(path)
    with qtbot.waitSignal(wizard.job.ended, timeout=JOB_TIMEOUT_MS):
        wizard.next()
    assert len(prompter.errors) == 1
    assert str(path) in prompter.errors[0] and "名单" in prompter.errors[0]
    assert "其他" in prompter.errors[0]  # the sheets the file does have


def test_a_full_disk_during_the_write_is_reported_and_nothing_is_written(
    qtbot: QtBot,
    county: County,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wizard, prompter, changes = _open_wizard(qtbot, county, _register(tmp_path / "r.xlsx", 30))
    check_rows(qtbot, wizard)
    before = _database_state(county)
    full = StorageError(ErrorCode.DISK_FULL, path=str(county.path))
    original = import_apply.apply_units

    def fill_the_disk(*args: Any, **kwargs: Any) -> None:
        original(*args, **kwargs)
        raise full

    monkeypatch.setattr(import_apply, "apply_units", fill_the_disk)
    finish_import(qtbot, wizard)
    assert prompter.errors == [describe(full, "zh_CN")]
    assert str(county.path) in prompter.errors[0] and "磁盘空间不足" in prompter.errors[0]
    assert _database_state(county) == before and changes == [] and prompter.infos == []
    assert wizard.isVisible() and wizard.problems_page.body.isEnabled()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_closing_the_wizard_while_it_writes_stops_the_job_and_waits_for_it(
    qtbot: QtBot, county: County, tmp_path: Path, gate_factory: Callable[..., Gate]
) -> None:
    wizard, prompter, changes = _open_wizard(qtbot, county, _register(tmp_path / "r.xlsx", 40))
    check_rows(qtbot, wizard)
    before = _database_state(county)
    gate = gate_factory(wizard, import_apply, "apply_units")
    wizard.accept()
    qtbot.waitUntil(gate.entered.is_set, timeout=JOB_TIMEOUT_MS)
    thread = wizard.job.worker_thread
    assert thread is not None and thread.isRunning()
    wizard.reject()  # the wizard's Cancel button, Esc, or the window's close box
    assert thread.isFinished() and not wizard.job.running and gate.stopped
    assert not wizard.isVisible()
    assert _database_state(county) == before and changes == [] and prompter.infos == []


def test_closing_the_wizard_while_it_checks_stops_the_job_and_waits_for_it(
    qtbot: QtBot, county: County, tmp_path: Path, gate_factory: Callable[..., Gate]
) -> None:
    wizard, prompter, _changes = _open_wizard(qtbot, county, _register(tmp_path / "r.xlsx", 40))
    gate = gate_factory(wizard, imports, "validate")
    wizard.next()
    qtbot.waitUntil(gate.entered.is_set, timeout=JOB_TIMEOUT_MS)
    thread = wizard.job.worker_thread
    assert thread is not None
    wizard.close()
    assert thread.isFinished() and not wizard.job.running and gate.stopped
    assert prompter.errors == []


def test_progress_reaches_the_window_at_most_every_twentieth_of_a_second() -> None:
    now = [0.0]
    throttle = ProgressThrottle(0.05, clock=lambda: now[0])
    let_through = []
    for done in range(1001):  # 1,000 reports within 0.1 s
        now[0] = done / 10_000
        if throttle.wanted("validate", done, 1000):
            let_through.append(done)
    assert let_through == [0, 500, 1000]  # first, one after 0.05 s, and the last
    assert throttle.wanted("write", 0, 10)  # a new phase is always shown
    assert not throttle.wanted("write", 1, 10)
