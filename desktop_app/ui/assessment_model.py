"""The year's assessment results as a Qt table model: group, rank, unit, scores, grade."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop_app.domain.enums import Grade
from desktop_app.domain.scoring import points_text
from desktop_app.services.assessment_read import ResultRow

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
"""The :class:`ResultRow` of a row."""
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

GROUP, RANK, UNIT, SELF, SCORE, GRADE, CODE, NOTE = range(8)
GRADE_COLOURS = {
    Grade.EXCELLENT: QColor("#c6efce"),
    Grade.GOOD: QColor("#ddebf7"),
    Grade.PASS: QColor("#fff2cc"),
    Grade.FAIL: QColor("#f8cbad"),
}


class ResultsModel(QAbstractTableModel):
    """Read-only rows of :class:`ResultRow`, grades tinted, ties and vetoes explained."""

    def __init__(self, parent: Any = None) -> None:
        """An empty table."""
        super().__init__(parent)
        self._rows: list[ResultRow] = []

    def set_rows(self, rows: Sequence[ResultRow]) -> None:
        """Show ``rows`` (in the order given: group, rank)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ResultRow]:
        """The rows shown."""
        return list(self._rows)

    def row_at(self, row: int) -> ResultRow:
        """The result in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """One row per score sheet."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Group, rank, unit, self score, score, grade, code, explanation."""
        return 0 if parent.isValid() else 8

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Group"),
            self.tr("Rank"),
            self.tr("Unit"),
            self.tr("Self score"),
            self.tr("Score"),
            self.tr("Grade"),
            self.tr("Code"),
            self.tr("Explanation"),
        )[section]

    def grade_text(self, grade: Grade | None) -> str:
        """A grade in the current language."""
        if grade is None:
            return self.tr("pending")
        return {
            Grade.EXCELLENT: self.tr("excellent"),
            Grade.GOOD: self.tr("good"),
            Grade.PASS: self.tr("pass"),
            Grade.FAIL: self.tr("fail"),
        }[grade]

    def _note(self, row: ResultRow) -> str:
        parts = []
        if row.veto and row.veto_reason:
            parts.append(self.tr("Veto: {reason}").format(reason=row.veto_reason))
        if row.no_excellent:
            parts.append(
                self.tr("Cannot be excellent: {reason}").format(reason="；".join(row.no_excellent))
            )
        if row.rank_note and not row.veto:
            parts.append(row.rank_note)
        if row.pending and not row.veto:
            parts.append(self.tr("Not entered: {items}").format(items="、".join(row.pending)))
        return "；".join(parts)

    def _display(self, row: ResultRow, column: int) -> str:
        values = {
            GROUP: row.group,
            RANK: "—" if row.rank is None else str(row.rank),
            UNIT: row.party_b,
            SELF: points_text(row.self_score),
            SCORE: points_text(row.score),
            GRADE: self.grade_text(row.grade),
            NOTE: self._note(row),
            CODE: row.code,
        }
        return values[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort key, tint, alignment and tooltip of a cell."""
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            if column == RANK:
                return row.rank if row.rank is not None else 10**6
            if column in (SELF, SCORE):
                value = row.self_score if column == SELF else row.score
                return float(value) if value is not None else -1.0
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == GRADE and row.grade is not None:
            return QBrush(GRADE_COLOURS[row.grade])
        if role == Qt.ItemDataRole.ForegroundRole and row.veto:
            return QBrush(QColor("#a61b1b"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, SELF, SCORE, GRADE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
