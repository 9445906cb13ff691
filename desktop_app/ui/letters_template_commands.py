"""Undoable structural edits in the template editor: add, remove and move sections, clauses
and indicators, as ``QUndoCommand``s on the editor's own ``QUndoStack``.

Each command changes the editor's draft (a :class:`TemplateSpec`) only through the pure
functions of ``domain.letter_template_edit`` and then asks the editor to show it. Typing in
a field is undone by that field itself (Ctrl+Z while it has the focus); a command that
removes or re-adds an item remembers the item as it was at that moment, typing included.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from PySide6.QtGui import QUndoCommand

from desktop_app.domain import letter_template_edit as edit
from desktop_app.domain.letters import IndicatorSpec, TemplateSection, TemplateSpec


class Kind(StrEnum):
    """What a structural edit works on."""

    SECTION = "section"
    CLAUSE = "clause"
    INDICATOR = "indicator"


@dataclass(frozen=True)
class Focus:
    """What the editor should select after an edit: a section, a clause or an indicator."""

    kind: Kind
    section: int = 0
    index: int = 0


class DraftHolder(Protocol):
    """The editor as the commands see it."""

    draft: TemplateSpec

    def apply_draft(self, spec: TemplateSpec, focus: Focus) -> None:
        """Make ``spec`` the draft, show it and select ``focus``."""


IndicatorItem = tuple[IndicatorSpec, float | None]


def item_at(spec: TemplateSpec, focus: Focus) -> Any:
    """The section, clause text or (indicator, parent limit) at ``focus``."""
    if focus.kind is Kind.SECTION:
        return spec.sections[focus.index]
    if focus.kind is Kind.CLAUSE:
        return spec.sections[focus.section].clauses[focus.index]
    indicator = spec.indicators[focus.index]
    return (indicator, edit.parent_limit_of(spec, indicator.name))


def insert_item(spec: TemplateSpec, focus: Focus, item: Any) -> TemplateSpec:
    """``item`` inserted at ``focus``."""
    if focus.kind is Kind.SECTION:
        assert isinstance(item, TemplateSection)
        return edit.insert_section(spec, focus.index, item)
    if focus.kind is Kind.CLAUSE:
        return edit.insert_clause(spec, focus.section, focus.index, str(item))
    indicator, limit = item
    return edit.insert_indicator(spec, focus.index, indicator, limit)


def remove_item(spec: TemplateSpec, focus: Focus) -> TemplateSpec:
    """The item at ``focus`` removed."""
    if focus.kind is Kind.SECTION:
        return edit.remove_section(spec, focus.index)
    if focus.kind is Kind.CLAUSE:
        return edit.remove_clause(spec, focus.section, focus.index)
    return edit.remove_indicator(spec, focus.index)


def move_item(
    spec: TemplateSpec, kind: Kind, section: int, source: int, target: int
) -> TemplateSpec:
    """The item at ``source`` moved to ``target`` (clauses: within ``section``)."""
    if kind is Kind.SECTION:
        return edit.move_section(spec, source, target)
    if kind is Kind.CLAUSE:
        return edit.move_clause(spec, section, source, target)
    return edit.move_indicator(spec, source, target)


def count_of(spec: TemplateSpec, kind: Kind, section: int = 0) -> int:
    """How many items of ``kind`` there are (clauses: in ``section``)."""
    if kind is Kind.SECTION:
        return len(spec.sections)
    if kind is Kind.CLAUSE:
        return len(spec.sections[section].clauses) if 0 <= section < len(spec.sections) else 0
    return len(spec.indicators)


def _previous(focus: Focus) -> Focus:
    index = max(0, focus.index - 1)
    section = index if focus.kind is Kind.SECTION else focus.section
    return Focus(focus.kind, section, index)


class InsertCommand(QUndoCommand):
    """Add an item; undo removes it again (remembering what was typed into it)."""

    def __init__(self, holder: DraftHolder, focus: Focus, item: Any, text: str) -> None:
        """Insert ``item`` at ``focus``."""
        super().__init__(text)
        self.holder, self.focus, self.item = holder, focus, item

    def redo(self) -> None:
        """Insert the item."""
        self.holder.apply_draft(insert_item(self.holder.draft, self.focus, self.item), self.focus)

    def undo(self) -> None:
        """Remove it, keeping it as it is now for a redo."""
        self.item = item_at(self.holder.draft, self.focus)
        self.holder.apply_draft(remove_item(self.holder.draft, self.focus), _previous(self.focus))


class RemoveCommand(QUndoCommand):
    """Remove an item; undo puts it back where it was."""

    def __init__(self, holder: DraftHolder, focus: Focus, text: str) -> None:
        """Remove the item at ``focus``."""
        super().__init__(text)
        self.holder, self.focus = holder, focus
        self.item: Any = None

    def redo(self) -> None:
        """Remove the item, remembering it."""
        self.item = item_at(self.holder.draft, self.focus)
        self.holder.apply_draft(remove_item(self.holder.draft, self.focus), _previous(self.focus))

    def undo(self) -> None:
        """Put the item back."""
        self.holder.apply_draft(insert_item(self.holder.draft, self.focus, self.item), self.focus)


class MoveCommand(QUndoCommand):
    """Move an item (a section, a clause within its section, an indicator)."""

    def __init__(
        self, holder: DraftHolder, kind: Kind, section: int, source: int, target: int, text: str
    ) -> None:
        """Move the item at ``source`` to ``target``."""
        super().__init__(text)
        self.holder, self.kind, self.section = holder, kind, section
        self.source, self.target = source, target

    def _focus(self, index: int) -> Focus:
        section = index if self.kind is Kind.SECTION else self.section
        return Focus(self.kind, section, index)

    def redo(self) -> None:
        """Move it."""
        spec = move_item(self.holder.draft, self.kind, self.section, self.source, self.target)
        self.holder.apply_draft(spec, self._focus(self.target))

    def undo(self) -> None:
        """Move it back."""
        spec = move_item(self.holder.draft, self.kind, self.section, self.target, self.source)
        self.holder.apply_draft(spec, self._focus(self.source))
