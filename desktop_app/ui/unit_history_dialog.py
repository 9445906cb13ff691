"""A unit's history from the audit trail: when, who, which operation, what changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import DutyListKind, FieldRole, RiskLevel, UnitCategory, UnitKind
from desktop_app.services.history import HistoryEntry, unit_history
from desktop_app.ui.duties_tab import list_kind_label
from desktop_app.ui.labels import category_label, kind_label, risk_label, yes_no
from desktop_app.ui.list_table_model import ListTableModel
from desktop_app.ui.role_style import role_label
from desktop_app.ui.views import fit_rows_when_resized, record_table
from desktop_app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex


def _key_labels() -> dict[str, str]:
    """Every column an audit image of a unit's rows can hold, as the clerk calls it."""
    return {
        "name": QCoreApplication.translate("History", "name"),
        "code": QCoreApplication.translate("History", "code"),
        "short_name": QCoreApplication.translate("History", "short name"),
        "year": QCoreApplication.translate("History", "year"),
        "unit": QCoreApplication.translate("History", "unit"),
        "parent": QCoreApplication.translate("History", "parent unit"),
        "kind": QCoreApplication.translate("History", "kind"),
        "category": QCoreApplication.translate("History", "category"),
        "is_committee_member": QCoreApplication.translate("History", "safety committee member"),
        "risk_level": QCoreApplication.translate("History", "risk level"),
        "territorial_unit": QCoreApplication.translate("History", "territorial unit"),
        "supervisor_unit": QCoreApplication.translate("History", "supervising department"),
        "title": QCoreApplication.translate("History", "title"),
        "is_party_head": QCoreApplication.translate("History", "party head"),
        "is_admin_head": QCoreApplication.translate("History", "administrative head"),
        "is_leader": QCoreApplication.translate("History", "leadership team member"),
        "phone": QCoreApplication.translate("History", "phone"),
        "successor": QCoreApplication.translate("History", "successor"),
        "holder": QCoreApplication.translate("History", "held by"),
        "post": QCoreApplication.translate("History", "post"),
        "person": QCoreApplication.translate("History", "person"),
        "field": QCoreApplication.translate("History", "field"),
        "role": QCoreApplication.translate("History", "role"),
        "notes": QCoreApplication.translate("History", "notes"),
        "active": QCoreApplication.translate("History", "active"),
        "sort_order": QCoreApplication.translate("History", "order"),
    }


def _entity_key_labels() -> dict[tuple[str, str], str]:
    """Columns whose meaning depends on the table (a person's title is a job title …)."""
    return {
        ("person", "name"): QCoreApplication.translate("History", "full name"),
        ("person", "title"): QCoreApplication.translate("History", "job title"),
        ("person", "active"): QCoreApplication.translate("History", "in office"),
        ("post", "title"): QCoreApplication.translate("History", "post title"),
        ("duty_list", "title"): QCoreApplication.translate("History", "list title"),
        ("duty_list", "kind"): QCoreApplication.translate("History", "list type"),
    }


@dataclass(frozen=True)
class ColumnLabels:
    """The column labels in the current language, read once for a whole listing."""

    keys: dict[str, str]
    entity_keys: dict[tuple[str, str], str]

    @classmethod
    def current(cls) -> ColumnLabels:
        """The labels in the language installed now."""
        return cls(_key_labels(), _entity_key_labels())

    def label(self, entity: str, key: str) -> str:
        """The label of column ``key`` of a row of ``entity`` (unknown ones stay as they are)."""
        return self.entity_keys.get((entity, key)) or self.keys.get(key, key)


_ENUM_LABELS: dict[tuple[str, str], tuple[type[StrEnum], Callable[[Any], str]]] = {
    ("unit", "kind"): (UnitKind, kind_label),
    ("unit", "category"): (UnitCategory, category_label),
    ("unit", "risk_level"): (RiskLevel, risk_label),
    ("field_assignment", "role"): (FieldRole, role_label),
    ("duty_list", "kind"): (DutyListKind, list_kind_label),
}


def value_text(entity: str, key: str, value: object) -> str:
    """A stored value as the clerk reads it: enum values by their label, 是/否, — for none."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return yes_no(value)
    enum = _ENUM_LABELS.get((entity, key))
    if enum is not None and isinstance(value, str):
        enum_class, label = enum
        if value in {member.value for member in enum_class}:
            return label(enum_class(value))
    return str(value)


def image_text(
    entity: str, values: dict[str, object] | None, *, whole_row: bool, labels: ColumnLabels
) -> str:
    """The image as 标签：值；…, labels and values as the clerk reads them, in the order of
    the unit dialogs (name first, the sort order last).

    A whole row (the image of an insert or a delete) leaves its empty values out.
    """
    if not values:
        return "—"
    order = {key: position for position, key in enumerate(labels.keys)}
    parts = [
        f"{labels.label(entity, key)}：{value_text(entity, key, value)}"
        for key, value in sorted(values.items(), key=lambda item: order.get(item[0], len(order)))
        if not (whole_row and (value is None or value == ""))
    ]
    return "；".join(parts) or "—"


def entry_texts(entry: HistoryEntry, labels: ColumnLabels) -> tuple[str, ...]:
    """The six cells of one event: when, who, operation, record, before, after."""
    return (
        entry.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
        f"{entry.os_user}@{entry.host}",
        operation_label(entry.operation),
        entity_label(entry.entity),
        image_text(entry.entity, entry.before, whole_row=entry.after is None, labels=labels),
        image_text(entry.entity, entry.after, whole_row=entry.before is None, labels=labels),
    )


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
        "restore_duty_list": QCoreApplication.translate("History", "Restore duty list"),
        "delete_unit": QCoreApplication.translate("History", "Remove unit"),
        "restore_unit": QCoreApplication.translate("History", "Restore unit"),
        "delete_person": QCoreApplication.translate("History", "Remove person"),
        "restore_person": QCoreApplication.translate("History", "Restore person"),
        "create_post": QCoreApplication.translate("History", "Add post"),
        "delete_post": QCoreApplication.translate("History", "Remove post"),
        "restore_post": QCoreApplication.translate("History", "Restore post"),
        "import_units": QCoreApplication.translate("History", "Import units"),
        "import_people": QCoreApplication.translate("History", "Import people"),
        "import_matrix": QCoreApplication.translate("History", "Import matrix"),
        "import_oversight": QCoreApplication.translate("History", "Import oversight"),
        "import_duties": QCoreApplication.translate("History", "Import duty lists"),
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
        """Show ``entries`` (their texts are made once, in the current language)."""
        labels = ColumnLabels.current()
        self.beginResetModel()
        self._rows = [entry_texts(entry, labels) for entry in entries]
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The event's columns."""
        if not index.isValid() or index.model() is not self:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
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
        view = record_table(self.model, word_wrap=True, stretch_column=5, multiple=True)
        # Before and after share the width and long images wrap. Rows are fitted once the
        # columns settle (a header in ResizeToContents mode re-measures every row on each
        # width change: about a second for 300 events).
        header = view.horizontalHeader()
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self._fit_rows = fit_rows_when_resized(view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
        self.view = view
