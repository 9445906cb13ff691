"""The pages of the import wizard (desktop_app/ui/import_wizard.py).

The mapping the clerk confirms is remembered in QSettings for that header shape, so the
next register from the same personnel office maps itself. "Import all" is possible only
without errors; "only the valid rows" only when the clerk ticks it. The mapping and problems
pages are :class:`JobPage` s: while the wizard checks or writes in the background their
controls are disabled and their :class:`JobPanel` shows the progress.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from desktop_app.documents.excel_reader import detect_header
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.import_schema import ImportKind, header_shape, match_headers
from desktop_app.services.exports import export_problems, export_template
from desktop_app.services.units import unit_tree
from desktop_app.ui.import_job import JobPanel
from desktop_app.ui.import_problems_model import REASON, ProblemTableModel
from desktop_app.ui.settings import app_settings
from desktop_app.ui.unit_combo import UnitComboBox

if TYPE_CHECKING:
    from desktop_app.ui.import_wizard import ImportWizard

MAPPING_KEY = "import_mapping"
XLSX_FILTER = "Excel (*.xlsx *.xlsm)"
SAMPLE_ROWS = 3
WRAPPED_PROBLEMS = 500
"""Up to this many problems the rows grow to show the whole reason (measuring costs time)."""
ROW_PADDING = 4


def kind_names() -> dict[ImportKind, str]:
    """The import kinds as the clerk calls them."""
    return {
        ImportKind.UNITS: QCoreApplication.translate("ImportWizard", "Unit register"),
        ImportKind.PEOPLE: QCoreApplication.translate("ImportWizard", "People register"),
        ImportKind.MATRIX: QCoreApplication.translate("ImportWizard", "Responsibility matrix"),
        ImportKind.OVERSIGHT: QCoreApplication.translate("ImportWizard", "Leaders' oversight"),
        ImportKind.DUTIES: QCoreApplication.translate("ImportWizard", "Duty lists"),
    }


def remembered_mapping(kind: ImportKind, headers: tuple[str, ...]) -> dict[str, int] | None:
    """The mapping the clerk confirmed for this header shape, if any."""
    value = app_settings().value(f"{MAPPING_KEY}/{kind.value}/{_shape_key(headers)}")
    if not value:
        return None
    try:
        loaded = json.loads(str(value))
    except ValueError:
        return None
    return {str(k): int(v) for k, v in loaded.items() if int(v) < len(headers)}


def remember_mapping(kind: ImportKind, headers: tuple[str, ...], mapping: dict[str, int]) -> None:
    """Keep the clerk's mapping for the next sheet with the same header."""
    key = f"{MAPPING_KEY}/{kind.value}/{_shape_key(headers)}"
    app_settings().setValue(key, json.dumps(mapping, sort_keys=True))


def _shape_key(headers: tuple[str, ...]) -> str:
    return hashlib.sha1(header_shape(headers).encode("utf-8")).hexdigest()[:16]


class FilePage(QWizardPage):
    """Which register, which file, which year; a blank template on request."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the workbook"))
        self.setSubTitle(
            self.tr(
                "An .xlsx file from Excel or WPS. Title rows, merged cells "
                "and notes below the table are fine."
            )
        )
        self.kind_combo = QComboBox()
        for kind, name in kind_names().items():
            self.kind_combo.addItem(name, kind.value)
        self.path_edit = QLineEdit()
        self.path_edit.textChanged.connect(self.completeChanged)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2200)
        self.year_spin.setValue(wizard.workspace.year)
        self.year_spin.setMaximumWidth(120)
        self.template_button = QPushButton(self.tr("Save a blank template…"))
        self.template_button.clicked.connect(self.save_template)
        form = QFormLayout(self)
        form.addRow(self.tr("Register:"), self.kind_combo)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Year:"), self.year_spin)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template_button)
        template_row.addStretch(1)
        form.addRow("", template_row)

    def kind(self) -> ImportKind:
        """The chosen import kind."""
        return ImportKind(self.kind_combo.currentData())

    def path(self) -> Path:
        """The chosen file."""
        return Path(self.path_edit.text().strip())

    def isComplete(self) -> bool:
        """A file that exists."""
        return bool(self.path_edit.text().strip()) and self.path().is_file()

    @Slot()
    def browse(self) -> None:
        """Pick the workbook."""
        chosen = self.owner.workspace.prompter.open_path(self.tr("Import from Excel"), XLSX_FILTER)
        if chosen is not None:
            self.path_edit.setText(str(chosen))

    @Slot()
    def save_template(self) -> None:
        """Write the blank template of the chosen kind."""
        name = kind_names()[self.kind()]
        target = self.owner.workspace.prompter.save_path(
            self.tr("Save the import template"), f"{name}.xlsx", XLSX_FILTER
        )
        if target is None:
            return
        try:
            export_template(self.owner.workspace.database, self.kind(), target)
        except DutyMatrixError as error:
            self.owner.workspace.report(error)

    def validatePage(self) -> bool:
        """Read the sheet list (the file's safety checks run here)."""
        return self.owner.load_sheets()


class SheetPage(QWizardPage):
    """Which sheet holds the table."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Choose the sheet"))
        self.sheet_list = QListWidget()
        self.sheet_list.currentRowChanged.connect(lambda _row: self.completeChanged.emit())
        QVBoxLayout(self).addWidget(self.sheet_list)

    def initializePage(self) -> None:
        """List the visible sheets with their row counts."""
        self.sheet_list.clear()
        for info in self.owner.sheets:
            item = QListWidgetItem(
                self.tr("{name}  ({rows} rows)").format(name=info.name, rows=info.rows)
            )
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            self.sheet_list.addItem(item)
        self.sheet_list.setCurrentRow(0)

    def sheet(self) -> str:
        """The chosen sheet's name."""
        item = self.sheet_list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else ""

    def isComplete(self) -> bool:
        """A sheet is chosen."""
        return self.sheet_list.currentItem() is not None

    def validatePage(self) -> bool:
        """Read the sheet's first rows for the mapping."""
        return self.owner.load_preview(self.sheet())


class JobPage(QWizardPage):
    """A page that starts background jobs: ``body`` holds its controls, disabled while one runs."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.body = QWidget()
        self.job_panel = JobPanel()
        self.job_panel.stop_requested.connect(wizard.job.cancel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body, 1)
        outer.addWidget(self.job_panel)

    def set_busy(self, busy: bool) -> None:
        """Lock (or unlock) the controls; ``isComplete`` is False while busy."""
        self.body.setEnabled(not busy)
        self.completeChanged.emit()


class MappingPage(JobPage):
    """Which column of the sheet is which: found from the header, corrected by the clerk."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Match the columns"))
        self.setSubTitle(
            self.tr(
                "Check what each column of the sheet holds. Your choice is "
                "remembered for sheets with the same header."
            )
        )
        self.header_spin = QSpinBox()
        self.header_spin.setMinimum(1)
        self.header_spin.setMaximumWidth(120)
        self.header_spin.valueChanged.connect(self.on_header_row)
        self.table = QTableWidget(0, 3)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.missing_label = QLabel()
        self.missing_label.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Header row:"), self.header_spin)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.table)
        layout.addWidget(self.missing_label)
        self.combos: list[QComboBox] = []

    def initializePage(self) -> None:
        """Start from the remembered mapping, else from the detected header."""
        rows = self.owner.head_rows
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, rows[-1][0] if rows else 1))
        guess = detect_header(rows, self.owner.columns)
        self.header_spin.setValue(guess.row if guess else 1)
        self.header_spin.blockSignals(False)
        self.on_header_row(self.header_spin.value())

    def headers(self) -> tuple[str, ...]:
        """The texts of the chosen header row."""
        row = self.header_spin.value()
        return next((values for number, values in self.owner.head_rows if number == row), ())

    @Slot(int)
    def on_header_row(self, row: int) -> None:
        """Refill the table for header row ``row``."""
        headers = self.headers()
        mapping = remembered_mapping(self.owner.kind, headers) or match_headers(
            headers, self.owner.columns
        )
        samples = [values for number, values in self.owner.head_rows if number > row]
        self.table.setRowCount(len(headers))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column in the sheet"), self.tr("Examples"), self.tr("Means")]
        )
        self.combos = []
        by_index = {index: key for key, index in mapping.items()}
        for index, header in enumerate(headers):
            self.table.setItem(index, 0, QTableWidgetItem(header or f"({index + 1})"))
            examples = "、".join(
                v[index] for v in samples[:SAMPLE_ROWS] if index < len(v) and v[index]
            )
            self.table.setItem(index, 1, QTableWidgetItem(examples))
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), "")
            for spec in self.owner.columns:
                combo.addItem(spec.label, spec.key)
            combo.setCurrentIndex(max(0, combo.findData(by_index.get(index, ""))))
            combo.currentIndexChanged.connect(lambda _i: self.completeChanged.emit())
            self.table.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.table.resizeColumnToContents(0)
        self.table.setColumnWidth(2, 200)
        self.completeChanged.emit()

    def mapping(self) -> dict[str, int]:
        """Spec key → column index, as the clerk chose."""
        found: dict[str, int] = {}
        for index, combo in enumerate(self.combos):
            key = str(combo.currentData() or "")
            if key and key not in found:
                found[key] = index
        return found

    def isComplete(self) -> bool:
        """Every required column is mapped (and no check is running)."""
        missing = [
            s.label for s in self.owner.columns if s.required and s.key not in self.mapping()
        ]
        self.missing_label.setText(
            self.tr("Still needed: {columns}").format(columns="、".join(missing)) if missing else ""
        )
        return not missing and not self.owner.busy

    def validatePage(self) -> bool:
        """Move on once the rows are checked; until then remember the mapping and check them.

        The check runs in the background; when it is done the wizard calls ``next()`` again.
        """
        if self.owner.take_checked():
            return True
        remember_mapping(self.owner.kind, self.headers(), self.mapping())
        self.owner.check_rows(
            self, self.header_spin.value(), self.mapping(), then=self.owner.advance_after_check
        )
        return False


class ProblemsPage(JobPage):
    """Every problem as sheet / row / column / value / reason, and how to import."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Check the rows"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ProblemTableModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().sectionResized.connect(self.on_column_resized)
        self.export_button = QPushButton(self.tr("Export the problem list…"))
        self.export_button.clicked.connect(self.export_list)
        self.create_parents = QCheckBox(self.tr("Create missing parent units"))
        self.create_parents.toggled.connect(self.on_create_parents)
        self.parents_picker = UnitComboBox()
        self.parents_picker.setEnabled(False)
        self.parents_picker.currentIndexChanged.connect(self.on_parents_under)
        under = QLabel(self.tr("under"))
        under.setBuddy(self.parents_picker)
        self.parents_row = QWidget()
        parents = QHBoxLayout(self.parents_row)
        parents.setContentsMargins(0, 0, 0, 0)
        for widget in (self.create_parents, under, self.parents_picker):
            parents.addWidget(widget)
        parents.addStretch(1)
        self.all_rows = QRadioButton(self.tr("Import all rows (only possible without errors)"))
        self.valid_only = QRadioButton(self.tr("Import only the rows without errors"))
        for button in (self.all_rows, self.valid_only):
            button.toggled.connect(lambda _on: self.completeChanged.emit())
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.parents_row)
        layout.addWidget(self.all_rows)
        layout.addWidget(self.valid_only)

    def initializePage(self) -> None:
        """Show the verdict of the last check."""
        self.parents_row.setVisible(self.owner.kind is ImportKind.UNITS)
        if self.owner.kind is ImportKind.UNITS:
            database = self.owner.workspace.database
            self.parents_picker.load(unit_tree(database, include_inactive=False))
        self.show_preview()

    def show_preview(self) -> None:
        """Fill the summary, the table and the choices from ``owner.preview``."""
        preview = self.owner.preview
        if preview is None:
            return
        validation = preview.validation
        self.model.set_problems(preview.problems, str(preview.request.path), self.owner.language)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(REASON, 460)
        self.fit_rows()
        self.summary.setText(
            self.tr(
                'Sheet "{sheet}": {rows} data rows, {bad} with errors; {changes} records would '
                "be added or changed, {warnings} notes."
            ).format(
                sheet=preview.table.sheet,
                rows=validation.rows,
                bad=len(validation.bad_rows),
                changes=preview.changes,
                warnings=sum(1 for p in preview.problems if not p.is_error),
            )
        )
        has_errors = preview.errors > 0
        self.all_rows.setEnabled(not has_errors)
        self.export_button.setEnabled(bool(preview.problems))
        group_exclusive = self.all_rows.autoExclusive()
        self.all_rows.setAutoExclusive(False)
        self.valid_only.setAutoExclusive(False)
        self.all_rows.setChecked(not has_errors)
        self.valid_only.setChecked(False)
        self.all_rows.setAutoExclusive(group_exclusive)
        self.valid_only.setAutoExclusive(group_exclusive)
        self.completeChanged.emit()

    @Slot(int, int, int)
    def on_column_resized(self, column: int, _old: int, _new: int) -> None:
        """The reasons column got wider or narrower: fit the rows again."""
        if column == REASON:
            self.fit_rows()

    def fit_rows(self) -> None:
        """Let long reasons wrap instead of ending in "…" (for a moderate number of rows)."""
        rows = self.model.rowCount()
        if rows > WRAPPED_PROBLEMS:
            return
        self.view.resizeRowsToContents()
        # Chinese text drawn in a fallback font runs taller than the measured lines.
        for row in range(rows):
            self.view.setRowHeight(row, self.view.rowHeight(row) + ROW_PADDING)

    def isComplete(self) -> bool:
        """The clerk chose how to import (valid-only must be ticked by hand); no job runs."""
        chosen = self.all_rows.isChecked() or self.valid_only.isChecked()
        return chosen and not self.owner.busy

    def parents_under(self) -> int | None:
        """Where created parents go: the chosen unit's id, None for the top level or unticked."""
        return self.parents_picker.unit_id() if self.create_parents.isChecked() else None

    @Slot(bool)
    def on_create_parents(self, checked: bool) -> None:
        """Check again with the new choice (in the background); stopped or failed, undo it."""
        self.parents_picker.setEnabled(checked)
        self._check_again()

    @Slot(int)
    def on_parents_under(self, _index: int) -> None:
        """Another place for the created parents: check again like the box does."""
        if self.create_parents.isChecked():
            self._check_again()

    def _check_again(self) -> None:
        self.owner.check_rows(
            self,
            self.owner.header_row,
            self.owner.mapping,
            then=self.show_preview,
            undo=self._restore_create_parents,
        )

    def _restore_create_parents(self) -> None:
        preview = self.owner.preview
        if preview is not None:
            self.create_parents.blockSignals(True)
            self.create_parents.setChecked(preview.request.create_parents)
            self.create_parents.blockSignals(False)
            self.parents_picker.set_unit_id(preview.request.parents_under)
            self.parents_picker.setEnabled(preview.request.create_parents)

    @Slot()
    def export_list(self) -> None:
        """Write the problem table to a workbook."""
        preview = self.owner.preview
        if preview is None:
            return
        target = self.owner.workspace.prompter.save_path(
            self.tr("Export the problem list"),
            f"{preview.request.path.stem}-问题清单.xlsx",
            XLSX_FILTER,
        )
        if target is None:
            return
        try:
            export_problems(
                target,
                preview.problems,
                file=str(preview.request.path),
                language=self.owner.language,
            )
        except DutyMatrixError as error:
            self.owner.workspace.report(error)
