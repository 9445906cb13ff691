"""What changed between two years: matrix cells, oversight and duty lists, as a table."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import DutyListKind
from desktop_app.domain.years import Change
from desktop_app.services.years import DiffArea, DiffRow, compare_years
from desktop_app.ui.duties_tab import list_kind_label
from desktop_app.ui.list_table_model import ListTableModel
from desktop_app.ui.role_style import role_label
from desktop_app.ui.views import record_table
from desktop_app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
_CHANGE_COLOURS = {Change.ADDED: "#1e6b2e", Change.REMOVED: "#a11d1d", Change.CHANGED: "#7a4b00"}


def area_label(area: DiffArea) -> str:
    """责任矩阵 / 分管 / 责任清单."""
    return {
        DiffArea.MATRIX: QCoreApplication.translate("YearDiff", "Matrix"),
        DiffArea.OVERSIGHT: QCoreApplication.translate("YearDiff", "Oversight"),
        DiffArea.DUTY_LIST: QCoreApplication.translate("YearDiff", "Duty list"),
    }[area]


def change_label(change: Change) -> str:
    """新增 / 删除 / 变更."""
    return {
        Change.ADDED: QCoreApplication.translate("YearDiff", "Added"),
        Change.REMOVED: QCoreApplication.translate("YearDiff", "Removed"),
        Change.CHANGED: QCoreApplication.translate("YearDiff", "Changed"),
    }[change]


def describe_row(row: DiffRow) -> str:
    """The "before → after" column of a difference."""
    if row.area is DiffArea.MATRIX:
        before = role_label(row.before_role) or "—"
        after = role_label(row.after_role) or "—"
        return f"{before} → {after}"
    if row.area is DiffArea.OVERSIGHT:
        return ""
    parts = []
    if row.added:
        parts.append(
            QCoreApplication.translate("YearDiff", "added: {clauses}").format(
                clauses="；".join(row.added)
            )
        )
    if row.removed:
        parts.append(
            QCoreApplication.translate("YearDiff", "removed: {clauses}").format(
                clauses="；".join(row.removed)
            )
        )
    if row.reordered:
        parts.append(QCoreApplication.translate("YearDiff", "order changed"))
    return " · ".join(parts)


class YearDiffModel(ListTableModel):
    """Differences as rows: area, change, subject, target, before → after."""

    def set_rows(self, rows: list[DiffRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The difference's columns, the change coloured."""
        if not index.isValid() or index.model() is not self:
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            target = row.target
            if row.area is DiffArea.DUTY_LIST:
                target = list_kind_label(DutyListKind(row.target))
            values = (
                area_label(row.area),
                change_label(row.change),
                row.subject,
                target,
                describe_row(row),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(_CHANGE_COLOURS[row.change])
        return None

    def column_titles(self) -> tuple[str, ...]:
        """Column titles in the current language."""
        return (
            QCoreApplication.translate("YearDiff", "Area"),
            QCoreApplication.translate("YearDiff", "Change"),
            QCoreApplication.translate("YearDiff", "Unit / leader"),
            QCoreApplication.translate("YearDiff", "Field / target"),
            QCoreApplication.translate("YearDiff", "Details"),
        )


class YearDiffDialog(QDialog):
    """Pick two years; the table lists what changed from the first to the second."""

    def __init__(
        self, workspace: Workspace, years: list[int], parent: QWidget | None = None
    ) -> None:
        """Offer ``years``; starts with the shown year against the one before it."""
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Compare years"))
        self.resize(980, 600)
        self.earlier_combo = QComboBox()
        self.later_combo = QComboBox()
        for year in years:
            self.earlier_combo.addItem(str(year), year)
            self.later_combo.addItem(str(year), year)
        later = workspace.year if workspace.year in years else (years[-1] if years else 0)
        earlier = max((y for y in years if y < later), default=later)
        self.earlier_combo.setCurrentIndex(max(self.earlier_combo.findData(earlier), 0))
        self.later_combo.setCurrentIndex(max(self.later_combo.findData(later), 0))
        self.earlier_combo.currentIndexChanged.connect(self.refresh)
        self.later_combo.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("From")))
        top.addWidget(self.earlier_combo)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.later_combo)
        top.addStretch(1)
        top.addWidget(self.summary)
        self.model = YearDiffModel(self)
        self.view = record_table(self.model, stretch_column=4, multiple=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Compare the two chosen years."""
        earlier, later = self.earlier_combo.currentData(), self.later_combo.currentData()
        if earlier is None or later is None:
            self.model.set_rows([])
            return
        rows = compare_years(self.workspace.database, int(earlier), int(later))
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("{count} differences").format(count=len(rows))
            if rows
            else self.tr("No differences")
        )
