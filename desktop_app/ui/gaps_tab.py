"""缺位检查 tab: the live list of responsibility gaps; double-click goes where to fix one.

The list is read again (through ``services.gaps``, the same rules as the ``gaps`` command)
whenever data changes while the tab is visible, and when it becomes visible after changes.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
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
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.gaps import Gap, GapKind
from desktop_app.messages import describe_gap
from desktop_app.services.gaps import list_gaps
from desktop_app.ui.views import record_table
from desktop_app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
KIND_COLUMN, SUBJECT_COLUMN, TEXT_COLUMN = range(3)


def gap_kind_label(kind: GapKind) -> str:
    """A short name for each kind of gap."""
    labels = {
        GapKind.FIELD_WITHOUT_LEAD: QCoreApplication.translate("Gaps", "Field without lead"),
        GapKind.FIELD_WITH_SEVERAL_LEADS: QCoreApplication.translate(
            "Gaps", "Field with several leads"
        ),
        GapKind.MEMBER_WITHOUT_OVERSEER: QCoreApplication.translate(
            "Gaps", "Member unit without overseeing leader"
        ),
        GapKind.ENTERPRISE_WITHOUT_SUPERVISOR: QCoreApplication.translate(
            "Gaps", "Enterprise without supervisor"
        ),
        GapKind.ENTERPRISE_WITHOUT_TERRITORY: QCoreApplication.translate(
            "Gaps", "Enterprise without territorial unit"
        ),
        GapKind.LEADER_OVERSEES_NOTHING: QCoreApplication.translate(
            "Gaps", "Leader overseeing nothing"
        ),
        GapKind.UNIT_WITHOUT_PRINCIPAL: QCoreApplication.translate(
            "Gaps", "Unit without principal"
        ),
        GapKind.EMPTY_DUTY_LIST: QCoreApplication.translate("Gaps", "Empty or missing duty list"),
    }
    return labels[kind]


class GapListModel(QAbstractTableModel):
    """Gaps as rows: kind, subject, the sentence saying what is missing."""

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
        """Kind, subject, text."""
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Kind label, subject name, full sentence."""
        if not index.isValid() or index.model() is not self:
            return None
        gap = self._gaps[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == KIND_COLUMN:
                return gap_kind_label(gap.kind)
            if index.column() == SUBJECT_COLUMN:
                return gap.subject_name
            return describe_gap(gap, self.language)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """What / where / what is missing."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("Gaps", "Gap"),
            QCoreApplication.translate("Gaps", "Concerns"),
            QCoreApplication.translate("Gaps", "What is missing"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, read-only."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class GapsTab(QWidget):
    """The gap list with a refresh button.

    Signals:
        navigate(object): the Gap the clerk double-clicked (the window goes to fix it).
        count_changed(int): the number of gaps after a refresh.
    """

    navigate = Signal(object)
    count_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        """Build the tab; the list is read when it is first shown."""
        super().__init__(parent)
        self.workspace = workspace
        self.model = GapListModel(self)
        self.stale = True
        self.summary_label = QLabel()
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.refresh_button)
        self.view = record_table(self.model, word_wrap=True, stretch_column=TEXT_COLUMN)
        rows = self.view.verticalHeader()
        rows.setMinimumSectionSize(rows.fontMetrics().height() + 12)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(SUBJECT_COLUMN, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(SUBJECT_COLUMN, 220)
        self.view.doubleClicked.connect(self._on_double_click)
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

    @Slot()
    def refresh(self) -> None:
        """Run the gap rules for the shown year."""
        gaps = list_gaps(self.workspace.database, self.workspace.year)
        self.model.set_gaps(gaps, self.workspace.language)
        self.view.resizeRowsToContents()
        self.stale = False
        self._update_summary()
        self.count_changed.emit(len(gaps))

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        if count:
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
