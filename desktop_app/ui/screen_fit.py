"""Open windows no bigger than the screen they appear on.

A dialog sized for a 1920×1080 monitor would put its buttons below the task bar on the
1366×768 laptops many county offices use. So a dialog asks for its preferred size and gets
at most 90 % of the available area (screen minus task bar) of its parent's screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.9


def available_area(widget: QWidget) -> QRect | None:
    """The available geometry of the screen ``widget`` (or its parent window) is on."""
    parent = widget.parentWidget()
    screen = (parent.window().screen() if parent is not None else None) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def fitted_size(preferred: QSize, area: QRect | None) -> QSize:
    """``preferred``, shrunk to at most 90 % of ``area`` in each direction."""
    if area is None or area.isEmpty():
        return preferred
    return QSize(
        min(preferred.width(), int(area.width() * SCREEN_SHARE)),
        min(preferred.height(), int(area.height() * SCREEN_SHARE)),
    )


def resize_to_fit(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to ``width``×``height``, or less so it fits its screen.

    Returns the size asked for (Qt may still enlarge it to the layout's minimum size).
    """
    size = fitted_size(QSize(width, height), available_area(widget))
    widget.resize(size)
    return size
