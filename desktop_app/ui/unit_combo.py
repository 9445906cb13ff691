"""A drop-down of the units with "(top level)" first; typing part of a name completes it.

Used where one unit is chosen inline, e.g. the import wizard's "create missing parent units
under …". Units sharing a name show their parent in brackets so the entries stay distinct.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from desktop_app.services.units import UnitNode

MIN_CHARACTERS = 16
"""The box is at least this many characters wide; the list opens as wide as its names."""
POPUP_MARGIN = 40
"""Room beside the widest name in the list for the scroll bar and the item padding."""


def _flatten(nodes: list[UnitNode]) -> list[tuple[UnitNode, UnitNode | None]]:
    """Every unit with its parent, in tree order (parents before their children)."""
    flat: list[tuple[UnitNode, UnitNode | None]] = []
    stack: list[tuple[UnitNode, UnitNode | None]] = [(node, None) for node in reversed(nodes)]
    while stack:
        node, parent = stack.pop()
        flat.append((node, parent))
        stack.extend((child, node) for child in reversed(node.children))
    return flat


class UnitComboBox(QComboBox):
    """Pick a unit or "(top level)"; :meth:`unit_id` is the choice (None for top level).

    ``currentIndexChanged`` fires only for the user's choices: loading and
    :meth:`set_unit_id` keep it quiet.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty box holding just "(top level)" until :meth:`load`."""
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(MIN_CHARACTERS)
        self.setMaxVisibleItems(20)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        line_edit = self.lineEdit()
        assert line_edit is not None
        line_edit.editingFinished.connect(self._settle)
        self.load([])

    def load(self, nodes: list[UnitNode]) -> None:
        """Offer ``nodes`` (a hierarchy), keeping the current choice if it is still there."""
        keep = self.unit_id()
        flat = _flatten(nodes)
        shared = Counter(node.name for node, _parent in flat)
        top_level = self.tr("top level")
        with QSignalBlocker(self):
            self.clear()
            self.addItem(self.tr("(top level)"), None)
            for node, parent in flat:
                text = node.name
                if shared[node.name] > 1:  # 青溪村（青溪镇）
                    text = f"{node.name}（{parent.name if parent else top_level}）"
                self.addItem(text, node.id)
            index = self.findData(keep) if keep is not None else 0
            self.setCurrentIndex(max(index, 0))
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count()))
        self.view().setMinimumWidth(widest + POPUP_MARGIN)  # long names are not cut in the list

    def unit_id(self) -> int | None:
        """The chosen unit's id, None for "(top level)"."""
        data = self.currentData()
        return int(data) if data is not None else None

    def set_unit_id(self, unit_id: int | None) -> None:
        """Show ``unit_id`` (or "(top level)") as the choice without announcing it."""
        index = self.findData(unit_id) if unit_id is not None else 0
        with QSignalBlocker(self):
            self.setCurrentIndex(max(index, 0))

    @Slot()
    def _settle(self) -> None:
        """Typed text naming an entry chooses it; any other text reverts to the choice."""
        text = self.currentText().strip()
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)  # announced: the clerk chose it
        elif self.currentText() != self.itemText(self.currentIndex()):
            self.setEditText(self.itemText(self.currentIndex()))
