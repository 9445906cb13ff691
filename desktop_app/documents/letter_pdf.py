"""Draw laid-out letters into PDF files with reportlab: embedded subset fonts, invariant bytes.

Body lines are drawn with a text object and ``setCharSpace`` so every full-width character
sits on its grid cell (DESIGN §4); half-width runs are scaled into their half cells. PDFs are
built with ``invariant=1`` (same content → same bytes) and written atomically.
"""

from __future__ import annotations

import functools
import hashlib
import io
import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from reportlab import rl_config
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.pdfgen.canvas import Canvas

from desktop_app.documents.fonts import FontSet, letter_fonts, registered_font
from desktop_app.documents.layout import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    Page,
    QrOp,
    RuleOp,
    TextOp,
    layout_letter,
    qr_payload,
)
from desktop_app.domain.canonical import short_code
from desktop_app.domain.linebreak import char_cells

# Binary streams: ASCII85 makes files 25 % larger and costs time, and nothing needs 7-bit PDFs.
rl_config.useA85 = 0

SUBJECT_PREFIX = "DutyMatrix letter "


@dataclass(frozen=True)
class LetterToPrint:
    """A frozen letter as the printer needs it."""

    content: Mapping[str, Any]
    fingerprint: str
    file_name: str = ""

    @property
    def code(self) -> str:
        """The short code printed in the footer."""
        return short_code(self.fingerprint)

    @property
    def payload(self) -> str:
        """The QR payload."""
        return qr_payload(str(self.content["letter"]["uuid"]), self.fingerprint)


def _font_names(fonts: FontSet) -> dict[str, str]:
    return {
        "title": fonts.title.name,
        "body": fonts.body.name,
        "heading": fonts.heading.name,
        "subheading": fonts.subheading.name,
    }


def _runs(text: str) -> list[tuple[bool, str]]:
    """Split a line into (full-width?, run) pieces."""
    runs: list[tuple[bool, str]] = []
    run = ""
    run_full = True
    for char in text:
        full = char_cells(char) == 1.0
        if run and full != run_full:
            runs.append((run_full, run))
            run = ""
        run_full = full
        run += char
    if run:
        runs.append((run_full, run))
    return runs


def _text_operators(canvas: Canvas, op: TextOp, font: Any) -> str:
    """PDF operators that put every full-width character of ``op`` on its own grid cell.

    Written directly (not through reportlab's text object, which is several times slower):
    ``Tc`` spaces the characters to the cell, ``Tz`` squeezes half-width runs into half cells.
    """
    doc = canvas._doc
    escape = canvas._escape
    parts = ["BT"]
    x = op.x
    for full, run in _runs(op.text):
        natural = font.stringWidth(run, op.size)
        if full:
            scale = 100.0
            spacing = op.cell - natural / len(run)
            advance = op.cell * len(run)
        else:
            advance = op.cell * 0.5 * len(run)
            scale = max(80.0, min(100.0, 100.0 * advance / natural)) if natural else 100.0
            spacing = (advance - natural * scale / 100.0) / len(run)
        parts.append(f"{scale:.2f} Tz {spacing:.3f} Tc 1 0 0 1 {x:.3f} {op.y:.3f} Tm")
        for subset, chunk in font.splitString(run, doc):
            name = font.getSubsetInternalName(subset, doc)
            parts.append(f"{name} {op.size:g} Tf ({escape(chunk)}) Tj")
        x += advance
    parts.append("ET")
    return " ".join(parts)


_FONTS_BY_NAME: dict[str, Any] = {}


def registered_font_by_name(name: str) -> Any:
    """The reportlab font registered as ``name`` (cached)."""
    font = _FONTS_BY_NAME.get(name)
    if font is None:
        from reportlab.pdfbase import pdfmetrics

        font = _FONTS_BY_NAME[name] = pdfmetrics.getFont(name)
    return font


QR_MASK_PATTERN = 2
"""A fixed mask: the widget's own search over all eight masks costs 30 ms a letter."""


def _remember_rs_generators() -> None:
    """reportlab rebuilds the same Reed–Solomon generator polynomial for every block of every
    QR code (a pure function of the block's error-correction length): remember it instead."""
    from reportlab.graphics.barcode import qrencoder

    original = qrencoder.QRUtil.getErrorCorrectPolynomial
    if not hasattr(original, "cache_info"):
        qrencoder.QRUtil.getErrorCorrectPolynomial = staticmethod(
            functools.lru_cache(maxsize=64)(original)
        )


_remember_rs_generators()


@functools.lru_cache(maxsize=64)
def qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """The QR code of ``payload`` (encoded by reportlab's QR widget) as dark runs.

    Returns the module count per side and (row, first column, length) of every dark run.
    """
    widget = QrCodeWidget(payload, barLevel="M")
    encoder = widget.qr
    encoder.version = encoder.calculate_version()
    encoder.makeImpl(False, QR_MASK_PATTERN)
    runs: list[tuple[int, int, int]] = []
    for row_number, row in enumerate(encoder.modules):
        column = 0
        for dark, group in itertools.groupby(bool(cell) for cell in row):
            count = len(list(group))
            if dark:
                runs.append((row_number, column, count))
            column += count
    return len(encoder.modules), tuple(runs)


def _qr_operators(op: QrOp) -> str:
    count, runs = qr_runs(op.payload)
    border = 2
    box = op.size / (count + 2 * border)
    rects = [
        f"{op.x + (column + border) * box:.3f} {op.y + op.size - (row + border + 1) * box:.3f} "
        f"{length * box:.3f} {box:.3f} re"
        for row, column, length in runs
    ]
    return "0 g " + " ".join(rects) + " f"


def page_operators(canvas: Canvas, page: Page, fonts: FontSet) -> str:
    """The content stream of one laid-out page, for ``canvas``'s document."""
    by_role = _fonts_by_role(fonts)
    code = []
    for op in page.ops:
        if isinstance(op, TextOp):
            code.append(_text_operators(canvas, op, by_role[op.font]))
        elif isinstance(op, RuleOp):
            code.append(f"{op.width:g} w {op.x1:.3f} {op.y1:.3f} m {op.x2:.3f} {op.y2:.3f} l S")
        else:
            code.append(_qr_operators(op))
    return "\n".join(code)


def _fonts_by_role(fonts: FontSet) -> dict[str, Any]:
    return {role: registered_font_by_name(name) for role, name in _font_names(fonts).items()}


def draw_pages(canvas: Canvas, pages: Iterable[Page], fonts: FontSet) -> int:
    """Draw laid-out pages onto ``canvas``; returns how many pages were drawn."""
    count = 0
    for page in pages:
        canvas._code.append(page_operators(canvas, page, fonts))
        canvas.showPage()
        count += 1
    return count


FIXED_CHARACTERS = (
    "".join(chr(code) for code in range(32, 127))
    + "—…“”‘’（）《》、，。；：？！·　≤≥"
    + "核验码扫此页无正文甲乙方盖章负责人签字日期年月日"
)
"""Characters the layout itself draws (footers, signature block, table, numbers)."""


def batch_primer(contents: Iterable[Mapping[str, Any]]) -> str:
    """Every character a batch of letters may draw, in a fixed order."""
    from desktop_app.domain.canonical import canonical_json

    characters = set(FIXED_CHARACTERS)
    for content in contents:
        characters.update(canonical_json(dict(content)))
    return "".join(sorted(characters))


def prime_fonts(canvas: Canvas, fonts: FontSet, primer: str, *, freeze: bool = False) -> None:
    """Number ``primer``'s characters and name the fonts in a fixed order in ``canvas``'s
    document, so page streams encoded in another process fit this document exactly.

    With ``freeze`` a character outside ``primer`` raises instead of getting a new code.
    """
    doc = canvas._doc
    seen: set[str] = set()
    for choice in fonts.choices():
        if choice.name in seen:
            continue
        seen.add(choice.name)
        font = registered_font(choice)
        font.splitString(primer, doc)
        font.getSubsetInternalName(0, doc)
        if freeze:
            font.state[doc].frozen = 1


def blank_page(canvas: Canvas) -> None:
    """An empty page (so the next letter starts on an odd page in a duplex print)."""
    canvas.showPage()


def new_canvas(target: str | io.BytesIO, fonts: FontSet, title: str = "") -> Canvas:
    """A canvas for letters: A4, invariant bytes, compressed, the CJK font as initial font."""
    canvas = Canvas(
        target,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        invariant=1,
        pageCompression=1,
        initialFontName=fonts.body.name,
        initialFontSize=16,
    )
    canvas.setCreator("DutyMatrix")
    canvas.setAuthor("DutyMatrix")
    canvas.setProducer("DutyMatrix (reportlab)")
    if title:
        canvas.setTitle(title)
    return canvas


def letter_pages(letter: LetterToPrint, copies: int = 1) -> list[Page]:
    """The pages of ``copies`` copies of a letter (each copy numbered from 1)."""
    pages = layout_letter(letter.content, letter.fingerprint, letter.code)
    return [page for _copy in range(max(1, copies)) for page in pages]


def render_letter(letter: LetterToPrint, *, copies: int = 1, fonts: FontSet | None = None) -> bytes:
    """One letter as PDF bytes (``copies`` copies, each starting on an odd page)."""
    fonts = fonts or letter_fonts()
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, fonts, str(letter.content["title"]))
    canvas.setSubject(SUBJECT_PREFIX + letter.payload)
    one_copy = layout_letter(letter.content, letter.fingerprint, letter.code)
    for copy_number in range(max(1, copies)):
        draw_pages(canvas, one_copy, fonts)
        if copy_number < copies - 1 and len(one_copy) % 2:
            blank_page(canvas)
    canvas.save()
    return buffer.getvalue()


def sha256_of(data: bytes) -> str:
    """SHA-256 of bytes in hex."""
    return hashlib.sha256(data).hexdigest()
