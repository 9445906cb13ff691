"""Letter dialogs: verify a printed letter (issuing lives in ``letters_issue_dialog``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.errors import DutyMatrixError
from desktop_app.messages import describe
from desktop_app.services.letter_verify import Verification, verify
from desktop_app.storage.database import Database
from desktop_app.ui.letters_model import status_label


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
