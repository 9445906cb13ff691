"""The restore dialog: every backup with its date and reason, and what it holds, before
the clerk chooses to put one back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DutyMatrixError
from desktop_app.messages import describe
from desktop_app.record_labels import backup_reason, table_label
from desktop_app.services.backups import available_backups, describe_backup
from desktop_app.storage.backup import BackupInfo
from desktop_app.ui.translation import normalise_language

Confirm = Callable[[str], bool]


def ui_language() -> str:
    """The language the installed translators show ("en" when none is installed: the
    source language); ``install_translators`` sets Qt's default locale to match."""
    return normalise_language(QLocale().name()) or "en"


def _confirm_box(parent: QWidget, text: str) -> bool:
    answer = QMessageBox.question(parent, parent.windowTitle(), text)
    return answer == QMessageBox.StandardButton.Yes


class RestoreDialog(QDialog):
    """Lists the backups of one database; ``chosen_backup()`` after ``exec()`` is accepted.

    Backup reasons and table names come from :mod:`desktop_app.record_labels` in
    ``language`` (default: the language the translators show), as the CLI prints them.
    """

    def __init__(
        self,
        database_file: Path,
        backup_dir: Path,
        parent: QWidget | None = None,
        *,
        confirm: Confirm | None = None,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.language = language or ui_language()
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumSize(720, 420)
        self._database_file = database_file
        self._confirm = confirm or (lambda text: _confirm_box(self, text))
        self._backups: list[BackupInfo] = available_backups(database_file, backup_dir)
        self._chosen: Path | None = None

        intro = QLabel(
            self.tr(
                "Choose a backup. The current data is kept as a backup of its own before "
                "it is replaced."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._backups), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Taken at"), self.tr("Why"), self.tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, info in enumerate(self._backups):
            size = QTableWidgetItem(f"{info.size / 1024:,.0f} KB")
            size.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, 0, QTableWidgetItem(f"{info.taken_at:%Y-%m-%d %H:%M:%S}"))
            reason = backup_reason(info.reason, self.language)
            self.table.setItem(row, 1, QTableWidgetItem(reason))
            self.table.setItem(row, 2, size)
        self.details = QLabel(self.tr("There are no backups yet.") if not self._backups else "")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self._restore_clicked)
        self.buttons.rejected.connect(self.reject)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        if self._backups:
            self.table.selectRow(0)

    def chosen_backup(self) -> Path | None:
        """The backup the clerk confirmed, or None."""
        return self._chosen

    def _selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self._backups[rows[0].row()] if rows else None

    @Slot()
    def _selection_changed(self) -> None:
        info = self._selected()
        if info is None:
            self.details.clear()
            self.restore_button.setEnabled(False)
            return
        try:
            summary = describe_backup(info.path)
        except DutyMatrixError as error:
            self.details.setText(describe(error, self.language))
            self.restore_button.setEnabled(False)
            return
        counts = self.tr(", ").join(
            f"{table_label(table, self.language)} {count}"
            for table, count in summary.counts.items()
        )
        self.details.setText(
            self.tr("Holds: {counts}. Schema revision {revision}. File: {path}").format(
                counts=counts, revision=summary.revision, path=info.path
            )
        )
        self.restore_button.setEnabled(True)

    @Slot()
    def _restore_clicked(self) -> None:
        info = self._selected()
        if info is None:
            return
        question = self.tr(
            "Replace the current data with the backup taken at {time}? The current data "
            "is kept as a backup first."
        ).format(time=f"{info.taken_at:%Y-%m-%d %H:%M}")
        if self._confirm(question):
            self._chosen = info.path
            self.accept()
