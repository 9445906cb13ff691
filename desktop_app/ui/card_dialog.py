"""责任告知卡: one leader's responsibilities for a year, as a printable page (PDF)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.atomic_write import write_atomically
from desktop_app.domain.enums import FieldRole
from desktop_app.domain.errors import DutyMatrixError
from desktop_app.services.oversight import ResponsibilityCard, responsibility_card
from desktop_app.ui.role_style import role_label
from desktop_app.ui.screen_fit import resize_to_fit
from desktop_app.ui.workspace import Workspace

_STYLE = (
    "body { font-size: 11pt; } h1 { font-size: 18pt; text-align: center; }"
    " h2 { font-size: 13pt; margin-top: 12px; } td, th { padding: 3px 6px; }"
    " th { background: #e8e8e8; }"
)


def _list(values: tuple[str, ...]) -> str:
    return escape("、".join(values)) if values else "—"


class CardDialog(QDialog):
    """Shows the card; "Save as PDF…" writes it (A4 portrait) through a temp file."""

    def __init__(self, workspace: Workspace, person_id: int, parent: QWidget | None = None) -> None:
        """Read the card of ``person_id`` for the shown year."""
        super().__init__(parent)
        self.workspace = workspace
        self.card = responsibility_card(workspace.database, workspace.year, person_id)
        self.setWindowTitle(self.tr("Responsibility card — {name}").format(name=self.card.name))
        resize_to_fit(self, 720, 780)
        self.browser = QTextBrowser()
        self.browser.setHtml(self.html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)

    def html(self) -> str:
        """The card as HTML (used on screen and in the PDF)."""
        card: ResponsibilityCard = self.card
        lead, support = escape(role_label(FieldRole.LEAD)), escape(role_label(FieldRole.SUPPORT))
        words = {
            "units": self.tr("Units overseen"),
            "unit": self.tr("Unit"),
            "fields": self.tr("Industry fields overseen"),
            "field": self.tr("Field"),
            "none": self.tr("None."),
            "duties": self.tr("Duties of the post"),
            "no_duties": self.tr("No post duty list for this year."),
            "signature": self.tr("Acknowledged (signature):"),
            "date": self.tr("Date:"),
        }
        w = {key: escape(text) for key, text in words.items()}
        title = self.tr("{year} Work-Safety Responsibility Card").format(year=card.year)
        who = self.tr("{name}, {title}, {unit}").format(
            name=escape(card.name), title=escape(card.title or ""), unit=escape(card.unit_name)
        )
        parts = [f"<html><head><style>{_STYLE}</style></head><body>"]
        parts.append(f"<h1>{escape(title)}</h1><p align='center'>{who}</p>")
        rows = [(u.name, u.leads, u.supports) for u in card.units]
        parts.append(self._table(w["units"], w["unit"], lead, support, rows, w["none"]))
        rows = [(f.name, f.leads, f.supports) for f in card.fields]
        parts.append(self._table(w["fields"], w["field"], lead, support, rows, w["none"]))
        parts.append(f"<h2>{w['duties']}</h2>")
        if card.clauses:
            parts.append("<ol>")
            for clause in card.clauses:
                basis = ""
                if clause.legal_basis:
                    text = self.tr("Basis: {basis}").format(basis=clause.legal_basis)
                    basis = f"<br/><small>{escape(text)}</small>"
                parts.append(f"<li>{escape(clause.text)}{basis}</li>")
            parts.append("</ol>")
        else:
            parts.append(f"<p>{w['no_duties']}</p>")
        parts.append(
            f"<p><br/>{w['signature']}&nbsp;____________________&nbsp;&nbsp;"
            f"{w['date']}&nbsp;____________</p>"
        )
        parts.append("</body></html>")
        return "".join(parts)

    @staticmethod
    def _table(
        heading: str,
        first: str,
        lead: str,
        support: str,
        rows: list[tuple[str, tuple[str, ...], tuple[str, ...]]],
        none: str,
    ) -> str:
        """A section: heading, then a name / lead / support table (all texts escaped)."""
        if not rows:
            return f"<h2>{heading}</h2><p>{none}</p>"
        lines = [
            f"<h2>{heading}</h2><table border='1' cellspacing='0' width='100%'>",
            f"<tr><th>{first}</th><th>{lead}</th><th>{support}</th></tr>",
        ]
        for name, leads, supports in rows:
            lines.append(
                f"<tr><td>{escape(name)}</td><td>{_list(leads)}</td><td>{_list(supports)}</td></tr>"
            )
        lines.append("</table>")
        return "".join(lines)

    def pdf_bytes(self) -> bytes:
        """The card rendered to an A4 PDF."""
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
            )
        )
        writer.setResolution(300)
        writer.setTitle(self.windowTitle())
        document = QTextDocument()
        document.setHtml(self.html())
        document.print_(writer)
        del writer
        buffer.close()
        return bytes(data.data())

    def save_pdf(self) -> None:
        """Ask where, then write the PDF atomically."""
        path = self.workspace.prompter.save_path(
            self.tr("Save responsibility card"),
            self.tr("Responsibility card {name} {year}.pdf").format(
                name=self.card.name, year=self.card.year
            ),
            self.tr("PDF files (*.pdf)"),
        )
        if path is None:
            return
        try:
            write_atomically(path, self.pdf_bytes())
        except DutyMatrixError as error:
            self.workspace.report(error)
