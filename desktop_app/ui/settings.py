"""Where the GUI keeps its preferences (language, window geometry): Qt's QSettings."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from desktop_app import APP_NAME

ORGANIZATION = APP_NAME
LANGUAGE_KEY = "language"


def app_settings() -> QSettings:
    """The user's settings store (registry on Windows, an .ini file elsewhere)."""
    return QSettings(ORGANIZATION, APP_NAME)
