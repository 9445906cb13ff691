"""分管 tab (一岗双责): every leader with what they oversee; assign, remove, print a card."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.matrix import load_matrix
from desktop_app.services.oversight import OversightItem, Portfolio, load_portfolios
from desktop_app.services.units import unit_tree
from desktop_app.ui.commands import AssignOversightCommand, RemoveOversightCommand
from desktop_app.ui.list_table_model import ListTableModel
from desktop_app.ui.views import FollowsLanguage, record_table
from desktop_app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex


class PortfolioModel(ListTableModel):
    """Leaders: name, title, unit, how many units and fields they oversee."""

    def set_portfolios(self, portfolios: list[Portfolio]) -> None:
        """Show ``portfolios``."""
        self.beginResetModel()
        self._rows = list(portfolios)
        self.endResetModel()

    def portfolio(self, row: int) -> Portfolio:
        """The leader in ``row``."""
        return self._rows[row]

    def row_of(self, person_id: int) -> int | None:
        """The row of a person, if listed."""
        return next((r for r, p in enumerate(self._rows) if p.person_id == person_id), None)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The leader's columns; leaders overseeing nothing are marked in red."""
        if not index.isValid() or index.model() is not self:
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                row.name,
                row.title or "",
                row.unit_name,
                len(row.units),
                len(row.fields),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.is_leader and not row.items:
            return QColor("#a11d1d")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def column_titles(self) -> tuple[str, ...]:
        """Column titles in the current language."""
        return (
            QCoreApplication.translate("Oversight", "Leader"),
            QCoreApplication.translate("Oversight", "Title"),
            QCoreApplication.translate("Oversight", "Unit"),
            QCoreApplication.translate("Oversight", "Units"),
            QCoreApplication.translate("Oversight", "Fields"),
        )


class OversightItemModel(ListTableModel):
    """What one leader oversees: the unit or field, and which of the two it is."""

    def set_items(self, items: tuple[OversightItem, ...]) -> None:
        """Show ``items``."""
        self.beginResetModel()
        self._rows = list(items)
        self.endResetModel()

    def item(self, row: int) -> OversightItem:
        """The oversight in ``row``."""
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Name and "unit"/"field"."""
        if not index.isValid() or index.model() is not self:
            return None
        item = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return item.target_name
            return (
                QCoreApplication.translate("Oversight", "Unit")
                if item.unit_id is not None
                else QCoreApplication.translate("Oversight", "Field")
            )
        return None

    def column_titles(self) -> tuple[str, ...]:
        """Column titles in the current language."""
        return (
            QCoreApplication.translate("Oversight", "Oversees"),
            QCoreApplication.translate("Oversight", "Type"),
        )


class OversightTab(FollowsLanguage, QWidget):
    """Leaders on the left, the selected leader's units and fields on the right."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        """Build the tab; ``reload`` fills it."""
        super().__init__(parent)
        self.workspace = workspace
        self.pending_unit_id: int | None = None
        self.leaders = PortfolioModel(self)
        self.items = OversightItemModel(self)
        self.leader_view = record_table(self.leaders, stretch_column=2)
        self.leader_view.selectionModel().selectionChanged.connect(self._on_leader_selected)
        self.item_view = record_table(self.items, stretch_column=0)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setVisible(False)
        self.hint_label.setStyleSheet("color: #7a4b00; background: #fff3d6; padding: 4px;")
        self.assign_unit_button = QPushButton()
        self.assign_field_button = QPushButton()
        self.remove_button = QPushButton()
        self.card_button = QPushButton()
        self.assign_unit_button.clicked.connect(self.assign_unit)
        self.assign_field_button.clicked.connect(self.assign_field)
        self.remove_button.clicked.connect(self.remove_selected)
        self.card_button.clicked.connect(self.show_card)
        buttons = QHBoxLayout()
        for button in (
            self.assign_unit_button,
            self.assign_field_button,
            self.remove_button,
            self.card_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.leader_caption = QLabel()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.leader_caption)
        right_layout.addWidget(self.item_view, 1)
        right_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.leader_view)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint_label)
        layout.addWidget(splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.assign_unit_button.setText(self.tr("Oversee a unit…"))
        self.assign_field_button.setText(self.tr("Oversee a field…"))
        self.remove_button.setText(self.tr("Remove"))
        self.card_button.setText(self.tr("Responsibility card…"))
        self._update_caption()

    def reload(self) -> None:
        """Read the year's portfolios again, keeping the selected leader."""
        selected = self.selected_leader()
        self.leaders.set_portfolios(load_portfolios(self.workspace.database, self.workspace.year))
        if selected is not None:
            self.focus_person(selected.person_id)
        else:
            self.items.set_items(())
        self._update_caption()

    def selected_leader(self) -> Portfolio | None:
        """The leader selected on the left."""
        rows = self.leader_view.selectionModel().selectedRows()
        return self.leaders.portfolio(rows[0].row()) if rows else None

    def focus_person(self, person_id: int) -> bool:
        """Select a leader (e.g. from the gap list)."""
        row = self.leaders.row_of(person_id)
        if row is None:
            return False
        self.leader_view.selectRow(row)
        self.leader_view.scrollTo(self.leaders.index(row, 0))
        return True

    def prepare_unit(self, unit_id: int, unit_name: str) -> None:
        """Offer ``unit_id`` as the next unit to assign (a member without an overseer)."""
        self.pending_unit_id = unit_id
        self.hint_label.setText(
            self.tr('Select a leader and click "Oversee a unit…" to assign {unit}.').format(
                unit=unit_name
            )
        )
        self.hint_label.setVisible(True)

    @Slot(QItemSelection, QItemSelection)
    def _on_leader_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        leader = self.selected_leader()
        self.items.set_items(leader.items if leader else ())
        self._update_caption()

    def _update_caption(self) -> None:
        leader = self.selected_leader()
        if leader is None:
            self.leader_caption.setText(self.tr("Select a leader to see what they oversee."))
        else:
            self.leader_caption.setText(
                self.tr("{name} oversees {units} units and {fields} fields in {year}.").format(
                    name=leader.name,
                    units=len(leader.units),
                    fields=len(leader.fields),
                    year=self.workspace.year,
                )
            )
        for button in (
            self.assign_unit_button,
            self.assign_field_button,
            self.card_button,
            self.remove_button,
        ):
            button.setEnabled(leader is not None)

    @Slot()
    def assign_unit(self) -> bool:
        """Let the selected leader oversee a unit chosen from the hierarchy."""
        leader = self.selected_leader()
        if leader is None:
            return False
        unit_id = self.pending_unit_id
        if unit_id is None:
            unit_id = self.workspace.prompter.choose_unit(
                self.tr("Which unit should {name} oversee?").format(name=leader.name),
                unit_tree(self.workspace.database, include_inactive=False),
            )
        if unit_id is None or unit_id < 0:
            return False
        text = self.tr("{name} oversees a unit").format(name=leader.name)
        command = AssignOversightCommand(
            self.workspace, self.workspace.year, leader.person_id, text, unit_id=unit_id
        )
        done = self.workspace.run(command)
        if done:
            self.pending_unit_id = None
            self.hint_label.setVisible(False)
        return done

    @Slot()
    def assign_field(self) -> bool:
        """Let the selected leader oversee an industry field."""
        leader = self.selected_leader()
        if leader is None:
            return False
        fields = load_matrix(self.workspace.database, self.workspace.year).fields
        chosen = self.workspace.prompter.choose(
            self.tr("Which field should {name} oversee?").format(name=leader.name),
            [f.name for f in fields],
        )
        if chosen is None:
            return False
        text = self.tr("{name} oversees {field}").format(
            name=leader.name, field=fields[chosen].name
        )
        command = AssignOversightCommand(
            self.workspace, self.workspace.year, leader.person_id, text, field_id=fields[chosen].id
        )
        return self.workspace.run(command)

    @Slot()
    def remove_selected(self) -> bool:
        """Remove the selected oversight of the selected leader."""
        leader = self.selected_leader()
        rows = self.item_view.selectionModel().selectedRows()
        if leader is None or not rows:
            return False
        item = self.items.item(rows[0].row())
        text = self.tr("{name} no longer oversees {target}").format(
            name=leader.name, target=item.target_name
        )
        return self.workspace.run(RemoveOversightCommand(self.workspace, item.id, text))

    @Slot()
    def show_card(self) -> None:
        """The selected leader's 责任告知卡, to read and save as PDF."""
        from desktop_app.ui.card_dialog import CardDialog

        leader = self.selected_leader()
        if leader is None:
            return
        dialog = CardDialog(self.workspace, leader.person_id, self)
        dialog.open()
