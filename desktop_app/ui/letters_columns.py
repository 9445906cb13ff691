"""Column widths of the signing ledger: dates are never cut, names share what is left.

Every column but the names is as wide as its content (a date always fits "2026-01-15").
The names (乙方, 甲方, 层级) share the rest of the table's width, elided with the full name in
their tooltip. When even that does not fit (a 1366-pixel screen with the preview open), the
columns the clerk follows up — the names, status, dates and overdue days — are fitted and
the later ones are reached by scrolling. Once the clerk drags a name column wider or
narrower, the fitting leaves the names alone.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from desktop_app.ui.letters_model import (
    DATE_COLUMNS,
    LEVEL_COLUMN,
    NAME_COLUMNS,
    PARTY_A_COLUMN,
    PARTY_B_COLUMN,
)

DATE_SAMPLE = "2026-01-15"
MIN_NAME_WIDTH = 90
MAX_NAME_WIDTH = 280
MAX_LEVEL_WIDTH = 200
"""The level is the rows' grouping too, so it never takes more than this when room is short."""


def date_width(view: QTableView) -> int:
    """The narrowest a date column may be: the widest date plus the cell's margins."""
    return view.fontMetrics().horizontalAdvance(DATE_SAMPLE) + cell_margin(view)


def cell_margin(view: QTableView) -> int:
    """Room a cell needs around its text (the style's focus frame margins and a little air)."""
    frame = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view)
    return 2 * (frame + 1) + 8


class LedgerColumns(QObject):
    """Keeps the ledger's columns fitted to the table's width (see the module docstring)."""

    def __init__(self, view: QTableView) -> None:
        """Fit ``view`` now and whenever it is resized."""
        super().__init__(view)
        self.view = view
        self.clerk_sized = False
        self._fitting = False
        self._measured: dict[int, int] = {}
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.sectionResized.connect(self._on_section_resized)
        self._viewport = view.viewport()
        self._viewport.installEventFilter(self)
        # A filter change removes rows in many runs (one signal each): measure once after.
        self._remeasure_soon = QTimer(self)
        self._remeasure_soon.setSingleShot(True)
        self._remeasure_soon.setInterval(0)
        self._remeasure_soon.timeout.connect(self.remeasure)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ):
            signal.connect(self._rows_changed)

    @Slot()
    def _rows_changed(self) -> None:
        self._measured.clear()  # stale at once, so a fit before the timer measures afresh
        self._remeasure_soon.start()

    @Slot()
    def remeasure(self) -> None:
        """The rows changed: measure the contents again, then fit."""
        self._measured.clear()
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Fit again when the table gets wider or narrower (window, splitter)."""
        # The event type first: while the table is being destroyed, its wrapper is gone.
        if event.type() == QEvent.Type.Resize and watched is self._viewport:
            self.fit()
        return False

    @Slot(int, int, int)
    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        if not self._fitting and column in NAME_COLUMNS:
            self.clerk_sized = True

    def content_width(self, column: int) -> int:
        """How wide ``column`` must be to show its title and every shown cell in full
        (measured once per change of the rows, not at every resize)."""
        if column not in self._measured:
            self._measured[column] = self._measure(column)
        return self._measured[column]

    def _measure(self, column: int) -> int:
        header = self.view.horizontalHeader()
        title = header.sectionSizeFromContents(column).width()
        cells = self.view.sizeHintForColumn(column)
        width = max(title, cells)
        return max(width, date_width(self.view)) if column in DATE_COLUMNS else width

    @Slot()
    def fit(self) -> None:
        """Size every column (see the module docstring)."""
        if not shiboken6.isValid(self.view):  # a queued model signal after the table closed
            return
        model = self.view.model()
        if model is None:
            return
        self._fitting = True
        try:
            self._fit(model.columnCount())
        finally:
            self._fitting = False

    def _fit(self, count: int) -> None:
        header = self.view.horizontalHeader()
        others = [column for column in range(count) if column not in NAME_COLUMNS]
        widths = {column: self.content_width(column) for column in others}
        for column, width in widths.items():
            header.resizeSection(column, width)
        if self.clerk_sized:
            return
        natural = {
            column: max(MIN_NAME_WIDTH, min(MAX_NAME_WIDTH, self.content_width(column)))
            for column in NAME_COLUMNS
        }
        bar = self.view.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = self.view.viewport().width() - bar
        room = available - sum(widths.values())
        if room >= MIN_NAME_WIDTH * len(NAME_COLUMNS):
            names = _share(room, natural)
        else:  # scroll to the later columns, but keep who / status / dates / overdue in view
            level = min(natural[LEVEL_COLUMN], MAX_LEVEL_WIDTH)
            before_level = sum(width for column, width in widths.items() if column < LEVEL_COLUMN)
            parties = {column: natural[column] for column in (PARTY_B_COLUMN, PARTY_A_COLUMN)}
            names = _share(available - before_level, parties) | {LEVEL_COLUMN: level}
        for column, width in names.items():
            header.resizeSection(column, width)


def _share(room: int, natural: dict[int, int]) -> dict[int, int]:
    """Each column its natural width if they all fit in ``room``, else a share of ``room`` in
    proportion to it (never under ``MIN_NAME_WIDTH``)."""
    total = sum(natural.values())
    if total <= room:
        return dict(natural)
    return {column: max(MIN_NAME_WIDTH, room * width // total) for column, width in natural.items()}
