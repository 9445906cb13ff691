"""The Excel import wizard: file → sheet → column mapping → problems → import.

``install_import(window)`` adds 文件 → 导入… to the main window and makes dropped .xlsx
files open the wizard (the window's ``importer`` hook). The wizard reads and writes through
desktop_app/services only; the import itself is one transaction, after a backup.

Checking every row (``preview_import``) and writing (``run_import``) run as background jobs
(desktop_app/ui/import_job.py): the page shows the phase and a progress bar with a Stop
button, its controls and Back/Next/Finish are disabled meanwhile — so the GUI thread leaves
the database alone while the worker uses it — and closing the wizard stops the job and
waits for its thread.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from desktop_app.documents.excel_reader import list_sheets, preview_rows
from desktop_app.documents.excel_sources import SheetInfo
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.import_schema import ColumnSpec, ImportKind
from desktop_app.services.imports import (
    READ,
    WRITE,
    Cancel,
    ImportPreview,
    ImportRequest,
    ImportResult,
    Progress,
    columns_for,
    load_snapshot,
    preview_import,
    run_import,
)
from desktop_app.ui.import_job import ImportJob, Outcome, Status, Task
from desktop_app.ui.import_wizard_pages import (
    FilePage,
    JobPage,
    MappingPage,
    ProblemsPage,
    SheetPage,
)
from desktop_app.ui.workspace import Area, Workspace

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

HEAD_ROWS = 40
"""Rows of the sheet read for the mapping page (header and examples)."""


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class ImportWizard(QWizard):
    """Imports one register into the workspace's database; the heavy steps in the background."""

    def __init__(
        self,
        workspace: Workspace,
        *,
        backup_dir: Path | None = None,
        path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Build the pages; ``path`` pre-fills the file (a dropped workbook)."""
        super().__init__(parent)
        self.workspace = workspace
        self.backup_dir = backup_dir
        self.language = workspace.language
        self.sheets: list[SheetInfo] = []
        self.head_rows: list[tuple[int, tuple[str, ...]]] = []
        self.columns: tuple[ColumnSpec, ...] = ()
        self.preview: ImportPreview | None = None
        self.header_row = 1
        self.mapping: dict[str, int] = {}
        self.result_text = ""
        self.job = ImportJob(self)
        self.job.progress.connect(self._on_job_progress)
        self.job.ended.connect(self._on_job_ended)
        self._job_page: JobPage | None = None
        self._job_finished: Callable[[object], None] = lambda _value: None
        self._job_undo: Callable[[], None] = lambda: None
        self._checked = False
        self.setWindowTitle(self.tr("Import from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setMinimumSize(860, 560)
        self.file_page = FilePage(self)
        self.sheet_page = SheetPage(self)
        self.mapping_page = MappingPage(self)
        self.problems_page = ProblemsPage(self)
        for page in (self.file_page, self.sheet_page, self.mapping_page, self.problems_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        if path is not None:
            self.file_page.path_edit.setText(str(path))

    @property
    def kind(self) -> ImportKind:
        """The register being imported."""
        return self.file_page.kind()

    def _refused(self, error: DutyMatrixError) -> bool:
        self.workspace.report(error)
        return False

    def load_sheets(self) -> bool:
        """The workbook's visible sheets (False, with the reason shown, if unreadable)."""
        try:
            with _busy():
                infos = list_sheets(self.file_page.path())
                with self.workspace.database.reading() as session:
                    self.columns = columns_for(self.kind, load_snapshot(session, self.kind))
        except DutyMatrixError as error:
            return self._refused(error)
        self.sheets = [info for info in infos if info.visible] or infos
        return True

    def load_preview(self, sheet: str) -> bool:
        """The first rows of ``sheet`` for the mapping page."""
        try:
            with _busy():
                self.head_rows = preview_rows(self.file_page.path(), sheet, HEAD_ROWS)
        except DutyMatrixError as error:
            return self._refused(error)
        return True

    def request(self) -> ImportRequest:
        """The import as chosen so far."""
        return ImportRequest(
            self.kind,
            self.file_page.path(),
            sheet=self.sheet_page.sheet(),
            header_row=self.header_row,
            mapping=dict(self.mapping),
            year=self.file_page.year_spin.value(),
            create_parents=self.problems_page.create_parents.isChecked(),
            parents_under=self.problems_page.parents_under(),
        )

    @property
    def busy(self) -> bool:
        """True while a job runs (the pages and the database are then left alone)."""
        return self.job.running

    def check_rows(
        self,
        page: JobPage,
        header_row: int,
        mapping: dict[str, int],
        *,
        then: Callable[[], None],
        undo: Callable[[], None] = lambda: None,
    ) -> None:
        """Read and check every row in the background (nothing is written), then ``then``."""
        self.header_row, self.mapping = header_row, dict(mapping)
        request, database = self.request(), self.workspace.database

        def task(progress: Progress, cancel: Cancel) -> ImportPreview:
            return preview_import(database, request, progress=progress, cancel=cancel)

        def checked(preview: object) -> None:
            assert isinstance(preview, ImportPreview)
            self.preview = preview
            then()

        self._start(page, READ, task, checked, undo)

    def take_checked(self) -> bool:
        """True once after a check finished: the mapping page may now move on."""
        checked, self._checked = self._checked, False
        return checked

    def advance_after_check(self) -> None:
        """Go on to the problems page with the rows just checked."""
        self._checked = True
        self.next()

    def accept(self) -> None:
        """Write the import in the background; stay open (with the reason shown) if refused."""
        if self.preview is None or self.busy:
            return
        preview, database = self.preview, self.workspace.database
        valid_only = self.problems_page.valid_only.isChecked()
        backup_dir = self.backup_dir

        def task(progress: Progress, cancel: Cancel) -> ImportResult:
            return run_import(
                database,
                preview,
                valid_only=valid_only,
                backup_dir=backup_dir,
                progress=progress,
                cancel=cancel,
            )

        self._start(self.problems_page, WRITE, task, self._imported)

    def _imported(self, result: object) -> None:
        assert isinstance(result, ImportResult)
        self._announce(result)
        super().accept()

    def _announce(self, result: ImportResult) -> None:
        lines = [
            self.tr("{count} records written.").format(count=result.written)
            if result.written
            else self.tr("The file matches the database; nothing changed.")
        ]
        if result.skipped_rows:
            lines.append(
                self.tr("{count} rows with errors were left out.").format(count=result.skipped_rows)
            )
        if result.backup is not None:
            lines.append(
                self.tr("Backup taken before the import: {path}").format(path=result.backup)
            )
        self.result_text = "\n".join(lines)
        if result.written:
            self.workspace.changed.emit(Area.ALL)
        self.workspace.prompter.inform(self.result_text)

    def _start(
        self,
        page: JobPage,
        phase: str,
        task: Task,
        finished: Callable[[object], None],
        undo: Callable[[], None] = lambda: None,
    ) -> None:
        self._job_page, self._job_finished, self._job_undo = page, finished, undo
        page.job_panel.begin(phase)
        self.job.start(task)
        page.set_busy(True)  # the page says "not complete": Next and Finish are disabled
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    @Slot(str, int, int)
    def _on_job_progress(self, phase: str, done: int, total: int) -> None:
        if self._job_page is not None:
            self._job_page.job_panel.show_progress(phase, done, total)

    @Slot(object)
    def _on_job_ended(self, outcome: Outcome) -> None:
        page, finished, undo = self._job_page, self._job_finished, self._job_undo
        self._job_page = None
        if page is None:
            return
        page.set_busy(False)
        if outcome.status is Status.FINISHED:
            page.job_panel.end()
            finished(outcome.value)
            return
        undo()
        if outcome.status is Status.CANCELLED:
            page.job_panel.end(self.tr("Stopped. Nothing was written."))
            return
        page.job_panel.end()
        if isinstance(outcome.value, DutyMatrixError):
            self.workspace.report(outcome.value)
        elif isinstance(outcome.value, BaseException):
            raise outcome.value  # a bug in the worker: surfaces as it would on this thread

    def done(self, result: int) -> None:
        """Closing while a job runs stops it and waits for its thread first."""
        if self.job.running:
            outcome = self.job.cancel_and_wait()
            self._job_page = None
            if (
                outcome is not None
                and outcome.status is Status.FINISHED
                and isinstance(outcome.value, ImportResult)
            ):
                self._announce(outcome.value)  # the write got through before the stop
        super().done(result)


class _ImportAction(QObject):
    """The 文件 → 导入… action, renamed when the language changes."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.action = QAction(window)
        self.action.triggered.connect(lambda _checked=False: self.open(None))
        menu = window.menus.file_menu
        menu.insertAction(window.menus.export_action, self.action)
        window.importer = self.open
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(QCoreApplication.translate("ImportWizard", "&Import from Excel…"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the window's language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def open(self, path: Path | None) -> ImportWizard:
        """Show the wizard (for a dropped file, already filled in)."""
        paths = self.window.paths
        wizard = ImportWizard(
            self.window.workspace,
            backup_dir=paths.backup_dir if paths is not None else None,
            path=path,
            parent=self.window,
        )
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.open()
        return wizard


def install_import(window: MainWindow) -> QAction:
    """Add 文件 → 导入… to ``window`` and open dropped workbooks in the wizard."""
    return _ImportAction(window).action


__all__ = ["ImportWizard", "install_import"]
