"""Export the visible matrix to Excel and print it to PDF (what the filter shows, as shown)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.documents.matrix_pdf import write_matrix_pdf
from desktop_app.documents.matrix_workbook import MatrixSheet, write_matrix_workbook
from desktop_app.domain.enums import FieldRole
from desktop_app.ui.matrix_model import MatrixTableModel
from desktop_app.ui.role_style import ROLE_FILLS, ROLE_ORDER, role_description, role_label
from desktop_app.ui.save_in_background import save_in_background
from desktop_app.ui.workspace import Workspace


def sheet_from_model(model: MatrixTableModel, title: str) -> MatrixSheet:
    """The visible rows and all columns of the matrix, with labels in the UI language."""
    fields = model.fields()
    units = model.units()
    lead, support = role_label(FieldRole.LEAD), role_label(FieldRole.SUPPORT)
    notes = [
        f"{lead} {model.counts(f.id).lead} · {support} {model.counts(f.id).support}" for f in fields
    ]
    cells = [[model.role_at(unit.id, f.id) for f in fields] for unit in units]
    legend = [f"{role_label(role)}：{role_description(role)}" for role in ROLE_ORDER]
    return MatrixSheet(
        title=title,
        corner=QCoreApplication.translate("MatrixExport", "Unit"),
        columns=[f.name for f in fields],
        column_notes=notes,
        rows=[unit.name for unit in units],
        cells=cells,
        role_labels={role: role_label(role) for role in FieldRole},
        role_fills=dict(ROLE_FILLS),
        legend=legend,
        legend_label=QCoreApplication.translate("MatrixExport", "Legend:"),
        sheet_name=QCoreApplication.translate("MatrixExport", "Matrix"),
        page_label=QCoreApplication.translate("MatrixExport", "Page {page}"),
    )


def matrix_title(year: int) -> str:
    """ "2026年度安全生产责任矩阵"."""
    return QCoreApplication.translate(
        "MatrixExport", "{year} Work-Safety Responsibility Matrix"
    ).format(year=year)


def export_excel(
    workspace: Workspace, model: MatrixTableModel, parent: QWidget, path: Path | None = None
) -> bool:
    """Ask where (unless ``path`` is given) and write the visible matrix as .xlsx."""
    return _save_visible_matrix(
        workspace,
        parent,
        model,
        path,
        QCoreApplication.translate("MatrixExport", "Export matrix to Excel"),
        QCoreApplication.translate("MatrixExport", "Excel workbooks (*.xlsx)"),
        ".xlsx",
        write_matrix_workbook,
    )


def print_pdf(
    workspace: Workspace, model: MatrixTableModel, parent: QWidget, path: Path | None = None
) -> bool:
    """Ask where (unless ``path`` is given) and print the visible matrix to a PDF file."""
    return _save_visible_matrix(
        workspace,
        parent,
        model,
        path,
        QCoreApplication.translate("MatrixExport", "Print matrix to PDF"),
        QCoreApplication.translate("MatrixExport", "PDF files (*.pdf)"),
        ".pdf",
        write_matrix_pdf,
    )


def _save_visible_matrix(
    workspace: Workspace,
    parent: QWidget,
    model: MatrixTableModel,
    path: Path | None,
    caption: str,
    file_filter: str,
    suffix: str,
    write: Callable[[Path, MatrixSheet], object],
) -> bool:
    """Ask where, then write the visible matrix with ``write``; a refusal is reported."""
    title = matrix_title(model.year)
    sheet = sheet_from_model(model, title)  # read from the model here, on the GUI thread
    saved = save_in_background(
        workspace,
        parent,
        caption,
        f"{title}{suffix}",
        file_filter,
        suffix,
        lambda target: write(target, sheet),
        path=path,
    )
    return saved is not None
