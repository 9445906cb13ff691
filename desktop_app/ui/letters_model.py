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
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.enums import LetterStatus
from desktop_app.services.letter_ledger import LedgerRow

_Index = QModelIndex | QPersistentModelIndex
# What the clerk follows up comes first (who, status, the dates, overdue), so it stays on
# screen on a 1366-pixel display; the level is also the rows' grouping, so it can come later.
(
    PARTY_B_COLUMN,
    PARTY_A_COLUMN,
    STATUS_COLUMN,
    ISSUED_COLUMN,
    DUE_COLUMN,
    SIGNED_COLUMN,
    OVERDUE_COLUMN,
    LEVEL_COLUMN,
    VERSION_COLUMN,
    SCAN_COLUMN,
    CODE_COLUMN,
    MATRIX_COLUMN,
) = range(12)
DATE_COLUMNS = (ISSUED_COLUMN, DUE_COLUMN, SIGNED_COLUMN)
NAME_COLUMNS = (PARTY_B_COLUMN, PARTY_A_COLUMN, LEVEL_COLUMN)
ALL, UNSIGNED, OVERDUE, STALE, DRAFTS, VOIDED = range(6)
"""The ledger's views (the filter combo's entries, in order)."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""What a header click sorts by: the text, except numbers for the version and overdue days."""
OVERDUE_COLOUR = "#b00020"
VOID_COLOUR = "#888888"


def overdue_meaning() -> str:
    """What a red (overdue) row means, for its tooltip and the legend."""
    return QCoreApplication.translate(
        "Letters",
        "Overdue, not signed: the signing deadline has passed and no signing is recorded.",
    )


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
        if role == SORT_ROLE:
            if column == VERSION_COLUMN:
                return row.version
            if column == OVERDUE_COLUMN:
                return row.days_overdue
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status is LetterStatus.VOID:
                return QBrush(QColor(VOID_COLOUR))
            if row.overdue:
                return QBrush(QColor(OVERDUE_COLOUR))
        if role == Qt.ItemDataRole.FontRole and column == MATRIX_COLUMN and row.out_of_date:
            font = QFont()
            font.setBold(True)
            return font
        pending = row.out_of_date is None or row.status is LetterStatus.DRAFT
        if role == Qt.ItemDataRole.ForegroundRole and column == MATRIX_COLUMN and pending:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _tooltip(self, row: LedgerRow, column: int) -> str | None:
        """The full name of a (possibly elided) name, then why the row looks as it does."""
        lines = [self._text(row, column)] if column in NAME_COLUMNS else []
        if column == MATRIX_COLUMN and row.out_of_date:
            lines.append(
                QCoreApplication.translate(
                    "Letters",
                    "The matrix changed after this letter was issued; the letter keeps its "
                    "frozen text. Re-issue it if the change matters.",
                )
            )
        elif column == MATRIX_COLUMN and row.status is LetterStatus.DRAFT:
            lines.append(
                QCoreApplication.translate(
                    "Letters",
                    "A draft is not frozen: it follows the matrix and its template until it "
                    "is issued.",
                )
            )
        if row.overdue:
            lines.append(overdue_meaning())
        if row.void_reason:
            lines.append(row.void_reason)
        return "\n".join(line for line in lines if line) or None

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
        """Column titles; the overdue column's tooltip says what red rows mean."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == OVERDUE_COLUMN:
            return overdue_meaning()
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        translate = QCoreApplication.translate
        titles = {
            PARTY_B_COLUMN: translate("LedgerHeader", "Party B"),
            PARTY_A_COLUMN: translate("LedgerHeader", "Party A"),
            LEVEL_COLUMN: translate("LedgerHeader", "Level"),
            VERSION_COLUMN: translate("LedgerHeader", "Version"),
            STATUS_COLUMN: translate("LedgerHeader", "Status"),
            ISSUED_COLUMN: translate("LedgerHeader", "Issued"),
            DUE_COLUMN: translate("LedgerHeader", "Due"),
            SIGNED_COLUMN: translate("LedgerHeader", "Signed"),
            OVERDUE_COLUMN: translate("LedgerHeader", "Overdue"),
            SCAN_COLUMN: translate("LedgerHeader", "Scan"),
            CODE_COLUMN: translate("LedgerHeader", "Code"),
            MATRIX_COLUMN: translate("LedgerHeader", "Vs. matrix"),
        }
        return titles.get(section)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Selectable, not editable (the ledger changes through actions)."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class LedgerFilter(QSortFilterProxyModel):
    """Sorts the ledger and keeps only the rows of the chosen view."""

    def __init__(self, parent: QObject | None = None) -> None:
        """Show every row until told otherwise."""
        super().__init__(parent)
        self.view = ALL

    def set_view(self, view: int) -> None:
        """Show all, unsigned, overdue, out-of-date, draft or void letters."""
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
            return bool(row.out_of_date)
        if self.view == DRAFTS:
            return row.status is LetterStatus.DRAFT
        if self.view == VOIDED:
            return row.status is LetterStatus.VOID
        return True
