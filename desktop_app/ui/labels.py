"""Translated labels and colour marks for the domain's enum values (unit kind, category)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from desktop_app.domain.enums import RiskLevel, UnitCategory, UnitKind

# One colour per kind, distinct enough side by side in the tree.
KIND_COLOURS: dict[UnitKind, str] = {
    UnitKind.GOVERNMENT: "#c0392b",
    UnitKind.COMMITTEE: "#8e44ad",
    UnitKind.DEPARTMENT: "#2471a3",
    UnitKind.TOWNSHIP: "#229954",
    UnitKind.PARK: "#17a589",
    UnitKind.ENTERPRISE: "#d68910",
    UnitKind.SUBSIDIARY: "#ca6f1e",
    UnitKind.WORKSHOP: "#7d6608",
    UnitKind.TEAM: "#a04000",
    UnitKind.OTHER: "#7f8c8d",
}

_icons: dict[UnitKind, QIcon] = {}


def kind_label(kind: UnitKind) -> str:
    """The unit kind as the clerk calls it (部门, 乡镇街道 …)."""
    labels = {
        UnitKind.GOVERNMENT: QCoreApplication.translate("Labels", "Government"),
        UnitKind.COMMITTEE: QCoreApplication.translate("Labels", "Safety committee"),
        UnitKind.DEPARTMENT: QCoreApplication.translate("Labels", "Department"),
        UnitKind.TOWNSHIP: QCoreApplication.translate("Labels", "Township / subdistrict"),
        UnitKind.PARK: QCoreApplication.translate("Labels", "Industrial park"),
        UnitKind.ENTERPRISE: QCoreApplication.translate("Labels", "Enterprise"),
        UnitKind.SUBSIDIARY: QCoreApplication.translate("Labels", "Subsidiary"),
        UnitKind.WORKSHOP: QCoreApplication.translate("Labels", "Workshop"),
        UnitKind.TEAM: QCoreApplication.translate("Labels", "Team"),
        UnitKind.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[kind]


def category_label(category: UnitCategory | None) -> str:
    """The member-unit category (综合监管部门 …), or a dash when the unit has none."""
    if category is None:
        return "—"
    labels = {
        UnitCategory.COMPREHENSIVE: QCoreApplication.translate(
            "Labels", "Comprehensive supervision department"
        ),
        UnitCategory.INDUSTRY: QCoreApplication.translate(
            "Labels", "Industry supervision department"
        ),
        UnitCategory.OTHER: QCoreApplication.translate("Labels", "Other member unit"),
    }
    return labels[category]


def category_short_label(category: UnitCategory | None) -> str:
    """A short category mark for the tree: 综合 / 行业 / 其他 (empty when none)."""
    if category is None:
        return ""
    labels = {
        UnitCategory.COMPREHENSIVE: QCoreApplication.translate("Labels", "Compr."),
        UnitCategory.INDUSTRY: QCoreApplication.translate("Labels", "Industry"),
        UnitCategory.OTHER: QCoreApplication.translate("Labels", "Other"),
    }
    return labels[category]


def risk_label(risk: RiskLevel | None) -> str:
    """重大 (红) / 较大 (橙) / 一般 (黄) / 低 (蓝), or a dash."""
    if risk is None:
        return "—"
    return {
        RiskLevel.MAJOR: QCoreApplication.translate("Labels", "Major (red)"),
        RiskLevel.HIGH: QCoreApplication.translate("Labels", "High (orange)"),
        RiskLevel.MEDIUM: QCoreApplication.translate("Labels", "Medium (yellow)"),
        RiskLevel.LOW: QCoreApplication.translate("Labels", "Low (blue)"),
    }[RiskLevel(risk)]


def yes_no(value: bool) -> str:
    """是 / 否."""
    if value:
        return QCoreApplication.translate("Labels", "Yes")
    return QCoreApplication.translate("Labels", "No")


def kind_icon(kind: UnitKind) -> QIcon:
    """A small filled circle in the kind's colour (needs a running QGuiApplication)."""
    icon = _icons.get(kind)
    if icon is None:
        icon = QIcon()
        for size in (16, 32):
            icon.addPixmap(_circle(QColor(KIND_COLOURS[kind]), size))
        _icons[kind] = icon
    return icon


def _circle(colour: QColor, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour.darker(140), max(1.0, size / 16)))
    painter.setBrush(colour)
    margin = size * 0.22
    painter.drawEllipse(QRectF(margin, margin, size - 2 * margin, size - 2 * margin))
    painter.end()
    return pixmap
