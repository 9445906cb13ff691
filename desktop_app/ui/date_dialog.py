"""A small dialog that asks for one date (the prompter's ``choose_date``).

The clerk records when letters were really signed, returned or archived, often days later,
so the question says what will change ("将 12 份责任书登记为已签订") and the date defaults to
today, with a calendar to pick another day and no day after the latest allowed one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

DATE_FORMAT = "yyyy-MM-dd"  # the ledger shows dates this way, in both languages


class DateDialog(QDialog):
    """A question, one date field with a calendar popup, OK and Cancel."""

    def __init__(
        self,
        question: str,
        default: date,
        parent: QWidget | None = None,
        *,
        label: str = "",
        maximum: date | None = None,
        title: str = "",
    ) -> None:
        """Ask ``question``; the field (labelled ``label``) starts at ``default``."""
        super().__init__(parent)
        self.setWindowTitle(title)
        self.question_label = QLabel(question)
        self.question_label.setWordWrap(True)
        self.question_label.setMinimumWidth(420)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(DATE_FORMAT)
        if maximum is not None:
            self.date_edit.setMaximumDate(QDate(maximum.year, maximum.month, maximum.day))
        self.date_edit.setDate(QDate(default.year, default.month, default.day))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(label or self.tr("Date:"), self.date_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question_label)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen(self) -> date:
        """The date in the field."""
        value = self.date_edit.date()
        return date(value.year(), value.month(), value.day())
