"""责任清单 tab: the duty lists of the selected unit and its posts; add, remove, reorder.

Clauses come from the clause library (editable from here too). Each change is one command.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import DutyListKind
from desktop_app.services.duties import (
    DutyListEntry,
    DutyListSummary,
    duty_list_entries,
    duty_lists,
)
from desktop_app.services.people import posts_of_unit
from desktop_app.ui.commands import (
    AddClauseCommand,
    CreateDutyListCommand,
    DeleteDutyListCommand,
    RemoveClauseCommand,
    ReorderListCommand,
)
from desktop_app.ui.list_table_model import ListTableModel
from desktop_app.ui.role_style import responsibility_label
from desktop_app.ui.views import FollowsLanguage, fit_rows_when_resized, record_table
from desktop_app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
TEXT_COLUMN = 2


def list_kind_label(kind: DutyListKind) -> str:
    """主体责任清单 / 岗位责任清单 / 日常安全检查清单."""
    labels = {
        DutyListKind.MAIN: QCoreApplication.translate("Duties", "Responsibility list"),
        DutyListKind.POST: QCoreApplication.translate("Duties", "Post responsibility list"),
        DutyListKind.DAILY_CHECK: QCoreApplication.translate("Duties", "Daily safety checklist"),
    }
    return labels[kind]


class DutyEntriesModel(ListTableModel):
    """The clauses of one list in order: number, kind, text, legal basis, frequency."""

    def set_entries(self, entries: list[DutyListEntry]) -> None:
        """Show ``entries``."""
        self.beginResetModel()
        self._rows = list(entries)
        self.endResetModel()

    def entries(self) -> list[DutyListEntry]:
        """The entries in order."""
        return list(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The entry's columns."""
        if not index.isValid() or index.model() is not self:
            return None
        entry = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                index.row() + 1,
                responsibility_label(entry.kind),
                entry.text,
                entry.legal_basis or "",
                entry.frequency or "",
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def column_titles(self) -> tuple[str, ...]:
        """Column titles in the current language."""
        return (
            QCoreApplication.translate("Duties", "No."),
            QCoreApplication.translate("Duties", "Kind"),
            QCoreApplication.translate("Duties", "Duty"),
            QCoreApplication.translate("Duties", "Legal basis"),
            QCoreApplication.translate("Duties", "Frequency"),
        )


class DutiesTab(FollowsLanguage, QWidget):
    """List picker for the selected unit, the list's clauses, and the editing buttons."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        """Build the tab; ``show_unit`` fills it."""
        super().__init__(parent)
        self.workspace = workspace
        self.unit_id: int | None = None
        self.unit_name = ""
        self.lists: list[DutyListSummary] = []
        self.owner_label = QLabel()
        self.list_combo = QComboBox()
        self.list_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.list_combo.currentIndexChanged.connect(self._load_entries)
        self.new_list_button = QPushButton()
        self.delete_list_button = QPushButton()
        self.new_list_button.clicked.connect(self.new_list)
        self.delete_list_button.clicked.connect(self.delete_list)
        top = QHBoxLayout()
        top.addWidget(self.owner_label)
        top.addWidget(self.list_combo, 1)
        top.addWidget(self.new_list_button)
        top.addWidget(self.delete_list_button)
        self.model = DutyEntriesModel(self)
        self.view = record_table(self.model, word_wrap=True, stretch_column=TEXT_COLUMN)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 220)
        # Wrapped clauses need their rows re-measured when the columns change width.
        fit_rows_when_resized(self.view)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.up_button = QPushButton()
        self.down_button = QPushButton()
        self.library_button = QPushButton()
        self.add_button.clicked.connect(self.add_clause)
        self.remove_button.clicked.connect(self.remove_clause)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.library_button.clicked.connect(self.open_library)
        tools = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.library_button)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(tools)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.new_list_button.setText(self.tr("New list…"))
        self.delete_list_button.setText(self.tr("Delete list"))
        self.add_button.setText(self.tr("Add clause…"))
        self.remove_button.setText(self.tr("Remove clause"))
        self.up_button.setText(self.tr("Move up"))
        self.down_button.setText(self.tr("Move down"))
        self.library_button.setText(self.tr("Clause library…"))
        self._fill_combo()
        self._update_texts()

    def _update_texts(self) -> None:
        if self.unit_id is None:
            self.owner_label.setText(self.tr("Select a unit in the tree."))
        else:
            self.owner_label.setText(self.tr("Lists of {unit}:").format(unit=self.unit_name))
        if self.unit_id is not None and not self.lists:
            self.empty_label.setText(
                self.tr('{unit} has no duty list for {year}. Create one with "New list…".').format(
                    unit=self.unit_name, year=self.workspace.year
                )
            )
            self.empty_label.setVisible(True)
        else:
            self.empty_label.setVisible(False)
        has_list = self.current_list() is not None
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(has_list)
        self.delete_list_button.setEnabled(has_list)
        self.new_list_button.setEnabled(self.unit_id is not None)

    # ------------------------------------------------------------------ data
    def show_unit(self, unit_id: int | None, unit_name: str = "") -> None:
        """Show the lists of a unit and of its posts."""
        self.unit_id = unit_id
        self.unit_name = unit_name
        self.reload()

    def reload(self, keep_list: int | None = None) -> None:
        """Read the lists and the current list's clauses again."""
        current = keep_list if keep_list is not None else self._current_id()
        if self.unit_id is None:
            self.lists = []
        else:
            self.lists = duty_lists(self.workspace.database, self.workspace.year, self.unit_id)
        self._fill_combo(current)
        self._load_entries()

    def _fill_combo(self, select_id: int | None = None) -> None:
        self.list_combo.blockSignals(True)
        self.list_combo.clear()
        for summary in self.lists:
            owner = summary.post_title or summary.unit_name
            title = summary.title or list_kind_label(summary.kind)
            self.list_combo.addItem(f"{owner} — {title} ({summary.item_count})", summary.id)
        found = self.list_combo.findData(select_id) if select_id is not None else 0
        self.list_combo.setCurrentIndex(max(found, 0) if self.lists else -1)
        self.list_combo.blockSignals(False)

    def _current_id(self) -> int | None:
        value = self.list_combo.currentData()
        return int(value) if value is not None else None

    def current_list(self) -> DutyListSummary | None:
        """The list shown."""
        list_id = self._current_id()
        return next((s for s in self.lists if s.id == list_id), None)

    @Slot()
    def _load_entries(self) -> None:
        list_id = self._current_id()
        entries = duty_list_entries(self.workspace.database, list_id) if list_id else []
        self.model.set_entries(entries)
        self.view.resizeRowsToContents()
        self._update_texts()

    def select_row(self, row: int) -> None:
        """Select a clause row."""
        if 0 <= row < self.model.rowCount():
            self.view.selectRow(row)

    def _selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    # ------------------------------------------------------------------ edits
    @Slot()
    def new_list(self) -> bool:
        """A new list for the unit or one of its posts."""
        if self.unit_id is None:
            return False
        posts = posts_of_unit(self.workspace.database, self.unit_id)
        owners = [self.tr("The unit itself")] + [p.title for p in posts]
        owner = self.workspace.prompter.choose(self.tr("Whose list is it?"), owners)
        if owner is None:
            return False
        kinds = [DutyListKind.POST] if owner else [DutyListKind.MAIN, DutyListKind.DAILY_CHECK]
        kind_index = self.workspace.prompter.choose(
            self.tr("Which kind of list?"), [list_kind_label(k) for k in kinds]
        )
        if kind_index is None:
            return False
        owner_name = posts[owner - 1].title if owner else self.unit_name
        title = self.workspace.prompter.text(
            self.tr("Title of the list:"),
            self.tr("{year} {kind} of {owner}").format(
                year=self.workspace.year, kind=list_kind_label(kinds[kind_index]), owner=owner_name
            ),
        )
        if title is None:
            return False
        command = CreateDutyListCommand(
            self.workspace,
            self.workspace.year,
            kinds[kind_index],
            self.tr("New duty list"),
            unit_id=None if owner else self.unit_id,
            post_id=posts[owner - 1].id if owner else None,
            title=title,
        )
        done = self.workspace.run(command)
        if done and command.record is not None:
            self.reload(keep_list=command.record.id)
        return done

    @Slot()
    def delete_list(self) -> bool:
        """Delete the shown list (undoable)."""
        summary = self.current_list()
        if summary is None:
            return False
        question = self.tr('Delete the list "{title}" with its {count} clauses?').format(
            title=summary.title or "", count=summary.item_count
        )
        if not self.workspace.prompter.confirm(question):
            return False
        return self.workspace.run(
            DeleteDutyListCommand(self.workspace, summary.id, self.tr("Delete duty list"))
        )

    @Slot()
    def add_clause(self) -> bool:
        """Pick a clause from the library and insert it after the selected one."""
        from desktop_app.ui.clause_library import ClauseLibraryDialog

        summary = self.current_list()
        if summary is None:
            return False
        dialog = ClauseLibraryDialog(self.workspace, picking=True, parent=self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            clause = dialog.selected_clause()
        finally:
            dialog.deleteLater()
        if clause is None:
            return False
        return self.insert_clause(clause.id)

    def insert_clause(self, duty_id: int) -> bool:
        """Insert a clause after the selected row (or at the end)."""
        summary = self.current_list()
        if summary is None:
            return False
        row = self._selected_row()
        index = row + 1 if row is not None else None
        command = AddClauseCommand(
            self.workspace, summary.id, duty_id, index, self.tr("Add clause to list")
        )
        return self.workspace.run(command)

    @Slot()
    def remove_clause(self) -> bool:
        """Take the selected clause out of the list."""
        summary, row = self.current_list(), self._selected_row()
        if summary is None or row is None:
            return False
        entry = self.model.entries()[row]
        command = RemoveClauseCommand(
            self.workspace, summary.id, entry.duty_id, self.tr("Remove clause from list")
        )
        return self.workspace.run(command)

    def move_selected(self, step: int) -> bool:
        """Move the selected clause up (-1) or down (+1)."""
        summary, row = self.current_list(), self._selected_row()
        if summary is None or row is None:
            return False
        order = [entry.duty_id for entry in self.model.entries()]
        target = row + step
        if not 0 <= target < len(order):
            return False
        order[row], order[target] = order[target], order[row]
        text = self.tr("Move clause up") if step < 0 else self.tr("Move clause down")
        done = self.workspace.run(ReorderListCommand(self.workspace, summary.id, order, text))
        if done:
            self.select_row(target)
        return done

    @Slot()
    def open_library(self) -> None:
        """The clause library, to edit it."""
        from desktop_app.ui.clause_library import ClauseLibraryDialog

        dialog = ClauseLibraryDialog(self.workspace, parent=self)
        dialog.exec()
        dialog.deleteLater()
