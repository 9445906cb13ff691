"""A scripted "ask the user" object for GUI tests, and a window built with it."""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from desktop_app.services.units import UnitNode
from desktop_app.storage.database import Database
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.prompter import Prompter


class FakePrompter(Prompter):
    """Answers come from ``answer(...)`` in order; messages are collected, never shown."""

    def __init__(self) -> None:
        super().__init__(None)
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.questions: list[str] = []
        self.date_limits: list[date | None] = []
        self.suggested: list[str] = []  # the file names save_path offered
        self._answers: deque[Any] = deque()

    def answer(self, *values: Any) -> FakePrompter:
        """Queue the answers to the next questions."""
        self._answers.extend(values)
        return self

    def _next(self, question: str, default: Any) -> Any:
        self.questions.append(question)
        return self._answers.popleft() if self._answers else default

    def error(self, text: str) -> None:
        self.errors.append(text)

    def inform(self, text: str) -> None:
        self.infos.append(text)

    def confirm(self, text: str) -> bool:
        return bool(self._next(text, True))

    def text(self, label: str, default: str = "") -> str | None:
        return self._next(label, default)  # type: ignore[no-any-return]

    def choose(self, label: str, items: Sequence[str], current: int = 0) -> int | None:
        return self._next(label, current)  # type: ignore[no-any-return]

    def integer(self, label: str, value: int, minimum: int, maximum: int) -> int | None:
        return self._next(label, value)  # type: ignore[no-any-return]

    def choose_date(
        self, question: str, default: date, *, label: str = "", maximum: date | None = None
    ) -> date | None:
        """The next answer (a date, or None to cancel); ``default`` when none is queued."""
        self.date_limits.append(maximum)
        return self._next(question, default)  # type: ignore[no-any-return]

    def choose_unit(
        self, label: str, nodes: list[UnitNode], *, allow_top_level: bool = False
    ) -> int | None:
        return self._next(label, None)  # type: ignore[no-any-return]

    def save_path(self, caption: str, suggested: str, file_filter: str) -> Path | None:
        self.suggested.append(suggested)
        return self._next(caption, None)  # type: ignore[no-any-return]

    def open_path(self, caption: str, file_filter: str) -> Path | None:
        return self._next(caption, None)  # type: ignore[no-any-return]


def build_window(
    qtbot: QtBot, database: Database, *, show: bool = True
) -> tuple[MainWindow, FakePrompter]:
    """A main window over ``database`` whose dialogs are answered by a FakePrompter.

    It is shown (offscreen) unless ``show`` is False, as tabs refresh when visible.
    """
    prompter = FakePrompter()
    window = MainWindow(database, prompter=prompter)
    qtbot.addWidget(window)
    if show:
        window.show()
        qtbot.waitExposed(window)
    return window, prompter
