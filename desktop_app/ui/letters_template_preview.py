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

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from desktop_app.documents.fonts import letter_fonts
from desktop_app.documents.layout import Page, page_texts
from desktop_app.documents.letter_pdf import LetterToPrint, draw_pages, letter_pages, new_canvas
from desktop_app.domain.letters import content_fingerprint
from desktop_app.ui.letters_preview import PageView, render_pdf_page


def page_pdf(pages: Sequence[Page], page: int, title: str = "") -> bytes:
    """Page ``page`` of laid-out ``pages`` as a one-page PDF (as it will print)."""
    fonts = letter_fonts()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, fonts, title)
    draw_pages(canvas, [pages[page]], fonts)
    canvas.save()
    return buffer.getvalue()


class TemplatePreview(PageView):
    """A sample letter's page at a time, fitted to the pane's width; keeps the page shown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty preview."""
        self._pages: list[Page] = []
        self._title = ""
        self._page_pdfs: dict[int, bytes] = {}
        super().__init__(parent)

    def set_content(self, content: Mapping[str, Any]) -> None:
        """Lay out a composed letter and show the page the clerk was looking at."""
        letter = LetterToPrint(dict(content), content_fingerprint(content))
        self._pages = letter_pages(letter)
        self._title = str(content.get("title", ""))
        self._page_pdfs.clear()
        self.show_page(self._page)

    def _page_image(self, page: int, width: int) -> tuple[QImage, int]:
        count = len(self._pages)
        if not count:
            return QImage(), 0
        page = max(0, min(page, count - 1))
        if page not in self._page_pdfs:  # kept, so a resize only rasterises again
            self._page_pdfs = {page: page_pdf(self._pages, page, self._title)}
        image, _pages_in_pdf = render_pdf_page(self._page_pdfs[page], 0, width)
        return image, count

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

    def page_text(self, page: int | None = None) -> str:
        """The text drawn on a page (for checks: what the clerk sees, in order)."""
        texts = page_texts(self._pages)
        return texts[self._page if page is None else page] if texts else ""
