"""The responsibility matrix as a Qt table model: units × fields, all held in memory.

The model never queries the database: ``set_matrix`` hands it one year's ``MatrixData``
(read in three queries) and ``apply_changes`` patches the cells an edit changed. Filters
choose the visible rows without reading anything either. Column headers carry the field
name and how many units lead and support it; a field without exactly one lead is marked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app.domain.enums import FieldRole, UnitCategory, UnitKind
from desktop_app.domain.matrix import CellKey, FieldCounts, field_counts
from desktop_app.services.matrix import MatrixData, MatrixField, MatrixUnit
from desktop_app.ui.labels import kind_icon, kind_label
from desktop_app.ui.role_style import ROLE_TEXT_COLOUR, role_fill, role_label

ROLE_VALUE_ROLE = Qt.ItemDataRole.UserRole + 10
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 11
FIELD_ID_ROLE = Qt.ItemDataRole.UserRole + 12

_Index = QModelIndex | QPersistentModelIndex
_WARNING_COLOUR = "#b3261e"
_INDENT = "\u3000"  # an ideographic space per tree level keeps Chinese names aligned


@dataclass(frozen=True)
class MatrixFilter:
    """Which rows the matrix shows; ``None`` means "any"."""

    text: str = ""
    kind: UnitKind | None = None
    category: UnitCategory | None = None
    township_id: int | None = None
    committee: bool | None = None

    @property
    def is_active(self) -> bool:
        """True when anything is filtered."""
        return bool(self.text.strip()) or any(
            value is not None
            for value in (self.kind, self.category, self.township_id, self.committee)
        )

    def accepts(self, unit: MatrixUnit) -> bool:
        """True when ``unit`` passes every criterion."""
        needle = self.text.strip().casefold()
        return (
            (not needle or needle in unit.name.casefold())
            and (self.kind is None or unit.kind == self.kind)
            and (self.category is None or unit.category == self.category)
            and (self.township_id is None or unit.township_id == self.township_id)
            and (self.committee is None or unit.is_committee_member == self.committee)
        )


class MatrixTableModel(QAbstractTableModel):
    """Rows = the units passing the filter, columns = active fields, cells = roles.

    Custom roles: ``ROLE_VALUE_ROLE`` (the FieldRole or None), ``UNIT_ID_ROLE`` and
    ``FIELD_ID_ROLE``; vertical headers carry ``UNIT_ID_ROLE`` too.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        """An empty matrix; ``set_matrix`` fills it."""
        super().__init__(parent)
        self.year = 0
        self._units: list[MatrixUnit] = []
        self._rows: list[MatrixUnit] = []
        self._row_of: dict[int, int] = {}
        self._fields: list[MatrixField] = []
        self._column_of: dict[int, int] = {}
        self._roles: dict[CellKey, FieldRole] = {}
        self._counts: dict[int, FieldCounts] = {}
        self._filter = MatrixFilter()
        self._labels: dict[FieldRole, str] = {}
        self._fills: dict[FieldRole, QBrush] = {r: QBrush(role_fill(r)) for r in FieldRole}
        self._text_brush = QBrush(QColor(ROLE_TEXT_COLOUR))
        self._bold = QFont()
        self._bold.setBold(True)
        self.retranslate()

    # ------------------------------------------------------------------ content
    def set_matrix(self, data: MatrixData) -> None:
        """Show ``data`` (one year's matrix) instead of what was shown."""
        self.beginResetModel()
        self.year = data.year
        self._units = list(data.units)
        self._fields = list(data.fields)
        self._column_of = {f.id: column for column, f in enumerate(self._fields)}
        self._roles = dict(data.roles)
        self._recount()
        self._refilter()
        self.endResetModel()

    def set_filter(self, matrix_filter: MatrixFilter) -> None:
        """Show only the units ``matrix_filter`` accepts."""
        self.beginResetModel()
        self._filter = matrix_filter
        self._refilter()
        self.endResetModel()

    @property
    def matrix_filter(self) -> MatrixFilter:
        """The filter in force."""
        return self._filter

    def apply_changes(self, year: int, changes: dict[CellKey, FieldRole | None]) -> None:
        """Patch the cells an edit (or its undo) changed; other years are ignored."""
        if year != self.year or not changes:
            return
        rows: list[int] = []
        columns: list[int] = []
        for key, role in changes.items():
            if role is None:
                self._roles.pop(key, None)
            else:
                self._roles[key] = FieldRole(role)
            row, column = self._row_of.get(key[0]), self._column_of.get(key[1])
            if row is not None and column is not None:
                rows.append(row)
                columns.append(column)
        self._recount()
        if rows:
            self.dataChanged.emit(
                self.index(min(rows), min(columns)), self.index(max(rows), max(columns))
            )
        if self._fields:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._fields) - 1)

    def retranslate(self) -> None:
        """Re-read the role words after a language switch."""
        self._labels = {role: role_label(role) for role in FieldRole}
        if self._rows and self._fields:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(self._fields) - 1)
            )
        if self._fields:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._fields) - 1)

    def _recount(self) -> None:
        active = [u.id for u in self._units if u.active]
        self._counts = field_counts(self._roles, active)

    def _refilter(self) -> None:
        self._rows = [u for u in self._units if self._filter.accepts(u)]
        self._row_of = {u.id: row for row, u in enumerate(self._rows)}

    # ------------------------------------------------------------------ lookups
    def units(self) -> list[MatrixUnit]:
        """The visible units, top to bottom."""
        return list(self._rows)

    def all_units(self) -> list[MatrixUnit]:
        """Every loaded unit, filtered or not."""
        return list(self._units)

    def fields(self) -> list[MatrixField]:
        """The fields, left to right."""
        return list(self._fields)

    def role_at(self, unit_id: int, field_id: int) -> FieldRole | None:
        """The role of a cell (visible or not)."""
        return self._roles.get((unit_id, field_id))

    def counts(self, field_id: int) -> FieldCounts:
        """How many active units play each role in a field."""
        return self._counts.get(field_id, FieldCounts())

    def cell_key(self, index: _Index) -> CellKey | None:
        """``(unit_id, field_id)`` of a cell index."""
        if not index.isValid():
            return None
        return (self._rows[index.row()].id, self._fields[index.column()].id)

    def cell_keys(self, indexes: Iterable[_Index]) -> list[CellKey]:
        """The keys of many cell indexes (e.g. the selection)."""
        return [key for key in (self.cell_key(i) for i in indexes) if key is not None]

    def row_of(self, unit_id: int) -> int | None:
        """The row showing ``unit_id``, or None if it is filtered out."""
        return self._row_of.get(unit_id)

    def column_of(self, field_id: int) -> int | None:
        """The column of ``field_id``."""
        return self._column_of.get(field_id)

    # --------------------------------------------------------------- Qt model API
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Visible units (a table has no children)."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Fields."""
        return 0 if parent.isValid() else len(self._fields)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The role's word, its fill, and ids for the custom roles."""
        if not index.isValid() or index.model() is not self:
            return None
        unit = self._rows[index.row()]
        field_ = self._fields[index.column()]
        value = self._roles.get((unit.id, field_.id))
        if role == Qt.ItemDataRole.DisplayRole:
            return self._labels[value] if value is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._fills[value] if value is not None else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._text_brush if value is not None else None
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if value is FieldRole.LEAD else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            word = self._labels[value] if value is not None else "—"
            return f"{unit.name} · {field_.name}: {word}"
        if role == ROLE_VALUE_ROLE:
            return value
        if role == UNIT_ID_ROLE:
            return unit.id
        if role == FIELD_ID_ROLE:
            return field_.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Field name with its lead/support counts; unit name (indented by tree level)."""
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._fields):
                return None
            return self._field_header(self._fields[section], role)
        if not 0 <= section < len(self._rows):
            return None
        unit = self._rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            indent = "" if self._filter.is_active else _INDENT * min(unit.depth, 4)
            return indent + unit.name
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(unit.kind)
        if role == Qt.ItemDataRole.FontRole and unit.is_committee_member:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{unit.name}\n{kind_label(unit.kind)}"
        if role == UNIT_ID_ROLE:
            return unit.id
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _field_header(self, field_: MatrixField, role: int) -> object:
        counts = self.counts(field_.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(
                "MatrixModel", "{field}\n{lead} {leads} · {support} {supports}"
            ).format(
                field=field_.name,
                lead=self._labels[FieldRole.LEAD],
                leads=counts.lead,
                support=self._labels[FieldRole.SUPPORT],
                supports=counts.support,
            )
        if role == Qt.ItemDataRole.ForegroundRole and counts.lead != 1:
            return QBrush(QColor(_WARNING_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            text = QCoreApplication.translate(
                "MatrixModel", "{field}: {leads} lead, {supports} support, {mains} main units"
            ).format(
                field=field_.name, leads=counts.lead, supports=counts.support, mains=counts.main
            )
            if counts.lead != 1:
                text += "\n" + QCoreApplication.translate(
                    "MatrixModel", "A field needs exactly one lead department."
                )
            return text
        if role == FIELD_ID_ROLE:
            return field_.id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Cells are selectable; roles are set through commands, not edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
