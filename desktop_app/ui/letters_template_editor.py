"""Template editor (责任书模板): sections, clauses, indicators — with a live preview.

Each section's clauses are edited one per line (a line starting with "#" is a sub-heading;
{指标表} {职责清单} {领域职责} stand alone on a line). Every change re-composes a sample
letter (the template's first signing pair) and renders its first page, debounced; unknown
placeholders are listed instead of being printed. Saving makes the template's next version.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.letter_pdf import LetterToPrint, render_letter
from desktop_app.domain.enums import IndicatorComparison
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.letters import (
    KNOWN_PLACEHOLDERS,
    IndicatorSpec,
    LetterFacts,
    TemplateSection,
    TemplateSpec,
    compose_letter,
    content_fingerprint,
    placeholder_problems,
)
from desktop_app.messages import describe
from desktop_app.services.letter_queries import sample_facts
from desktop_app.services.letter_templates import save_template_version
from desktop_app.storage.database import Database
from desktop_app.ui.letters_preview import PreviewPane
from desktop_app.ui.prompter import Prompter

PREVIEW_DELAY_MS = 120
SAMPLE_UUID = "00000000-0000-4000-8000-000000000000"
_COMPARISONS = (
    IndicatorComparison.AT_MOST,
    IndicatorComparison.AT_LEAST,
    IndicatorComparison.EQUAL,
)


class TemplateEditor(QDialog):
    """Edit one template; ``saved_id`` holds the new version's id after saving."""

    def __init__(
        self,
        database: Database,
        template_id: int,
        spec: TemplateSpec,
        year: int,
        prompter: Prompter,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        """Fill the editor from ``spec`` and read the sample facts once."""
        super().__init__(parent)
        self.database = database
        self.template_id = template_id
        self.original = spec
        self.year = year
        self.prompter = prompter
        self.language = language
        self.saved_id: int | None = None
        self.last_preview_seconds = 0.0
        self.facts: LetterFacts = sample_facts(database, spec, year)
        self.sections: list[TemplateSection] = list(spec.sections)
        self._current_section = -1
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PREVIEW_DELAY_MS)
        self.timer.timeout.connect(self.refresh_preview)
        self.setWindowTitle(self.tr("Letter template — {name}").format(name=spec.name))

        self.title_edit = QLineEdit(spec.title)
        self.level_edit = QLineEdit(spec.level)
        self.validity_edit = QLineEdit(spec.validity)
        self.copies_spin = QSpinBox()
        self.copies_spin.setRange(1, 4)
        self.copies_spin.setValue(spec.copies)
        self.due_spin = QSpinBox()
        self.due_spin.setRange(1, 365)
        self.due_spin.setValue(spec.due_days)
        general = QWidget()
        form = QFormLayout(general)
        form.addRow(self.tr("Title:"), self.title_edit)
        form.addRow(self.tr("Level:"), self.level_edit)
        form.addRow(self.tr("Valid:"), self.validity_edit)
        form.addRow(self.tr("Copies:"), self.copies_spin)
        form.addRow(self.tr("Days to sign:"), self.due_spin)
        hint = QLabel(
            self.tr("Placeholders: {names}").format(
                names=" ".join(f"{{{name}}}" for name in sorted(KNOWN_PLACEHOLDERS))
            )
        )
        hint.setWordWrap(True)
        form.addRow(hint)

        self.preamble_edit = QPlainTextEdit("\n".join(spec.preamble))

        self.section_list = QListWidget()
        self.heading_edit = QLineEdit()
        self.clauses_edit = QPlainTextEdit()
        self.add_section_button = QPushButton(self.tr("Add section"))
        self.remove_section_button = QPushButton(self.tr("Remove section"))
        self.add_section_button.clicked.connect(self._add_section)
        self.remove_section_button.clicked.connect(self._remove_section)
        sections_page = QWidget()
        section_buttons = QHBoxLayout()
        section_buttons.addWidget(self.add_section_button)
        section_buttons.addWidget(self.remove_section_button)
        sections_layout = QVBoxLayout(sections_page)
        sections_layout.addWidget(self.section_list, 1)
        sections_layout.addLayout(section_buttons)
        sections_layout.addWidget(QLabel(self.tr("Heading:")))
        sections_layout.addWidget(self.heading_edit)
        sections_layout.addWidget(
            QLabel(self.tr("Clauses, one per line (# starts a sub-heading):"))
        )
        sections_layout.addWidget(self.clauses_edit, 2)

        self.indicator_table = QTableWidget(0, 6)
        self.indicator_table.setHorizontalHeaderLabels(
            [
                self.tr("Indicator"),
                self.tr("Unit"),
                self.tr("Comparison"),
                self.tr("Target"),
                self.tr("Weight"),
                self.tr("Veto"),
            ]
        )
        for indicator in spec.indicators:
            self._add_indicator_row(indicator)
        self.add_indicator_button = QPushButton(self.tr("Add indicator"))
        self.remove_indicator_button = QPushButton(self.tr("Remove indicator"))
        self.add_indicator_button.clicked.connect(lambda: self._add_indicator_row(None))
        self.remove_indicator_button.clicked.connect(self._remove_indicator)
        indicators_page = QWidget()
        indicator_buttons = QHBoxLayout()
        indicator_buttons.addWidget(self.add_indicator_button)
        indicator_buttons.addWidget(self.remove_indicator_button)
        indicators_layout = QVBoxLayout(indicators_page)
        indicators_layout.addWidget(self.indicator_table, 1)
        indicators_layout.addLayout(indicator_buttons)

        self.pages = QTabWidget()
        self.pages.addTab(general, self.tr("General"))
        self.pages.addTab(self.preamble_edit, self.tr("Preamble"))
        self.pages.addTab(sections_page, self.tr("Sections"))
        self.pages.addTab(indicators_page, self.tr("Indicators"))
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.timing_label = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pages, 1)
        left_layout.addWidget(self.problems_label)
        left_layout.addWidget(self.timing_label)
        self.preview = PreviewPane()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.preview)
        splitter.setSizes([520, 520])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1100, 760)

        for line_edit in (self.title_edit, self.level_edit, self.validity_edit, self.heading_edit):
            line_edit.textChanged.connect(self.schedule_preview)
        self.preamble_edit.textChanged.connect(self.schedule_preview)
        self.clauses_edit.textChanged.connect(self.schedule_preview)
        self.copies_spin.valueChanged.connect(self.schedule_preview)
        self.indicator_table.itemChanged.connect(self.schedule_preview)
        self.section_list.currentRowChanged.connect(self._show_section)
        self._fill_sections()
        self.refresh_preview()

    # ---------------------------------------------------------------- sections
    def _fill_sections(self, select: int = 0) -> None:
        self.section_list.blockSignals(True)
        self.section_list.clear()
        self.section_list.addItems([section.heading for section in self.sections])
        self.section_list.blockSignals(False)
        self._current_section = -1
        if self.sections:
            self.section_list.setCurrentRow(min(select, len(self.sections) - 1))
            self._show_section(self.section_list.currentRow())

    def _store_section(self) -> None:
        index = self._current_section
        if 0 <= index < len(self.sections):
            clauses = tuple(line for line in self.clauses_edit.toPlainText().splitlines())
            self.sections[index] = TemplateSection(self.heading_edit.text(), clauses)
            item = self.section_list.item(index)
            if item is not None:
                item.setText(self.heading_edit.text())

    @Slot(int)
    def _show_section(self, row: int) -> None:
        self._store_section()
        self._current_section = row
        if 0 <= row < len(self.sections):
            section = self.sections[row]
            for widget in (self.heading_edit, self.clauses_edit):
                widget.blockSignals(True)
            self.heading_edit.setText(section.heading)
            self.clauses_edit.setPlainText("\n".join(section.clauses))
            for widget in (self.heading_edit, self.clauses_edit):
                widget.blockSignals(False)

    @Slot()
    def _add_section(self) -> None:
        self._store_section()
        self.sections.append(TemplateSection(self.tr("New section"), ()))
        self._fill_sections(len(self.sections) - 1)
        self.schedule_preview()

    @Slot()
    def _remove_section(self) -> None:
        row = self.section_list.currentRow()
        if 0 <= row < len(self.sections):
            del self.sections[row]
            self._current_section = -1
            self._fill_sections(max(0, row - 1))
            self.schedule_preview()

    # -------------------------------------------------------------- indicators
    def _add_indicator_row(self, indicator: IndicatorSpec | None) -> None:
        spec = indicator or IndicatorSpec(
            self.tr("New indicator"), "%", IndicatorComparison.AT_LEAST, 100, 10
        )
        row = self.indicator_table.rowCount()
        self.indicator_table.insertRow(row)
        self.indicator_table.setItem(row, 0, QTableWidgetItem(spec.name))
        self.indicator_table.setItem(row, 1, QTableWidgetItem(spec.measure_unit))
        combo = QComboBox()
        combo.addItems(["≤", "≥", "="])
        combo.setCurrentIndex(_COMPARISONS.index(spec.comparison))
        combo.currentIndexChanged.connect(self.schedule_preview)
        self.indicator_table.setCellWidget(row, 2, combo)
        target = "" if spec.target is None else f"{spec.target:g}"
        weight = "" if spec.weight is None else f"{spec.weight:g}"
        self.indicator_table.setItem(row, 3, QTableWidgetItem(target))
        self.indicator_table.setItem(row, 4, QTableWidgetItem(weight))
        veto = QCheckBox()
        veto.setChecked(spec.veto)
        veto.toggled.connect(self.schedule_preview)
        self.indicator_table.setCellWidget(row, 5, veto)
        self.schedule_preview()

    @Slot()
    def _remove_indicator(self) -> None:
        row = self.indicator_table.currentRow()
        if row >= 0:
            self.indicator_table.removeRow(row)
            self.schedule_preview()

    def _indicators(self) -> tuple[IndicatorSpec, ...]:
        found = []
        for row in range(self.indicator_table.rowCount()):
            name_item = self.indicator_table.item(row, 0)
            if name_item is None or not name_item.text().strip():
                continue
            combo = self.indicator_table.cellWidget(row, 2)
            veto = self.indicator_table.cellWidget(row, 5)
            comparison = (
                _COMPARISONS[combo.currentIndex()]
                if isinstance(combo, QComboBox)
                else _COMPARISONS[0]
            )
            found.append(
                IndicatorSpec(
                    name_item.text().strip(),
                    self._cell(row, 1),
                    comparison,
                    _number(self._cell(row, 3)),
                    _number(self._cell(row, 4)),
                    isinstance(veto, QCheckBox) and veto.isChecked(),
                )
            )
        return tuple(found)

    def _cell(self, row: int, column: int) -> str:
        item = self.indicator_table.item(row, column)
        return item.text().strip() if item is not None else ""

    # ----------------------------------------------------------------- preview
    def current_spec(self) -> TemplateSpec:
        """The template as edited so far."""
        self._store_section()
        return TemplateSpec(
            key=self.original.key,
            level=self.level_edit.text().strip(),
            name=self.original.name,
            title=self.title_edit.text(),
            pairing=self.original.pairing,
            preamble=tuple(
                line for line in self.preamble_edit.toPlainText().splitlines() if line.strip()
            ),
            sections=tuple(self.sections),
            indicators=self._indicators(),
            validity=self.validity_edit.text(),
            copies=self.copies_spin.value(),
            due_days=self.due_spin.value(),
            parent_limits=self.original.parent_limits,
        )

    @Slot()
    def schedule_preview(self) -> None:
        """Refresh the preview shortly after the last keystroke."""
        self.timer.start()

    @Slot()
    def refresh_preview(self) -> None:
        """Compose the sample letter and render its first page; list placeholder problems."""
        started = time.perf_counter()
        spec = self.current_spec()
        problems = placeholder_problems(spec)
        if problems:
            self.problems_label.setText(
                "<span style='color:#b00020'>"
                + "<br>".join(
                    self.tr("Unknown or misplaced placeholder {placeholder} at {where}").format(
                        placeholder=problem.placeholder, where=problem.where
                    )
                    for problem in problems
                )
                + "</span>"
            )
            return
        self.problems_label.setText("")
        try:
            content = compose_letter(spec, self.facts, letter_uuid=SAMPLE_UUID)
        except DutyMatrixError as error:
            self.problems_label.setText(describe(error, self.language))
            return
        data = render_letter(LetterToPrint(content, content_fingerprint(content)))
        self.preview.set_pdf(data, self.preview_page())
        self.last_preview_seconds = time.perf_counter() - started
        self.timing_label.setText(
            self.tr("Preview of {party} drawn in {ms} ms").format(
                party=self.facts.party_b.name, ms=round(self.last_preview_seconds * 1000)
            )
        )

    def preview_page(self) -> int:
        """Keep showing the page the clerk was looking at."""
        return self.preview.current_page

    @Slot()
    def save(self) -> None:
        """Save as the template's next version (refused while placeholders are wrong)."""
        try:
            self.saved_id = save_template_version(
                self.database, self.template_id, self.current_spec()
            )
        except DutyMatrixError as error:
            self.prompter.error(describe(error, self.language))
            return
        self.accept()


def _number(text: str) -> float | None:
    try:
        return float(text) if text else None
    except ValueError:
        return None
