"""A unit's history from the audit trail: when, who, which operation, what changed."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import FieldRole
from desktop_app.services.history import HistoryEntry, unit_history
from desktop_app.ui.labels import yes_no
from desktop_app.ui.list_table_model import ListTableModel
from desktop_app.ui.role_style import role_label
from desktop_app.ui.views import record_table
from desktop_app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex


def _key_label(key: str) -> str:
    labels = {
        "name": QCoreApplication.translate("History", "name"),
        "title": QCoreApplication.translate("History", "title"),
        "role": QCoreApplication.translate("History", "role"),
        "field": QCoreApplication.translate("History", "field"),
        "unit": QCoreApplication.translate("History", "unit"),
        "person": QCoreApplication.translate("History", "person"),
        "parent": QCoreApplication.translate("History", "parent unit"),
        "territorial_unit": QCoreApplication.translate("History", "territorial unit"),
        "supervisor_unit": QCoreApplication.translate("History", "supervising department"),
        "year": QCoreApplication.translate("History", "year"),
        "active": QCoreApplication.translate("History", "active"),
        "kind": QCoreApplication.translate("History", "kind"),
    }
    return labels.get(key, key)


def _value(key: str, value: object) -> str:
    if key == "role" and isinstance(value, str) and value in {r.value for r in FieldRole}:
        return role_label(FieldRole(value))
    if isinstance(value, bool):
        return yes_no(value)
    return "—" if value is None else str(value)


def _image(values: dict[str, object] | None) -> str:
    if not values:
        return "—"
    return "；".join(f"{_key_label(k)}：{_value(k, v)}" for k, v in sorted(values.items()))


def operation_label(operation: str) -> str:
    """The service operation as the clerk would say it (unknown ones stay as they are)."""
    labels = {
        "set_matrix_roles": QCoreApplication.translate("History", "Set matrix roles"),
        "roll_over_year": QCoreApplication.translate("History", "Roll over the year"),
        "generate_demo": QCoreApplication.translate("History", "Create demo data"),
        "create_unit": QCoreApplication.translate("History", "Add unit"),
        "rename_unit": QCoreApplication.translate("History", "Rename unit"),
        "move_unit": QCoreApplication.translate("History", "Move unit"),
        "deactivate_unit": QCoreApplication.translate("History", "Deactivate unit"),
        "reactivate_unit": QCoreApplication.translate("History", "Reactivate unit"),
        "update_unit": QCoreApplication.translate("History", "Edit unit properties"),
        "assign_oversight": QCoreApplication.translate("History", "Assign oversight"),
        "remove_oversight": QCoreApplication.translate("History", "Remove oversight"),
        "restore_oversight": QCoreApplication.translate("History", "Restore oversight"),
        "create_person": QCoreApplication.translate("History", "Add person"),
        "update_person": QCoreApplication.translate("History", "Edit person"),
        "record_successor": QCoreApplication.translate("History", "Record successor"),
        "undo_successor": QCoreApplication.translate("History", "Undo succession"),
        "create_duty_list": QCoreApplication.translate("History", "New duty list"),
        "delete_duty_list": QCoreApplication.translate("History", "Delete duty list"),
    }
    return labels.get(operation, operation)


def entity_label(entity: str) -> str:
    """The kind of record an event changed."""
    labels = {
        "unit": QCoreApplication.translate("History", "Unit"),
        "person": QCoreApplication.translate("History", "Person"),
        "post": QCoreApplication.translate("History", "Post"),
        "field_assignment": QCoreApplication.translate("History", "Matrix cell"),
        "oversight": QCoreApplication.translate("History", "Oversight"),
        "duty_list": QCoreApplication.translate("History", "Duty list"),
    }
    return labels.get(entity, entity)


class HistoryModel(ListTableModel):
    """Audit events: time (local), user@host, operation, table, before, after."""

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        """Show ``entries``."""
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The event's columns."""
        if not index.isValid() or index.model() is not self:
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                f"{entry.os_user}@{entry.host}",
                operation_label(entry.operation),
                entity_label(entry.entity),
                _image(entry.before),
                _image(entry.after),
            )
            return values[index.column()]
        return None

    def column_titles(self) -> tuple[str, ...]:
        """Column titles in the current language."""
        return (
            QCoreApplication.translate("History", "When"),
            QCoreApplication.translate("History", "Who"),
            QCoreApplication.translate("History", "Operation"),
            QCoreApplication.translate("History", "Record"),
            QCoreApplication.translate("History", "Before"),
            QCoreApplication.translate("History", "After"),
        )


class UnitHistoryDialog(QDialog):
    """The newest changes of one unit and of its people, posts, cells, oversight and lists."""

    def __init__(
        self, workspace: Workspace, unit_id: int, unit_name: str, parent: QWidget | None = None
    ) -> None:
        """Read the unit's history."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of {unit}").format(unit=unit_name))
        self.resize(1000, 560)
        self.model = HistoryModel(self)
        self.model.set_entries(unit_history(workspace.database, unit_id))
        note = QLabel(
            self.tr("{count} changes, newest first (from the tamper-evident audit trail).").format(
                count=self.model.rowCount()
            )
        )
        view = record_table(self.model, stretch_column=5, multiple=True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.view = view
