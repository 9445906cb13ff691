"""考核 tab: the year's results with grades and ranks, the grade chart, the selected unit's
score sheet, and the year's operations (make sheets, enter, import, export, print, close,
reopen). Everything goes through services; refusals are one sentence.

The assessment of year Y is done on Y's letters, so the tab shows the window's year like
every other tab. Its year list offers the years with letters or assessments (last year's
assessment is usually closed in January, when the rest of the window may already be on the
new year); choosing one there switches the whole window, so the two selectors never disagree.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, QSortFilterProxyModel, Qt, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import Grade
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.scoring import GRADE_WORDS, points_text
from desktop_app.paths import AppPaths
from desktop_app.services.assessment import (
    close_assessment,
    create_score_sheets,
    recompute,
    reopen_assessment,
)
from desktop_app.services.assessment_import import import_results, preview_results
from desktop_app.services.assessment_print import print_sheets, sheet_pdf_bytes, write_bulletin_pdf
from desktop_app.services.assessment_read import (
    ResultRow,
    assessment_results,
    assessment_years,
    year_state,
    year_summary,
)
from desktop_app.services.letter_templates import list_templates
from desktop_app.ui.assessment_chart import GradeChart
from desktop_app.ui.assessment_model import CODE, NOTE, ROW_ROLE, SORT_ROLE, UNIT, ResultsModel
from desktop_app.ui.assessment_problems import ProblemsDialog
from desktop_app.ui.assessment_rules_dialog import RulesDialog
from desktop_app.ui.assessment_sheet_dialog import SheetDialog
from desktop_app.ui.export_menu import export_register
from desktop_app.ui.letters_preview import PreviewPane
from desktop_app.ui.save_in_background import save_in_background
from desktop_app.ui.views import ButtonTab, record_table
from desktop_app.ui.workspace import Workspace


class AssessmentTab(ButtonTab, QWidget):
    """Results table, chart, preview and the year's assessment operations."""

    def __init__(
        self, workspace: Workspace, paths: AppPaths | None = None, parent: QWidget | None = None
    ) -> None:
        """Build the tab; results are read when it is first shown."""
        super().__init__(parent)
        self.workspace = workspace
        self.paths = paths
        self.stale = True
        self._shown: ResultRow | None = None
        self._wanted: tuple[str, str] | None = None  # (unit, group) the clerk last looked at
        self.model = ResultsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.view = record_table(self.proxy, word_wrap=True, stretch_column=NOTE)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the services' order: group, rank
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(UNIT, 170)
        self.view.setColumnHidden(CODE, True)  # the code is on the previewed sheet
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.doubleClicked.connect(lambda _index: self.enter())

        self.year_label = QLabel()
        self.year_combo = QComboBox()
        self.year_combo.currentIndexChanged.connect(self._on_year_chosen)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        # The 说明 column is cut short on a small screen (its tooltip has the whole text):
        # the selected unit's explanation is shown in full under the table.
        self.note_label = QLabel()
        self.note_label.setWordWrap(True)
        self.note_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note_label.setVisible(False)
        self.chart = GradeChart()
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.year_label)
        top.addWidget(self.year_combo)
        for key, slot in (
            ("rules", self.edit_rules),
            ("make", self.make_sheets),
            ("enter", self.enter),
            ("import", self.import_file),
            ("export", self.export_excel),
            ("print", self.print_all),
            ("bulletin", self.bulletin),
            ("close", self.close_year),
            ("reopen", self.reopen_year),
        ):
            top.addWidget(self._button(key, slot))
        top.addStretch(1)
        self.preview = PreviewPane()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary_label)
        left_layout.addWidget(self.view, 1)
        left_layout.addWidget(self.note_label)
        left_layout.addWidget(self.chart)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([700, 380])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        workspace.year_changed.connect(self._follow_year)
        workspace.changed.connect(lambda _area: self.mark_stale())
        workspace.database_replaced.connect(self.mark_stale)

    # ------------------------------------------------------------------ texts
    def title(self) -> str:
        """The tab's title."""
        return self.tr("Assessment")

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.year_label.setText(self.tr("Year: "))
        texts = {
            "rules": self.tr("Scoring rules…"),
            "make": self.tr("Make score sheets"),
            "enter": self.tr("Enter results…"),
            "import": self.tr("Import results…"),
            "export": self.tr("Export Excel…"),
            "print": self.tr("Print sheets…"),
            "bulletin": self.tr("Bulletin…"),
            "close": self.tr("Close the year"),
            "reopen": self.tr("Reopen…"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.preview.retranslate()
        self._update_summary()
        self._show_note()
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QTabWidget):
            parent = parent.parentWidget()
        if parent is not None:
            parent.setTabText(parent.indexOf(self), self.title())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """Read the results again if data changed while the tab was hidden."""
        super().showEvent(event)
        if self.stale:
            self.refresh()

    # ---------------------------------------------------------------- loading
    @Slot()
    def mark_stale(self) -> None:
        """Data changed: refresh now if visible, else when next shown."""
        self.stale = True
        if self.isVisible():
            self.refresh()

    @property
    def year(self) -> int:
        """The year shown: the window's year."""
        return self.workspace.year

    @Slot(int)
    def _follow_year(self, _year: int) -> None:
        self.mark_stale()

    def _fill_years(self) -> None:
        years = sorted(set(assessment_years(self.workspace.database)) | {self.year})
        blocker = self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for year in years:
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(self.year))
        self.year_combo.blockSignals(blocker)

    @Slot(int)
    def _on_year_chosen(self, _index: int) -> None:
        year = self.year_combo.currentData()
        if year is not None and int(year) != self.year:
            self.set_year(int(year))

    def set_year(self, year: int) -> None:
        """Show the assessment of ``year``: the whole window switches to that year."""
        self.workspace.set_year(year)  # every tab and the toolbar follow year_changed
        if self.stale or not self.isVisible():
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Read the year's results, state and summary."""
        selected = self.selected()
        database = self.workspace.database
        self._fill_years()
        self.model.set_rows(assessment_results(database, self.year))
        self.state = year_state(database, self.year)
        self.summary = year_summary(database, self.year)
        self.stale = False
        self.chart.set_data(
            self.tr("Grades {year}").format(year=self.year),
            [GRADE_WORDS[g] for g in Grade],
            [self.summary.grades.get(g, 0) for g in Grade],
        )
        self._update_summary()
        # A model reset drops the selection without a signal: select the same sheet (or the
        # same unit's sheet of the year now shown) again, or show no sheet at all.
        if not (
            (selected is not None and self.select_sheet(selected.id))
            or (self._wanted is not None and self._select_unit(*self._wanted))
        ):
            self.view.clearSelection()
            self._show_preview(None)
        self._update_buttons()

    def _update_summary(self) -> None:
        state = getattr(self, "state", None)
        summary = getattr(self, "summary", None)
        if state is None or summary is None:
            return
        if not state.sheets:
            text = self.tr(
                "{year}: {signed} of {letters} letters signed, no score sheets yet. "
                "“Make score sheets” prepares one per signed letter."
            ).format(year=self.year, signed=state.signed, letters=state.letters)
        else:
            status = self.tr("closed") if state.closed else self.tr("open")
            text = self.tr(
                "{year} ({status}): {letters} letters, {signed} signed ({rate}%); "
                "{assessed} graded — {grades}; vetoed: {vetoes}; average {average}."
            ).format(
                year=self.year,
                status=status,
                letters=summary.letters,
                signed=summary.signed,
                rate=points_text(summary.signing_rate),
                assessed=summary.assessed,
                grades=summary.grade_line(),
                vetoes=len(summary.vetoes),
                average=points_text(summary.average),
            )
            if state.without_sheet:
                text += " " + self.tr("{n} signed letters have no score sheet yet.").format(
                    n=state.without_sheet
                )
        self.summary_label.setText(text)

    # -------------------------------------------------------------- selection
    def selected(self) -> ResultRow | None:
        """The result row selected, if any."""
        indexes = self.view.selectionModel().selectedRows()
        if not indexes:
            return None
        row = indexes[0].data(ROW_ROLE)
        return row if isinstance(row, ResultRow) else None

    def select_sheet(self, assessment_id: int) -> bool:
        """Select (and scroll to) the row of ``assessment_id``."""
        return self._select_where(lambda value: value.id == assessment_id)

    def _select_unit(self, unit: str, group: str) -> bool:
        return self._select_where(lambda value: (value.party_b, value.group) == (unit, group))

    def _select_where(self, wanted: Callable[[ResultRow], bool]) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            value = index.data(ROW_ROLE)
            if isinstance(value, ResultRow) and wanted(value):
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return True
        return False

    @property
    def previewed(self) -> ResultRow | None:
        """The score sheet in the preview (None when it shows nothing)."""
        return self._shown

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()
        row = self.selected()
        if row is not None:
            self._wanted = (row.party_b, row.group)
        self._show_preview(row)

    def _show_preview(self, row: ResultRow | None) -> None:
        self._shown = None
        self._show_note()
        if row is None:
            self.preview.clear()
            return
        try:
            self.preview.set_pdf(sheet_pdf_bytes(self.workspace.database, row.id))
        except DutyMatrixError as error:
            self.preview.clear()
            self.workspace.report(error)
            return
        self._shown = row

    def _show_note(self) -> None:
        indexes = self.view.selectionModel().selectedRows(NOTE)
        note = str(indexes[0].data() or "") if indexes else ""
        unit = self.selected()
        if note and unit is not None:
            self.note_label.setText(self.tr("{unit}: {note}").format(unit=unit.party_b, note=note))
        self.note_label.setVisible(bool(note))

    def _update_buttons(self) -> None:
        state = getattr(self, "state", None)
        closed = bool(state and state.closed)
        has_sheets = bool(state and state.sheets)
        self.buttons["make"].setEnabled(not closed and bool(state and state.without_sheet))
        self.buttons["enter"].setEnabled(self.selected() is not None)
        self.buttons["import"].setEnabled(not closed and has_sheets)
        for key in ("export", "print", "bulletin"):
            self.buttons[key].setEnabled(has_sheets)
        self.buttons["close"].setEnabled(not closed and has_sheets)
        self.buttons["reopen"].setEnabled(closed)

    # ---------------------------------------------------------------- actions
    def _attempt(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except DutyMatrixError as error:
            self.workspace.report(error)
            return False
        return True

    def _changed(self) -> None:
        self.workspace.changed.emit("assessment")

    @Slot()
    def edit_rules(self) -> None:
        """Edit the 考核细则 of the year's templates; open sheets are rescored."""
        templates = list_templates(self.workspace.database, self.year)
        if not templates:
            self.workspace.prompter.inform(
                self.tr("There are no letter templates for {year}.").format(year=self.year)
            )
            return
        dialog = RulesDialog(self.workspace, templates, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        state = year_state(self.workspace.database, self.year)
        if state.sheets and not state.closed:
            self._attempt(lambda: recompute(self.workspace.database, self.year))
        self._changed()

    @Slot()
    def make_sheets(self) -> None:
        """Make the score sheets of the year's signed letters."""
        if self._attempt(lambda: create_score_sheets(self.workspace.database, self.year)):
            self._changed()

    @Slot()
    def enter(self) -> None:
        """Open the selected unit's score sheet for entry (read-only once closed)."""
        row = self.selected()
        if row is None:
            return
        try:
            dialog = SheetDialog(self.workspace, row.id, self)
        except DutyMatrixError as error:
            self.workspace.report(error)
            return
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._changed()

    @Slot()
    def import_file(self) -> None:
        """Import an Excel results sheet: every problem shown; a bad file changes nothing."""
        path = self.workspace.prompter.open_path(
            self.tr("Import assessment results"), self.tr("Excel workbooks (*.xlsx)")
        )
        if path is None:
            return
        try:
            preview = preview_results(self.workspace.database, self.year, path)
        except DutyMatrixError as error:
            self.workspace.report(error)
            return
        if preview.problems:
            dialog = ProblemsDialog(preview, self.workspace.language, self)
            if dialog.exec() != QDialog.DialogCode.Accepted or preview.errors:
                return
        backups = self.paths.backup_dir if self.paths is not None else None
        done = None

        def run() -> None:
            nonlocal done
            done = import_results(self.workspace.database, preview, backup_dir=backups)

        if self._attempt(run) and done is not None:
            self.workspace.prompter.inform(
                self.tr("Imported {rows} rows into {sheets} score sheets.").format(
                    rows=done.rows, sheets=done.sheets
                )
            )
            self._changed()

    @Slot()
    def export_excel(self) -> bool:
        """Results, ranking, deductions and grade counts as a formatted workbook: the same
        file as 文件 → 导出登记册 → 考核结果."""
        return export_register(self.workspace, self.window(), "assessment") is not None

    def _save_pdf(self, caption: str, name: str, write: Callable[[Path], object]) -> bool:
        """Ask for a PDF file offering ``name`` and write it in the background."""
        saved = save_in_background(
            self.workspace,
            self.window(),
            caption,
            name,
            self.tr("PDF files (*.pdf)"),
            ".pdf",
            write,
        )
        return saved is not None

    @Slot()
    def print_all(self) -> bool:
        """Every score sheet of the year in one PDF (each starting on an odd page)."""
        database, year = self.workspace.database, self.year
        return self._save_pdf(
            self.tr("Print score sheets"),
            self.tr("Score sheets {year}.pdf").format(year=year),
            lambda path: print_sheets(database, year, combined=path),
        )

    @Slot()
    def bulletin(self) -> bool:
        """The one-page 通报 with the grade chart and the ranking."""
        database, year = self.workspace.database, self.year
        return self._save_pdf(
            self.tr("Results bulletin"),
            self.tr("Assessment bulletin {year}.pdf").format(year=year),
            lambda path: write_bulletin_pdf(database, year, path),
        )

    @Slot()
    def close_year(self) -> None:
        """Freeze the year's sheets with their fingerprints, after asking."""
        if not self.workspace.prompter.confirm(
            self.tr(
                "Close the {year} assessment? Every score sheet is frozen with its "
                "fingerprint; changes afterwards need a reopen with a reason."
            ).format(year=self.year)
        ):
            return
        if self._attempt(lambda: close_assessment(self.workspace.database, self.year)):
            self._changed()

    @Slot()
    def reopen_year(self) -> None:
        """Reopen a closed year; the reason is required and kept."""
        reason = self.workspace.prompter.text(
            self.tr("Why must the {year} assessment be reopened?").format(year=self.year)
        )
        if reason is None:
            return
        if self._attempt(lambda: reopen_assessment(self.workspace.database, self.year, reason)):
            self._changed()
