"""Set each letter's indicator targets (层层分解) and see at once what breaks the parent's limits.

``TargetsEditor`` is the table the issue dialog embeds (one issuing unit at a time, chosen in
a list when a template has several, e.g. workshops issuing to their teams); ``TargetsDialog``
edits the targets of draft letters from the ledger.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.enums import IndicatorComparison
from desktop_app.domain.letter_targets import (
    apply_targets,
    is_count,
    split_limit,
    target_warnings,
)
from desktop_app.domain.letters import CascadeWarning
from desktop_app.services.letter_drafts import DraftTargets
from desktop_app.services.letter_targets import TargetContext, target_context
from desktop_app.storage.database import Database
from desktop_app.ui.letters_targets_model import TargetRow, TargetsModel, warning_text

Targets = dict[str, float | None]


class TargetsEditor(QWidget):
    """The targets table of one issuing unit at a time, its buttons and the live warnings."""

    def __init__(
        self, database: Database, year: int, language: str, parent: QWidget | None = None
    ) -> None:
        """An empty editor; ``load`` gives it a template."""
        super().__init__(parent)
        self.database = database
        self.year = year
        self.language = language
        self.context: TargetContext | None = None
        self.excluded: frozenset[int] = frozenset()
        self._rows: list[TargetRow] = []
        self.model = TargetsModel([], language, self)
        self.view = QTableView()
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStyleSheet("QHeaderView::section { padding: 2px 8px; }")
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.issuer_label = QLabel(self.tr("Issuing unit:"))
        self.issuer_combo = QComboBox()
        self.issuer_combo.currentIndexChanged.connect(self._show_group)
        self.split_button = QPushButton(self.tr("Split the parent's limits"))
        self.split_button.setToolTip(
            self.tr(
                "Share each limit of the issuing unit among these letters (whole numbers for "
                "people and incidents; a limit of 0 gives 0 to every letter)."
            )
        )
        self.split_button.clicked.connect(self.split_limits)
        self.defaults_button = QPushButton(self.tr("Template defaults"))
        self.defaults_button.clicked.connect(self.reset_defaults)
        self.hint_label = QLabel(
            self.tr(
                "Type a target in a cell (0 or more); leave a cell empty to leave that "
                "indicator out of the letter. Changed targets are bold."
            )
        )
        self.hint_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.RichText)
        top = QHBoxLayout()
        top.addWidget(self.issuer_label)
        top.addWidget(self.issuer_combo, 1)
        top.addStretch(0)
        top.addWidget(self.split_button)
        top.addWidget(self.defaults_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.warnings_label)
        self.error_label.setVisible(False)
        self._attach_model(self.model)

    # ----------------------------------------------------------------- loading
    def load(
        self, template_id: int, party_a_ids: Iterable[int], excluded: Iterable[int] = ()
    ) -> None:
        """Read the template's indicators and each issuing unit's limits and letters.

        ``excluded`` letters (drafts being edited) do not count as letters already made.
        """
        self.context = target_context(self.database, template_id, self.year, party_a_ids)
        self.excluded = frozenset(excluded)
        self._attach_model(TargetsModel(list(self.context.indicators), self.language, self))
        self._rows = []
        self._fill_issuers()

    def _attach_model(self, model: TargetsModel) -> None:
        old = self.view.model()
        self.model = model
        self.view.setModel(model)
        if old is not None and old is not model:
            old.deleteLater()
        model.targets_changed.connect(self._on_edited)
        model.rejected.connect(self.show_error)

    def defaults(self) -> Targets:
        """The template's targets by indicator name."""
        if self.context is None:
            return {}
        return {spec.name: spec.target for spec in self.context.indicators}

    def set_pairs(self, pairs: Iterable[tuple[int, int, str]]) -> None:
        """The letters to make, (party A id, party B id, party B name); edits are kept."""
        kept = {(row.party_a_id, row.party_b_id): row for row in self._rows}
        defaults = self.defaults()
        self._rows = [
            kept.get((a, b)) or TargetRow(a, b, label, dict(defaults), dict(defaults))
            for a, b, label in pairs
        ]
        self._fill_issuers()

    def set_drafts(self, drafts: DraftTargets) -> None:
        """Draft letters with their current targets."""
        defaults = self.defaults()
        self._rows = [
            TargetRow(a, b, label, dict(targets), dict(defaults), letter_id)
            for letter_id, a, b, label, targets in drafts.letters
        ]
        self._fill_issuers()

    def _fill_issuers(self) -> None:
        current = self.issuer_combo.currentData()
        issuers = list(dict.fromkeys(row.party_a_id for row in self._rows))
        self.issuer_combo.blockSignals(True)
        self.issuer_combo.clear()
        for party_a_id in issuers:
            issuer = self.context.issuers.get(party_a_id) if self.context else None
            self.issuer_combo.addItem(issuer.party_a if issuer else str(party_a_id), party_a_id)
        if current in issuers:
            self.issuer_combo.setCurrentIndex(issuers.index(current))
        self.issuer_combo.blockSignals(False)
        several = len(issuers) > 1
        self.issuer_combo.setVisible(several)
        self.issuer_label.setVisible(several)
        self._show_group()

    @Slot()
    def _show_group(self) -> None:
        party_a_id = self.issuer_combo.currentData()
        issuer = self.context.issuers.get(party_a_id) if self.context else None
        rows = [row for row in self._rows if row.party_a_id == party_a_id]
        self.model.set_group(issuer, rows, self.excluded)
        limits = any(self.model.limit(c) is not None for c in range(self.model.columnCount()))
        self.split_button.setEnabled(bool(rows) and limits)
        self.defaults_button.setEnabled(bool(rows))
        self._on_changed()

    # ----------------------------------------------------------------- actions
    @Slot()
    def split_limits(self) -> None:
        """Share each of the shown issuing unit's ≤ limits among its letters shown."""
        for column, spec in enumerate(self.model.indicators):
            limit = self.model.limit(column)
            if limit is None or spec.comparison is not IndicatorComparison.AT_MOST:
                continue
            rows = [row for row in self.model.rows() if row.targets.get(spec.name) is not None]
            available = limit - self.model.sibling_total(spec.name)
            for row, share in zip(
                rows, split_limit(available, len(rows), whole=is_count(spec)), strict=True
            ):
                row.targets[spec.name] = share
        self.model.refresh_all()

    @Slot()
    def reset_defaults(self) -> None:
        """Put the template's targets back in the shown letters."""
        for row in self.model.rows():
            row.targets = dict(self.defaults())
        self.model.refresh_all()

    # ------------------------------------------------------------------ results
    def targets(self) -> dict[tuple[int, int], Targets]:
        """Targets by (party A id, party B id)."""
        return {(row.party_a_id, row.party_b_id): dict(row.targets) for row in self._rows}

    def letter_targets(self) -> dict[int, Targets]:
        """Targets by draft letter id."""
        return {row.letter_id: dict(row.targets) for row in self._rows if row.letter_id}

    def warnings(self) -> list[CascadeWarning]:
        """Every issuing unit's warnings with the targets as typed."""
        if self.context is None:
            return []
        indicators = list(self.context.indicators)
        found: list[CascadeWarning] = []
        for party_a_id, issuer in self.context.issuers.items():
            mine = [row for row in self._rows if row.party_a_id == party_a_id]
            if not mine:
                continue
            children = [(row.label, apply_targets(indicators, row.targets)) for row in mine]
            children += [
                (letter.party_b, list(letter.indicators))
                for letter in issuer.letters
                if letter.letter_id not in self.excluded
            ]
            found += target_warnings(issuer.party_a, issuer.requirements, children)
        return found

    @Slot(str)
    def show_error(self, text: str) -> None:
        """Show why a typed value was refused (empty: hide the message)."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    @Slot()
    def _on_edited(self) -> None:
        self.show_error("")
        self._on_changed()

    def _on_changed(self) -> None:
        lines = [warning_text(warning) for warning in self.warnings()]
        self.warnings_label.setText(
            "<span style='color:#8a5a00'>⚠ " + "<br>⚠ ".join(lines) + "</span>" if lines else ""
        )


class TargetsDialog(QDialog):
    """Change the indicator targets of draft letters of one template."""

    def __init__(
        self,
        database: Database,
        drafts: DraftTargets,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        """Show ``drafts`` with their targets and the issuing units' limits."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Indicator targets of the drafts"))
        self.editor = TargetsEditor(database, drafts.year, language, self)
        party_a_ids = {a for _id, a, _b, _label, _targets in drafts.letters}
        self.editor.load(drafts.template_id, party_a_ids, [x[0] for x in drafts.letters])
        self.editor.set_drafts(drafts)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)
        self.resize(980, min(620, 300 + 26 * len(drafts.letters)))
