"""What every tab shares: the open database, the year, the undo stack and the prompter.

Edits are :class:`ServiceCommand` objects: ``Workspace.run`` performs one through its service
(one audited transaction), and only when that succeeded puts it on the ``QUndoStack``. Undo
and redo call services too, so the database follows the stack, not only the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop_app.domain.errors import DutyMatrixError
from desktop_app.messages import DEFAULT_LANGUAGE, describe
from desktop_app.storage.database import Database
from desktop_app.ui.prompter import Prompter


class Area:
    """Names of the parts of the data a change touches (the ``changed`` signal's argument)."""

    MATRIX = "matrix"
    OVERSIGHT = "oversight"
    DUTIES = "duties"
    CLAUSES = "clauses"
    PEOPLE = "people"
    UNITS = "units"
    LETTERS = "letters"
    ASSESSMENT = "assessment"
    ALL = "all"


class Workspace(QObject):
    """The state shared by the main window and its tabs.

    Signals:
        year_changed(int): the year shown was switched.
        changed(str): data of an :class:`Area` changed (after an edit, undo or redo).
        matrix_changed(int, object): matrix cells of a year changed; the object is the
            ``{(unit_id, field_id): FieldRole | None}`` now in the database.
        database_replaced(): another database was opened in the window.
    """

    year_changed = Signal(int)
    changed = Signal(str)
    matrix_changed = Signal(int, object)
    database_replaced = Signal()

    def __init__(
        self, database: Database, year: int, prompter: Prompter, parent: QObject | None = None
    ) -> None:
        """Share ``database`` and ``year``; edits go on a fresh undo stack."""
        super().__init__(parent)
        self.database = database
        self.year = year
        self.prompter = prompter
        self.language = DEFAULT_LANGUAGE
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(200)

    def set_year(self, year: int) -> None:
        """Show ``year`` everywhere."""
        if year != self.year:
            self.year = year
            self.year_changed.emit(year)

    def replace_database(self, database: Database) -> None:
        """Work on another database; the undo history of the old one no longer applies."""
        self.undo_stack.clear()
        self.database = database
        self.database_replaced.emit()

    def report(self, error: DutyMatrixError) -> None:
        """Tell the user why an operation was refused, in one sentence."""
        self.prompter.error(describe(error, self.language))

    def run(self, command: ServiceCommand) -> bool:
        """Perform ``command`` now; on success put it on the undo stack. False if refused."""
        try:
            command.perform()
        except DutyMatrixError as error:
            self.report(error)
            return False
        if command.is_noop():
            return True
        command.announce()
        command.skip_next_redo = True
        self.undo_stack.push(command)
        return True


class ServiceCommand(QUndoCommand):
    """An undoable edit that calls services: subclasses implement ``perform`` and ``revert``.

    ``announce`` tells the workspace what changed (by default the command's ``area``). A
    command whose undo or redo is refused (someone changed the data meanwhile) reports why
    and marks itself obsolete, so the stack drops it rather than getting out of step.
    """

    area = Area.ALL

    def __init__(self, workspace: Workspace, text: str) -> None:
        """A command with the undo-history ``text``."""
        super().__init__(text)
        self.workspace = workspace
        self.skip_next_redo = False

    @property
    def database(self) -> Database:
        """The database the command works on."""
        return self.workspace.database

    def perform(self) -> None:
        """Do the edit (the first time, and on redo)."""
        raise NotImplementedError

    def revert(self) -> None:
        """Undo the edit."""
        raise NotImplementedError

    def is_noop(self) -> bool:
        """True when performing changed nothing (then it is not put on the stack)."""
        return False

    def announce(self) -> None:
        """Tell the views what changed."""
        self.workspace.changed.emit(self.area)

    def redo(self) -> None:
        """Qt calls this on push (skipped: already performed) and on redo."""
        if self.skip_next_redo:
            self.skip_next_redo = False
            return
        self._guarded(self.perform)

    def undo(self) -> None:
        """Qt calls this on undo."""
        self._guarded(self.revert)

    def _guarded(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except DutyMatrixError as error:
            self.setObsolete(True)
            self.workspace.report(error)
            self.workspace.changed.emit(Area.ALL)
            return
        self.announce()
