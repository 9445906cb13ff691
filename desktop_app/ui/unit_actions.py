"""The unit tree's context menu: add, rename, move, deactivate, properties, history.

Every edit is an undoable command; a refusal (a move under the unit's own descendant, a
duplicate name …) is explained in one sentence from the message catalogue.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPoint, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.services.unit_edits import unit_properties
from desktop_app.services.units import UnitNode
from desktop_app.ui.commands_units import (
    CreateUnitCommand,
    MoveUnitCommand,
    RenameUnitCommand,
    SetUnitActiveCommand,
    UpdateUnitCommand,
)
from desktop_app.ui.labels import kind_label
from desktop_app.ui.unit_picker import TOP_LEVEL
from desktop_app.ui.workspace import Workspace

# The kind a new unit most likely has, by its parent's kind.
_CHILD_KIND = {
    UnitKind.GOVERNMENT: UnitKind.DEPARTMENT,
    UnitKind.TOWNSHIP: UnitKind.ENTERPRISE,
    UnitKind.PARK: UnitKind.ENTERPRISE,
    UnitKind.ENTERPRISE: UnitKind.WORKSHOP,
    UnitKind.SUBSIDIARY: UnitKind.WORKSHOP,
    UnitKind.WORKSHOP: UnitKind.TEAM,
}


class UnitActions(QObject):
    """Actions on the unit selected in the tree (``selected`` returns it)."""

    def __init__(
        self,
        workspace: Workspace,
        selected: Callable[[], UnitNode | None],
        roots: Callable[[], list[UnitNode]],
        parent_of: Callable[[int], int | None],
        parent: QWidget,
    ) -> None:
        """Actions for ``parent``'s tree."""
        super().__init__(parent)
        self.workspace = workspace
        self.selected = selected
        self.roots = roots
        self.parent_of = parent_of
        self.widget = parent
        self.add_action = QAction(parent)
        self.add_top_action = QAction(parent)
        self.rename_action = QAction(parent)
        self.move_action = QAction(parent)
        self.active_action = QAction(parent)
        self.properties_action = QAction(parent)
        self.history_action = QAction(parent)
        self.add_action.triggered.connect(self.add_child)
        self.add_top_action.triggered.connect(self.add_top_level)
        self.rename_action.triggered.connect(self.rename)
        self.move_action.triggered.connect(self.move)
        self.active_action.triggered.connect(self.toggle_active)
        self.properties_action.triggered.connect(self.edit_properties)
        self.history_action.triggered.connect(self.show_history)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the action texts in the current language."""
        self.add_action.setText(self.tr("Add unit below…"))
        self.add_top_action.setText(self.tr("Add top-level unit…"))
        self.rename_action.setText(self.tr("Rename…"))
        self.move_action.setText(self.tr("Move to…"))
        self.active_action.setText(self.tr("Deactivate"))
        self.properties_action.setText(self.tr("Properties…"))
        self.history_action.setText(self.tr("History…"))

    def menu(self) -> QMenu:
        """The context menu for the selected unit."""
        node = self.selected()
        menu = QMenu(self.widget)
        menu.addAction(self.add_action)
        menu.addAction(self.add_top_action)
        menu.addSeparator()
        for action in (self.rename_action, self.move_action, self.active_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.properties_action)
        menu.addAction(self.history_action)
        for action in (
            self.add_action,
            self.rename_action,
            self.move_action,
            self.active_action,
            self.properties_action,
            self.history_action,
        ):
            action.setEnabled(node is not None)
        self.active_action.setText(
            self.tr("Reactivate") if node is not None and not node.active else self.tr("Deactivate")
        )
        return menu

    def show_menu(self, global_position: QPoint) -> None:
        """Pop the context menu up at ``global_position``."""
        self.menu().popup(global_position)

    def _ask_kind(self, default: UnitKind) -> UnitKind | None:
        kinds = list(UnitKind)
        chosen = self.workspace.prompter.choose(
            self.tr("Kind of the new unit:"), [kind_label(k) for k in kinds], kinds.index(default)
        )
        return kinds[chosen] if chosen is not None else None

    @Slot()
    def add_child(self) -> bool:
        """Add a unit below the selected one."""
        node = self.selected()
        if node is None:
            return False
        return self._add(node.id, node.name, _CHILD_KIND.get(node.kind, UnitKind.OTHER))

    @Slot()
    def add_top_level(self) -> bool:
        """Add a unit at the top of the hierarchy."""
        return self._add(None, "", UnitKind.GOVERNMENT)

    def _add(self, parent_id: int | None, parent_name: str, default: UnitKind) -> bool:
        label = (
            self.tr("Name of the new unit below {parent}:").format(parent=parent_name)
            if parent_id is not None
            else self.tr("Name of the new top-level unit:")
        )
        name = self.workspace.prompter.text(label)
        if not name:
            return False
        kind = self._ask_kind(default)
        if kind is None:
            return False
        command = CreateUnitCommand(
            self.workspace, name, kind, parent_id, self.tr("Add {unit}").format(unit=name.strip())
        )
        return self.workspace.run(command)

    @Slot()
    def rename(self) -> bool:
        """Rename the selected unit."""
        node = self.selected()
        if node is None:
            return False
        name = self.workspace.prompter.text(self.tr("New name:"), node.name)
        if name is None or name.strip() == node.name:
            return False
        text = self.tr("Rename {old} to {new}").format(old=node.name, new=name.strip())
        return self.workspace.run(RenameUnitCommand(self.workspace, node.id, node.name, name, text))

    @Slot()
    def move(self) -> bool:
        """Move the selected unit under another (a descendant is refused with a reason)."""
        node = self.selected()
        if node is None:
            return False
        chosen = self.workspace.prompter.choose_unit(
            self.tr("Move {unit} under:").format(unit=node.name), self.roots(), allow_top_level=True
        )
        if chosen is None:
            return False
        new_parent = None if chosen == TOP_LEVEL else chosen
        old_parent = self.parent_of(node.id)
        if new_parent == old_parent:
            return False
        text = self.tr("Move {unit}").format(unit=node.name)
        command = MoveUnitCommand(self.workspace, node.id, old_parent, new_parent, text)
        return self.workspace.run(command)

    @Slot()
    def toggle_active(self) -> bool:
        """Deactivate the selected unit (after confirming), or reactivate it."""
        node = self.selected()
        if node is None:
            return False
        if node.active:
            question = self.tr(
                "Deactivate {unit}? It stays on record with its history and letters, but no "
                "longer appears in the matrix, the gap check or a roll-over."
            ).format(unit=node.name)
            if not self.workspace.prompter.confirm(question):
                return False
            text = self.tr("Deactivate {unit}").format(unit=node.name)
        else:
            text = self.tr("Reactivate {unit}").format(unit=node.name)
        return self.workspace.run(
            SetUnitActiveCommand(self.workspace, node.id, not node.active, text)
        )

    @Slot()
    def edit_properties(self) -> QDialog | None:
        """Open the properties dialog of the selected unit (saved as one undoable step)."""
        from desktop_app.ui.unit_dialogs import UnitPropertiesDialog

        node = self.selected()
        if node is None:
            return None
        try:
            values = unit_properties(self.workspace.database, node.id)
        except DutyMatrixError as error:
            self.workspace.report(error)
            return None
        dialog = UnitPropertiesDialog(node.name, values, self.roots(), self.widget)

        def save() -> None:
            changes = dialog.changes()
            if changes:
                text = self.tr("Properties of {unit}").format(unit=node.name)
                self.workspace.run(UpdateUnitCommand(self.workspace, node.id, changes, text))

        dialog.accepted.connect(save)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    @Slot()
    def show_history(self) -> QDialog | None:
        """The selected unit's history from the audit trail."""
        from desktop_app.ui.unit_history_dialog import UnitHistoryDialog

        node = self.selected()
        if node is None:
            return None
        dialog = UnitHistoryDialog(self.workspace, node.id, node.name, self.widget)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
