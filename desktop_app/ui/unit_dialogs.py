"""Dialogs for a unit: its properties (kind, category, risk, territory, supervisor …)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import RiskLevel, UnitCategory, UnitKind
from desktop_app.services.units import UnitNode
from desktop_app.ui.labels import category_label, kind_label, risk_label
from desktop_app.ui.summary_panel import walk

TERRITORY_KINDS = (UnitKind.TOWNSHIP, UnitKind.PARK)
SUPERVISOR_KINDS = (UnitKind.DEPARTMENT, UnitKind.COMMITTEE, UnitKind.GOVERNMENT)


class UnitPropertiesDialog(QDialog):
    """Edit the properties ``services.unit_edits.update_unit`` accepts."""

    def __init__(
        self,
        name: str,
        values: dict[str, Any],
        nodes: list[UnitNode],
        parent: QWidget | None = None,
    ) -> None:
        """Start from ``values``; territory and supervisor are chosen among ``nodes``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Properties of {unit}").format(unit=name))
        self.resize(520, 420)
        self._values = dict(values)
        self.code_edit = QLineEdit(values.get("code") or "")
        self.short_edit = QLineEdit(values.get("short_name") or "")
        self.kind_combo = self._combo([(kind_label(k), k) for k in UnitKind], values["kind"])
        self.category_combo = self._combo(
            [("—", None)] + [(category_label(c), c) for c in UnitCategory], values["category"]
        )
        self.member_box = QCheckBox(self.tr("Member of the safety committee"))
        self.member_box.setChecked(bool(values.get("is_committee_member")))
        self.risk_combo = self._combo(
            [("—", None)] + [(risk_label(r), r) for r in RiskLevel], values["risk_level"]
        )
        units = [n for n in walk(nodes) if n.active]
        self.territory_combo = self._combo(
            [("—", None)] + [(n.name, n.id) for n in units if n.kind in TERRITORY_KINDS],
            values["territorial_unit_id"],
        )
        self.supervisor_combo = self._combo(
            [("—", None)] + [(n.name, n.id) for n in units if n.kind in SUPERVISOR_KINDS],
            values["supervisor_unit_id"],
        )
        self.notes_edit = QLineEdit(values.get("notes") or "")
        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code_edit)
        form.addRow(self.tr("Short name"), self.short_edit)
        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Category"), self.category_combo)
        form.addRow("", self.member_box)
        form.addRow(self.tr("Risk level"), self.risk_combo)
        form.addRow(self.tr("Territorial unit (属地)"), self.territory_combo)
        form.addRow(self.tr("Supervising department"), self.supervisor_combo)
        form.addRow(self.tr("Notes"), self.notes_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _combo(items: list[tuple[str, object]], current: object) -> QComboBox:
        combo = QComboBox()
        for text, value in items:
            combo.addItem(text, value)
        for row in range(combo.count()):
            if combo.itemData(row) == current:
                combo.setCurrentIndex(row)
                break
        return combo

    def changes(self) -> dict[str, Any]:
        """The properties whose values differ from the unit's."""
        values = {
            "code": self.code_edit.text().strip() or None,
            "short_name": self.short_edit.text().strip() or None,
            "kind": self.kind_combo.currentData(),
            "category": self.category_combo.currentData(),
            "is_committee_member": self.member_box.isChecked(),
            "risk_level": self.risk_combo.currentData(),
            "territorial_unit_id": self.territory_combo.currentData(),
            "supervisor_unit_id": self.supervisor_combo.currentData(),
            "notes": self.notes_edit.text().strip() or None,
        }
        return {k: v for k, v in values.items() if self._values.get(k) != v}
