"""The visible responsibility matrix as a printable PDF (reportlab).

Landscape (A4, or A3 for wide matrices), scaled to fit the page width, the header row
repeated at the top of every page, and the legend, title and page number on every page.
Fonts come from :mod:`desktop_app.documents.fonts` (embedded TrueType, never STSong-Light);
``invariant=1`` makes the same matrix give the same bytes.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle

from desktop_app.documents.atomic_write import write_atomically
from desktop_app.documents.fonts import letter_fonts
from desktop_app.documents.matrix_workbook import MatrixSheet
from desktop_app.domain.enums import FieldRole

MARGIN = 10 * mm
TITLE_SPACE = 12 * mm
LEGEND_SPACE = 12 * mm
BASE_POINTS = 8.0
MIN_POINTS = 4.0
WIDE_MATRIX = 24  # more field columns than this go on A3
_GRID = colors.HexColor("#808080")
_HEADER = colors.HexColor("#e7e6e6")


def _page_size(columns: int) -> tuple[float, float]:
    width, height = landscape(A3 if columns > WIDE_MATRIX else A4)
    return float(width), float(height)


class _Layout:
    """Column widths, font size and rows per page for one sheet."""

    def __init__(self, sheet: MatrixSheet, font: str) -> None:
        self.page_width, self.page_height = _page_size(len(sheet.columns))
        usable_width = self.page_width - 2 * MARGIN

        def width(text: str, points: float = BASE_POINTS) -> float:
            return float(stringWidth(text, font, points))

        unit_width = min(max((width(name) for name in sheet.rows), default=60.0) + 8, 240.0)
        field_widths = [
            max(width(name), width(note), width("牵头"), 24.0) + 6
            for name, note in zip(sheet.columns, sheet.notes(), strict=True)
        ]
        natural = unit_width + sum(field_widths)
        scale = min(1.0, usable_width / natural)
        self.points = max(MIN_POINTS, BASE_POINTS * scale)
        self.col_widths = [unit_width * scale, *(w * scale for w in field_widths)]
        self.row_height = self.points * 1.9
        self.header_height = self.points * 3.4
        usable_height = self.page_height - 2 * MARGIN - TITLE_SPACE - LEGEND_SPACE
        self.rows_per_page = max(1, int((usable_height - self.header_height) // self.row_height))


def _style(sheet: MatrixSheet, rows: range, layout: _Layout, font: str) -> TableStyle:
    commands: list[tuple[object, ...]] = [
        ("FONT", (0, 0), (-1, -1), font, layout.points),
        ("GRID", (0, 0), (-1, -1), 0.3, _GRID),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    fills = {role: colors.HexColor(colour) for role, colour in sheet.role_fills.items()}
    for table_row, row in enumerate(rows, start=1):
        for column, role in enumerate(sheet.cells[row], start=1):
            if role is not None:
                commands.append(
                    ("BACKGROUND", (column, table_row), (column, table_row), fills[role])
                )
    return TableStyle(commands)


def _table(sheet: MatrixSheet, rows: range, layout: _Layout, font: str) -> Table:
    header = [sheet.corner, *sheet.field_headers()]
    body = [
        [sheet.rows[row]]
        + [sheet.role_labels[role] if role is not None else "" for role in sheet.cells[row]]
        for row in rows
    ]
    table = Table(
        [header, *body],
        colWidths=layout.col_widths,
        rowHeights=[layout.header_height] + [layout.row_height] * len(body),
        repeatRows=1,
    )
    table.setStyle(_style(sheet, rows, layout, font))
    return table


def _decorate(sheet: MatrixSheet, layout: _Layout, font: str):  # type: ignore[no-untyped-def]
    """Title, legend with colour swatches and page number, drawn on every page."""

    def on_page(canvas: Canvas, document: SimpleDocTemplate) -> None:
        canvas.saveState()
        canvas.setFont(font, 12)
        canvas.drawString(MARGIN, layout.page_height - MARGIN - 12, sheet.title)
        canvas.setFont(font, 7)
        x, y = MARGIN, MARGIN + 2
        labels = {label: role for role, label in sheet.role_labels.items()}
        for line in sheet.legend:
            role: FieldRole | None = next(
                (r for label, r in labels.items() if line.startswith(label)), None
            )
            if role is not None:
                canvas.setFillColor(colors.HexColor(sheet.role_fills[role]))
                canvas.setStrokeColor(_GRID)
                canvas.rect(x, y - 1, 10, 8, fill=1, stroke=1)
                canvas.setFillColor(colors.black)
                x += 13
            canvas.drawString(x, y, line)
            x += stringWidth(line, font, 7) + 14
        page = sheet.page_label.format(page=document.page)
        canvas.drawRightString(layout.page_width - MARGIN, y, page)
        canvas.restoreState()

    return on_page


def matrix_pdf_bytes(sheet: MatrixSheet) -> bytes:
    """The PDF file's content for ``sheet``."""
    font = letter_fonts().heading.name
    layout = _Layout(sheet, font)
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=(layout.page_width, layout.page_height),
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN + TITLE_SPACE,
        bottomMargin=MARGIN + LEGEND_SPACE,
        title=sheet.title,
        author="DutyMatrix",
        initialFontName=font,
        invariant=1,
    )
    story: list[object] = []
    per_page = layout.rows_per_page
    # One table per page: the row height is fixed, so every page is full and reportlab
    # never has to split a 5,000-row table (which is slow).
    for start in range(0, max(len(sheet.rows), 1), per_page):
        if story:
            story.append(PageBreak())
        rows = range(start, min(start + per_page, len(sheet.rows)))
        story.append(_table(sheet, rows, layout, font))
    decorate = _decorate(sheet, layout, font)
    document.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return buffer.getvalue()


def write_matrix_pdf(path: Path, sheet: MatrixSheet) -> None:
    """Write the PDF to ``path`` atomically (temp file + os.replace)."""
    write_atomically(path, matrix_pdf_bytes(sheet))
