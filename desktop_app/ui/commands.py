"""Undoable edits of the matrix, the oversight and the duty lists; each calls a service.

Each command's first ``perform`` does the edit and remembers what undo needs (former roles,
the removed row's record …); ``revert`` writes the old state back through a service, so undo
changes the database, and the audit trail records both directions.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.domain.enums import DutyListKind, FieldRole
from desktop_app.domain.matrix import CellKey, RoleChanges
from desktop_app.services import duties, oversight
from desktop_app.services.matrix import apply_roles
from desktop_app.ui.workspace import Area, ServiceCommand, Workspace


class SetRolesCommand(ServiceCommand):
    """Give many matrix cells a role (or clear them) in one step."""

    area = Area.MATRIX

    def __init__(
        self, workspace: Workspace, year: int, changes: dict[CellKey, FieldRole | None], text: str
    ) -> None:
        """Cells of ``year`` and the role each should get."""
        super().__init__(workspace, text)
        self.year = year
        self.changes = dict(changes)
        self.before: RoleChanges = {}
        self._now: RoleChanges = {}

    def perform(self) -> None:
        """Write the new roles, remembering what the cells held."""
        previous = apply_roles(self.database, self.year, self.changes)
        if not self.before:
            self.before = previous
        self._now = {key: self.changes[key] for key in self.before}

    def revert(self) -> None:
        """Write the former roles back."""
        apply_roles(self.database, self.year, self.before)
        self._now = dict(self.before)

    def is_noop(self) -> bool:
        """True when every cell already held its new role."""
        return not self.before

    def announce(self) -> None:
        """Tell the matrix exactly which cells changed."""
        self.workspace.matrix_changed.emit(self.year, dict(self._now))
        self.workspace.changed.emit(self.area)


class AssignOversightCommand(ServiceCommand):
    """A leader starts overseeing a unit or a field."""

    area = Area.OVERSIGHT

    def __init__(
        self,
        workspace: Workspace,
        year: int,
        person_id: int,
        text: str,
        *,
        unit_id: int | None = None,
        field_id: int | None = None,
    ) -> None:
        """The oversight to add in ``year``."""
        super().__init__(workspace, text)
        self.year = year
        self.person_id = person_id
        self.unit_id = unit_id
        self.field_id = field_id
        self.record: oversight.OversightRecord | None = None

    def perform(self) -> None:
        """Add it (again with the same id and uuid on redo)."""
        if self.record is None:
            self.record = oversight.assign_oversight(
                self.database,
                self.year,
                self.person_id,
                unit_id=self.unit_id,
                field_id=self.field_id,
            )
        else:
            oversight.restore_oversight(self.database, self.record)

    def revert(self) -> None:
        """Remove it."""
        if self.record is not None:
            oversight.remove_oversight(self.database, self.record.id)


class RemoveOversightCommand(ServiceCommand):
    """A leader stops overseeing a unit or a field."""

    area = Area.OVERSIGHT

    def __init__(self, workspace: Workspace, oversight_id: int, text: str) -> None:
        """The oversight row to remove."""
        super().__init__(workspace, text)
        self.oversight_id = oversight_id
        self.record: oversight.OversightRecord | None = None

    def perform(self) -> None:
        """Remove it, keeping its record."""
        self.record = oversight.remove_oversight(self.database, self.oversight_id)

    def revert(self) -> None:
        """Put it back with its id and uuid."""
        if self.record is not None:
            oversight.restore_oversight(self.database, self.record)


class AddClauseCommand(ServiceCommand):
    """Insert a library clause into a duty list."""

    area = Area.DUTIES

    def __init__(
        self, workspace: Workspace, list_id: int, duty_id: int, index: int | None, text: str
    ) -> None:
        """Where: ``index`` (0-based) or at the end."""
        super().__init__(workspace, text)
        self.list_id = list_id
        self.duty_id = duty_id
        self.index = index

    def perform(self) -> None:
        """Insert it."""
        self.index = duties.add_clause_to_list(
            self.database, self.list_id, self.duty_id, self.index
        )

    def revert(self) -> None:
        """Take it out again."""
        duties.remove_clause_from_list(self.database, self.list_id, self.duty_id)


class RemoveClauseCommand(ServiceCommand):
    """Take a clause out of a duty list."""

    area = Area.DUTIES

    def __init__(self, workspace: Workspace, list_id: int, duty_id: int, text: str) -> None:
        """Which clause of which list."""
        super().__init__(workspace, text)
        self.list_id = list_id
        self.duty_id = duty_id
        self.index = 0

    def perform(self) -> None:
        """Take it out, remembering where it was."""
        self.index = duties.remove_clause_from_list(self.database, self.list_id, self.duty_id)

    def revert(self) -> None:
        """Put it back where it was."""
        duties.add_clause_to_list(self.database, self.list_id, self.duty_id, self.index)


class ReorderListCommand(ServiceCommand):
    """Put a duty list's clauses in a new order."""

    area = Area.DUTIES

    def __init__(self, workspace: Workspace, list_id: int, order: Sequence[int], text: str) -> None:
        """The clause ids in their new order."""
        super().__init__(workspace, text)
        self.list_id = list_id
        self.order = list(order)
        self.before: list[int] = []

    def perform(self) -> None:
        """Reorder, remembering the old order."""
        self.before = duties.reorder_duty_list(self.database, self.list_id, self.order)

    def revert(self) -> None:
        """Restore the old order."""
        duties.reorder_duty_list(self.database, self.list_id, self.before)


class CreateDutyListCommand(ServiceCommand):
    """A new empty duty list for a unit or a post."""

    area = Area.DUTIES

    def __init__(
        self,
        workspace: Workspace,
        year: int,
        kind: DutyListKind,
        text: str,
        *,
        unit_id: int | None = None,
        post_id: int | None = None,
        title: str | None = None,
    ) -> None:
        """The list's year, kind, owner and title."""
        super().__init__(workspace, text)
        self.year = year
        self.kind = kind
        self.unit_id = unit_id
        self.post_id = post_id
        self.title = title
        self.record: duties.DutyListRecord | None = None

    def perform(self) -> None:
        """Create it (restore the same list on redo)."""
        if self.record is None:
            self.record = duties.create_duty_list(
                self.database,
                self.year,
                self.kind,
                unit_id=self.unit_id,
                post_id=self.post_id,
                title=self.title,
            )
        else:
            duties.restore_duty_list(self.database, self.record)

    def revert(self) -> None:
        """Delete it again."""
        if self.record is not None:
            self.record = duties.delete_duty_list(self.database, self.record.id)


class DeleteDutyListCommand(ServiceCommand):
    """Delete a duty list with its clauses."""

    area = Area.DUTIES

    def __init__(self, workspace: Workspace, list_id: int, text: str) -> None:
        """Which list."""
        super().__init__(workspace, text)
        self.list_id = list_id
        self.record: duties.DutyListRecord | None = None

    def perform(self) -> None:
        """Delete it, keeping its record."""
        self.record = duties.delete_duty_list(self.database, self.list_id)

    def revert(self) -> None:
        """Restore it with its clauses in order."""
        if self.record is not None:
            duties.restore_duty_list(self.database, self.record)


class CreateClauseCommand(ServiceCommand):
    """A new clause in the library."""

    area = Area.CLAUSES

    def __init__(self, workspace: Workspace, values: duties.ClauseValues, text: str) -> None:
        """The clause's kind, text, legal basis and frequency."""
        super().__init__(workspace, text)
        self.values = values
        self.record: duties.ClauseRecord | None = None
        self.duty_id: int | None = None

    def perform(self) -> None:
        """Create it (restore the same clause on redo)."""
        if self.record is None:
            self.duty_id = duties.create_clause(self.database, self.values)
        else:
            duties.restore_clause(self.database, self.record)

    def revert(self) -> None:
        """Remove it again (only while no list uses it)."""
        if self.duty_id is not None:
            self.record = duties.delete_unused_clause(self.database, self.duty_id)


class EditClauseCommand(ServiceCommand):
    """Change a clause's text, kind, legal basis or frequency."""

    area = Area.CLAUSES

    def __init__(
        self, workspace: Workspace, duty_id: int, values: duties.ClauseValues, text: str
    ) -> None:
        """The clause and its new values."""
        super().__init__(workspace, text)
        self.duty_id = duty_id
        self.values = values
        self.before: duties.ClauseValues | None = None

    def perform(self) -> None:
        """Write the new values, remembering the old ones."""
        self.before = duties.update_clause(self.database, self.duty_id, self.values)

    def revert(self) -> None:
        """Write the old values back."""
        if self.before is not None:
            duties.update_clause(self.database, self.duty_id, self.before)


class SetClauseActiveCommand(ServiceCommand):
    """Retire a clause from the library, or bring it back."""

    area = Area.CLAUSES

    def __init__(self, workspace: Workspace, duty_id: int, active: bool, text: str) -> None:
        """The clause and whether it should be in use."""
        super().__init__(workspace, text)
        self.duty_id = duty_id
        self.active = active

    def perform(self) -> None:
        """Retire or reinstate."""
        duties.set_clause_active(self.database, self.duty_id, self.active)

    def revert(self) -> None:
        """The opposite."""
        duties.set_clause_active(self.database, self.duty_id, not self.active)
