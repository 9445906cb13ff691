"""Letter dialogs: issue a template to signing pairs, and verify a printed letter."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DutyMatrixError
from desktop_app.messages import describe
from desktop_app.services.letter_queries import CandidatePair, candidate_pairs
from desktop_app.services.letter_templates import TemplateRow
from desktop_app.services.letter_verify import Verification, verify
from desktop_app.storage.database import Database
from desktop_app.ui.letters_model import status_label

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


class IssueDialog(QDialog):
    """Pick a template and the signing pairs (all checked), the issue date and the deadline."""

    def __init__(
        self,
        database: Database,
        year: int,
        templates: list[TemplateRow],
        parent: QWidget | None = None,
    ) -> None:
        """Offer ``templates``; the pairs follow the chosen template's rule."""
        super().__init__(parent)
        self.database = database
        self.year = year
        self.templates = templates
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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Issue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        checks = QHBoxLayout()
        checks.addWidget(self.summary_label, 1)
        checks.addWidget(self.all_button)
        checks.addWidget(self.none_button)
        form = QFormLayout()
        form.addRow(self.tr("Template:"), self.template_combo)
        form.addRow(self.tr("Issued on:"), self.issued_edit)
        form.addRow(self.tr("Sign by:"), self.due_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Signing pairs (party A → party B):")))
        layout.addWidget(self.pair_list, 1)
        layout.addLayout(checks)
        layout.addWidget(buttons)
        self.resize(620, 560)
        self.pair_list.itemChanged.connect(self._update_summary)
        self._load_pairs()

    def template_id(self) -> int | None:
        """The chosen template."""
        value = self.template_combo.currentData()
        return int(value) if value is not None else None

    @Slot()
    def _load_pairs(self) -> None:
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
                text += self.tr("  (already issued)")
            item = QListWidgetItem(text)
            item.setData(PAIR_ROLE, (pair.party_a_id, pair.party_b_id))
            if pair.issued:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)
            self.pair_list.addItem(item)
        self._update_summary()

    def _check_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.pair_list.count()):
            item = self.pair_list.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(state)

    def chosen_pairs(self) -> list[tuple[int, int]]:
        """The checked (party A id, party B id) pairs."""
        pairs = []
        for row in range(self.pair_list.count()):
            item = self.pair_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                pairs.append(tuple(item.data(PAIR_ROLE)))
        return [(int(a), int(b)) for a, b in pairs]

    @Slot()
    def _update_summary(self) -> None:
        self.summary_label.setText(
            self.tr("{checked} of {count} pairs chosen").format(
                checked=len(self.chosen_pairs()), count=self.pair_list.count()
            )
        )

    def issued_on(self) -> date:
        """The issue date chosen."""
        return self.issued_edit.date().toPython()  # type: ignore[no-any-return]

    def due_date(self) -> date:
        """The signing deadline chosen."""
        return self.due_edit.date().toPython()  # type: ignore[no-any-return]


class VerifyDialog(QDialog):
    """Type the code on a page or the QR text, or choose a PDF; see whether it matches."""

    def __init__(
        self,
        database: Database,
        language: str,
        parent: QWidget | None = None,
        *,
        choose_file: Callable[[], Path | None] | None = None,
    ) -> None:
        """Build the dialog; ``choose_file`` asks for a PDF (a native dialog by default)."""
        super().__init__(parent)
        self.database = database
        self.language = language
        self.choose_file = choose_file or self._ask_file
        self.last: Verification | None = None
        self.setWindowTitle(self.tr("Verify a letter"))
        self.input_edit = QLineEdit()
        self.input_edit.setPlaceholderText(
            self.tr("Code printed on the page (e.g. 94F4-F128-C3EA), QR text or PDF path")
        )
        self.input_edit.returnPressed.connect(self.run_check)
        self.file_button = QPushButton(self.tr("Choose PDF…"))
        self.file_button.clicked.connect(self._choose)
        self.check_button = QPushButton(self.tr("Verify"))
        self.check_button.clicked.connect(self.run_check)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setMinimumHeight(120)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.input_edit, 1)
        row.addWidget(self.file_button)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.result_label, 1)
        layout.addWidget(buttons)
        self.resize(640, 280)

    def _ask_file(self) -> Path | None:
        name, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Choose a letter PDF"), "", self.tr("PDF files (*.pdf)")
        )
        return Path(name) if name else None

    @Slot()
    def _choose(self) -> None:
        path = self.choose_file()
        if path is not None:
            self.input_edit.setText(str(path))
            self.run_check()

    def _reason(self, code: str) -> str:
        return {
            "no_letter": self.tr("No such letter on record."),
            "record_changed": self.tr("The frozen text in the database was altered."),
            "void": self.tr("The letter has been voided."),
            "fingerprint": self.tr("The QR fingerprint differs from the record."),
            "file_hash": self.tr("The file differs from the PDF that was issued."),
        }.get(code, code)

    @Slot()
    def run_check(self) -> None:
        """Verify what was typed and show the verdict."""
        value = self.input_edit.text().strip()
        if not value:
            return
        try:
            result = verify(self.database, value)
        except DutyMatrixError as error:
            self.last = None
            self.result_label.setText(
                f"<p style='color:#b00020'>{describe(error, self.language)}</p>"
            )
            return
        self.last = result
        if result.matches:
            verdict = self.tr("Matches the record")
            head = f"<h3 style='color:#1b5e20'>✔ {verdict}</h3>"
        else:
            verdict = self.tr("Does not match the record")
            head = f"<h3 style='color:#b00020'>✘ {verdict}</h3>"
        lines = [head]
        lines += [f"<p>{self._reason(reason)}</p>" for reason in result.differences]
        for letter in result.letters:
            lines.append(
                "<p>"
                + self.tr(
                    "{a} → {b}, {year}, version {version}; status: {status}; code {code}"
                ).format(
                    a=letter.party_a,
                    b=letter.party_b,
                    year=letter.year,
                    version=letter.version,
                    status=status_label(letter.status),
                    code=letter.code,
                )
                + "</p>"
            )
        self.result_label.setText("".join(lines))
