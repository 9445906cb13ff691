"""责任矩阵 tab: filter the units, select cells with mouse or keyboard, set roles in one step.

Keys 1–4 set 牵头/配合/主体/属地 on every selected cell, Delete clears them; the same is on
the buttons above the table and in the right-click menu. Each such edit is one command on
the undo stack. The unit names are the table's vertical header and the field names its
horizontal header, so both stay in view while scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import FieldRole, UnitCategory, UnitKind
from desktop_app.services.matrix import load_matrix
from desktop_app.ui.commands import SetRolesCommand
from desktop_app.ui.labels import category_label, kind_label
from desktop_app.ui.matrix_model import MatrixFilter, MatrixTableModel
from desktop_app.ui.role_style import (
    ROLE_FILLS,
    ROLE_KEYS,
    ROLE_ORDER,
    ROLE_TEXT_COLOUR,
    role_description,
    role_key_label,
    role_label,
)
from desktop_app.ui.views import FollowsLanguage
from desktop_app.ui.workspace import Workspace

COLUMN_WIDTH = 64
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


class MatrixView(QTableView):
    """The table; turns role keys into a request instead of starting a keyboard search.

    Signals:
        role_requested(object): a FieldRole, or None to clear the selected cells.
    """

    role_requested = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1–4 set a role, Delete/Backspace clears; everything else navigates as usual."""
        key = event.key()
        if key in ROLE_KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.role_requested.emit(ROLE_KEYS[Qt.Key(key)])
            return
        if key in _CLEAR_KEYS:
            self.role_requested.emit(None)
            return
        super().keyPressEvent(event)


class MatrixTab(FollowsLanguage, QWidget):
    """Filters, role buttons, the matrix and its legend."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        """Build the tab; ``reload`` fills it."""
        super().__init__(parent)
        self.workspace = workspace
        self.model = MatrixTableModel(self)
        self.loaded_year: int | None = None

        self.search_edit = QLineEdit()
        self.search_edit.setClearButtonEnabled(True)
        self.kind_combo = QComboBox()
        self.category_combo = QComboBox()
        self.township_combo = QComboBox()
        self.member_combo = QComboBox()
        for combo in (self.kind_combo, self.category_combo, self.township_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.search_edit.textChanged.connect(self.apply_filter)
        for combo in (self.kind_combo, self.category_combo, self.township_combo, self.member_combo):
            combo.currentIndexChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 2)
        for combo in (self.kind_combo, self.category_combo, self.township_combo, self.member_combo):
            filters.addWidget(combo, 1)

        self.role_buttons: dict[FieldRole, QPushButton] = {}
        buttons = QHBoxLayout()
        self.set_label = QLabel()
        buttons.addWidget(self.set_label)
        for role in ROLE_ORDER:
            button = QPushButton()
            button.setStyleSheet(
                f"QPushButton {{ background: {ROLE_FILLS[role]}; color: {ROLE_TEXT_COLOUR};"
                " padding: 3px 10px; border: 1px solid #8a8a8a; border-radius: 3px; }"
            )
            button.clicked.connect(lambda _checked=False, r=role: self.set_selected(r))
            self.role_buttons[role] = button
            buttons.addWidget(button)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(lambda: self.set_selected(None))
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)

        self.view = MatrixView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setWordWrap(False)
        self.view.setCornerButtonEnabled(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.show_menu)
        self.view.role_requested.connect(self.set_selected)
        horizontal = self.view.horizontalHeader()
        horizontal.setDefaultSectionSize(COLUMN_WIDTH)
        horizontal.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        horizontal.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        horizontal.setMinimumHeight(horizontal.fontMetrics().height() * 2 + 12)
        vertical = self.view.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(vertical.fontMetrics().height() + 10)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Selected cells keep a readable text colour on the selection highlight.
        palette = self.view.palette()
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#ffe08a"))
        self.view.setPalette(palette)

        self.legend_label = QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.legend_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.legend_label)
        self.model.modelReset.connect(self._update_count)
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.search_edit.setPlaceholderText(self.tr("Filter rows by unit name…"))
        self._fill_combo(
            self.kind_combo,
            self.tr("All kinds"),
            [(kind_label(kind), kind) for kind in UnitKind],
        )
        self._fill_combo(
            self.category_combo,
            self.tr("All categories"),
            [(category_label(category), category) for category in UnitCategory],
        )
        self._fill_combo(
            self.member_combo,
            self.tr("Members and others"),
            [(self.tr("Committee members only"), True), (self.tr("Non-members only"), False)],
        )
        self._fill_townships()
        self.set_label.setText(self.tr("Set selected cells to:"))
        for role, button in self.role_buttons.items():
            button.setText(f"{role_key_label(role)}  {role_label(role)}")
            button.setToolTip(role_description(role))
        self.clear_button.setText(self.tr("Del  Clear"))
        swatches = " ".join(
            f'<span style="background:{ROLE_FILLS[r]}; color:{ROLE_TEXT_COLOUR};">'
            f"&nbsp;{role_label(r)}&nbsp;</span> {role_description(r)}"
            for r in ROLE_ORDER
        )
        self.legend_label.setText(
            swatches
            + "　"
            + self.tr(
                "Keys 1–4 set a role on the selected cells, Delete clears them; "
                "red headers mark fields without exactly one lead."
            )
        )
        self.model.retranslate()
        self._update_count()
        self.fit_columns()

    def _fill_combo(
        self, combo: QComboBox, everything: str, items: list[tuple[str, object]]
    ) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in items:
            combo.addItem(text, value)
        found = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _fill_townships(self) -> None:
        townships = [
            (unit.name, unit.id)
            for unit in self.model.all_units()
            if unit.kind in (UnitKind.TOWNSHIP, UnitKind.PARK)
        ]
        self._fill_combo(self.township_combo, self.tr("All townships"), list(townships))

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        """Read the shown year's matrix again (three queries) and keep the filter."""
        self.model.set_matrix(load_matrix(self.workspace.database, self.workspace.year))
        self.loaded_year = self.workspace.year
        self._fill_townships()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Make each field column wide enough for its two-line header (name and counts)."""
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        bold = QFont(header.font())
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        cell = max(bold_metrics.horizontalAdvance(role_label(r)) for r in ROLE_ORDER) + 16
        for column in range(self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            widest = max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)
            header.resizeSection(column, max(COLUMN_WIDTH, widest + 18, cell))

    @Slot(int, object)
    def on_matrix_changed(self, year: int, changes: object) -> None:
        """Patch the cells an edit, undo or redo changed."""
        if isinstance(changes, dict):
            self.model.apply_changes(year, changes)

    @Slot()
    def apply_filter(self) -> None:
        """Show only the rows the filter bar asks for."""
        self.model.set_filter(
            MatrixFilter(
                text=self.search_edit.text(),
                kind=self.kind_combo.currentData(),
                category=self.category_combo.currentData(),
                township_id=self.township_combo.currentData(),
                committee=self.member_combo.currentData(),
            )
        )

    def clear_filter(self) -> None:
        """Show every unit again."""
        self.search_edit.clear()
        for combo in (self.kind_combo, self.category_combo, self.township_combo, self.member_combo):
            combo.setCurrentIndex(0)

    def _update_count(self) -> None:
        self.count_label.setText(
            self.tr("{units} units × {fields} fields").format(
                units=self.model.rowCount(), fields=self.model.columnCount()
            )
        )

    # ------------------------------------------------------------------ edits
    @Slot(object)
    def set_selected(self, role: FieldRole | None) -> bool:
        """Give every selected cell ``role`` (None clears them), as one undoable step."""
        keys = self.model.cell_keys(self.view.selectionModel().selectedIndexes())
        if not keys:
            return False
        if role is None:
            text = self.tr("Clear %n cell(s)", "", len(keys))
        else:
            text = self.tr("Set %n cell(s) to %1", "", len(keys)).replace("%1", role_label(role))
        command = SetRolesCommand(self.workspace, self.model.year, dict.fromkeys(keys, role), text)
        return self.workspace.run(command)

    @Slot(QPoint)
    def show_menu(self, position: QPoint) -> None:
        """The right-click menu: the four roles and "clear"."""
        if not self.view.selectionModel().selectedIndexes():
            return
        menu = QMenu(self)
        for role in ROLE_ORDER:
            action = menu.addAction(f"{role_label(role)}\t{role_key_label(role)}")
            action.triggered.connect(lambda _checked=False, r=role: self.set_selected(r))
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear\tDel"))
        clear.triggered.connect(lambda: self.set_selected(None))
        menu.popup(self.view.viewport().mapToGlobal(position))

    # ------------------------------------------------------------------ navigation
    def show_unit(self, unit_id: int) -> bool:
        """Select and reveal a unit's row (clearing the filter if it hides the unit)."""
        row = self.model.row_of(unit_id)
        if row is None:
            self.clear_filter()
            row = self.model.row_of(unit_id)
        if row is None:
            return False
        self.view.selectRow(row)
        self.view.scrollTo(self.model.index(row, 0))
        return True

    def show_field(self, field_id: int) -> bool:
        """Select and reveal a field's column."""
        column = self.model.column_of(field_id)
        if column is None:
            return False
        self.view.selectColumn(column)
        if self.model.rowCount():
            self.view.scrollTo(self.model.index(0, column))
        return True
