"""The template editor's "Sections and clauses" page, and what its pages share.

The pages show the editor's draft and turn what the clerk does into edits of it: typing
changes the draft at once (``DraftOwner.draft_edited``), while adding, removing and moving
(buttons, Alt+Up/Alt+Down, Delete, or dragging a section or clause) go through the editor's
undo stack as commands (``letters_template_commands``).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain import letter_template_edit as edit
from desktop_app.domain.letters import (
    BLOCK_PLACEHOLDERS,
    PLACEHOLDER,
    SUBHEADING_MARK,
    TemplateSection,
    TemplateSpec,
)
from desktop_app.ui.letters_template_commands import (
    DraftHolder,
    Focus,
    InsertCommand,
    Kind,
    MoveCommand,
    RemoveCommand,
    count_of,
)


class DraftOwner(DraftHolder, Protocol):
    """The editor as its pages see it."""

    stack: QUndoStack

    def draft_edited(self, spec: TemplateSpec) -> None:
        """Take ``spec`` as the draft after typing (no undo step; the field has its own)."""


def button_column(*buttons: QPushButton) -> QVBoxLayout:
    """Buttons stacked at the top of a column."""
    column = QVBoxLayout()
    for button in buttons:
        column.addWidget(button)
    column.addStretch(1)
    return column


def widget_shortcut(widget: QWidget, keys: str, slot: object) -> None:
    """A shortcut that works while ``widget`` has the keyboard focus."""
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)


def _drop_target(start: int, row: int) -> int:
    """Where an item dragged from ``start`` to before ``row`` ends up."""
    return row - 1 if row > start else row


class SectionsPage(QWidget):
    """Sections (一、二、…) in order, the chosen section's heading and its clauses."""

    def __init__(self, owner: DraftOwner, parent: QWidget | None = None) -> None:
        """Empty until ``show_draft``."""
        super().__init__(parent)
        self.owner = owner
        self.section_row = -1
        self.clause_row = -1
        self._filling = False
        self.section_list = self._list()
        self.section_list.setMaximumHeight(170)
        self.clause_list = self._list()
        self.clause_list.setWordWrap(True)
        self.clause_list.setAlternatingRowColors(True)
        self.heading_edit = QLineEdit()
        self.clause_edit = QPlainTextEdit()
        self.clause_edit.setTabChangesFocus(True)
        self.subheading_check = QCheckBox(self.tr("Sub-heading"))
        self.subheading_check.setToolTip(
            self.tr("Printed as a sub-heading such as （一）…, in 楷体, without indent")
        )
        self.add_section_button = QPushButton(self.tr("Add section"))
        self.remove_section_button = QPushButton(self.tr("Remove"))
        self.section_up_button = QPushButton(self.tr("Move up"))
        self.section_down_button = QPushButton(self.tr("Move down"))
        self.add_clause_button = QPushButton(self.tr("Add clause"))
        self.remove_clause_button = QPushButton(self.tr("Remove"))
        self.clause_up_button = QPushButton(self.tr("Move up"))
        self.clause_down_button = QPushButton(self.tr("Move down"))
        for button in (self.section_up_button, self.clause_up_button):
            button.setToolTip(self.tr("Alt+Up"))
        for button in (self.section_down_button, self.clause_down_button):
            button.setToolTip(self.tr("Alt+Down"))

        sections_box = QWidget()
        grid = QGridLayout(sections_box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Sections (drag or Alt+Up/Alt+Down to reorder):")), 0, 0)
        grid.addWidget(self.section_list, 1, 0)
        grid.addLayout(
            button_column(
                self.add_section_button,
                self.remove_section_button,
                self.section_up_button,
                self.section_down_button,
            ),
            1,
            1,
        )
        heading_row = QHBoxLayout()
        heading_row.addWidget(QLabel(self.tr("Heading:")))
        heading_row.addWidget(self.heading_edit, 1)
        grid.addLayout(heading_row, 2, 0, 1, 2)

        clauses_box = QWidget()
        clause_grid = QGridLayout(clauses_box)
        clause_grid.setContentsMargins(0, 0, 0, 0)
        clause_grid.addWidget(QLabel(self.tr("Clauses of this section:")), 0, 0)
        clause_grid.addWidget(self.clause_list, 1, 0)
        clause_grid.addLayout(
            button_column(
                self.add_clause_button,
                self.remove_clause_button,
                self.clause_up_button,
                self.clause_down_button,
            ),
            1,
            1,
        )
        text_row = QHBoxLayout()
        text_row.addWidget(QLabel(self.tr("Clause text:")), 1)
        text_row.addWidget(self.subheading_check)
        clause_grid.addLayout(text_row, 2, 0, 1, 2)
        clause_grid.addWidget(self.clause_edit, 3, 0, 1, 2)
        clause_grid.setRowStretch(1, 3)
        clause_grid.setRowStretch(3, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(sections_box)
        splitter.addWidget(clauses_box)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.section_list.currentRowChanged.connect(self._section_chosen)
        self.clause_list.currentRowChanged.connect(self._clause_chosen)
        self.heading_edit.textEdited.connect(self._heading_typed)
        self.clause_edit.textChanged.connect(self._clause_typed)
        self.subheading_check.toggled.connect(self._clause_typed)
        self.add_section_button.clicked.connect(self.add_section)
        self.remove_section_button.clicked.connect(self.remove_section)
        self.section_up_button.clicked.connect(lambda: self.move_chosen(Kind.SECTION, -1))
        self.section_down_button.clicked.connect(lambda: self.move_chosen(Kind.SECTION, 1))
        self.add_clause_button.clicked.connect(lambda: self.add_clause(""))
        self.remove_clause_button.clicked.connect(self.remove_clause)
        self.clause_up_button.clicked.connect(lambda: self.move_chosen(Kind.CLAUSE, -1))
        self.clause_down_button.clicked.connect(lambda: self.move_chosen(Kind.CLAUSE, 1))
        for widget, kind in ((self.section_list, Kind.SECTION), (self.clause_list, Kind.CLAUSE)):
            widget_shortcut(widget, "Alt+Up", lambda k=kind: self.move_chosen(k, -1))
            widget_shortcut(widget, "Alt+Down", lambda k=kind: self.move_chosen(k, 1))
        widget_shortcut(self.section_list, "Delete", self.remove_section)
        widget_shortcut(self.clause_list, "Delete", self.remove_clause)
        self.section_list.model().rowsMoved.connect(
            lambda _p, start, _e, _d, row: self._dropped(Kind.SECTION, start, row)
        )
        self.clause_list.model().rowsMoved.connect(
            lambda _p, start, _e, _d, row: self._dropped(Kind.CLAUSE, start, row)
        )

    @staticmethod
    def _list() -> QListWidget:
        widget = QListWidget()
        widget.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        widget.setDefaultDropAction(Qt.DropAction.MoveAction)
        widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        return widget

    # ------------------------------------------------------------------- showing
    def show_draft(self, spec: TemplateSpec, focus: Focus | None = None) -> None:
        """Show the draft's sections, selecting ``focus`` (or keeping the selection)."""
        section = self.section_row
        clause = self.clause_row
        if focus is not None and focus.kind in (Kind.SECTION, Kind.CLAUSE):
            section = focus.section
            clause = focus.index if focus.kind is Kind.CLAUSE else 0
        self._filling = True
        self.section_list.clear()
        self.section_list.addItems([s.heading for s in spec.sections])
        self._filling = False
        self.section_row = -1
        if spec.sections:
            self.section_list.setCurrentRow(max(0, min(section, len(spec.sections) - 1)))
        else:
            self._show_section(spec, -1)
        if 0 <= clause < self.clause_list.count():
            self.clause_list.setCurrentRow(clause)

    def _show_section(self, spec: TemplateSpec, row: int) -> None:
        self._filling = True
        self.section_row = row
        self.clause_row = -1
        section = spec.sections[row] if 0 <= row < len(spec.sections) else None
        self.heading_edit.setText(section.heading if section else "")
        self.heading_edit.setEnabled(section is not None)
        self.clause_list.clear()
        for clause in section.clauses if section else ():
            self.clause_list.addItem(self._clause_item(clause))
        self._filling = False
        if self.clause_list.count():
            self.clause_list.setCurrentRow(0)
        else:
            self._show_clause(None)
        self._enable()

    def _clause_item(self, clause: str) -> QListWidgetItem:
        stripped = clause.strip()
        item = QListWidgetItem(stripped or self.tr("(empty clause)"))
        if stripped.startswith(SUBHEADING_MARK):
            font = QFont()
            font.setBold(True)
            item.setFont(font)
        elif PLACEHOLDER.fullmatch(stripped) and stripped[1:-1] in BLOCK_PLACEHOLDERS:
            item.setForeground(QBrush(QColor("#1f5fa8")))
        return item

    def _show_clause(self, clause: str | None) -> None:
        self._filling = True
        text = clause or ""
        is_subheading = text.strip().startswith(SUBHEADING_MARK)
        self.subheading_check.setChecked(is_subheading)
        self.clause_edit.setPlainText(text.strip()[1:].lstrip() if is_subheading else text)
        self.clause_edit.setEnabled(clause is not None)
        self.subheading_check.setEnabled(clause is not None)
        self._filling = False

    def _enable(self) -> None:
        sections = self.section_list.count()
        clauses = self.clause_list.count()
        self.remove_section_button.setEnabled(self.section_row >= 0)
        self.section_up_button.setEnabled(self.section_row > 0)
        self.section_down_button.setEnabled(0 <= self.section_row < sections - 1)
        self.add_clause_button.setEnabled(self.section_row >= 0)
        self.remove_clause_button.setEnabled(self.clause_row >= 0)
        self.clause_up_button.setEnabled(self.clause_row > 0)
        self.clause_down_button.setEnabled(0 <= self.clause_row < clauses - 1)

    @Slot(int)
    def _section_chosen(self, row: int) -> None:
        if not self._filling:
            self._show_section(self.owner.draft, row)

    @Slot(int)
    def _clause_chosen(self, row: int) -> None:
        if self._filling:
            return
        self.clause_row = row
        clauses = (
            self.owner.draft.sections[self.section_row].clauses if self.section_row >= 0 else ()
        )
        self._show_clause(clauses[row] if 0 <= row < len(clauses) else None)
        self._enable()

    # -------------------------------------------------------------------- typing
    @Slot(str)
    def _heading_typed(self, text: str) -> None:
        if self._filling or self.section_row < 0:
            return
        self.owner.draft_edited(edit.rename_section(self.owner.draft, self.section_row, text))
        item = self.section_list.item(self.section_row)
        if item is not None:
            item.setText(text)

    def clause_text(self) -> str:
        """The clause as typed: lines joined (a clause is one paragraph), "#" if a sub-heading."""
        text = "".join(line.strip() for line in self.clause_edit.toPlainText().splitlines())
        return f"{SUBHEADING_MARK}{text}" if self.subheading_check.isChecked() else text

    @Slot()
    def _clause_typed(self) -> None:
        if self._filling or self.section_row < 0 or self.clause_row < 0:
            return
        text = self.clause_text()
        self.owner.draft_edited(
            edit.set_clause(self.owner.draft, self.section_row, self.clause_row, text)
        )
        item, shown = self.clause_list.item(self.clause_row), self._clause_item(text)
        if item is not None:
            item.setText(shown.text())
            item.setFont(shown.font())
            item.setForeground(shown.foreground())

    # ---------------------------------------------------------------- structure
    @Slot()
    def add_section(self) -> None:
        """A new section after the chosen one (undoable)."""
        index = self.section_row + 1 if self.section_row >= 0 else self.section_list.count()
        section = TemplateSection(self.tr("New section"), ())
        focus = Focus(Kind.SECTION, index, index)
        self.owner.stack.push(InsertCommand(self.owner, focus, section, self.tr("Add section")))
        self.heading_edit.setFocus()
        self.heading_edit.selectAll()

    @Slot()
    def remove_section(self) -> None:
        """Remove the chosen section with its clauses (undoable)."""
        if self.section_row >= 0:
            focus = Focus(Kind.SECTION, self.section_row, self.section_row)
            self.owner.stack.push(RemoveCommand(self.owner, focus, self.tr("Remove section")))

    def add_clause(self, text: str) -> None:
        """A new clause after the chosen one in the chosen section (undoable)."""
        if self.section_row < 0:
            return
        index = self.clause_row + 1 if self.clause_row >= 0 else self.clause_list.count()
        focus = Focus(Kind.CLAUSE, self.section_row, index)
        self.owner.stack.push(InsertCommand(self.owner, focus, text, self.tr("Add clause")))
        self.clause_edit.setFocus()

    @Slot()
    def remove_clause(self) -> None:
        """Remove the chosen clause (undoable)."""
        if self.section_row >= 0 and self.clause_row >= 0:
            focus = Focus(Kind.CLAUSE, self.section_row, self.clause_row)
            self.owner.stack.push(RemoveCommand(self.owner, focus, self.tr("Remove clause")))

    def move_chosen(self, kind: Kind, step: int) -> None:
        """Move the chosen section or clause one place up (-1) or down (+1) (undoable)."""
        source = self.section_row if kind is Kind.SECTION else self.clause_row
        target = source + step
        if source < 0 or not 0 <= target < count_of(self.owner.draft, kind, self.section_row):
            return
        text = self.tr("Move section") if kind is Kind.SECTION else self.tr("Move clause")
        self.owner.stack.push(MoveCommand(self.owner, kind, self.section_row, source, target, text))

    def _dropped(self, kind: Kind, start: int, row: int) -> None:
        """A drag moved a row in the list: make it an undoable move of the draft."""
        if self._filling:
            return
        target = _drop_target(start, row)
        if target == start:
            return
        section = self.section_row
        text = self.tr("Move section") if kind is Kind.SECTION else self.tr("Move clause")
        # The list has already moved its row; the command (pushed once the drop is over)
        # moves the draft the same way and redraws the list from it.
        QTimer.singleShot(
            0,
            lambda: self.owner.stack.push(
                MoveCommand(self.owner, kind, section, start, target, text)
            ),
        )
