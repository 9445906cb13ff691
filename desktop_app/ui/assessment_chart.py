"""The grade distribution as a small bar chart, painted with QPainter.

QtCharts is left out of the Windows bundle (build.spec excludes it to keep the program
small), so the four bars are drawn here: one per grade, its count above it.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOURS = (QColor("#4e9a52"), QColor("#3f7fbf"), QColor("#d9a21b"), QColor("#c0392b"))


class GradeChart(QWidget):
    """Bars of how many units got each grade (优秀, 良好, 合格, 不合格)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty chart."""
        super().__init__(parent)
        self._labels: list[str] = []
        self._counts: list[int] = []
        self._title = ""
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        """Wide and short."""
        return QSize(420, 170)

    def set_data(self, title: str, labels: Sequence[str], counts: Sequence[int]) -> None:
        """Show ``counts`` for ``labels`` under ``title``."""
        self._title = title
        self._labels = list(labels)
        self._counts = list(counts)
        self.update()

    def counts(self) -> list[int]:
        """The counts shown (for tests)."""
        return list(self._counts)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        """Title, baseline, one bar per grade with its count and label."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        line = metrics.height()
        area = QRectF(self.rect()).adjusted(12, 8, -12, -8)
        painter.drawText(
            QRectF(area.left(), area.top(), area.width(), line),
            int(Qt.AlignmentFlag.AlignLeft),
            self._title,
        )
        chart = area.adjusted(0, line + 6, 0, -(line + 4))
        painter.setPen(QColor("#888888"))
        painter.drawLine(chart.bottomLeft(), chart.bottomRight())
        if not self._counts:
            painter.end()
            return
        top = max(max(self._counts), 1)
        slot = chart.width() / len(self._counts)
        bar_width = min(56.0, slot * 0.5)
        room = chart.height() - line - 2
        for index, (label, count) in enumerate(zip(self._labels, self._counts, strict=True)):
            centre = chart.left() + slot * (index + 0.5)
            height = room * count / top
            bar = QRectF(centre - bar_width / 2, chart.bottom() - height, bar_width, height)
            painter.fillRect(bar, BAR_COLOURS[index % len(BAR_COLOURS)])
            painter.setPen(self.palette().windowText().color())
            painter.drawText(
                QRectF(centre - slot / 2, bar.top() - line - 1, slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                str(count),
            )
            painter.drawText(
                QRectF(centre - slot / 2, chart.bottom() + 3, slot, line),
                int(Qt.AlignmentFlag.AlignCenter),
                label,
            )
        painter.end()
