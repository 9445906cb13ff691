"""The Excel import wizard: file → sheet → column mapping → problems → import.

``install_import(window)`` adds 文件 → 导入… to the main window and makes dropped .xlsx
files open the wizard (the window's ``importer`` hook). The wizard reads and writes through
desktop_app/services only; the import itself is one transaction, after a backup.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from desktop_app.documents.excel_reader import list_sheets, preview_rows
from desktop_app.documents.excel_sources import SheetInfo
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.import_schema import ColumnSpec, ImportKind
from desktop_app.services.imports import (
    ImportPreview,
    ImportRequest,
    columns_for,
    load_snapshot,
    preview_import,
    run_import,
)
from desktop_app.ui.import_wizard_pages import FilePage, MappingPage, ProblemsPage, SheetPage
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
    """Imports one register into the workspace's database."""

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
        )

    def validate_rows(self, header_row: int, mapping: dict[str, int]) -> bool:
        """Read and check every row (nothing is written)."""
        self.header_row, self.mapping = header_row, dict(mapping)
        try:
            with _busy():
                self.preview = preview_import(self.workspace.database, self.request())
        except DutyMatrixError as error:
            return self._refused(error)
        return True

    def accept(self) -> None:
        """Write the import; stay open (with the reason shown) when it is refused."""
        if self.preview is None:
            return
        try:
            with _busy():
                result = run_import(
                    self.workspace.database,
                    self.preview,
                    valid_only=self.problems_page.valid_only.isChecked(),
                    backup_dir=self.backup_dir,
                )
        except DutyMatrixError as error:
            self.workspace.report(error)
            return
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
        super().accept()


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
