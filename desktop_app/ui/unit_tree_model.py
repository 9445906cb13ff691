"""A Qt item model over the unit hierarchy (``list[UnitNode]`` from ``services.units``)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.services.units import UnitNode
from desktop_app.ui.labels import category_label, category_short_label, kind_icon, kind_label

UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

NAME_COLUMN = 0
CATEGORY_COLUMN = 1
PEOPLE_COLUMN = 2
_COLUMN_COUNT = 3

_Index = QModelIndex | QPersistentModelIndex


class UnitTreeModel(QAbstractItemModel):
    """Units as a tree: name (with a coloured kind mark), category mark, number of people.

    Committee member units are shown in bold; inactive units in the disabled text colour.
    ``UNIT_ID_ROLE`` gives a row's unit id. The nodes are replaced as a whole by
    ``set_nodes``; edits come from services, then the window reloads.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        """An empty model; call ``set_nodes`` to fill it."""
        super().__init__(parent)
        self._roots: list[UnitNode] = []
        self._parent_of: dict[int, UnitNode | None] = {}
        self._row_of: dict[int, int] = {}
        self._by_id: dict[int, UnitNode] = {}

    def set_nodes(self, nodes: list[UnitNode]) -> None:
        """Show ``nodes`` (the roots of the hierarchy) instead of what was shown."""
        self.beginResetModel()
        self._roots = list(nodes)
        self._parent_of.clear()
        self._row_of.clear()
        self._by_id.clear()
        stack: list[tuple[UnitNode | None, list[UnitNode]]] = [(None, self._roots)]
        while stack:
            parent, children = stack.pop()
            for row, child in enumerate(children):
                self._parent_of[child.id] = parent
                self._row_of[child.id] = row
                self._by_id[child.id] = child
                stack.append((child, child.children))
        self.endResetModel()

    def roots(self) -> list[UnitNode]:
        """The top-level nodes currently shown."""
        return list(self._roots)

    def node(self, index: _Index) -> UnitNode | None:
        """The unit at ``index`` (any column), or None for the invisible root."""
        if not index.isValid() or index.model() is not self:
            return None
        node = index.internalPointer()
        return node if isinstance(node, UnitNode) else None

    def parent_id(self, unit_id: int) -> int | None:
        """The id of the unit above ``unit_id`` (None at the top or if not shown)."""
        above = self._parent_of.get(unit_id)
        return above.id if above is not None else None

    def node_by_id(self, unit_id: int) -> UnitNode | None:
        """The node of ``unit_id``, if shown."""
        return self._by_id.get(unit_id)

    def index_of(self, unit_id: int) -> QModelIndex:
        """The name-column index of the unit with ``unit_id`` (invalid if not shown)."""
        node = self._by_id.get(unit_id)
        if node is None:
            return QModelIndex()
        return self.createIndex(self._row_of[unit_id], NAME_COLUMN, node)

    # Qt's model interface (camelCase because these override Qt's methods).

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of ``row``/``column`` below ``parent``."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        children = self._children(parent)
        return self.createIndex(row, column, children[row])

    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The index of the unit above ``child`` (invalid for top-level units)."""
        node = self.node(child)
        if node is None:
            return QModelIndex()
        above = self._parent_of.get(node.id)
        if above is None:
            return QModelIndex()
        return self.createIndex(self._row_of[above.id], NAME_COLUMN, above)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """How many units lie directly below ``parent``."""
        if parent.isValid() and parent.column() != NAME_COLUMN:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Name, category, people."""
        return _COLUMN_COUNT

    def hasChildren(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        """True when units lie below ``parent`` (cheaper than counting)."""
        return self.rowCount(parent) > 0

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """What the view shows for ``index`` in ``role``."""
        node = self.node(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NAME_COLUMN:
                return node.name
            if column == CATEGORY_COLUMN:
                return category_short_label(node.category)
            return node.people
        if role == UNIT_ID_ROLE:
            return node.id
        if role == Qt.ItemDataRole.DecorationRole and column == NAME_COLUMN:
            return kind_icon(node.kind)
        if role == Qt.ItemDataRole.FontRole and node.is_committee_member:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not node.active:
            palette = QApplication.palette()
            return palette.brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == PEOPLE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Column titles: 单位名称, 人数."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == NAME_COLUMN:
            return self.tr("Unit name")
        if section == CATEGORY_COLUMN:
            return self.tr("Category")
        if section == PEOPLE_COLUMN:
            return self.tr("People")
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        """Units can be selected; nothing is edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _children(self, parent: _Index) -> list[UnitNode]:
        node = self.node(parent)
        return self._roots if node is None else node.children

    def _tooltip(self, node: UnitNode) -> str:
        parts = [kind_label(node.kind)]
        if node.category is not None:
            parts.append(category_label(node.category))
        if node.is_committee_member:
            parts.append(self.tr("Safety committee member"))
        if not node.active:
            parts.append(self.tr("Inactive"))
        # The name comes first: a long name may be elided in a narrow column.
        return f"{node.name}\n{' · '.join(parts)}"
