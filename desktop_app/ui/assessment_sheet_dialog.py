"""Score sheet entry for one unit: indicator actuals, self points, deductions with reasons.

The rows are the sheet's items; the selected row's deductions (or bonuses, or the facts
that trigger 否优/一票否决) are edited below it. Totals and the grade are recomputed by the
domain as the clerk types, so what the dialog shows is what will be stored; ranks follow on
saving (they depend on the whole group). Saving is one audited transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import AssessmentItemKind
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.domain.import_assessment import NumberError, parse_decimal
from desktop_app.domain.scoring import (
    GRADE_WORDS,
    Entry,
    ItemInput,
    SheetScore,
    points_text,
    score_sheet,
)
from desktop_app.services.assessment import ItemResult, SheetResults, enter_results
from desktop_app.services.assessment_read import SheetDetail, SheetItemRow, sheet_detail
from desktop_app.ui.screen_fit import resize_to_fit
from desktop_app.ui.workspace import Workspace

NUMBER, NAME, STANDARD, ACTUAL, SELF, SITUATION, POINTS = range(7)
E_POINTS, E_COUNT, E_REASON = range(3)
MIN_INPUT_WIDTH = 84
_BAD = QBrush(QColor("#fde2e1"))
_SPECIAL = (AssessmentItemKind.VETO, AssessmentItemKind.NO_EXCELLENT)


@dataclass
class _RowState:
    """What the clerk has entered on one row so far."""

    item: SheetItemRow
    entries: list[Entry] = field(default_factory=list)
    self_points: Decimal | None = None
    actual: Decimal | None = None


class SheetDialog(QDialog):
    """Enter or review one unit's score sheet; read-only while the year is closed."""

    def __init__(self, workspace: Workspace, assessment_id: int, parent: QWidget | None = None):
        """Load the sheet from the database."""
        super().__init__(parent)
        self.workspace = workspace
        self.assessment_id = assessment_id
        self.detail: SheetDetail = sheet_detail(workspace.database, assessment_id)
        self.read_only = self.detail.row.frozen
        self.rows = [
            _RowState(
                item,
                list(item.entries),
                item.self_points,
                item.indicator.actual if item.indicator else None,
            )
            for item in self.detail.items
        ]
        self.setWindowTitle(self.tr("Score sheet — {unit}").format(unit=self.detail.row.party_b))
        resize_to_fit(self, 1100, 720)
        self.header_label = QLabel()
        self.header_label.setWordWrap(True)
        self.items_table = QTableWidget(len(self.rows), 7)
        self.items_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items_table.verticalHeader().setVisible(False)
        self.items_table.setWordWrap(True)
        header = self.items_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SITUATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(NAME, 190)
        # The two columns the clerk types into: wide enough for "100.5" with room to click,
        # not sized to their three-character titles.
        for column in (ACTUAL, SELF):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self.input_width())
        self.items_table.itemChanged.connect(self._on_item_changed)
        self.items_table.itemSelectionChanged.connect(self._show_entries)
        self.entries_label = QLabel()
        self.entries_table = QTableWidget(0, 3)
        self.entries_table.verticalHeader().setVisible(False)
        self.entries_table.horizontalHeader().setSectionResizeMode(
            E_REASON, QHeaderView.ResizeMode.Stretch
        )
        self.entries_table.itemChanged.connect(self._on_entry_changed)
        self.add_button = QPushButton()
        self.remove_button = QPushButton()
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button.clicked.connect(self.remove_entry)
        self.notes_edit = QPlainTextEdit(self.detail.notes)
        self.notes_edit.setMaximumHeight(60)
        self.total_label = QLabel()
        self.total_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.entries_label)
        lower_layout.addWidget(self.entries_table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        lower_layout.addLayout(row)
        self.notes_label = QLabel()
        lower_layout.addWidget(self.notes_label)
        lower_layout.addWidget(self.notes_edit)
        # The items (usually 10–15 rows) get the room; the entries of one item are few.
        self.entries_table.setMinimumHeight(
            3 * self.entries_table.verticalHeader().defaultSectionSize()
        )
        self.splitter = splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.items_table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self._split = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.header_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._fill_items()
        if self.rows:
            self.items_table.selectRow(0)
        self._set_read_only()
        self._refresh_scores()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        """On first showing, give the items three quarters of the height."""
        super().showEvent(event)
        if not self._split:
            self._split = True
            total = sum(self.splitter.sizes())
            lower = max(self.splitter.widget(1).minimumSizeHint().height(), total // 4)
            self.splitter.setSizes([total - lower, lower])

    def input_width(self) -> int:
        """Width of the 实际值 and 自评分 columns: a number like "100.25" and a margin."""
        metrics = self.items_table.fontMetrics()
        return max(MIN_INPUT_WIDTH, metrics.horizontalAdvance("0000.000") + 24)

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        """Every text in the current language."""
        row = self.detail.row
        state = self.tr("closed — reopen the year to change it") if row.frozen else self.tr("open")
        self.header_label.setText(
            self.tr("<b>{unit}</b> (assessed by {issuer}) — {group}; {state}").format(
                unit=row.party_b, issuer=row.party_a, group=row.group or "—", state=state
            )
        )
        self.items_table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Item"),
                self.tr("Standard"),
                self.tr("Actual"),
                self.tr("Self points"),
                self.tr("Deductions"),
                self.tr("Points"),
            ]
        )
        self.entries_table.setHorizontalHeaderLabels(
            [self.tr("Points each"), self.tr("Count"), self.tr("Reason (required)")]
        )
        self.add_button.setText(self.tr("Add deduction"))
        self.remove_button.setText(self.tr("Remove"))
        self.notes_label.setText(self.tr("Notes"))

    # ------------------------------------------------------------------ rows
    def _cell(self, text: str, editable: bool = False) -> QTableWidgetItem:
        cell = QTableWidgetItem(text)
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if editable and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        cell.setFlags(flags)
        return cell

    def _fill_items(self) -> None:
        blocker = QSignalBlocker(self.items_table)
        for number, state in enumerate(self.rows):
            item = state.item
            special = item.kind in _SPECIAL
            standard = "—" if special else points_text(item.standard)
            if item.kind is AssessmentItemKind.BONUS:
                standard = f"+{standard}"
            values = {
                NUMBER: self._cell(str(item.position)),
                NAME: self._cell(item.name),
                STANDARD: self._cell(standard),
                ACTUAL: self._cell(
                    points_text(state.actual) if state.actual is not None else "",
                    editable=item.indicator is not None,
                ),
                SELF: self._cell(
                    points_text(abs(state.self_points)) if state.self_points is not None else "",
                    editable=not special,
                ),
                SITUATION: self._cell(""),
                POINTS: self._cell(""),
            }
            values[NAME].setToolTip(f"{item.requirement}\n{item.rule}".strip())
            if item.indicator is not None:
                values[ACTUAL].setToolTip(
                    self.tr("Target: {target}").format(target=item.indicator.target_text())
                )
            for column, cell in values.items():
                self.items_table.setItem(number, column, cell)
        del blocker

    def _set_read_only(self) -> None:
        for widget in (self.add_button, self.remove_button):
            widget.setEnabled(not self.read_only)
        self.notes_edit.setReadOnly(self.read_only)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not self.read_only)

    def current_row(self) -> int:
        """The selected item row (-1 for none)."""
        rows = self.items_table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    @Slot(QTableWidgetItem)
    def _on_item_changed(self, cell: QTableWidgetItem) -> None:
        state = self.rows[cell.row()]
        text = cell.text().strip()
        value: Decimal | None = None
        ok = True
        if text:
            try:
                value = parse_decimal(text)
            except NumberError:
                ok = False
        cell.setBackground(QBrush() if ok else _BAD)
        if cell.column() == ACTUAL and ok:
            state.actual = value
        elif cell.column() == SELF and ok:
            # a deduction row's self points say how much the unit deducted itself
            deducting = state.item.kind is AssessmentItemKind.DEDUCTION
            state.self_points = -value if deducting and value is not None else value
        self._refresh_scores()

    # ------------------------------------------------------------------ entries
    @Slot()
    def _show_entries(self) -> None:
        number = self.current_row()
        blocker = QSignalBlocker(self.entries_table)
        self.entries_table.setRowCount(0)
        if number < 0:
            del blocker
            return
        state = self.rows[number]
        self.entries_label.setText(
            self.tr("Entries on “{item}” — {rule}").format(
                item=state.item.name, rule=state.item.rule or "—"
            )
        )
        for entry in state.entries:
            self._append_entry_row(entry, state.item.kind in _SPECIAL)
        del blocker
        self.add_button.setText(
            self.tr("Add bonus")
            if state.item.kind is AssessmentItemKind.BONUS
            else self.tr("Add case")
            if state.item.kind in _SPECIAL
            else self.tr("Add deduction")
        )

    def _append_entry_row(self, entry: Entry, special: bool) -> None:
        row = self.entries_table.rowCount()
        self.entries_table.insertRow(row)
        self.entries_table.setItem(
            row, E_POINTS, self._cell("" if special else points_text(entry.points), not special)
        )
        self.entries_table.setItem(row, E_COUNT, self._cell(str(entry.count), True))
        self.entries_table.setItem(row, E_REASON, self._cell(entry.reason, True))

    @Slot()
    def add_entry(self) -> None:
        """Add a deduction (bonus, case) to the selected row, with its default points."""
        number = self.current_row()
        if number < 0 or self.read_only:
            return
        state = self.rows[number]
        special = state.item.kind in _SPECIAL
        entry = Entry(Decimal(0) if special else Decimal(1), "", 1)
        state.entries.append(entry)
        blocker = QSignalBlocker(self.entries_table)
        self._append_entry_row(entry, special)
        del blocker
        self.entries_table.setCurrentCell(self.entries_table.rowCount() - 1, E_REASON)
        self._refresh_scores()

    @Slot()
    def remove_entry(self) -> None:
        """Remove the selected entry of the selected row."""
        number, entry_row = self.current_row(), self.entries_table.currentRow()
        if number < 0 or entry_row < 0 or self.read_only:
            return
        del self.rows[number].entries[entry_row]
        self.entries_table.removeRow(entry_row)
        self._refresh_scores()

    @Slot(QTableWidgetItem)
    def _on_entry_changed(self, cell: QTableWidgetItem) -> None:
        number = self.current_row()
        if number < 0:
            return
        state = self.rows[number]
        old = state.entries[cell.row()]
        text = cell.text().strip()
        ok = True
        points, count, reason = old.points, old.count, old.reason
        try:
            if cell.column() == E_POINTS:
                points = parse_decimal(text or "0")
            elif cell.column() == E_COUNT:
                count = int(parse_decimal(text or "1"))
                ok = count >= 1
            else:
                reason = text
        except NumberError:
            ok = False
        cell.setBackground(QBrush() if ok else _BAD)
        if ok:
            state.entries[cell.row()] = Entry(points, reason, count)
        self._refresh_scores()

    # ------------------------------------------------------------------ scores
    def inputs(self) -> list[ItemInput]:
        """The sheet as the clerk has it now, for the domain."""
        inputs = []
        for state in self.rows:
            item = state.item
            indicator = item.indicator
            if indicator is not None:
                indicator = type(indicator)(
                    indicator.name,
                    indicator.comparison,
                    indicator.target,
                    indicator.measure_unit,
                    indicator.weight,
                    indicator.veto,
                    state.actual,
                )
            inputs.append(
                ItemInput(
                    item.position,
                    item.kind,
                    item.name,
                    item.standard,
                    tuple(e for e in state.entries if e.reason.strip()),
                    True,
                    state.self_points,
                    indicator,
                    item.indicator_rule,
                )
            )
        return inputs

    def score(self) -> SheetScore:
        """The sheet scored as entered so far."""
        return score_sheet(
            self.inputs(), thresholds=self.detail.thresholds, veto_score=self.detail.veto_score
        )

    def _refresh_scores(self) -> None:
        sheet = self.score()
        blocker = QSignalBlocker(self.items_table)
        for number, scored in enumerate(sheet.items):
            situation = self.items_table.item(number, SITUATION)
            points = self.items_table.item(number, POINTS)
            if situation is not None and points is not None:
                situation.setText("；".join(scored.notes))
                if scored.kind in _SPECIAL:
                    points.setText(self.tr("triggered") if scored.triggered else "—")
                else:
                    points.setText(points_text(scored.points))
        del blocker
        missing = sum(1 for state in self.rows for e in state.entries if not e.reason.strip())
        grade = GRADE_WORDS[sheet.grade] if sheet.grade else self.tr("pending")
        text = self.tr("Total {total} (self {self_score}); grade: {grade}").format(
            total=points_text(sheet.score), self_score=points_text(sheet.self_score), grade=grade
        )
        if sheet.veto:
            text += " — " + self.tr("veto: {reason}").format(reason=sheet.veto_reason)
        if sheet.pending:
            text += " — " + self.tr("not entered: {items}").format(items="、".join(sheet.pending))
        if missing:
            text += " — " + self.tr("{n} entries still need a reason").format(n=missing)
        self.total_label.setText(text)

    # ------------------------------------------------------------------ save
    def results(self) -> SheetResults:
        """What will be stored (entries without a reason are refused by the service)."""
        items = {
            state.item.position: ItemResult(tuple(state.entries), state.self_points)
            for state in self.rows
        }
        actuals = {state.item.name: state.actual for state in self.rows if state.item.indicator}
        return SheetResults(items, actuals, self.notes_edit.toPlainText())

    @Slot()
    def save(self) -> None:
        """Store the sheet (one transaction) and close; a refusal keeps the dialog open."""
        try:
            enter_results(self.workspace.database, self.assessment_id, self.results())
        except DutyMatrixError as error:
            self.workspace.report(error)
            return
        self.accept()
