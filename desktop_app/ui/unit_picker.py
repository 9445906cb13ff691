"""A dialog to pick one unit from the hierarchy, with a filter box (thousands of units)."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.units import UnitNode
from desktop_app.ui.unit_tree_model import NAME_COLUMN, UnitTreeModel

TOP_LEVEL = -1
"""What :func:`UnitPickerDialog.chosen` returns when "top level" was chosen."""


class UnitPickerDialog(QDialog):
    """Filter, pick a unit, OK. Optionally offers "top level" (no parent)."""

    def __init__(
        self,
        label: str,
        nodes: list[UnitNode],
        *,
        allow_top_level: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        """Show ``nodes`` as a tree under the prompt ``label``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose a unit"))
        self.resize(520, 560)
        self.model = UnitTreeModel(self)
        self.model.set_nodes(nodes)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(NAME_COLUMN)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter units by name…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, self.tree.header().ResizeMode.Stretch)
        self.tree.expandToDepth(0)
        self.tree.doubleClicked.connect(self.accept)
        self.top_level_box = QCheckBox(self.tr("Top level (no parent unit)"))
        self.top_level_box.setVisible(allow_top_level)
        self.top_level_box.toggled.connect(self.tree.setDisabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.top_level_box)
        layout.addWidget(buttons)

    @Slot(str)
    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def chosen(self) -> int | None:
        """The chosen unit id, ``TOP_LEVEL``, or None if nothing is selected."""
        if self.top_level_box.isVisible() and self.top_level_box.isChecked():
            return TOP_LEVEL
        index = self.tree.currentIndex()
        node = self.model.node(self.proxy.mapToSource(index)) if index.isValid() else None
        return node.id if node is not None else None


def pick_unit(
    parent: QWidget | None, label: str, nodes: list[UnitNode], *, allow_top_level: bool = False
) -> int | None:
    """Run the picker; the chosen id, ``TOP_LEVEL``, or None when cancelled."""
    dialog = UnitPickerDialog(label, nodes, allow_top_level=allow_top_level, parent=parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()
    finally:
        dialog.deleteLater()
