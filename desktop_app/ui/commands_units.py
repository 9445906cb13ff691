"""Undoable edits of the unit tree and of people; each calls a service (see ``commands``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.domain.enums import UnitCategory, UnitKind
from desktop_app.services import people, unit_edits, units
from desktop_app.ui.workspace import Area, ServiceCommand, Workspace


class CreateUnitCommand(ServiceCommand):
    """Add a unit under a parent."""

    area = Area.UNITS

    def __init__(
        self,
        workspace: Workspace,
        name: str,
        kind: UnitKind,
        parent_id: int | None,
        text: str,
        *,
        category: UnitCategory | None = None,
        is_committee_member: bool = False,
    ) -> None:
        """The new unit's name, kind and place."""
        super().__init__(workspace, text)
        self.name = name
        self.kind = kind
        self.parent_id = parent_id
        self.category = category
        self.is_committee_member = is_committee_member
        self.unit_id: int | None = None
        self.record: unit_edits.UnitRecord | None = None

    def perform(self) -> None:
        """Create it (restore the same unit, id and uuid, on redo)."""
        if self.record is None:
            self.unit_id = units.create_unit(
                self.database,
                self.name,
                self.kind,
                parent_id=self.parent_id,
                category=self.category,
                is_committee_member=self.is_committee_member,
            )
        else:
            unit_edits.restore_unit(self.database, self.record)

    def revert(self) -> None:
        """Remove it (only while nothing refers to it)."""
        if self.unit_id is not None:
            self.record = unit_edits.delete_unused_unit(self.database, self.unit_id)


class RenameUnitCommand(ServiceCommand):
    """Give a unit another name."""

    area = Area.UNITS

    def __init__(
        self, workspace: Workspace, unit_id: int, old_name: str, new_name: str, text: str
    ) -> None:
        """The unit, its current and its new name."""
        super().__init__(workspace, text)
        self.unit_id = unit_id
        self.old_name = old_name
        self.new_name = new_name

    def perform(self) -> None:
        """Rename."""
        units.rename_unit(self.database, self.unit_id, self.new_name)

    def revert(self) -> None:
        """Rename back."""
        units.rename_unit(self.database, self.unit_id, self.old_name)


class MoveUnitCommand(ServiceCommand):
    """Put a unit under another parent (refused if that would make a cycle)."""

    area = Area.UNITS

    def __init__(
        self,
        workspace: Workspace,
        unit_id: int,
        old_parent: int | None,
        new_parent: int | None,
        text: str,
    ) -> None:
        """The unit, its current parent and the new one (None: top level)."""
        super().__init__(workspace, text)
        self.unit_id = unit_id
        self.old_parent = old_parent
        self.new_parent = new_parent

    def perform(self) -> None:
        """Move."""
        units.move_unit(self.database, self.unit_id, self.new_parent)

    def revert(self) -> None:
        """Move back."""
        units.move_unit(self.database, self.unit_id, self.old_parent)


class SetUnitActiveCommand(ServiceCommand):
    """Deactivate a unit, or reactivate it."""

    area = Area.UNITS

    def __init__(self, workspace: Workspace, unit_id: int, active: bool, text: str) -> None:
        """The unit and whether it should be active."""
        super().__init__(workspace, text)
        self.unit_id = unit_id
        self.active = active

    def perform(self) -> None:
        """Set the state."""
        units.set_unit_active(self.database, self.unit_id, self.active)

    def revert(self) -> None:
        """Set the opposite state."""
        units.set_unit_active(self.database, self.unit_id, not self.active)


class UpdateUnitCommand(ServiceCommand):
    """Change a unit's properties (category, membership, territory, supervisor …)."""

    area = Area.UNITS

    def __init__(
        self, workspace: Workspace, unit_id: int, changes: dict[str, Any], text: str
    ) -> None:
        """The unit and the new values by column."""
        super().__init__(workspace, text)
        self.unit_id = unit_id
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def perform(self) -> None:
        """Write them, remembering the old values."""
        self.before = unit_edits.update_unit(self.database, self.unit_id, **self.changes)

    def revert(self) -> None:
        """Write the old values back."""
        unit_edits.update_unit(self.database, self.unit_id, **self.before)


class CreatePersonCommand(ServiceCommand):
    """Add a person to a unit."""

    area = Area.PEOPLE

    def __init__(
        self, workspace: Workspace, unit_id: int, name: str, title: str | None, text: str
    ) -> None:
        """The unit, the person's name and title."""
        super().__init__(workspace, text)
        self.unit_id = unit_id
        self.name = name
        self.title = title
        self.person_id: int | None = None
        self.record: people.RowRecord | None = None

    def perform(self) -> None:
        """Create (restore the same person on redo)."""
        if self.record is None:
            self.person_id = people.create_person(
                self.database, self.unit_id, self.name, self.title
            )
        else:
            people.restore_person(self.database, self.record)

    def revert(self) -> None:
        """Remove again (only while nothing refers to them)."""
        if self.person_id is not None:
            self.record = people.delete_unused_person(self.database, self.person_id)


class UpdatePersonCommand(ServiceCommand):
    """Change a person's name, title or flags."""

    area = Area.PEOPLE

    def __init__(
        self, workspace: Workspace, person_id: int, changes: dict[str, Any], text: str
    ) -> None:
        """The person and the new values."""
        super().__init__(workspace, text)
        self.person_id = person_id
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def perform(self) -> None:
        """Write them, remembering the old values."""
        self.before = people.update_person(self.database, self.person_id, **self.changes)

    def revert(self) -> None:
        """Write the old values back."""
        people.update_person(self.database, self.person_id, **self.before)


class CreatePostCommand(ServiceCommand):
    """Add a post (岗位) to a unit."""

    area = Area.PEOPLE

    def __init__(
        self, workspace: Workspace, unit_id: int, title: str, holder_id: int | None, text: str
    ) -> None:
        """The unit, the post's title and who holds it."""
        super().__init__(workspace, text)
        self.unit_id = unit_id
        self.title = title
        self.holder_id = holder_id
        self.post_id: int | None = None
        self.record: people.RowRecord | None = None

    def perform(self) -> None:
        """Create (restore the same post on redo)."""
        if self.record is None:
            self.post_id = people.create_post(
                self.database, self.unit_id, self.title, self.holder_id
            )
        else:
            people.restore_post(self.database, self.record)

    def revert(self) -> None:
        """Remove again (only while it has no duty lists)."""
        if self.post_id is not None:
            self.record = people.delete_unused_post(self.database, self.post_id)


class SuccessionCommand(ServiceCommand):
    """A successor takes over from a leader: letters, posts, oversight and office pass on."""

    area = Area.ALL

    def __init__(
        self,
        workspace: Workspace,
        person_id: int,
        successor_id: int,
        on: date,
        year: int,
        text: str,
    ) -> None:
        """Who leaves, who takes over, from when, and the year whose oversight passes."""
        super().__init__(workspace, text)
        self.person_id = person_id
        self.successor_id = successor_id
        self.on = on
        self.year = year
        self.succession: people.Succession | None = None

    def perform(self) -> None:
        """Record the succession."""
        self.succession = people.record_successor(
            self.database, self.person_id, self.successor_id, on=self.on, year=self.year
        )

    def revert(self) -> None:
        """Reverse it exactly."""
        if self.succession is not None:
            people.undo_succession(self.database, self.succession)
