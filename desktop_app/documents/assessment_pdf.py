"""Score sheets and the 通报 as PDF: the letters' canvas, fonts, drawing and atomic writes.

A closed sheet carries its short code on every page and the QR payload
``DM1|<assessment uuid>|<sha256>`` (also in the document's subject, as a letter's does); an
open sheet is marked 未定稿. The 通报 draws the grade distribution as a reportlab bar chart
whose labels use the same embedded CJK font as the text.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from desktop_app.documents.assessment_layout import (
    BulletinGroup,
    layout_bulletin,
    layout_sheet,
    qr_payload,
)
from desktop_app.documents.atomic_write import write_atomically
from desktop_app.documents.fonts import FontSet, letter_fonts
from desktop_app.documents.letter_pdf import (
    SUBJECT_PREFIX,
    draw_pages,
    new_canvas,
)
from desktop_app.domain.canonical import short_code

GRADE_COLOURS = ("#4e9a52", "#3f7fbf", "#d9a21b", "#c0392b")  # 优秀 良好 合格 不合格


@dataclass(frozen=True)
class SheetToPrint:
    """A score sheet's content and, once closed, its fingerprint."""

    content: Mapping[str, Any]
    fingerprint: str | None
    file_name: str = ""

    @property
    def code(self) -> str | None:
        """The short code printed in the footer (None while the sheet is open)."""
        return short_code(self.fingerprint) if self.fingerprint else None


def render_sheets(sheets: Sequence[SheetToPrint], *, fonts: FontSet | None = None) -> bytes:
    """One PDF of the given sheets, each starting on an odd page (duplex printing)."""
    fonts = fonts or letter_fonts()
    buffer = io.BytesIO()
    title = "考核评分表" if len(sheets) != 1 else str(sheets[0].content["title"])
    canvas = new_canvas(buffer, fonts, title)
    if len(sheets) == 1 and sheets[0].fingerprint:
        uuid = str(sheets[0].content["assessment"]["uuid"])
        canvas.setSubject(SUBJECT_PREFIX + qr_payload(uuid, sheets[0].fingerprint))
    for number, sheet in enumerate(sheets):
        pages = layout_sheet(sheet.content, sheet.fingerprint, sheet.code)
        draw_pages(canvas, pages, fonts)
        if number < len(sheets) - 1 and len(pages) % 2:
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_sheet_files(sheets: Sequence[SheetToPrint], folder: Path) -> list[Path]:
    """One PDF per sheet in ``folder`` (made if missing; each written atomically, a failure
    is EXPORT_FAILED naming the file); returns the paths."""
    fonts = letter_fonts()
    written = []
    for sheet in sheets:
        path = folder / sheet.file_name
        write_atomically(path, render_sheets([sheet], fonts=fonts), make_folder=True)
        written.append(path)
    return written


def grade_chart(
    labels: Sequence[str], counts: Sequence[int], width: float, height: float, font: str
) -> Drawing:
    """A bar chart of how many units got each grade, labelled in ``font``."""
    drawing = Drawing(width, height, initialFontName=font, initialFontSize=9)
    chart = VerticalBarChart()
    chart.x, chart.y = 40, 22
    chart.width, chart.height = width - 60, height - 48
    chart.data = [list(counts)]
    chart.barWidth = 10
    chart.groupSpacing = 18
    chart.valueAxis.valueMin = 0
    top = max(counts, default=0)
    step = max(1, (top + 4) // 5)
    chart.valueAxis.valueMax = step * 5 if top else 5
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labelTextFormat = "%d"
    chart.categoryAxis.categoryNames = list(labels)
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 10
    chart.categoryAxis.labels.dy = -4
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 9
    chart.barLabels.nudge = 7
    chart.bars.strokeColor = None
    for index, colour in enumerate(GRADE_COLOURS[: len(counts)]):
        chart.bars[(0, index)].fillColor = colors.HexColor(colour)
    drawing.add(chart)
    drawing.add(String(2, height - 12, "考核等次分布（个）", fontName=font, fontSize=9))
    return drawing


@dataclass(frozen=True)
class Bulletin:
    """What the 通报 says: title, opening paragraphs, grade counts, ranking, closing lines."""

    title: str
    paragraphs: tuple[str, ...]
    grade_labels: tuple[str, ...]
    grade_counts: tuple[int, ...]
    groups: tuple[BulletinGroup, ...]
    closing: tuple[str, ...]
    code: str | None


def render_bulletin(bulletin: Bulletin, *, fonts: FontSet | None = None) -> bytes:
    """The one-page 通报 with the grade chart and the ranking."""
    fonts = fonts or letter_fonts()
    label = f"核验码 {bulletin.code}" if bulletin.code else "未定稿（仅供核对）"
    layout = layout_bulletin(
        bulletin.title, bulletin.paragraphs, bulletin.groups, bulletin.closing, label
    )
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, fonts, bulletin.title)
    x, y, width, height = layout.chart_box
    chart = grade_chart(
        bulletin.grade_labels, bulletin.grade_counts, width, height, fonts.body.name
    )
    renderPDF.draw(chart, canvas, x, y)
    draw_pages(canvas, layout.pages, fonts)
    canvas.save()
    return buffer.getvalue()


def write_bulletin(bulletin: Bulletin, path: Path) -> Path:
    """Write the 通报 atomically; a failure is EXPORT_FAILED naming the file."""
    write_atomically(path, render_bulletin(bulletin), make_folder=True)
    return path
