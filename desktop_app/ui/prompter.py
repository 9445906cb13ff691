"""Asking the user: message boxes, input dialogs and native file dialogs behind one object.

Widgets never call ``QMessageBox``/``QInputDialog``/``QFileDialog`` themselves; they ask a
:class:`Prompter`. Tests hand in a scripted one instead (STYLE: stub modal dialogs by
injecting an "ask the user" function, not by monkeypatching Qt).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from desktop_app.services.units import UnitNode


def _title() -> str:
    return QCoreApplication.translate("Prompter", "DutyMatrix")


class Prompter:
    """The real dialogs, parented to ``parent`` (the main window)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """Dialogs will be centred on ``parent``."""
        self.parent = parent

    def error(self, text: str) -> None:
        """Tell the user an operation was refused or failed (one sentence)."""
        QMessageBox.warning(self.parent, _title(), text)

    def inform(self, text: str) -> None:
        """Tell the user something worth knowing."""
        QMessageBox.information(self.parent, _title(), text)

    def confirm(self, text: str) -> bool:
        """A yes/no question; True for yes."""
        answer = QMessageBox.question(self.parent, _title(), text)
        return answer == QMessageBox.StandardButton.Yes

    def text(self, label: str, default: str = "") -> str | None:
        """One line of text, or None when cancelled."""
        value, accepted = QInputDialog.getText(self.parent, _title(), label, text=default)
        return value if accepted else None

    def choose(self, label: str, items: Sequence[str], current: int = 0) -> int | None:
        """The index of one of ``items``, or None when cancelled."""
        if not items:
            return None
        value, accepted = QInputDialog.getItem(
            self.parent, _title(), label, list(items), current, False
        )
        if not accepted:
            return None
        return list(items).index(value)

    def integer(self, label: str, value: int, minimum: int, maximum: int) -> int | None:
        """A whole number in a range, or None when cancelled."""
        number, accepted = QInputDialog.getInt(
            self.parent, _title(), label, value, minimum, maximum
        )
        return number if accepted else None

    def choose_date(
        self, question: str, default: date, *, label: str = "", maximum: date | None = None
    ) -> date | None:
        """A date (calendar popup, none after ``maximum``), or None when cancelled."""
        from desktop_app.ui.date_dialog import DateDialog

        dialog = DateDialog(
            question, default, self.parent, label=label, maximum=maximum, title=_title()
        )
        try:
            return dialog.chosen() if dialog.exec() == DateDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()  # a child of the window: not one left behind per question

    def choose_unit(
        self, label: str, nodes: list[UnitNode], *, allow_top_level: bool = False
    ) -> int | None:
        """A unit id from the hierarchy (``unit_picker.TOP_LEVEL`` for "no parent")."""
        from desktop_app.ui.unit_picker import pick_unit

        return pick_unit(self.parent, label, nodes, allow_top_level=allow_top_level)

    def save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        """Where to write a file (native dialog), or None when cancelled."""
        name, _chosen = QFileDialog.getSaveFileName(self.parent, caption, suggested, file_filter)
        return Path(name) if name else None

    def open_path(self, caption: str, file_filter: str) -> Path | None:
        """Which file to open (native dialog), or None when cancelled."""
        name, _chosen = QFileDialog.getOpenFileName(self.parent, caption, "", file_filter)
        return Path(name) if name else None
