"""What every record table and every translatable panel in the window has in common.

The tabs show read-only records a row at a time (a unit, a person, a gap, a letter …); they
should select, colour and size alike, so the clerk learns one behaviour. And every panel
follows a language switch by setting its texts again (``retranslate``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Self

from PySide6.QtCore import QAbstractItemModel, QEvent, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)


def record_table(
    model: QAbstractItemModel,
    *,
    word_wrap: bool = False,
    stretch_column: int | None = None,
    multiple: bool = False,
    parent: QWidget | None = None,
) -> QTableView:
    """A table of records: whole rows selected, alternating colours, no row numbers,
    columns sized to their contents (``stretch_column`` takes the remaining width)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multiple
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setAlternatingRowColors(True)
    view.setWordWrap(word_wrap)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


FIT_ROWS_DELAY_MS = 40
"""Rows are fitted once the columns settle: dragging a splitter resizes a column hundreds of
times, and fitting wrapped rows each time takes about a second per 300 resizes."""


def fit_rows_when_resized(view: QTableView) -> QTimer:
    """Fit the rows of word-wrapped ``view`` to their text once its columns stop changing
    width and whenever its model is reset. Returns the timer (``start()`` fits soon)."""
    timer = QTimer(view)
    timer.setSingleShot(True)
    timer.setInterval(FIT_ROWS_DELAY_MS)
    timer.timeout.connect(view.resizeRowsToContents)
    view.horizontalHeader().sectionResized.connect(timer.start)
    view.model().modelReset.connect(timer.start)
    return timer


class FollowsLanguage:
    """Mixin for a QWidget whose ``retranslate()`` sets every text: called again on a
    language switch. List it before the Qt base class: ``class Tab(FollowsLanguage, QWidget)``.
    """

    def retranslate(self) -> None:
        """Set every text in the current language."""
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class ButtonTab(FollowsLanguage):
    """Mixin for a main-window tab with its own translated title and a row of buttons kept
    by key (``self.buttons``), so ``retranslate`` and enabling can address them by name."""

    buttons: dict[str, QPushButton]

    def title(self) -> str:
        """The tab's title in the current language."""
        raise NotImplementedError

    @classmethod
    def attach(cls, tabs: QTabWidget, workspace: Any, paths: Any = None) -> Self:
        """Add the tab to the main window's tab widget (it keeps its own title translated)."""
        tab = cls(workspace, paths)  # type: ignore[call-arg]
        tabs.addTab(tab, tab.title())  # type: ignore[arg-type]
        return tab

    def _button(self, key: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(lambda _checked=False: slot())
        self.buttons[key] = button
        return button
