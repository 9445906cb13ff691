"""考核细则 editor: a template's items, indicator rules, grade thresholds and veto score.

Items (their names and standard points) shape the score sheets made afterwards; thresholds,
the veto score and the indicator rules apply to the year's open sheets at once. Rules that
a closed assessment was scored by cannot be changed (reopen the year first).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import AssessmentItemKind
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.scoring import KIND_WORDS, ScoringRules, points_text
from desktop_app.services.letter_templates import TemplateRow
from desktop_app.services.scoring_rules import save_scoring_rules, template_rules
from desktop_app.ui.screen_fit import resize_to_fit
from desktop_app.ui.workspace import Workspace

KIND, NAME, REQUIREMENT, POINTS, RULE, PER_UNIT = range(6)
I_NAME, I_PER, I_POINTS, I_VETO_AT, I_RULE = range(5)


def _spin(maximum: float = 200.0) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, maximum)
    spin.setDecimals(2)
    spin.setMaximumWidth(120)
    return spin


class RulesDialog(QDialog):
    """Edit the scoring rules of one of the year's templates."""

    def __init__(
        self, workspace: Workspace, templates: list[TemplateRow], parent: QWidget | None = None
    ) -> None:
        """Show the rules of the first template; the combo switches templates."""
        super().__init__(parent)
        self.workspace = workspace
        self.templates = templates
        self.setWindowTitle(self.tr("Scoring rules"))
        resize_to_fit(self, 1100, 700)
        self.template_combo = QComboBox()
        for row in templates:
            self.template_combo.addItem(row.name, row.id)
        self.template_combo.currentIndexChanged.connect(self._load)
        self.title_edit = QLineEdit()
        self.group_edit = QLineEdit()
        self.excellent, self.good, self.passing = _spin(), _spin(), _spin()
        self.veto_score = _spin()
        self.keep_score = QCheckBox(self.tr("keep the computed score"))
        self.keep_score.toggled.connect(lambda on: self.veto_score.setEnabled(not on))
        self.indicator_points = _spin()
        form = QFormLayout()
        form.addRow(self.tr("Template"), self.template_combo)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Ranking group"), self.group_edit)
        grades = QHBoxLayout()
        for label, spin in (
            (self.tr("excellent ≥"), self.excellent),
            (self.tr("good ≥"), self.good),
            (self.tr("pass ≥"), self.passing),
        ):
            grades.addWidget(QLabel(label))
            grades.addWidget(spin)
        grades.addStretch(1)
        form.addRow(self.tr("Grades"), grades)
        veto = QHBoxLayout()
        veto.addWidget(self.veto_score)
        veto.addWidget(self.keep_score)
        veto.addStretch(1)
        form.addRow(self.tr("Score on a veto"), veto)
        form.addRow(self.tr("Points of the indicators"), self.indicator_points)
        self.items_table = QTableWidget(0, 6)
        self.items_table.setHorizontalHeaderLabels(
            [
                self.tr("Kind"),
                self.tr("Item"),
                self.tr("Content and requirement"),
                self.tr("Points / cap"),
                self.tr("Scoring rule"),
                self.tr("Points per case"),
            ]
        )
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REQUIREMENT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(RULE, QHeaderView.ResizeMode.Stretch)
        self.indicators_table = QTableWidget(0, 5)
        self.indicators_table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Per"),
                self.tr("Points per step"),
                self.tr("Veto at"),
                self.tr("Scoring rule"),
            ]
        )
        self.indicators_table.horizontalHeader().setSectionResizeMode(
            I_RULE, QHeaderView.ResizeMode.Stretch
        )
        self.indicators_table.setColumnWidth(I_NAME, 230)
        add, remove = QPushButton(self.tr("Add item")), QPushButton(self.tr("Remove item"))
        add.clicked.connect(lambda: self._add_item({"kind": "base", "name": "", "points": "0"}))
        remove.clicked.connect(lambda: self.items_table.removeRow(self.items_table.currentRow()))
        add_indicator = QPushButton(self.tr("Add indicator rule"))
        add_indicator.clicked.connect(lambda: self._add_indicator("", {}))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        note = QLabel(
            self.tr(
                "Items shape the score sheets made from now on; grades, the veto score and the "
                "indicator rules apply to the open sheets at once."
            )
        )
        note.setWordWrap(True)
        row = QHBoxLayout()
        for button in (add, remove, add_indicator):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Items (基础 / 加分 / 扣分 / 否优 / 否决)")))
        layout.addWidget(self.items_table, 3)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("How a missed indicator target is scored")))
        layout.addWidget(self.indicators_table, 2)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._load()

    # ------------------------------------------------------------------ load
    def template_id(self) -> int:
        """The template being edited."""
        return int(self.template_combo.currentData())

    @Slot()
    def _load(self) -> None:
        if not self.templates:
            return
        try:
            rules = template_rules(self.workspace.database, self.template_id())
        except DutyMatrixError as error:
            self.workspace.report(error)
            return
        data = rules.as_json()
        self.title_edit.setText(rules.title)
        self.group_edit.setText(rules.rank_group)
        self.excellent.setValue(float(rules.thresholds.excellent))
        self.good.setValue(float(rules.thresholds.good))
        self.passing.setValue(float(rules.thresholds.passing))
        self.keep_score.setChecked(rules.veto_score is None)
        self.veto_score.setValue(float(rules.veto_score or 0))
        self.indicator_points.setValue(float(rules.indicator_points))
        self.items_table.setRowCount(0)
        for item in data["items"]:
            self._add_item(item)
        self.indicators_table.setRowCount(0)
        for name, rule in data["indicator_rules"].items():
            self._add_indicator(name, rule)

    def _add_item(self, item: dict[str, Any]) -> None:
        row = self.items_table.rowCount()
        self.items_table.insertRow(row)
        kinds = QComboBox()
        for kind in AssessmentItemKind:
            kinds.addItem(KIND_WORDS[kind], kind.value)
        kinds.setCurrentIndex(max(0, kinds.findData(item.get("kind") or "base")))
        self.items_table.setCellWidget(row, KIND, kinds)
        texts = {
            NAME: item.get("name") or "",
            REQUIREMENT: item.get("requirement") or "",
            POINTS: str(item.get("points") or "0"),
            RULE: item.get("rule") or "",
            PER_UNIT: "" if item.get("per_unit") is None else str(item["per_unit"]),
        }
        for column, text in texts.items():
            self.items_table.setItem(row, column, QTableWidgetItem(str(text)))

    def _add_indicator(self, name: str, rule: dict[str, Any]) -> None:
        row = self.indicators_table.rowCount()
        self.indicators_table.insertRow(row)
        texts = {
            I_NAME: name,
            I_PER: str(rule.get("per") or "1"),
            I_POINTS: "" if rule.get("points") is None else str(rule["points"]),
            I_VETO_AT: "" if rule.get("veto_at") is None else str(rule["veto_at"]),
            I_RULE: rule.get("rule") or "",
        }
        for column, text in texts.items():
            self.indicators_table.setItem(row, column, QTableWidgetItem(text))

    # ------------------------------------------------------------------ save
    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        cell = table.item(row, column)
        return cell.text().strip() if cell is not None else ""

    def rules_json(self) -> dict[str, Any]:
        """The rules as the widgets say (checked when saved)."""
        items = []
        for row in range(self.items_table.rowCount()):
            kinds = self.items_table.cellWidget(row, KIND)
            name = self._text(self.items_table, row, NAME)
            if not name:
                continue
            per_unit = self._text(self.items_table, row, PER_UNIT)
            items.append(
                {
                    "kind": kinds.currentData() if isinstance(kinds, QComboBox) else "base",
                    "name": name,
                    "requirement": self._text(self.items_table, row, REQUIREMENT),
                    "points": self._text(self.items_table, row, POINTS) or "0",
                    "rule": self._text(self.items_table, row, RULE),
                    "per_unit": per_unit or None,
                }
            )
        indicator_rules = {}
        for row in range(self.indicators_table.rowCount()):
            name = self._text(self.indicators_table, row, I_NAME)
            if name:
                indicator_rules[name] = {
                    "per": self._text(self.indicators_table, row, I_PER) or "1",
                    "points": self._text(self.indicators_table, row, I_POINTS) or None,
                    "veto_at": self._text(self.indicators_table, row, I_VETO_AT) or None,
                    "rule": self._text(self.indicators_table, row, I_RULE),
                }
        return {
            "key": template_rules(self.workspace.database, self.template_id()).key,
            "title": self.title_edit.text().strip(),
            "rank_group": self.group_edit.text().strip(),
            "thresholds": {
                "excellent": points_text_of(self.excellent),
                "good": points_text_of(self.good),
                "pass": points_text_of(self.passing),
            },
            "veto_score": None if self.keep_score.isChecked() else points_text_of(self.veto_score),
            "indicator_points": points_text_of(self.indicator_points),
            "items": items,
            "indicator_rules": indicator_rules,
        }

    @Slot()
    def save(self) -> None:
        """Check and store the rules; a refusal keeps the dialog open."""
        try:
            rules = ScoringRules.from_json(self.rules_json())
            save_scoring_rules(self.workspace.database, self.template_id(), rules)
        except DutyMatrixError as error:
            self.workspace.report(error)
            return
        self.accept()


def points_text_of(spin: QDoubleSpinBox) -> str:
    """A spin box's value as exact text (two decimals at most)."""
    from decimal import Decimal

    return points_text(Decimal(str(round(spin.value(), 2))))
