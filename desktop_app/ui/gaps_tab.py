"""缺位检查 tab: the live list of responsibility gaps; double-click goes where to fix one.

The list is read again (through ``services.gaps``, the same rules as the ``gaps`` command)
whenever data changes while the tab is visible, and when it becomes visible after changes.
Labels, sentences and how-to-fix hints come from the message catalogue (``messages``), so the
tab and the command line say the same. A year that holds no data at all is said to be empty
rather than listed as "everything is missing".
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.gaps import Gap
from desktop_app.messages import describe_gap, gap_hint, gap_label
from desktop_app.services.gaps import list_gaps, years_with_data
from desktop_app.ui.views import fit_rows_when_resized, record_table
from desktop_app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
KIND_COLUMN, SUBJECT_COLUMN, TEXT_COLUMN, HINT_COLUMN = range(4)


class PaddedRowsDelegate(QStyledItemDelegate):
    """Wrapped cells a few pixels taller than their text: a row sized to the text alone loses
    its last line to the grid and margins (the sentence is then cut off with "…")."""

    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        """The usual size plus the padding."""
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + self.PADDING)


class GapListModel(QAbstractTableModel):
    """Gaps as rows: kind, subject, the sentence saying what is missing, how to fix it."""

    def __init__(self, parent: QObject | None = None) -> None:
        """An empty list; ``set_gaps`` fills it."""
        super().__init__(parent)
        self._gaps: list[Gap] = []
        self.language = "zh_CN"

    def set_gaps(self, gaps: list[Gap], language: str) -> None:
        """Show ``gaps`` with their sentences in ``language``."""
        self.beginResetModel()
        self._gaps = list(gaps)
        self.language = language
        self.endResetModel()

    def gap(self, row: int) -> Gap:
        """The gap in ``row``."""
        return self._gaps[row]

    def gaps(self) -> list[Gap]:
        """Every gap shown."""
        return list(self._gaps)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per gap."""
        return 0 if parent.isValid() else len(self._gaps)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Kind, subject, text, hint."""
        return 0 if parent.isValid() else 4

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Kind label, subject name, full sentence, how to fix."""
        if not index.isValid() or index.model() is not self:
            return None
        gap = self._gaps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == KIND_COLUMN:
                return gap_label(gap.kind, self.language)
            if index.column() == SUBJECT_COLUMN:
                return gap.subject_name
            if index.column() == HINT_COLUMN:
                return gap_hint(gap, self.language)
            return describe_gap(gap, self.language)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """What / where / what is missing / how to fix it."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("Gaps", "Gap"),
            QCoreApplication.translate("Gaps", "Concerns"),
            QCoreApplication.translate("Gaps", "What is missing"),
            QCoreApplication.translate("Gaps", "How to fix"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


UNKNOWN_COUNT = -1
"""``count_changed`` argument when data changed since the last check (the count is not known)."""


class GapsTab(QWidget):
    """The gap list with a refresh button.

    Signals:
        navigate(object): the Gap the clerk double-clicked (the window goes to fix it).
        count_changed(int): the number of gaps after a refresh, or ``UNKNOWN_COUNT``.
    """

    navigate = Signal(object)
    count_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        """Build the tab; the list is read when it is first shown."""
        super().__init__(parent)
        self.workspace = workspace
        self.model = GapListModel(self)
        self.stale = True
        self.year_has_data = True
        self.summary_label = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.refresh_button)
        self.view = record_table(self.model, word_wrap=True, stretch_column=TEXT_COLUMN)
        self.view.setItemDelegate(PaddedRowsDelegate(self.view))
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(rows.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SUBJECT_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SUBJECT_COLUMN, 220)
        header.setSectionResizeMode(HINT_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(HINT_COLUMN, 300)
        self.view.doubleClicked.connect(self._on_double_click)
        # Rows fit their wrapped sentences whenever the list is set again (also on a language
        # switch, which sets the same gaps in the other language) and again once the columns
        # have their final widths (they change with the texts and the window).
        self.fit_rows = fit_rows_when_resized(self.view)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.refresh_button.setText(self.tr("Check again"))
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch (the sentences come from the message catalogue)."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.model.set_gaps(self.model.gaps(), self.workspace.language)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Read the gaps again if data changed while the tab was hidden."""
        super().showEvent(event)
        if self.stale:
            self.refresh()

    @Slot()
    def mark_stale(self) -> None:
        """Data changed: refresh now if visible, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()
        else:  # the count shown in the tab's title is no longer known
            self.count_changed.emit(UNKNOWN_COUNT)

    @Slot()
    def refresh(self) -> None:
        """Run the gap rules for the shown year (none when the year holds no data at all)."""
        database, year = self.workspace.database, self.workspace.year
        self.year_has_data = year in years_with_data(database)
        gaps = list_gaps(database, year) if self.year_has_data else []
        self.model.set_gaps(gaps, self.workspace.language)
        self.stale = False
        self._update_summary()
        self.count_changed.emit(len(gaps))

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        if not self.year_has_data:
            text = self.tr("{year} holds no data yet: nothing to check.").format(
                year=self.workspace.year
            )
        elif count:
            text = self.tr(
                "{count} responsibility gaps in {year}. Double-click a row to go where it is fixed."
            ).format(count=count, year=self.workspace.year)
        else:
            text = self.tr("No responsibility gaps in {year}.").format(year=self.workspace.year)
        self.summary_label.setText(text)

    @Slot(QModelIndex)
    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.navigate.emit(self.model.gap(index.row()))
