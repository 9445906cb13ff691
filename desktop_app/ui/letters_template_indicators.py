"""The template editor's "Indicators" page: control indicators in printed order, each with
its unit, comparison, default target, weight, 一票否决 flag and parent limit (上级控制数).

Typing in a cell changes the draft at once; a cell that is not a number is marked and
reported (the save is refused); adding, removing and moving are undoable commands.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import letter_template_edit as edit
from desktop_app.domain.enums import IndicatorComparison
from desktop_app.domain.letters import IndicatorSpec, TemplateSpec
from desktop_app.ui.letters_template_commands import (
    Focus,
    InsertCommand,
    Kind,
    MoveCommand,
    RemoveCommand,
)
from desktop_app.ui.letters_template_pages import DraftOwner, button_column, widget_shortcut

COMPARISONS = (IndicatorComparison.AT_MOST, IndicatorComparison.AT_LEAST, IndicatorComparison.EQUAL)
NAME, UNIT, COMPARISON, TARGET, WEIGHT, VETO, LIMIT = range(7)
_BAD = QBrush(QColor("#f8d7da"))


class IndicatorsPage(QWidget):
    """Control indicators in printed order, with default targets, weights and parent limits."""

    def __init__(self, owner: DraftOwner, parent: QWidget | None = None) -> None:
        """Empty until ``show_draft``."""
        super().__init__(parent)
        self.owner = owner
        self._filling = False
        self.bad_cells: dict[tuple[int, int], str] = {}
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Unit"),
                self.tr("Comparison"),
                self.tr("Default target"),
                self.tr("Weight"),
                self.tr("Veto"),
                self.tr("Parent limit"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        for column in (UNIT, COMPARISON, TARGET, WEIGHT, VETO, LIMIT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        limit_header = self.table.horizontalHeaderItem(LIMIT)
        if limit_header is not None:
            limit_header.setToolTip(
                self.tr(
                    "The issuing level's own limit (上级控制数), shared by the letters it issues"
                )
            )
        self.add_button = QPushButton(self.tr("Add indicator"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.total_label = QLabel()
        hint = QLabel(
            self.tr(
                "Default target: what each letter gets when it is issued. Parent limit: the "
                "issuing level's own ≤ limit (e.g. the county's deaths ≤ 3); the letters it "
                "issues share it, and a warning appears when their targets add up to more."
            )
        )
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(
            button_column(self.add_button, self.remove_button, self.up_button, self.down_button)
        )
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(hint)
        self.table.itemChanged.connect(self._cell_typed)
        self.table.currentCellChanged.connect(lambda *_args: self._enable())
        self.add_button.clicked.connect(self.add_indicator)
        self.remove_button.clicked.connect(self.remove_indicator)
        self.up_button.clicked.connect(lambda: self.move_chosen(-1))
        self.down_button.clicked.connect(lambda: self.move_chosen(1))
        widget_shortcut(self.table, "Alt+Up", lambda: self.move_chosen(-1))
        widget_shortcut(self.table, "Alt+Down", lambda: self.move_chosen(1))
        widget_shortcut(self.table, "Delete", self.remove_indicator)

    def show_draft(self, spec: TemplateSpec, focus: Focus | None = None) -> None:
        """Show the draft's indicators, selecting ``focus`` (or keeping the selection)."""
        row = self.table.currentRow()
        if focus is not None and focus.kind is Kind.INDICATOR:
            row = focus.index
        self._filling = True
        self.bad_cells.clear()
        self.table.setRowCount(0)
        for position, indicator in enumerate(spec.indicators):
            self._add_row(position, indicator, edit.parent_limit_of(spec, indicator.name))
        self._filling = False
        if spec.indicators and row >= 0:
            self.table.setCurrentCell(min(row, len(spec.indicators) - 1), NAME)
        self._show_total(spec)
        self._enable()

    def _add_row(self, row: int, indicator: IndicatorSpec, limit: float | None) -> None:
        self.table.insertRow(row)
        self.table.setItem(row, NAME, QTableWidgetItem(indicator.name))
        self.table.setItem(row, UNIT, QTableWidgetItem(indicator.measure_unit))
        combo = QComboBox()
        combo.addItems(["≤", "≥", "="])
        combo.setCurrentIndex(COMPARISONS.index(indicator.comparison))
        combo.currentIndexChanged.connect(lambda _i, c=combo: self._combo_changed(c))
        self.table.setCellWidget(row, COMPARISON, combo)
        for column, value in (
            (TARGET, indicator.target),
            (WEIGHT, indicator.weight),
            (LIMIT, limit),
        ):
            item = QTableWidgetItem("" if value is None else f"{value:g}")
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, column, item)
        veto = QTableWidgetItem()
        veto.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsSelectable
        )
        veto.setCheckState(Qt.CheckState.Checked if indicator.veto else Qt.CheckState.Unchecked)
        self.table.setItem(row, VETO, veto)

    def _show_total(self, spec: TemplateSpec) -> None:
        weights = [i.weight for i in spec.indicators if i.weight is not None]
        total = sum(weights)
        self.total_label.setText(
            self.tr("Weights add up to {total}.").format(total=f"{total:g}")
            if weights
            else self.tr("No weights: the assessment shares the indicator points equally.")
        )

    def _enable(self) -> None:
        row, count = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    def _number(self, row: int, column: int) -> float | None:
        item = self.table.item(row, column)
        text = item.text().strip().replace("，", "").replace(",", "") if item else ""
        self.bad_cells.pop((row, column), None)
        if item is not None:
            item.setBackground(QBrush())
        if not text:
            return None
        try:
            return float(text.rstrip("%％"))
        except ValueError:
            self.bad_cells[(row, column)] = text
            if item is not None:
                item.setBackground(_BAD)
            return None

    def _read_row(self, row: int) -> tuple[IndicatorSpec, float | None]:
        def text(column: int) -> str:
            item = self.table.item(row, column)
            return item.text().strip() if item is not None else ""

        combo = self.table.cellWidget(row, COMPARISON)
        comparison = (
            COMPARISONS[combo.currentIndex()] if isinstance(combo, QComboBox) else COMPARISONS[0]
        )
        veto = self.table.item(row, VETO)
        indicator = IndicatorSpec(
            text(NAME),
            text(UNIT),
            comparison,
            self._number(row, TARGET),
            self._number(row, WEIGHT),
            veto is not None and veto.checkState() == Qt.CheckState.Checked,
        )
        return indicator, self._number(row, LIMIT)

    @Slot(QTableWidgetItem)
    def _cell_typed(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self._row_changed(item.row())

    def _combo_changed(self, combo: QComboBox) -> None:
        for row in range(self.table.rowCount()):
            if self.table.cellWidget(row, COMPARISON) is combo:
                self._row_changed(row)

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.owner.draft.indicators):
            return
        self._filling = True  # marking a bad cell changes the item again
        try:
            indicator, limit = self._read_row(row)
        finally:
            self._filling = False
        spec = edit.set_indicator(self.owner.draft, row, indicator, limit)
        self.owner.draft_edited(spec)
        self._show_total(spec)

    def bad_numbers(self) -> list[tuple[str, str, str]]:
        """(indicator, column title, text) of every cell that is not a number."""
        found = []
        for (row, column), text in sorted(self.bad_cells.items()):
            name = self.table.item(row, NAME)
            title = self.table.horizontalHeaderItem(column)
            found.append((name.text() if name else "", title.text() if title else "", text))
        return found

    @Slot()
    def add_indicator(self) -> None:
        """A new indicator after the chosen one (undoable)."""
        row = self.table.currentRow()
        index = row + 1 if row >= 0 else self.table.rowCount()
        indicator = IndicatorSpec(
            self.tr("New indicator"), "%", IndicatorComparison.AT_LEAST, 100, None
        )
        focus = Focus(Kind.INDICATOR, 0, index)
        self.owner.stack.push(
            InsertCommand(self.owner, focus, (indicator, None), self.tr("Add indicator"))
        )
        self.table.setFocus()
        name = self.table.item(index, NAME)
        if name is not None:
            self.table.editItem(name)

    @Slot()
    def remove_indicator(self) -> None:
        """Remove the chosen indicator and its parent limit (undoable)."""
        row = self.table.currentRow()
        if row >= 0:
            focus = Focus(Kind.INDICATOR, 0, row)
            self.owner.stack.push(RemoveCommand(self.owner, focus, self.tr("Remove indicator")))

    def move_chosen(self, step: int) -> None:
        """Move the chosen indicator one place up (-1) or down (+1) (undoable)."""
        source = self.table.currentRow()
        target = source + step
        if source < 0 or not 0 <= target < self.table.rowCount():
            return
        self.owner.stack.push(
            MoveCommand(self.owner, Kind.INDICATOR, 0, source, target, self.tr("Move indicator"))
        )
