"""Issue a template to signing pairs — now (frozen) or as drafts — with per-letter targets.

The first page lists the template's signing pairs (those without a letter are checked); the
second sets each letter's indicator targets, showing the issuing unit's limits and warning
live when the letters add up to more than the limit or leave out a veto item.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.letters import CascadeWarning
from desktop_app.messages import describe
from desktop_app.services.letter_queries import CandidatePair, candidate_pairs
from desktop_app.services.letter_templates import TemplateRow
from desktop_app.storage.database import Database
from desktop_app.ui.letters_targets import Targets, TargetsEditor

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2
ISSUE_NOW, SAVE_DRAFTS = 0, 1


class IssueDialog(QDialog):
    """Pick a template, the signing pairs, issue now or save drafts, and the targets."""

    def __init__(
        self,
        database: Database,
        year: int,
        templates: list[TemplateRow],
        parent: QWidget | None = None,
        *,
        language: str = "zh_CN",
    ) -> None:
        """Offer ``templates``; the pairs and the targets follow the chosen template."""
        super().__init__(parent)
        self.database = database
        self.year = year
        self.templates = templates
        self.language = language
        self.setWindowTitle(self.tr("Issue letters for {year}").format(year=year))
        self.template_combo = QComboBox()
        for template in templates:
            self.template_combo.addItem(
                self.tr("{level} — {name} (v{version})").format(
                    level=template.level, name=template.name, version=template.version
                ),
                template.id,
            )
        self.template_combo.currentIndexChanged.connect(self._load_pairs)
        self.now_radio = QRadioButton(self.tr("Issue now — the text is frozen and fingerprinted"))
        self.drafts_radio = QRadioButton(
            self.tr("Save as drafts — not frozen; they follow the matrix until issued")
        )
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.now_radio, ISSUE_NOW)
        self.mode_group.addButton(self.drafts_radio, SAVE_DRAFTS)
        self.now_radio.setChecked(True)
        self.mode_group.idToggled.connect(self._on_mode)
        self.pair_list = QListWidget()
        self.summary_label = QLabel()
        self.all_button = QPushButton(self.tr("Check all"))
        self.none_button = QPushButton(self.tr("Check none"))
        self.all_button.clicked.connect(lambda: self._check_all(True))
        self.none_button.clicked.connect(lambda: self._check_all(False))
        self.issued_edit = QDateEdit(QDate.currentDate())
        self.issued_edit.setCalendarPopup(True)
        self.due_edit = QDateEdit(QDate.currentDate().addDays(30))
        self.due_edit.setCalendarPopup(True)
        self.targets_editor = TargetsEditor(database, year, language)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        checks = QHBoxLayout()
        checks.addWidget(self.summary_label, 1)
        checks.addWidget(self.all_button)
        checks.addWidget(self.none_button)
        pairs_page = QWidget()
        pairs_layout = QVBoxLayout(pairs_page)
        pairs_layout.addWidget(QLabel(self.tr("Signing pairs (party A → party B):")))
        pairs_layout.addWidget(self.pair_list, 1)
        pairs_layout.addLayout(checks)
        self.pages = QTabWidget()
        self.pages.addTab(pairs_page, self.tr("Signing pairs"))
        self.pages.addTab(self.targets_editor, self.tr("Indicator targets"))
        modes = QVBoxLayout()
        modes.addWidget(self.now_radio)
        modes.addWidget(self.drafts_radio)
        form = QFormLayout()
        form.addRow(self.tr("Template:"), self.template_combo)
        form.addRow(self.tr("Issued on:"), self.issued_edit)
        form.addRow(self.tr("Sign by:"), self.due_edit)
        form.addRow(self.tr("What to do:"), modes)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 680)
        self.pair_list.itemChanged.connect(self._on_pairs_changed)
        self._on_mode()
        self._load_pairs()

    def template_id(self) -> int | None:
        """The chosen template."""
        value = self.template_combo.currentData()
        return int(value) if value is not None else None

    def as_drafts(self) -> bool:
        """True when the letters are to be saved as drafts."""
        return self.drafts_radio.isChecked()

    @Slot()
    def _on_mode(self) -> None:
        drafts = self.as_drafts()
        self.issued_edit.setEnabled(not drafts)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save drafts") if drafts else self.tr("Issue"))

    @Slot()
    def _load_pairs(self) -> None:
        self.pair_list.blockSignals(True)
        self.pair_list.clear()
        template_id = self.template_id()
        pairs: list[CandidatePair] = []
        if template_id is not None:
            try:
                pairs = candidate_pairs(self.database, template_id, self.year)
            except DutyMatrixError:
                pairs = []
        for pair in pairs:
            text = f"{pair.party_a} → {pair.party_b}"
            if pair.issued:
                text += self.tr("  (already has a letter)")
            item = QListWidgetItem(text)
            item.setData(PAIR_ROLE, (pair.party_a_id, pair.party_b_id))
            item.setData(NAME_ROLE, pair.party_b)
            if pair.issued:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.pair_list.addItem(item)
        self.pair_list.blockSignals(False)
        if template_id is not None:
            try:
                self.targets_editor.load(template_id, {pair.party_a_id for pair in pairs})
            except DutyMatrixError as error:
                self.targets_editor.show_error(describe(error, self.language))
        self._on_pairs_changed()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        self.pair_list.blockSignals(True)
        for row in range(self.pair_list.count()):
            item = self.pair_list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(state)
        self.pair_list.blockSignals(False)
        self._on_pairs_changed()

    def _checked_items(self) -> list[QListWidgetItem]:
        items = (self.pair_list.item(row) for row in range(self.pair_list.count()))
        return [item for item in items if item.checkState() == Qt.CheckState.Checked]

    def chosen_pairs(self) -> list[tuple[int, int]]:
        """The checked (party A id, party B id) pairs."""
        return [
            (int(a), int(b)) for a, b in (item.data(PAIR_ROLE) for item in self._checked_items())
        ]

    @Slot()
    def _on_pairs_changed(self) -> None:
        self.targets_editor.set_pairs(
            (int(a), int(b), str(item.data(NAME_ROLE)))
            for item in self._checked_items()
            for a, b in [item.data(PAIR_ROLE)]
        )
        self.summary_label.setText(
            self.tr("{checked} of {count} pairs chosen").format(
                checked=len(self.chosen_pairs()), count=self.pair_list.count()
            )
        )

    def targets(self) -> dict[tuple[int, int], Targets]:
        """Each chosen pair's targets as set on the targets page."""
        chosen = set(self.chosen_pairs())
        return {pair: t for pair, t in self.targets_editor.targets().items() if pair in chosen}

    def warnings(self) -> list[CascadeWarning]:
        """What the targets as set break (the parent's limits, veto items)."""
        return self.targets_editor.warnings()

    def issued_on(self) -> date:
        """The issue date chosen."""
        value: date = self.issued_edit.date().toPython()  # type: ignore[assignment]
        return value

    def due_date(self) -> date:
        """The signing deadline chosen."""
        value: date = self.due_edit.date().toPython()  # type: ignore[assignment]
        return value
