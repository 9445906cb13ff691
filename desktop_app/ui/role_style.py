"""How a matrix role looks: its word, its shortcut key and its fill colour.

The word carries the meaning; the colour only helps the eye. The fills are light and of
clearly different lightness (lead darkest), so black text stays legible on every one of them
and the cells still differ when printed in grey.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from desktop_app.documents.matrix_workbook import ROLE_FILLS as ROLE_FILLS
from desktop_app.domain.enums import FieldRole, Responsibility

# ROLE_FILLS (imported above) is the one palette of the screen, the workbook and the PDF.
ROLE_TEXT_COLOUR = "#1a1a1a"

# Keys that set a role on the selected cells (Delete/Backspace clear them).
ROLE_KEYS: dict[int, FieldRole] = {
    Qt.Key.Key_1: FieldRole.LEAD,
    Qt.Key.Key_2: FieldRole.SUPPORT,
    Qt.Key.Key_3: FieldRole.MAIN,
    Qt.Key.Key_4: FieldRole.TERRITORIAL,
}
ROLE_ORDER = (FieldRole.LEAD, FieldRole.SUPPORT, FieldRole.MAIN, FieldRole.TERRITORIAL)


def role_label(role: FieldRole | None) -> str:
    """牵头 / 配合 / 主体 / 属地 (empty for no role)."""
    if role is None:
        return ""
    labels = {
        FieldRole.LEAD: QCoreApplication.translate("Roles", "Lead"),
        FieldRole.SUPPORT: QCoreApplication.translate("Roles", "Support"),
        FieldRole.MAIN: QCoreApplication.translate("Roles", "Main"),
        FieldRole.TERRITORIAL: QCoreApplication.translate("Roles", "Territorial"),
    }
    return labels[role]


def role_description(role: FieldRole) -> str:
    """A longer explanation for tooltips and the printed legend."""
    descriptions = {
        FieldRole.LEAD: QCoreApplication.translate("Roles", "lead supervising department"),
        FieldRole.SUPPORT: QCoreApplication.translate("Roles", "supporting department"),
        FieldRole.MAIN: QCoreApplication.translate("Roles", "enterprise main responsibility"),
        FieldRole.TERRITORIAL: QCoreApplication.translate(
            "Roles", "territorial responsibility (township, park)"
        ),
    }
    return descriptions[role]


def role_fill(role: FieldRole) -> QColor:
    """The cell's background colour for ``role``."""
    return QColor(ROLE_FILLS[role])


def role_key_label(role: FieldRole) -> str:
    """The key that sets ``role`` ("1" … "4")."""
    return str(ROLE_ORDER.index(role) + 1)


def responsibility_label(kind: Responsibility) -> str:
    """领导责任 / 监管责任 / 主体责任 / 属地责任 / 岗位责任."""
    labels = {
        Responsibility.LEADERSHIP: QCoreApplication.translate("Roles", "Leadership duty"),
        Responsibility.SUPERVISORY: QCoreApplication.translate("Roles", "Supervisory duty"),
        Responsibility.MAIN: QCoreApplication.translate("Roles", "Main duty"),
        Responsibility.TERRITORIAL: QCoreApplication.translate("Roles", "Territorial duty"),
        Responsibility.POST: QCoreApplication.translate("Roles", "Post duty"),
    }
    return labels[kind]
