"""The signing ledger (签订台账) as a Qt table model over ``LedgerRow`` values."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.enums import LetterStatus
from desktop_app.services.letter_ledger import LedgerRow

_Index = QModelIndex | QPersistentModelIndex
(
    PARTY_B_COLUMN,
    PARTY_A_COLUMN,
    LEVEL_COLUMN,
    VERSION_COLUMN,
    STATUS_COLUMN,
    ISSUED_COLUMN,
    DUE_COLUMN,
    SIGNED_COLUMN,
    OVERDUE_COLUMN,
    SCAN_COLUMN,
    CODE_COLUMN,
    MATRIX_COLUMN,
) = range(12)
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


def status_label(status: LetterStatus) -> str:
    """The ledger word for a status."""
    return {
        LetterStatus.DRAFT: QCoreApplication.translate("Letters", "Draft"),
        LetterStatus.ISSUED: QCoreApplication.translate("Letters", "Issued"),
        LetterStatus.SIGNED: QCoreApplication.translate("Letters", "Signed"),
        LetterStatus.RETURNED: QCoreApplication.translate("Letters", "Returned"),
        LetterStatus.ARCHIVED: QCoreApplication.translate("Letters", "Archived"),
        LetterStatus.VOID: QCoreApplication.translate("Letters", "Void"),
    }[status]


def _day(value: date | None) -> str:
    return value.isoformat() if value else ""


class LedgerModel(QAbstractTableModel):
    """One row per letter of the year; overdue rows in red, void ones greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        """An empty ledger."""
        super().__init__(parent)
        self._rows: list[LedgerRow] = []

    def set_rows(self, rows: list[LedgerRow]) -> None:
        """Show ``rows``."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[LedgerRow]:
        """The rows shown."""
        return list(self._rows)

    def row_at(self, row: int) -> LedgerRow:
        """The ledger row at ``row``."""
        return self._rows[row]

    def set_out_of_date(self, stale_ids: Set[int] | None) -> None:
        """The answer of the background check: which frozen letters are out of date.

        None means the check could not be done: the column is left empty.
        """
        self._rows = [
            replace(row, out_of_date=None if stale_ids is None else row.id in stale_ids)
            if row.status not in (LetterStatus.DRAFT, LetterStatus.VOID)
            else row
            for row in self._rows
        ]
        if self._rows:
            self.dataChanged.emit(
                self.index(0, MATRIX_COLUMN), self.index(len(self._rows) - 1, MATRIX_COLUMN)
            )

    @property
    def checking(self) -> bool:
        """True while some frozen letter has not been checked against the matrix yet."""
        return any(row.out_of_date is None and row.fingerprint for row in self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Letters, or 0 under any parent (a flat table)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Twelve columns."""
        return 0 if parent.isValid() else 12

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Text, colours and the row value."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is LetterStatus.VOID:
                return QBrush(QColor("#888888"))
            if row.overdue:
                return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.FontRole and column == MATRIX_COLUMN and row.out_of_date:
            font = QFont()
            font.setBold(True)
            return font
        pending = row.out_of_date is None or row.status is LetterStatus.DRAFT
        if role == Qt.ItemDataRole.ForegroundRole and column == MATRIX_COLUMN and pending:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == MATRIX_COLUMN and row.out_of_date:
                return QCoreApplication.translate(
                    "Letters",
                    "The matrix changed after this letter was issued; the letter keeps its "
                    "frozen text. Re-issue it if the change matters.",
                )
            if column == MATRIX_COLUMN and row.status is LetterStatus.DRAFT:
                return QCoreApplication.translate(
                    "Letters",
                    "A draft is not frozen: it follows the matrix and its template until it "
                    "is issued.",
                )
            if row.void_reason:
                return row.void_reason
        return None

    def _text(self, row: LedgerRow, column: int) -> str:
        translate = QCoreApplication.translate
        if column == PARTY_B_COLUMN:
            return row.party_b
        if column == PARTY_A_COLUMN:
            return row.party_a
        if column == LEVEL_COLUMN:
            return row.level
        if column == VERSION_COLUMN:
            return str(row.version)
        if column == STATUS_COLUMN:
            return status_label(row.status)
        if column == ISSUED_COLUMN:
            return _day(row.issued_on)
        if column == DUE_COLUMN:
            return _day(row.due_date)
        if column == SIGNED_COLUMN:
            return _day(row.signed_on)
        if column == OVERDUE_COLUMN:
            return (
                translate("Letters", "{days} days").format(days=row.days_overdue)
                if row.overdue
                else ""
            )
        if column == SCAN_COLUMN:
            return translate("Letters", "Yes") if row.has_scan else ""
        if column == CODE_COLUMN:
            return row.code
        if column == MATRIX_COLUMN:
            if row.status is LetterStatus.DRAFT:
                return translate("Letters", "Follows it")
            if row.out_of_date is None and row.fingerprint:
                return translate("Letters", "Checking…")
            return translate("Letters", "Out of date") if row.out_of_date else ""
        return ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        titles = (
            translate("LedgerHeader", "Party B"),
            translate("LedgerHeader", "Party A"),
            translate("LedgerHeader", "Level"),
            translate("LedgerHeader", "Version"),
            translate("LedgerHeader", "Status"),
            translate("LedgerHeader", "Issued"),
            translate("LedgerHeader", "Due"),
            translate("LedgerHeader", "Signed"),
            translate("LedgerHeader", "Overdue"),
            translate("LedgerHeader", "Scan"),
            translate("LedgerHeader", "Code"),
            translate("LedgerHeader", "Vs. matrix"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, not editable (the ledger changes through actions)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
