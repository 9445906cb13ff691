"""The per-letter targets table (层层分解): rows = the letters of one issuing unit (party B),
columns = the template's indicators; each column's header shows the template's default, the
issuing unit's limit and the total of its letters (red when over the limit), so they stay in
view however long the list is.

Typed values are read by ``domain.letter_targets.parse_target``; a refused value leaves the
cell as it was and the ``rejected`` signal carries the sentence saying why.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.enums import IndicatorComparison
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.letter_targets import limit_of, parse_target, target_number_text
from desktop_app.domain.letters import CascadeWarning, IndicatorSpec
from desktop_app.messages import describe
from desktop_app.services.letter_targets import IssuerTargets

_Index = QModelIndex | QPersistentModelIndex
HEADER_LINE = 7  # characters of an indicator name per header line


@dataclass
class TargetRow:
    """One letter's targets while the clerk edits them (None: left out of the letter)."""

    party_a_id: int
    party_b_id: int
    label: str
    targets: dict[str, float | None]
    defaults: dict[str, float | None]
    letter_id: int | None = None


def warning_text(warning: CascadeWarning) -> str:
    """One cascade warning as a sentence in the current language."""
    translate = QCoreApplication.translate
    if warning.kind == "over_limit":
        return translate(
            "Letters",
            "{parent}: the letters below it allow {total} for “{indicator}”, more than its "
            "own limit {limit}.",
        ).format(
            parent=warning.parent,
            total=f"{warning.children_total:g}",
            indicator=warning.indicator,
            limit=f"{warning.parent_target:g}",
        )
    return translate(
        "Letters", "{parent}: the veto item “{indicator}” is missing in {units}."
    ).format(parent=warning.parent, indicator=warning.indicator, units="、".join(warning.children))


def wrapped_name(name: str, width: int = HEADER_LINE) -> str:
    """An indicator name broken into short lines for a column header."""
    return "\n".join(name[i : i + width] for i in range(0, len(name), width))


class TargetsModel(QAbstractTableModel):
    """The letters of one issuing unit and their targets, editable cell by cell.

    Signals:
        targets_changed(): a target was changed (the warnings need computing again).
        rejected(str): a typed value was refused; the sentence says why.
    """

    targets_changed = Signal()
    rejected = Signal(str)

    def __init__(
        self, indicators: list[IndicatorSpec], language: str, parent: QObject | None = None
    ) -> None:
        """Columns for ``indicators``; no rows until ``set_group``."""
        super().__init__(parent)
        self.indicators = list(indicators)
        self.language = language
        self.issuer: IssuerTargets | None = None
        self.excluded: frozenset[int] = frozenset()
        self._rows: list[TargetRow] = []

    # ---------------------------------------------------------------- content
    def set_group(
        self,
        issuer: IssuerTargets | None,
        rows: list[TargetRow],
        excluded: frozenset[int] = frozenset(),
    ) -> None:
        """Show ``rows`` of ``issuer``; ``excluded`` letters are being edited (not siblings)."""
        self.beginResetModel()
        self.issuer, self._rows, self.excluded = issuer, rows, excluded
        self.endResetModel()

    def rows(self) -> list[TargetRow]:
        """The letters shown."""
        return list(self._rows)

    def refresh_all(self) -> None:
        """Every cell may have changed (after a split or a reset)."""
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )
        if self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        self.targets_changed.emit()

    def limit(self, column: int) -> float | None:
        """The parent's ≤ limit for an indicator column, if any."""
        if self.issuer is None:
            return None
        return limit_of(self.issuer.requirements, self.indicators[column].name)

    def sibling_total(self, name: str) -> float:
        """What the issuing unit's other letters (not edited here) already allow."""
        if self.issuer is None:
            return 0.0
        return sum(
            spec.target or 0.0
            for letter in self.issuer.letters
            if letter.letter_id not in self.excluded
            for spec in letter.indicators
            if spec.name == name
        )

    def over_limit(self, column: int) -> bool:
        """True when the column's total is more than the issuing unit's limit."""
        limit, total = self.limit(column), self.total(column)
        return limit is not None and total is not None and total > limit + 1e-9

    def total(self, column: int) -> float | None:
        """Sum of a ≤ indicator over this unit's letters (those already made included)."""
        spec = self.indicators[column]
        if spec.comparison is not IndicatorComparison.AT_MOST:
            return None
        mine = sum(row.targets.get(spec.name) or 0.0 for row in self._rows)
        return mine + self.sibling_total(spec.name)

    # ------------------------------------------------------------ Qt methods
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One row per letter."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """One column per indicator."""
        return 0 if parent.isValid() else len(self.indicators)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Targets, the parent's limits and totals, with colours and tooltips."""
        if not index.isValid() or not 0 <= index.column() < len(self.indicators):
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        spec = self.indicators[index.column()]
        row = self._rows[index.row()]
        value = row.targets.get(spec.name)
        if role == Qt.ItemDataRole.DisplayRole:
            return "—" if value is None else target_number_text(value)
        if role == Qt.ItemDataRole.EditRole:
            return target_number_text(value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and value != row.defaults.get(spec.name):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and value is None:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if value is None:
                return QCoreApplication.translate(
                    "Letters", "Left out of this letter. Type a number to put it back."
                )
            return QCoreApplication.translate(
                "Letters", "Template default: {value}. Leave empty to leave it out."
            ).format(value=target_number_text(row.defaults.get(spec.name)) or "—")
        return None

    def setData(self, index: _Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """Read a typed target; refuse (and say why) what is not a valid one."""
        if role != Qt.ItemDataRole.EditRole or not 0 <= index.row() < len(self._rows):
            return False
        spec = self.indicators[index.column()]
        try:
            target = parse_target(str(value), spec)
        except DutyMatrixError as error:
            self.rejected.emit(describe(error, self.language))
            return False
        row = self._rows[index.row()]
        if row.targets.get(spec.name) == target and spec.name in row.targets:
            return True
        row.targets[spec.name] = target
        self.dataChanged.emit(index, index)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, index.column(), index.column())
        self.targets_changed.emit()
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Every target cell is editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Indicator, default, limit and total (columns); party B (rows)."""
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.indicators):
            return self._column_header(section, role)
        if (
            orientation == Qt.Orientation.Vertical
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._rows)
        ):
            return self._rows[section].label
        return None

    def _column_header(self, section: int, role: int) -> object:
        translate = QCoreApplication.translate
        spec = self.indicators[section]
        limit = self.limit(section)
        if role == Qt.ItemDataRole.DisplayRole:
            note = translate("Letters", "default {target}").format(target=spec.target_text())
            if spec.veto:
                note += translate("Letters", " · veto")
            lines = [wrapped_name(spec.name), note]
            if limit is not None:
                lines.append(
                    translate("Letters", "limit ≤{limit} · total {total}").format(
                        limit=target_number_text(limit),
                        total=target_number_text(self.total(section) or 0.0),
                    )
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and self.over_limit(section):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.FontRole and self.over_limit(section):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if limit is None:
                return spec.name
            return translate(
                "Letters",
                "{name}: the issuing unit's limit is ≤{limit}; the total counts every letter "
                "it issues, those already made included.",
            ).format(name=spec.name, limit=target_number_text(limit))
        return None
