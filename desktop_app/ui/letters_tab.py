"""责任书 tab: the signing ledger of the year with its actions and a preview of the letter.

Issue, edit templates, print the whole year in the background, verify a paper copy, move a
letter along the ledger (signed → returned → archived), void and re-issue, attach the scanned
signed copy, export the ledger. Everything goes through services; errors are one sentence.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import LetterStatus
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.paths import AppPaths
from desktop_app.services.letter_ledger import (
    LedgerRow,
    cascade_warnings,
    ledger,
    signing_rates,
)
from desktop_app.services.letter_print import letter_pdf_bytes
from desktop_app.ui.letters_actions import LetterActions
from desktop_app.ui.letters_model import (
    MATRIX_COLUMN,
    PARTY_A_COLUMN,
    PARTY_B_COLUMN,
    ROW_ROLE,
    LedgerModel,
)
from desktop_app.ui.letters_preview import PreviewPane
from desktop_app.ui.workspace import Workspace

ALL, UNSIGNED, OVERDUE, STALE = range(4)


class LedgerFilter(QSortFilterProxyModel):
    """Sorts the ledger and keeps only the rows of the chosen view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Show every row until told otherwise."""
        super().__init__(parent)
        self.view = ALL

    def set_view(self, view: int) -> None:
        """Show all, unsigned, overdue or out-of-date letters."""
        self.beginFilterChange()
        self.view = view
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: object) -> bool:  # noqa: N802
        """Keep a row when it belongs to the chosen view."""
        model = self.sourceModel()
        if not isinstance(model, LedgerModel):
            return True
        row = model.row_at(source_row)
        if self.view == UNSIGNED:
            return row.status is LetterStatus.ISSUED
        if self.view == OVERDUE:
            return row.overdue
        if self.view == STALE:
            return row.out_of_date
        return True


class LettersTab(LetterActions, QWidget):
    """The ledger, its actions and the preview of the selected letter."""

    def __init__(
        self, workspace: Workspace, paths: AppPaths | None = None, parent: QWidget | None = None
    ) -> None:
        """Build the tab; the ledger is read when the tab is first shown."""
        super().__init__(parent)
        self.workspace = workspace
        self.paths = paths
        self.stale = True
        self.model = LedgerModel(self)
        self.proxy = LedgerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PARTY_B_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(PARTY_A_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(PARTY_B_COLUMN, 200)
        header.resizeSection(PARTY_A_COLUMN, 170)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(lambda _index: self.open_pdf())

        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.filter_combo = QComboBox()
        self.filter_combo.currentIndexChanged.connect(self.proxy.set_view)

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

        self.preview = PreviewPane()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.summary_label)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(row_actions)
        left_layout.addWidget(self.warnings_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.retranslate()
        self._update_buttons()
        workspace.year_changed.connect(lambda _year: self.mark_stale())
        workspace.changed.connect(lambda _area: self.mark_stale())
        workspace.database_replaced.connect(self.mark_stale)

    @classmethod
    def attach(
        cls, tabs: QTabWidget, workspace: Workspace, paths: AppPaths | None = None
    ) -> LettersTab:
        """Add the tab to the main window's tab widget (it keeps its own title translated)."""
        tab = cls(workspace, paths)
        tabs.addTab(tab, tab.title())
        return tab

    def _button(self, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons[key] = button
        return button

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
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        current = max(0, self.filter_combo.currentIndex())
        self.filter_combo.blockSignals(True)
        self.filter_combo.clear()
        self.filter_combo.addItems(
            [
                self.tr("All letters"),
                self.tr("Not signed yet"),
                self.tr("Overdue"),
                self.tr("Out of date vs. the matrix"),
            ]
        )
        self.filter_combo.setCurrentIndex(current)
        self.filter_combo.blockSignals(False)
        self.preview.retranslate()
        self._update_summary()
        tabs = self._tabs()
        if tabs is not None:
            tabs.setTabText(tabs.indexOf(self), self.title())

    def _tabs(self) -> QTabWidget | None:
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        return parent

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the ledger again if data changed while the tab was hidden."""
        super().showEvent(event)
        if self.stale:
            self.refresh()

    # ---------------------------------------------------------------- loading
    @Slot()
    def mark_stale(self) -> None:
        """Data changed: refresh now if visible, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the year's ledger, signing rates and cascade warnings."""
        selected = self.selected()
        year = self.workspace.year
        database = self.workspace.database
        self.model.set_rows(ledger(database, year))
        self.rates = signing_rates(database, year)
        self.warnings = cascade_warnings(database, year)
        self.stale = False
        self._update_summary()
        if selected is not None:
            self.select_letter(selected.id)
        self._update_buttons()

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
        text = self.tr("Signing rate — {rates}. Overdue: {overdue}. Out of date: {stale}.").format(
            rates="；".join(parts), overdue=overdue, stale=stale
        )
        self.summary_label.setText(text)
        warnings = getattr(self, "warnings", [])
        lines = []
        for warning in warnings:
            if warning.kind == "over_limit":
                lines.append(
                    self.tr(
                        "{parent}: the letters below it allow {total} for “{indicator}”, "
                        "more than its own limit {limit}."
                    ).format(
                        parent=warning.parent,
                        total=f"{warning.children_total:g}",
                        indicator=warning.indicator,
                        limit=f"{warning.parent_target:g}",
                    )
                )
            else:
                lines.append(
                    self.tr("{parent}: the veto item “{indicator}” is missing in {units}.").format(
                        parent=warning.parent,
                        indicator=warning.indicator,
                        units="、".join(warning.children),
                    )
                )
        self.warnings_label.setText(
            "<span style='color:#8a5a00'>⚠ " + "<br>⚠ ".join(lines) + "</span>" if lines else ""
        )

    # -------------------------------------------------------------- selection
    def selected(self) -> LedgerRow | None:
        """The ledger row selected, if any."""
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, LedgerRow) else None

    def select_letter(self, letter_id: int) -> bool:
        """Select the row of ``letter_id``; False if it is filtered out or gone."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            value = index.data(ROW_ROLE)
            if isinstance(value, LedgerRow) and value.id == letter_id:
                self.view.selectRow(row)
                return True
        return False

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        row = self.selected()
        if row is None or row.fingerprint is None:
            self.preview.clear()
            return
        try:
            self.preview.set_pdf(letter_pdf_bytes(self.workspace.database, row.id))
        except DutyMatrixError as error:
            self.workspace.report(error)

    def _update_buttons(self) -> None:
        row = self.selected()
        status = row.status if row else None
        self.buttons["signed"].setEnabled(status is LetterStatus.ISSUED)
        self.buttons["returned"].setEnabled(status is LetterStatus.SIGNED)
        self.buttons["archived"].setEnabled(status is LetterStatus.RETURNED)
        self.buttons["void"].setEnabled(row is not None and status is not LetterStatus.VOID)
        self.buttons["scan"].setEnabled(row is not None and status is not LetterStatus.VOID)
        self.buttons["open_scan"].setEnabled(row is not None and row.has_scan)
        self.buttons["open_pdf"].setEnabled(row is not None and row.fingerprint is not None)
        self.buttons["print_one"].setEnabled(row is not None and row.fingerprint is not None)
        self.view.setColumnHidden(MATRIX_COLUMN, False)
