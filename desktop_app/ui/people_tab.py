"""人员 tab: the people and posts of the selected unit, principal flags, and succession."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.people import PersonRow, PostRow, people_of_unit, posts_of_unit
from desktop_app.ui.commands_units import (
    CreatePersonCommand,
    CreatePostCommand,
    SuccessionCommand,
    UpdatePersonCommand,
)
from desktop_app.ui.labels import yes_no
from desktop_app.ui.list_table_model import ListTableModel
from desktop_app.ui.views import FollowsLanguage, record_table
from desktop_app.ui.workspace import Workspace

_Index = QModelIndex | QPersistentModelIndex
_FLAG_COLUMNS = ("is_party_head", "is_admin_head", "is_leader", "active")


class PeopleModel(ListTableModel):
    """People: name, title, party head, admin head, leader, in office, successor."""

    def set_people(self, people: list[PersonRow]) -> None:
        """Show ``people``."""
        self.beginResetModel()
        self._rows = list(people)
        self.endResetModel()

    def person(self, row: int) -> PersonRow:
        """The person in ``row``."""
        return self._rows[row]

    def people(self) -> list[PersonRow]:
        """Everyone shown."""
        return list(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Names, titles and 是/否 flags; people out of office are greyed."""
        if not index.isValid() or index.model() is not self:
            return None
        person = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                person.name,
                person.title or "",
                yes_no(person.is_party_head),
                yes_no(person.is_admin_head),
                yes_no(person.is_leader),
                yes_no(person.active),
                person.successor_name or "",
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not person.active:
            return QColor("#8a8a8a")
        if role == Qt.ItemDataRole.TextAlignmentRole and 2 <= index.column() <= 5:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def column_titles(self) -> tuple[str, ...]:
        """Column titles in the current language."""
        return (
            QCoreApplication.translate("People", "Name"),
            QCoreApplication.translate("People", "Title"),
            QCoreApplication.translate("People", "Party head"),
            QCoreApplication.translate("People", "Administrative head"),
            QCoreApplication.translate("People", "Leader"),
            QCoreApplication.translate("People", "In office"),
            QCoreApplication.translate("People", "Successor"),
        )


class PostsModel(ListTableModel):
    """Posts of the unit: title and holder."""

    def set_posts(self, posts: list[PostRow]) -> None:
        """Show ``posts``."""
        self.beginResetModel()
        self._rows = list(posts)
        self.endResetModel()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Title, holder."""
        if not index.isValid() or index.model() is not self:
            return None
        post = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return post.title if index.column() == 0 else (post.holder_name or "—")
        return None

    def column_titles(self) -> tuple[str, ...]:
        """Column titles in the current language."""
        return (
            QCoreApplication.translate("People", "Post"),
            QCoreApplication.translate("People", "Held by"),
        )


class PersonEditor(QDialog):
    """Name, title, phone and the flags of one person."""

    def __init__(self, person: PersonRow, parent: QWidget | None = None) -> None:
        """Start from ``person``'s values."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Person"))
        self.name_edit = QLineEdit(person.name)
        self.title_edit = QLineEdit(person.title or "")
        self.phone_edit = QLineEdit(person.phone or "")
        self.boxes = {
            "is_party_head": QCheckBox(self.tr("Party head (党委/党组书记)")),
            "is_admin_head": QCheckBox(self.tr("Administrative head (行政正职)")),
            "is_leader": QCheckBox(self.tr("Member of the leadership team (班子成员)")),
            "active": QCheckBox(self.tr("In office")),
        }
        for key, box in self.boxes.items():
            box.setChecked(bool(getattr(person, key)))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Phone"), self.phone_edit)
        for box in self.boxes.values():
            form.addRow("", box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._person = person

    def changes(self) -> dict[str, object]:
        """The columns whose values differ from the person's."""
        values: dict[str, object] = {
            "name": self.name_edit.text(),
            "title": self.title_edit.text().strip() or None,
            "phone": self.phone_edit.text().strip() or None,
            **{key: box.isChecked() for key, box in self.boxes.items()},
        }
        return {k: v for k, v in values.items() if getattr(self._person, k) != v}


class SuccessorDialog(QDialog):
    """Choose who takes over from a person, and from which day."""

    def __init__(
        self, person: PersonRow, candidates: list[PersonRow], parent: QWidget | None = None
    ) -> None:
        """Candidates are the other people in office of the same unit."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record successor of {name}").format(name=person.name))
        self.combo = QComboBox()
        for candidate in candidates:
            self.combo.addItem(f"{candidate.name}（{candidate.title or ''}）", candidate.id)
        self.date_edit = QDateEdit(QDate.currentDate())
        self.date_edit.setCalendarPopup(True)
        note = QLabel(
            self.tr(
                "The letters {name} signs pass to the successor from this day on; posts, "
                "principal flags and this year's oversight pass on too. {name} leaves office."
            ).format(name=person.name)
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Successor"), self.combo)
        form.addRow(self.tr("From"), self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> tuple[int, date] | None:
        """(successor id, first day) or None when no candidate exists."""
        value = self.combo.currentData()
        if value is None:
            return None
        return int(value), self.date_edit.date().toPython()


class PeopleTab(FollowsLanguage, QWidget):
    """People and posts of the unit selected in the tree."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        """Build the tab; ``show_unit`` fills it."""
        super().__init__(parent)
        self.workspace = workspace
        self.unit_id: int | None = None
        self.unit_name = ""
        self.caption = QLabel()
        self.people = PeopleModel(self)
        self.posts = PostsModel(self)
        self.people_view = record_table(self.people, word_wrap=True, stretch_column=1)
        self.people_view.doubleClicked.connect(self.edit_person)
        self.posts_view = record_table(self.posts, word_wrap=True)
        self.posts_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.posts_view.setMaximumHeight(180)
        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.successor_button = QPushButton()
        self.add_post_button = QPushButton()
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.successor_button.clicked.connect(self.ask_successor)
        self.add_post_button.clicked.connect(self.add_post)
        tools = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.successor_button):
            tools.addWidget(button)
        tools.addStretch(1)
        tools.addWidget(self.add_post_button)
        self.posts_caption = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(self.caption)
        layout.addWidget(self.people_view, 2)
        layout.addLayout(tools)
        layout.addWidget(self.posts_caption)
        layout.addWidget(self.posts_view, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.add_button.setText(self.tr("Add person…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.successor_button.setText(self.tr("Record successor…"))
        self.add_post_button.setText(self.tr("Add post…"))
        self.posts_caption.setText(self.tr("Posts (post duty lists hang on them):"))
        self._update_caption()

    def _update_caption(self) -> None:
        if self.unit_id is None:
            self.caption.setText(self.tr("Select a unit in the tree to see its people."))
        else:
            self.caption.setText(self.tr("People of {unit}:").format(unit=self.unit_name))
        for button in (self.add_button, self.edit_button, self.successor_button):
            button.setEnabled(self.unit_id is not None)
        self.add_post_button.setEnabled(self.unit_id is not None)

    def show_unit(self, unit_id: int | None, unit_name: str = "") -> None:
        """Show the people and posts of a unit."""
        self.unit_id = unit_id
        self.unit_name = unit_name
        self.reload()

    def reload(self) -> None:
        """Read the people and posts again."""
        database = self.workspace.database
        self.people.set_people(people_of_unit(database, self.unit_id) if self.unit_id else [])
        self.posts.set_posts(posts_of_unit(database, self.unit_id) if self.unit_id else [])
        self._update_caption()

    def selected_person(self) -> PersonRow | None:
        """The person selected in the table."""
        rows = self.people_view.selectionModel().selectedRows()
        return self.people.person(rows[0].row()) if rows else None

    def select_person(self, person_id: int) -> bool:
        """Select a person's row."""
        for row, person in enumerate(self.people.people()):
            if person.id == person_id:
                self.people_view.selectRow(row)
                return True
        return False

    @Slot()
    def add_person(self) -> bool:
        """Add a person (name and title asked)."""
        if self.unit_id is None:
            return False
        name = self.workspace.prompter.text(self.tr("Name of the new person:"))
        if not name:
            return False
        title = self.workspace.prompter.text(self.tr("Title (职务):")) or None
        command = CreatePersonCommand(
            self.workspace, self.unit_id, name, title, self.tr("Add {name}").format(name=name)
        )
        return self.workspace.run(command)

    @Slot()
    def edit_person(self) -> bool:
        """Edit the selected person in a dialog."""
        person = self.selected_person()
        if person is None:
            return False
        editor = PersonEditor(person, self)
        try:
            if editor.exec() != QDialog.DialogCode.Accepted:
                return False
            changes = editor.changes()
        finally:
            editor.deleteLater()
        return self.update_person(person, changes)

    def update_person(self, person: PersonRow, changes: dict[str, object]) -> bool:
        """Write ``changes`` of a person as one undoable step."""
        if not changes:
            return False
        text = self.tr("Edit {name}").format(name=person.name)
        return self.workspace.run(UpdatePersonCommand(self.workspace, person.id, changes, text))

    @Slot()
    def ask_successor(self) -> bool:
        """Ask who succeeds the selected person, then record it."""
        person = self.selected_person()
        if person is None:
            return False
        candidates = [p for p in self.people.people() if p.active and p.id != person.id]
        dialog = SuccessorDialog(person, candidates, self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            chosen = dialog.chosen()
        finally:
            dialog.deleteLater()
        if chosen is None:
            return False
        return self.record_successor(person, *chosen)

    def record_successor(self, person: PersonRow, successor_id: int, on: date) -> bool:
        """``successor_id`` takes over from ``person`` on ``on`` (one undoable step)."""
        text = self.tr("Successor of {name}").format(name=person.name)
        command = SuccessionCommand(
            self.workspace, person.id, successor_id, on, self.workspace.year, text
        )
        return self.workspace.run(command)

    @Slot()
    def add_post(self) -> bool:
        """Add a post to the unit, optionally held by one of its people."""
        if self.unit_id is None:
            return False
        title = self.workspace.prompter.text(self.tr("Title of the new post:"))
        if not title:
            return False
        active = [p for p in self.people.people() if p.active]
        names = [self.tr("(vacant)")] + [p.name for p in active]
        holder = self.workspace.prompter.choose(self.tr("Who holds the post?"), names)
        if holder is None:
            return False
        holder_id = active[holder - 1].id if holder else None
        command = CreatePostCommand(
            self.workspace,
            self.unit_id,
            title,
            holder_id,
            self.tr("Add post {title}").format(title=title),
        )
        return self.workspace.run(command)
