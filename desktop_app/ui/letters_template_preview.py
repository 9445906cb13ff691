"""The template editor's live preview: one printed page of a sample letter, fast.

Composing and laying out a whole letter takes a few milliseconds; drawing every page into a
PDF and rasterising it takes most of the time. So each refresh lays out all pages (the page
count and page breaks stay exact), draws only the page shown into a one-page PDF with the
same code that prints letters (documents.letter_pdf), and rasterises that page with QtPdf.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.documents.fonts import letter_fonts
from desktop_app.documents.layout import Page, page_texts
from desktop_app.documents.letter_pdf import LetterToPrint, draw_pages, letter_pages, new_canvas
from desktop_app.domain.letters import content_fingerprint
from desktop_app.ui.letters_preview import render_pdf_page

MIN_WIDTH = 320
MAX_WIDTH = 900


def page_pdf(pages: Sequence[Page], page: int, title: str = "") -> bytes:
    """Page ``page`` of laid-out ``pages`` as a one-page PDF (as it will print)."""
    fonts = letter_fonts()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, fonts, title)
    draw_pages(canvas, [pages[page]], fonts)
    canvas.save()
    return buffer.getvalue()


class TemplatePreview(QWidget):
    """A sample letter's page at a time, with previous/next buttons; keeps the page shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty preview."""
        super().__init__(parent)
        self._pages: list[Page] = []
        self._title = ""
        self._page = 0
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_label.setMinimumWidth(MIN_WIDTH)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image_label)
        self.previous_button = QPushButton(self.tr("◀ Previous page"))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.page_label = QLabel()
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self._update_buttons()

    def set_content(self, content: Mapping[str, Any]) -> None:
        """Lay out a composed letter and show the page the clerk was looking at."""
        letter = LetterToPrint(dict(content), content_fingerprint(content))
        self._pages = letter_pages(letter)
        self._title = str(content.get("title", ""))
        self.show_page(self._page)

    @Slot(int)
    def show_page(self, page: int) -> None:
        """Draw page ``page`` (0-based, clamped) at the pane's width."""
        if not self._pages:
            self.image_label.clear()
            self._update_buttons()
            return
        self._page = max(0, min(page, len(self._pages) - 1))
        width = max(MIN_WIDTH, min(MAX_WIDTH, self.image_label.width() - 24))
        image, _count = render_pdf_page(page_pdf(self._pages, self._page, self._title), 0, width)
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self._update_buttons()

    def show_text(self, text: str) -> bool:
        """Turn to the first page showing ``text`` (e.g. a section heading); False if none."""
        wanted = "".join(text.split())
        if not wanted:
            return False
        for number, page_text in enumerate(page_texts(self._pages)):
            if wanted in "".join(page_text.split()):
                if number != self._page:
                    self.show_page(number)
                return True
        return False

    @property
    def current_page(self) -> int:
        """The page shown (0-based)."""
        return self._page

    @property
    def page_count(self) -> int:
        """Pages of the sample letter."""
        return len(self._pages)

    def page_text(self, page: int | None = None) -> str:
        """The text drawn on a page (for checks: what the clerk sees, in order)."""
        texts = page_texts(self._pages)
        return texts[self._page if page is None else page] if texts else ""

    def _update_buttons(self) -> None:
        count = len(self._pages)
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < count - 1)
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self._page + 1, count=count)
            if count
            else ""
        )
