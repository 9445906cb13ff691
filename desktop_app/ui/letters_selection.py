"""The 责任书 tab's selection: which ledger rows are selected, selecting letters again after a
refresh, and the preview of the current one (a frozen letter as printed, a draft as it would
be issued now). Mixed into :class:`desktop_app.ui.letters_tab.LettersTab`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection, QItemSelectionModel
from PySide6.QtWidgets import QLabel, QTableView

from desktop_app.documents.letter_pdf import LetterToPrint, render_letter
from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.services.letter_drafts import draft_content
from desktop_app.services.letter_ledger import LedgerRow
from desktop_app.services.letter_print import letter_pdf_bytes
from desktop_app.ui.letters_model import ROW_ROLE, LedgerFilter
from desktop_app.ui.letters_preview import PreviewPane
from desktop_app.ui.workspace import Workspace


class LedgerSelection:
    """Selection and preview of the ledger (uses the tab's view, proxy and preview pane)."""

    workspace: Workspace
    view: QTableView
    proxy: LedgerFilter
    preview: PreviewPane
    preview_note: QLabel
    _previewed: tuple[int, LetterStatus, str | None] | None

    def selected(self) -> LedgerRow | None:
        """The ledger row selected (the current one when several are), if any."""
        return self._current_of(self.selected_rows())

    def _current_of(self, rows: list[LedgerRow]) -> LedgerRow | None:
        if not rows:
            return None
        current = self.view.currentIndex().data(ROW_ROLE)
        if isinstance(current, LedgerRow) and any(row.id == current.id for row in rows):
            return next(row for row in rows if row.id == current.id)
        return rows[0]

    def selected_rows(self) -> list[LedgerRow]:
        """Every ledger row selected, in the order shown."""
        indexes = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        rows = [index.data(ROW_ROLE) for index in indexes]
        return [row for row in rows if isinstance(row, LedgerRow)]

    def selected_drafts(self) -> list[LedgerRow]:
        """The drafts among the selected rows."""
        return [row for row in self.selected_rows() if row.status is LetterStatus.DRAFT]

    def select_letter(self, letter_id: int) -> bool:
        """Select the row of ``letter_id``; False if it is filtered out or gone."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            value = index.data(ROW_ROLE)
            if isinstance(value, LedgerRow) and value.id == letter_id:
                self.view.selectRow(row)
                return True
        return False

    def select_letters(self, letter_ids: list[int], current_id: int) -> None:
        """Select the rows of ``letter_ids`` shown (after a refresh), ``current_id`` current."""
        wanted = set(letter_ids)
        selection = QItemSelection()
        current = None
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            value = index.data(ROW_ROLE)
            if isinstance(value, LedgerRow) and value.id in wanted:
                selection.select(index, index)
                if value.id == current_id:
                    current = index
        flags = QItemSelectionModel.SelectionFlag
        model = self.view.selectionModel()
        if current is not None:
            model.setCurrentIndex(current, flags.NoUpdate)
            self.view.scrollTo(current)
        model.select(selection, flags.ClearAndSelect | flags.Rows)

    def _show_preview(self) -> None:
        row = self.selected()
        # A drag or shift selection keeps the same current letter: do not draw it again.
        shown = None if row is None else (row.id, row.status, row.fingerprint)
        if shown is not None and shown == self._previewed:
            return
        self._previewed = shown
        self.preview_note.setText("")
        if row is not None and row.status is LetterStatus.DRAFT:
            self._preview_draft(row)
            return
        if row is None or row.fingerprint is None:
            self.preview.clear()
            return
        try:
            self.preview.set_pdf(letter_pdf_bytes(self.workspace.database, row.id))
        except DutyMatrixError as error:
            self.preview.clear()
            self.workspace.report(error)

    def _preview_draft(self, row: LedgerRow) -> None:
        """A draft as it would be issued now (composed from today's matrix)."""
        try:
            content, full = draft_content(self.workspace.database, row.id)
        except DutyMatrixError as error:
            self.preview.clear()
            self.workspace.report(error)
            return
        self.preview.set_pdf(render_letter(LetterToPrint(content, full)))
        self.preview_note.setText(
            QCoreApplication.translate(
                "LettersTab",
                "Draft: composed from today's matrix; the text and its code are not final "
                "until the draft is issued.",
            )
        )
