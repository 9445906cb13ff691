"""The problems of an assessment results file, before anything is written.

Errors refuse the whole file (the import button stays disabled); notes only inform.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.services.assessment_import import ResultsPreview
from desktop_app.ui.import_problems_model import REASON, ProblemTableModel


class ProblemsDialog(QDialog):
    """Sheet / row / column / value / reason of every problem; import only when clean."""

    def __init__(
        self, preview: ResultsPreview, language: str, parent: QWidget | None = None
    ) -> None:
        """Show the problems of ``preview`` in ``language``."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assessment results: problems"))
        self.resize(900, 420)
        self.model = ProblemTableModel(self)
        self.model.set_problems(preview.problems, str(preview.path), language)
        view = QTableView()
        view.setModel(self.model)
        view.verticalHeader().setVisible(False)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        view.setWordWrap(True)
        if preview.errors:
            text = self.tr(
                "The file has {errors} problems in {rows} rows. Nothing will be written; "
                "correct the file and import it again."
            ).format(errors=preview.errors, rows=len(preview.validation.bad_rows))
        else:
            text = self.tr("The file can be imported; please read these notes first.")
        self.message = QLabel(text)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Import"))
        ok.setEnabled(not preview.errors)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(view, 1)
        layout.addWidget(buttons)
