"""The problems of an import as a table: sheet / row / column / value / reason."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.import_problems import Problem
from desktop_app.messages import message_for

Index = QModelIndex | QPersistentModelIndex

SHEET, ROW, COLUMN, VALUE, REASON = range(5)
_ERROR_BACKGROUND = QColor("#fde2e1")
_WARNING_BACKGROUND = QColor("#fff4ce")


class ProblemTableModel(QAbstractTableModel):
    """Read-only rows of :class:`Problem`; errors tinted red, warnings yellow."""

    def __init__(self, parent: Any = None) -> None:
        """An empty table."""
        super().__init__(parent)
        self._problems: list[Problem] = []
        self._reasons: list[str] = []

    def set_problems(self, problems: Sequence[Problem], file: str, language: str) -> None:
        """Show ``problems`` with their sentences in ``language``."""
        self.beginResetModel()
        self._problems = list(problems)
        self._reasons = [message_for(p.code, p.all_facts(file), language) for p in problems]
        self.endResetModel()

    def problem(self, row: int) -> Problem:
        """The problem shown in ``row``."""
        return self._problems[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per problem."""
        return 0 if parent.isValid() else len(self._problems)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Sheet, row, column, value, reason."""
        return 0 if parent.isValid() else 5

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Sheet"),
            self.tr("Row"),
            self.tr("Column"),
            self.tr("Value"),
            self.tr("Problem"),
        )
        return titles[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The cell's text, tint and tooltip."""
        if not index.isValid():
            return None
        problem = self._problems[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                problem.sheet,
                problem.row if problem.row is not None else "—",
                problem.column,
                problem.value,
                self._reasons[index.row()],
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(_ERROR_BACKGROUND if problem.is_error else _WARNING_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == ROW:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
