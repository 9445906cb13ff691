"""The main window's menus and actions: file (open, recent, export, print), edit (undo,
redo, history), year (roll over, compare), view (language), help.

The actions only call back into the window; texts are set in ``retranslate`` so a language
switch renames them all.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.ui.settings import app_settings

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

RECENT_KEY = "recent_databases"
MAX_RECENT = 8
LANGUAGE_NAMES = {"zh_CN": "中文（简体）", "en": "English"}


def recent_databases() -> list[str]:
    """The databases opened lately, newest first."""
    value = app_settings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [str(item) for item in (value or []) if item]


def remember_database(location: str) -> None:
    """Put ``location`` at the top of the recent databases."""
    items = [location] + [item for item in recent_databases() if item != location]
    app_settings().setValue(RECENT_KEY, items[:MAX_RECENT])


class MainMenus(QObject):
    """Builds the menu bar of ``window`` and keeps the actions for tests and shortcuts."""

    def __init__(self, window: MainWindow) -> None:
        """Create every menu and action (texts come from ``retranslate``)."""
        super().__init__(window)
        self.window = window
        bar = window.menuBar()
        stack = window.workspace.undo_stack

        self.file_menu = bar.addMenu("")
        self.open_action = self._action(window.ask_open_database, QKeySequence.StandardKey.Open)
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.export_action = self._action(window.export_excel)
        self.print_action = self._action(window.print_pdf, QKeySequence.StandardKey.Print)
        self.backup_action = self._action(window.backup_now)
        self.restore_action = self._action(window.restore_from_backup)
        self.quit_action = self._action(window.close, QKeySequence.StandardKey.Quit)
        self.file_menu.addAction(self.open_action)
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.export_action)
        self.file_menu.addAction(self.print_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.backup_action)
        self.file_menu.addAction(self.restore_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = bar.addMenu("")
        self.undo_action = self._action(stack.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(stack.redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        stack.canUndoChanged.connect(self.undo_action.setEnabled)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.indexChanged.connect(self._on_index_changed)
        # Ctrl+Y on every platform, as Windows users expect, besides the platform's own.
        redo_keys = ["Ctrl+Y"] + [
            key.toString() for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        ]
        self.redo_action.setShortcuts([QKeySequence(key) for key in dict.fromkeys(redo_keys)])
        self.history_action = window.undo_dock.toggleViewAction()
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.history_action)

        self.year_menu = bar.addMenu("")
        self.roll_over_action = self._action(window.roll_over)
        self.compare_action = self._action(window.compare_years)
        self.year_menu.addAction(self.roll_over_action)
        self.year_menu.addAction(self.compare_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = QMenu(window)
        self.view_menu.addMenu(self.language_menu)
        self.language_group = QActionGroup(window)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGE_NAMES.items():
            action = QAction(name, window)
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, c=code: window.switch_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = self._action(window.show_about)
        self.help_menu.addAction(self.about_action)
        self.retranslate()

    def _action(
        self, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(self.window)
        action.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def retranslate(self) -> None:
        """Every menu and action text in the current language."""
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open database…"))
        self.recent_menu.setTitle(self.tr("Recent databases"))
        self.export_action.setText(self.tr("&Export matrix to Excel…"))
        self.print_action.setText(self.tr("&Print matrix to PDF…"))
        self.backup_action.setText(self.tr("&Back up now"))
        self.restore_action.setText(self.tr("&Restore from backup…"))
        self.quit_action.setText(self.tr("E&xit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.history_action.setText(self.tr("Undo &history"))
        self.year_menu.setTitle(self.tr("&Year"))
        self.roll_over_action.setText(self.tr("&Roll over to next year…"))
        self.compare_action.setText(self.tr("&Compare years…"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))
        self._update_undo_texts()

    @Slot(int)
    def _on_index_changed(self, _index: int) -> None:
        self._update_undo_texts()

    def _update_undo_texts(self) -> None:
        stack = self.window.workspace.undo_stack
        try:
            undo, redo = stack.undoText(), stack.redoText()
        except RuntimeError:  # the stack is being destroyed with the window
            return
        self.undo_action.setText(
            self.tr("&Undo {what}").format(what=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {what}").format(what=redo) if redo else self.tr("&Redo")
        )

    def check_language(self, language: str) -> None:
        """Tick the language in use."""
        action = self.language_actions.get(language)
        if action is not None:
            action.setChecked(True)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        items = recent_databases()
        if not items:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)
            return
        for location in items:
            action = self.recent_menu.addAction(location)
            action.triggered.connect(
                lambda _checked=False, target=location: self.window.open_database_path(Path(target))
            )
