"""责任书 tab: the signing ledger of the year with its actions and a preview of the letter.

Issue (now, or as drafts), edit templates, print the whole year in the background, verify a
paper copy, move a letter along the ledger (signed → returned → archived), void and re-issue,
attach the scanned signed copy, export the ledger; issue, retarget or delete drafts.
Everything goes through services; errors are one sentence. Whether each frozen letter is out
of date vs the matrix is checked on a pool thread ("Checking…" until the answer arrives).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import LetterStatus
from desktop_app.paths import AppPaths
from desktop_app.services.letter_ledger import (
    cascade_warnings,
    ledger,
    signing_rates_of,
)
from desktop_app.services.letter_scans import can_attach_scan
from desktop_app.services.letters import can_void
from desktop_app.ui.letters_actions import LetterActions
from desktop_app.ui.letters_columns import LedgerColumns
from desktop_app.ui.letters_model import (
    ALL,
    DRAFTS,
    MATRIX_COLUMN,
    OVERDUE,
    OVERDUE_COLOUR,
    SORT_ROLE,
    STALE,
    UNSIGNED,
    VOID_COLOUR,
    VOIDED,
    LedgerFilter,
    LedgerModel,
    overdue_meaning,
)
from desktop_app.ui.letters_preview import PreviewPane
from desktop_app.ui.letters_selection import LedgerSelection
from desktop_app.ui.letters_stale import StaleCheck, start_stale_check
from desktop_app.ui.letters_targets_model import warning_text
from desktop_app.ui.views import ButtonTab
from desktop_app.ui.workspace import Workspace

__all__ = ["ALL", "DRAFTS", "OVERDUE", "STALE", "UNSIGNED", "VOIDED", "LettersTab"]
"""The views are defined with the filter (letters_model) and re-exported for callers."""
PREVIEW_SHARE = 0.3
PREVIEW_MIN = 280
PREVIEW_MAX = 520


class LettersTab(LetterActions, LedgerSelection, ButtonTab, QWidget):
    """The ledger, its actions and the preview of the selected letter."""

    def __init__(
        self, workspace: Workspace, paths: AppPaths | None = None, parent: QWidget | None = None
    ) -> None:
        """Build the tab; the ledger is read when the tab is first shown."""
        super().__init__(parent)
        self.workspace = workspace
        self.paths = paths
        self.stale = True
        # (id, status, fingerprint) of the letter in the preview, to skip drawing it again
        self._previewed: tuple[int, LetterStatus, str | None] | None = None
        self.check_number = 0
        self.current_check: StaleCheck | None = None
        self.model = LedgerModel(self)
        self.proxy = LedgerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        # No sort indicator: the ledger's own order (levels in unit-tree order) until the
        # clerk clicks a header; Qt would otherwise sort by the first column at once.
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().setVisible(False)
        self.columns = LedgerColumns(self.view)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(lambda _index: self.open_pdf())

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.legend_label = QLabel()
        self.legend_label.setWordWrap(True)
        self.filter_combo = QComboBox()
        self.filter_combo.currentIndexChanged.connect(self.proxy.set_view)
        self.filter_combo.currentIndexChanged.connect(lambda _view: self._update_placeholders())
        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color: #666666")
        self.ledger_stack = QStackedWidget()
        self.ledger_stack.addWidget(self.view)
        self.ledger_stack.addWidget(self.empty_label)

        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        for key, slot in (
            ("issue", self.issue),
            ("templates", self.edit_template),
            ("print", self.print_batch),
            ("verify", self.verify),
            ("export", self.export_ledger),
        ):
            top.addWidget(self._button(key, slot))
        top.addStretch(1)
        top.addWidget(self.filter_combo)
        row_actions = QHBoxLayout()
        for key, slot in (
            ("signed", lambda: self.advance(LetterStatus.SIGNED)),
            ("returned", lambda: self.advance(LetterStatus.RETURNED)),
            ("archived", lambda: self.advance(LetterStatus.ARCHIVED)),
            ("void", self.void_or_reissue),
            ("scan", self.attach_scan_file),
            ("open_scan", self.open_scan),
            ("open_pdf", self.open_pdf),
            ("print_one", self.print_selected),
        ):
            row_actions.addWidget(self._button(key, slot))
        row_actions.addStretch(1)
        self.drafts_label = QLabel()
        draft_actions = QHBoxLayout()
        draft_actions.addWidget(self.drafts_label)
        for key, slot in (
            ("issue_drafts", self.issue_selected_drafts),
            ("edit_targets", self.edit_draft_targets),
            ("delete_drafts", self.delete_selected_drafts),
        ):
            draft_actions.addWidget(self._button(key, slot))
        draft_actions.addStretch(1)

        self.preview = PreviewPane()
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.setStyleSheet("color: #8a5a00")
        self.preview_hint = QLabel()
        self.preview_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_hint.setWordWrap(True)
        self.preview_hint.setStyleSheet("color: #666666")
        self.preview_stack = QStackedWidget()
        self.preview_stack.addWidget(self.preview_hint)
        self.preview_stack.addWidget(self.preview)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.preview_note)
        right_layout.addWidget(self.preview_stack, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.summary_label)
        left_layout.addWidget(self.ledger_stack, 1)
        left_layout.addWidget(self.legend_label)
        left_layout.addLayout(row_actions)
        left_layout.addLayout(draft_actions)
        left_layout.addWidget(self.warnings_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter_placed = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.retranslate()
        self._update_buttons()
        workspace.year_changed.connect(lambda _year: self.mark_stale())
        workspace.changed.connect(lambda _area: self.mark_stale())
        workspace.database_replaced.connect(self.mark_stale)

    # ------------------------------------------------------------------ texts
    def title(self) -> str:
        """The tab's title."""
        return self.tr("Letters")

    def retranslate(self) -> None:
        """Every text in the current language."""
        texts = {
            "issue": self.tr("Issue…"),
            "templates": self.tr("Templates…"),
            "print": self.tr("Print the year…"),
            "verify": self.tr("Verify…"),
            "export": self.tr("Export ledger…"),
            "signed": self.tr("Mark signed"),
            "returned": self.tr("Mark returned"),
            "archived": self.tr("Mark archived"),
            "void": self.tr("Void / re-issue…"),
            "scan": self.tr("Attach scan…"),
            "open_scan": self.tr("Open scan"),
            "open_pdf": self.tr("Open PDF"),
            "print_one": self.tr("Print…"),
            "issue_drafts": self.tr("Issue"),
            "edit_targets": self.tr("Targets…"),
            "delete_drafts": self.tr("Delete"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.drafts_label.setText(self.tr("Drafts:"))
        self.buttons["issue_drafts"].setToolTip(
            self.tr("Issue the selected drafts: their text is frozen from today's matrix.")
        )
        self.buttons["delete_drafts"].setToolTip(
            self.tr("Delete the selected drafts (issued letters are voided, never deleted).")
        )
        self.buttons["signed"].setToolTip(
            self.tr(
                "Record the date the selected issued letters were signed "
                "(Ctrl or Shift selects several)."
            )
        )
        self.buttons["returned"].setToolTip(
            self.tr("Record the date the selected signed letters came back.")
        )
        self.buttons["archived"].setToolTip(
            self.tr("Record the date the selected returned letters were archived.")
        )
        current = max(0, self.filter_combo.currentIndex())
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItems(
            [
                self.tr("All letters"),
                self.tr("Not signed yet"),
                self.tr("Overdue"),
                self.tr("Out of date vs. the matrix"),
                self.tr("Drafts"),
                self.tr("Void"),
            ]
        )
        self.filter_combo.setCurrentIndex(current)
        self.filter_combo.blockSignals(False)
        self.legend_label.setText(
            f"<span style='color:{OVERDUE_COLOUR}'>■ {overdue_meaning()}</span>　"
            f"<span style='color:{VOID_COLOUR}'>■ "
            + self.tr("Void: kept in the ledger with its reason.")
            + "</span>"
        )
        self.legend_label.setToolTip(overdue_meaning())
        self.preview.retranslate()
        self._update_summary()
        self._update_placeholders()
        self.columns.remeasure()
        tabs = self._tabs()
        if tabs is not None:
            tabs.setTabText(tabs.indexOf(self), self.title())

    def _tabs(self) -> QTabWidget | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        return parent

    def showEvent(self, event: QShowEvent) -> None:
        """Read the ledger again if data changed while the tab was hidden."""
        super().showEvent(event)
        self._place_splitter()
        if self.stale:
            self.refresh()

    def _place_splitter(self) -> None:
        """The first time the tab has its real width: the ledger gets most of it, the preview
        about 30 % (at least ``PREVIEW_MIN``, at most ``PREVIEW_MAX`` pixels)."""
        width = self.splitter.width()
        if self.splitter_placed or width < 2 * PREVIEW_MIN:
            return
        preview = max(PREVIEW_MIN, min(PREVIEW_MAX, round(width * PREVIEW_SHARE)))
        self.splitter.setSizes([width - preview, preview])
        self.splitter_placed = True

    # ---------------------------------------------------------------- loading
    @Slot()
    def mark_stale(self) -> None:
        """Data changed: refresh now if visible, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the year's ledger, signing rates and cascade warnings; start the stale check."""
        selected = self.selected()
        selected_ids = [row.id for row in self.selected_rows()]
        year = self.workspace.year
        database = self.workspace.database
        rows = ledger(database, year, check_stale=False)
        self._previewed = None  # a draft follows the matrix: draw it again
        self.model.set_rows(rows)
        self.rates = signing_rates_of(rows)
        self.warnings = cascade_warnings(database, year)
        self.stale = False
        self._start_stale_check()
        self._update_summary()
        if selected is not None:
            self.select_letters(selected_ids, selected.id)
        self._update_buttons()
        self._update_placeholders()

    def _update_placeholders(self) -> None:
        """Say so when the ledger (or its chosen view) is empty, or no letter is previewed."""
        if self.proxy.rowCount():
            self.ledger_stack.setCurrentWidget(self.view)
        else:
            if self.model.rowCount():
                text = self.tr("No letters match this view.")
            else:
                text = self.tr("No letters for {year} yet. Use “Issue…” to make them.").format(
                    year=self.workspace.year
                )
            self.empty_label.setText(text)
            self.ledger_stack.setCurrentWidget(self.empty_label)
        selected = self.selected()
        if selected is not None and self.preview.page_count > 0:
            self.preview_stack.setCurrentWidget(self.preview)
            return
        self.preview_hint.setText(
            self.tr("Select a letter on the left to preview it.")
            if selected is None
            else self.tr("This letter has no text to preview.")
        )
        self.preview_stack.setCurrentWidget(self.preview_hint)

    def _start_stale_check(self) -> None:
        self.check_number += 1
        if not self.model.checking:
            self.current_check = None
            return
        check = StaleCheck(self.workspace.database, self.workspace.year, self.check_number)
        check.signals.finished.connect(self._on_stale_checked)
        self.current_check = check
        start_stale_check(check)

    @property
    def checking(self) -> bool:
        """True until the latest "out of date vs the matrix" answer has arrived."""
        return self.current_check is not None

    @Slot(int, object)
    def _on_stale_checked(self, number: int, stale_ids: object) -> None:
        if number != self.check_number:
            return  # an answer to an older request: the ledger was read again since
        self.current_check = None
        self.model.set_out_of_date(stale_ids if isinstance(stale_ids, set) else None)
        self.proxy.invalidate()
        self._update_summary()

    def _update_summary(self) -> None:
        rows = self.model.rows()
        if not rows:
            self.summary_label.setText(
                self.tr("No letters for {year} yet. Use “Issue…” to make them.").format(
                    year=self.workspace.year
                )
            )
            self.warnings_label.setText("")
            return
        parts = [
            self.tr("{level}: {signed}/{total} signed ({percent}%)").format(
                level=rate.level,
                signed=rate.signed,
                total=rate.total,
                percent=round(rate.rate * 100),
            )
            for rate in getattr(self, "rates", [])
        ]
        overdue = sum(1 for row in rows if row.overdue)
        stale = sum(1 for row in rows if row.out_of_date)
        drafts = sum(1 for row in rows if row.status is LetterStatus.DRAFT)
        stale_text = self.tr("checking…") if self.model.checking else str(stale)
        if parts:
            text = self.tr(
                "Signing rate — {rates}. Overdue: {overdue}. Out of date: {stale}."
            ).format(rates="；".join(parts), overdue=overdue, stale=stale_text)
        else:  # drafts (and voids) only: nothing to sign yet
            text = self.tr("Nothing issued yet.")
        if drafts:
            text += " " + self.tr("Drafts: {drafts}.").format(drafts=drafts)
        self.summary_label.setText(text)
        lines = [warning_text(warning) for warning in getattr(self, "warnings", [])]
        self.warnings_label.setText(
            "<span style='color:#8a5a00'>⚠ " + "<br>⚠ ".join(lines) + "</span>" if lines else ""
        )

    # -------------------------------------------------------------- selection
    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        self._show_preview()
        self._update_placeholders()

    def _update_buttons(self) -> None:
        """Each button is enabled only when the services would accept it for the selection."""
        rows = self.selected_rows()
        row = self._current_of(rows)
        one = row if len(rows) == 1 else None
        statuses = {selected.status for selected in rows}
        for key in ("issue_drafts", "edit_targets", "delete_drafts"):
            self.buttons[key].setEnabled(LetterStatus.DRAFT in statuses)
        # A ledger step works on every selected row, so all of them must be at the step before.
        self.buttons["signed"].setEnabled(statuses == {LetterStatus.ISSUED})
        self.buttons["returned"].setEnabled(statuses == {LetterStatus.SIGNED})
        self.buttons["archived"].setEnabled(statuses == {LetterStatus.RETURNED})
        # Voiding and attaching a scan act on one letter, so they need exactly one selected.
        self.buttons["void"].setEnabled(one is not None and can_void(one.status))
        self.buttons["scan"].setEnabled(one is not None and can_attach_scan(one.status))
        self.buttons["open_scan"].setEnabled(row is not None and row.has_scan)
        self.buttons["open_pdf"].setEnabled(row is not None and row.fingerprint is not None)
        self.buttons["print_one"].setEnabled(row is not None and row.fingerprint is not None)
        self.view.setColumnHidden(MATRIX_COLUMN, False)
