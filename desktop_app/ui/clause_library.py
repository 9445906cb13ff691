"""The clause library (责任条款库): a table model, an editor dialog and the library dialog.

The library dialog both edits the library (new, edit, retire/reinstate — each an undoable
command) and, in picking mode, returns the clause to add to a duty list.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Responsibility
from desktop_app.services.duties import Clause, ClauseValues, clause_library
from desktop_app.ui.commands import CreateClauseCommand, EditClauseCommand, SetClauseActiveCommand
from desktop_app.ui.list_table_model import ListTableModel
from desktop_app.ui.role_style import responsibility_label
from desktop_app.ui.views import record_table
from desktop_app.ui.workspace import Area, Workspace

_Index = QModelIndex | QPersistentModelIndex
CLAUSE_ID_ROLE = Qt.ItemDataRole.UserRole + 20
TEXT_COLUMN = 1


class ClauseLibraryModel(ListTableModel):
    """Clauses: kind, text, legal basis, frequency, use count; retired ones greyed."""

    def set_clauses(self, clauses: list[Clause]) -> None:
        """Show ``clauses``."""
        self.beginResetModel()
        self._rows = list(clauses)
        self.endResetModel()

    def clause(self, row: int) -> Clause:
        """The clause in ``row``."""
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """The clause's columns."""
        if not index.isValid() or index.model() is not self:
            return None
        clause = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                responsibility_label(clause.kind),
                clause.text,
                clause.legal_basis or "",
                clause.frequency or "",
                clause.used_in,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not clause.active:
            return QColor("#8a8a8a")
        if role == CLAUSE_ID_ROLE:
            return clause.id
        return None

    def column_titles(self) -> tuple[str, ...]:
        """Column titles in the current language."""
        return (
            QCoreApplication.translate("Clauses", "Kind"),
            QCoreApplication.translate("Clauses", "Clause"),
            QCoreApplication.translate("Clauses", "Legal basis"),
            QCoreApplication.translate("Clauses", "Frequency"),
            QCoreApplication.translate("Clauses", "Lists"),
        )


class ClauseEditor(QDialog):
    """Kind, text, legal basis and frequency of one clause."""

    def __init__(self, values: ClauseValues | None, parent: QWidget | None = None) -> None:
        """Start from ``values`` (None: a new clause)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clause"))
        self.resize(560, 360)
        self.kind_combo = QComboBox()
        for kind in Responsibility:
            self.kind_combo.addItem(responsibility_label(kind), kind)
        self.text_edit = QPlainTextEdit()
        self.basis_edit = QLineEdit()
        self.frequency_edit = QLineEdit()
        if values is not None:
            self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(values.kind), 0))
            self.text_edit.setPlainText(values.text)
            self.basis_edit.setText(values.legal_basis or "")
            self.frequency_edit.setText(values.frequency or "")
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Text"), self.text_edit)
        form.addRow(self.tr("Legal basis"), self.basis_edit)
        form.addRow(self.tr("Frequency"), self.frequency_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> ClauseValues:
        """What the clerk entered."""
        return ClauseValues(
            kind=self.kind_combo.currentData(),
            text=self.text_edit.toPlainText(),
            legal_basis=self.basis_edit.text(),
            frequency=self.frequency_edit.text(),
        )


class ClauseLibraryDialog(QDialog):
    """The library: filter, new, edit, retire/reinstate; in picking mode also "Add to list"."""

    def __init__(
        self, workspace: Workspace, *, picking: bool = False, parent: QWidget | None = None
    ) -> None:
        """Show the library; ``picking`` adds an OK button that returns the chosen clause."""
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(
            self.tr("Choose a clause to add") if picking else self.tr("Clause library")
        )
        self.resize(980, 620)
        self.model = ClauseLibraryModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(TEXT_COLUMN)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter clauses…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = record_table(self.proxy, word_wrap=True, stretch_column=TEXT_COLUMN)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 200)
        self.new_button = QPushButton(self.tr("New clause…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.retire_button = QPushButton(self.tr("Retire / reinstate"))
        self.new_button.clicked.connect(self.new_clause)
        self.edit_button.clicked.connect(self.edit_clause)
        self.retire_button.clicked.connect(self.toggle_active)
        tools = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.retire_button):
            tools.addWidget(button)
        tools.addStretch(1)
        standard = (
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
            if picking
            else QDialogButtonBox.StandardButton.Close
        )
        buttons = QDialogButtonBox(standard)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if picking:
            self.view.doubleClicked.connect(self.accept)
        else:
            self.view.doubleClicked.connect(self.edit_clause)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view, 1)
        layout.addLayout(tools)
        layout.addWidget(buttons)
        workspace.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        """Read the library again."""
        self.model.set_clauses(clause_library(self.workspace.database))
        self.view.resizeRowsToContents()

    @Slot(str)
    def _on_changed(self, area: str) -> None:
        if area in (Area.CLAUSES, Area.DUTIES, Area.ALL):
            self.reload()

    def selected_clause(self) -> Clause | None:
        """The clause selected in the table."""
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.clause(self.proxy.mapToSource(rows[0]).row())

    @Slot()
    def new_clause(self) -> None:
        """Add a clause to the library (undoable)."""
        editor = ClauseEditor(None, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            command = CreateClauseCommand(self.workspace, editor.values(), self.tr("New clause"))
            self.workspace.run(command)

    @Slot()
    def edit_clause(self) -> None:
        """Edit the selected clause (undoable); every list holding it shows the new text."""
        clause = self.selected_clause()
        if clause is None:
            return
        values = ClauseValues(clause.kind, clause.text, clause.legal_basis, clause.frequency)
        editor = ClauseEditor(values, self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            command = EditClauseCommand(
                self.workspace, clause.id, editor.values(), self.tr("Edit clause")
            )
            self.workspace.run(command)

    @Slot()
    def toggle_active(self) -> None:
        """Retire the selected clause, or reinstate a retired one (undoable)."""
        clause = self.selected_clause()
        if clause is None:
            return
        text = self.tr("Reinstate clause") if not clause.active else self.tr("Retire clause")
        self.workspace.run(
            SetClauseActiveCommand(self.workspace, clause.id, not clause.active, text)
        )
