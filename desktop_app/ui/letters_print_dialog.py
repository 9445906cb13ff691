"""Batch printing in the background: progress, cancel, and the window never freezes.

The dialog says how many letters the batch will write (the service's own count) and proposes
a folder (Documents/DutyMatrix/<year>年度责任书, or the folder used last time for that year).

The batch runs ``services.letter_print.print_letters`` on a worker thread (which itself uses
worker processes for the PDFs); progress comes back through a queued signal, and cancelling
sets a flag the batch checks between letters (no half-written file is left).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, QThread, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.documents.letter_batch import BatchCancelled
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.messages import describe
from desktop_app.services.letter_print import PrintResult, print_letters, printable_count
from desktop_app.storage.database import Database
from desktop_app.ui.prompter import Prompter
from desktop_app.ui.settings import app_settings

FOLDER_KEY = "letters/print_folder/{year}"


def suggested_folder(year: int) -> Path:
    """Where the letters of ``year`` go unless the clerk chooses otherwise: the folder used
    last time for that year, else Documents/DutyMatrix/<year>年度责任书."""
    saved = app_settings().value(FOLDER_KEY.format(year=year))
    if isinstance(saved, str) and saved.strip():
        return Path(saved)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(documents) if documents else Path.home()
    return base / APP_NAME / f"{year}年度责任书"


def remember_folder(year: int, folder: Path) -> None:
    """Propose ``folder`` again the next time the letters of ``year`` are written."""
    app_settings().setValue(FOLDER_KEY.format(year=year), str(folder))


class PrintWorker(QObject):
    """Runs one print batch; lives on a worker thread.

    Signals:
        progress(int, int): letters done, letters in all.
        finished(object): the PrintResult.
        cancelled(): the batch stopped on request.
        failed(str): the sentence saying why it failed.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    cancelled = Signal()
    failed = Signal(str)

    def __init__(
        self,
        database: Database,
        year: int,
        out_dir: Path | None,
        combined: Path | None,
        copies: int,
        language: str,
        processes: int = 2,
    ) -> None:
        """Remember what to print; ``run`` does it."""
        super().__init__()
        self.database = database
        self.year = year
        self.out_dir = out_dir
        self.combined = combined
        self.copies = copies
        self.language = language
        self.processes = processes
        self.stop = threading.Event()

    @Slot()
    def run(self) -> None:
        """Print the batch, reporting progress; emits exactly one of finished/cancelled/failed."""
        try:
            result = print_letters(
                self.database,
                self.year,
                out_dir=self.out_dir,
                combined=self.combined,
                copies=self.copies,
                processes=self.processes,
                progress=lambda done, total: self.progress.emit(done, total),
                cancel=self.stop.is_set,
            )
        except BatchCancelled:
            self.cancelled.emit()
        except DutyMatrixError as error:
            self.failed.emit(describe(error, self.language))
        except OSError as error:
            self.failed.emit(str(error))
        else:
            self.finished.emit(result)


class BatchPrintDialog(QDialog):
    """Choose where the year's letters go, then print them in the background."""

    def __init__(
        self,
        database: Database,
        year: int,
        prompter: Prompter,
        language: str,
        parent: QWidget | None = None,
        *,
        processes: int = 2,
        choose_folder: Callable[[str], Path | None] | None = None,
    ) -> None:
        """Build the form; ``choose_folder`` asks for a folder (a native dialog by default)."""
        super().__init__(parent)
        self.choose_folder = choose_folder or self._ask_folder
        self.database = database
        self.year = year
        self.prompter = prompter
        self.language = language
        self.processes = processes
        self.thread: QThread | None = None
        self.worker: PrintWorker | None = None
        self.result: PrintResult | None = None
        self.setWindowTitle(self.tr("Print the letters of {year}").format(year=year))
        self.count = printable_count(database, year)
        self.count_label = QLabel()
        self.count_label.setWordWrap(True)
        self.folder_edit = QLineEdit(str(suggested_folder(year)))
        self.folder_button = QPushButton(self.tr("Choose…"))
        self.folder_button.clicked.connect(self._choose_folder)
        self.combined_check = QCheckBox(self.tr("Also one combined file for duplex printing"))
        self.combined_check.setChecked(True)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, 4)
        self.copies_spin.setValue(2)
        self.copies_spin.valueChanged.connect(lambda _copies: self._update_count())
        self.combined_check.toggled.connect(lambda _checked: self._update_count())
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.progress_bar.setVisible(False)  # shown once the batch runs
        self.status_label = QLabel()
        self.buttons = QDialogButtonBox()
        # The batch writes PDF files (it does not send anything to a printer).
        self.start_button = self.buttons.addButton(
            self.tr("Write PDFs"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = self.buttons.addButton(
            self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button.clicked.connect(self._open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.folder_button)
        form = QFormLayout()
        form.addRow(self.tr("Folder for the letter files:"), folder_row)
        form.addRow("", self.combined_check)
        form.addRow(self.tr("Copies of each letter (一式几份):"), self.copies_spin)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count_label)
        layout.addLayout(form)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._update_count()
        self.resize(600, 240)

    def _update_count(self) -> None:
        """Say how many letters the batch writes; nothing to write disables the button."""
        combined = self.combined_check.isChecked()
        self.copies_spin.setEnabled(combined)  # the copies go into the combined file only
        if not self.count:
            text = self.tr(
                "There is no letter of {year} to write: drafts and void letters are not printed."
            ).format(year=self.year)
        elif combined:
            text = self.tr(
                "{count} letters will be written ({copies} copies of each in the combined file)."
            ).format(count=self.count, copies=self.copies_spin.value())
        else:
            text = self.tr("{count} letters will be written, one PDF file each.").format(
                count=self.count
            )
        self.count_label.setText(text)
        self.start_button.setEnabled(bool(self.count) and not self.running)

    def _choose_folder(self) -> None:
        path = self.choose_folder(self.tr("Folder for the letters"))
        if path is not None:
            self.folder_edit.setText(str(path))

    def _ask_folder(self, caption: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, caption)
        return Path(name) if name else None

    @property
    def running(self) -> bool:
        """True while a batch is printing."""
        return self.thread is not None

    @Slot()
    def start(self) -> None:
        """Start the batch on a worker thread."""
        if self.running:
            return
        text = self.folder_edit.text().strip()
        if not text:
            self.prompter.error(self.tr("Choose a folder for the letters first."))
            return
        out_dir = Path(text)
        remember_folder(self.year, out_dir)
        combined = None
        if self.combined_check.isChecked():
            combined = out_dir / f"{self.year}年度责任书（合并打印）.pdf"
        self.worker = PrintWorker(
            self.database,
            self.year,
            out_dir,
            combined,
            self.copies_spin.value(),
            self.language,
            self.processes,
        )
        self.thread = QThread(self)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.progress.connect(self._on_progress)
        self.worker.finished.connect(self._on_finished)
        self.worker.cancelled.connect(self._on_cancelled)
        self.worker.failed.connect(self._on_failed)
        self.start_button.setEnabled(False)
        self.status_label.setText(self.tr("Writing the PDF files…"))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setVisible(True)
        self.thread.start()

    @Slot()
    def cancel(self) -> None:
        """Stop a running batch (between letters), or close the dialog."""
        if self.worker is not None and self.running:
            self.worker.stop.set()
            self.status_label.setText(self.tr("Cancelling…"))
            return
        self.reject()

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, max(1, total))
        self.progress_bar.setValue(done)
        self.status_label.setText(
            self.tr("{done} of {total} letters").format(done=done, total=total)
        )

    def _finish_thread(self) -> None:
        if self.thread is not None:
            self.thread.quit()
            self.thread.wait()
            self.thread.deleteLater()
        self.thread = None
        self.start_button.setEnabled(bool(self.count))

    @Slot(object)
    def _on_finished(self, result: PrintResult) -> None:
        self._finish_thread()
        self.result = result
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(1)
        text = self.tr("Done: {files} letter files").format(files=len(result.files))
        if result.combined is not None:
            text += self.tr("; combined file with {pages} pages").format(
                pages=result.combined.pages
            )
        self.status_label.setText(text)
        self.open_button.setEnabled(True)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish_thread()
        self.progress_bar.setRange(0, 1)
        self.progress_bar.setValue(0)
        self.status_label.setText(
            self.tr("Cancelled. Letters finished so far are complete; nothing half-written.")
        )

    @Slot(str)
    def _on_failed(self, text: str) -> None:
        self._finish_thread()
        self.status_label.setText(text)
        self.prompter.error(text)

    @Slot()
    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder_edit.text().strip()))

    def reject(self) -> None:
        """Closing while printing cancels first and waits for the worker to stop."""
        if self.worker is not None and self.running:
            self.worker.stop.set()
            if self.thread is not None:
                self.thread.quit()
                self.thread.wait()
        super().reject()
