"""The streaming PDF writer: a well-formed file (xref, page tree, trailer) from primed fonts."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest

from desktop_app.documents.fonts import letter_fonts
from desktop_app.documents.layout import layout_letter
from desktop_app.documents.letter_pdf import (
    SUBJECT_PREFIX,
    batch_primer,
    blank_page,
    draw_pages,
    new_canvas,
    page_operators,
    prime_fonts,
)
from desktop_app.documents.pdf_stream import StreamingPdfWriter, page_content
from tests.documents.conftest import make_letter


def _write(path: Path, letter_count: int = 2, blanks: int = 1) -> int:
    """A PDF of ``letter_count`` letters then ``blanks`` blank pages; returns its pages."""
    fonts = letter_fonts()
    letters = [make_letter(n) for n in range(1, letter_count + 1)]
    primer = batch_primer(x.content for x in letters)
    encoder = new_canvas(io.BytesIO(), fonts)
    prime_fonts(encoder, fonts, primer, freeze=True)
    canvas = new_canvas(io.BytesIO(), fonts, "标题 title")
    canvas.setSubject(SUBJECT_PREFIX + "batch")
    prime_fonts(canvas, fonts, primer)
    with path.open("wb") as stream:
        writer = StreamingPdfWriter(stream, canvas)
        for letter in letters:
            for page in layout_letter(letter.content, letter.fingerprint, letter.code):
                writer.add_page(page_content(encoder, page_operators(encoder, page, fonts)))
        for _blank in range(blanks):
            writer.add_page(page_content(canvas))
        return writer.finish()


def test_every_xref_entry_points_at_its_object(tmp_path: Path) -> None:
    target = tmp_path / "s.pdf"
    pages = _write(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-1.4\n") and data.endswith(b"%%EOF\n")
    startxref = int(re.search(rb"startxref\n(\d+)\n%%EOF\n$", data).group(1))  # type: ignore[union-attr]
    assert data[startxref:].startswith(b"xref\n0 ")
    count = int(data[startxref:].split(b"\n")[1].split()[1])
    rows = data[startxref:].split(b"\n")[3 : 3 + count - 1]
    for number, row in enumerate(rows, start=1):
        offset = int(row[:10])
        assert data[offset:].startswith(b"%d 0 obj\n" % number), number
    trailer = data[data.index(b"trailer") :]
    assert b"/Size %d " % count in trailer and re.search(rb"/ID \[ <[0-9a-f]{32}>", trailer)
    assert re.search(rb"/Type /Pages /Count %d /Kids" % pages, data)
    kids = re.search(rb"/Kids \[\n(.*?)\] >>", data, re.S).group(1)  # type: ignore[union-attr]
    assert len(re.findall(rb"\d+ 0 R", kids)) == pages
    for reference in re.findall(rb"(\d+) 0 R", kids):
        page = data[int(rows[int(reference) - 1][:10]) :]
        assert page[: page.index(b"endobj")].count(b"/Type /Page ") == 1


def _page_streams(data: bytes) -> list[bytes]:
    """Every decompressed Flate stream that is a page's content, in file order."""
    streams = []
    for match in re.finditer(rb"/Length (\d+)\s*>>\s*stream\n", data):
        raw = data[match.end() : match.end() + int(match.group(1))]
        text = zlib.decompress(raw)
        if text.startswith(b"1 0 0 1 0 0 cm"):
            streams.append(text)
    return streams


def test_pages_hold_the_content_reportlab_itself_would_write(tmp_path: Path) -> None:
    target = tmp_path / "s.pdf"
    _write(target, letter_count=2, blanks=1)
    fonts = letter_fonts()
    letters = [make_letter(n) for n in range(1, 3)]
    reference = tmp_path / "r.pdf"
    canvas = new_canvas(str(reference), fonts)
    prime_fonts(canvas, fonts, batch_primer(x.content for x in letters))
    for letter in letters:
        draw_pages(canvas, layout_letter(letter.content, letter.fingerprint, letter.code), fonts)
    blank_page(canvas)
    canvas.save()
    ours, theirs = _page_streams(target.read_bytes()), _page_streams(reference.read_bytes())
    assert len(ours) == len(theirs) > 2
    assert ours == theirs
    assert ours[-1] == b"1 0 0 1 0 0 cm \n \n"


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="needs poppler's pdfinfo")
def test_poppler_reads_it_without_complaint(tmp_path: Path) -> None:
    target = tmp_path / "s.pdf"
    pages = _write(target, letter_count=2, blanks=2)
    completed = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True)
    assert completed.stderr == ""
    assert re.search(rf"^Pages:\s+{pages}$", completed.stdout, re.M)
    assert re.search(r"^Subject:\s+DutyMatrix letter batch$", completed.stdout, re.M)
    assert re.search(r"^Title:\s+标题 title$", completed.stdout, re.M)


def test_a_finished_writer_takes_no_more_pages(tmp_path: Path) -> None:
    fonts = letter_fonts()
    canvas = new_canvas(io.BytesIO(), fonts)
    prime_fonts(canvas, fonts, "甲乙")
    with (tmp_path / "e.pdf").open("wb") as stream:
        writer = StreamingPdfWriter(stream, canvas)
        writer.add_page(page_content(canvas))
        assert writer.finish() == 1
        with pytest.raises(RuntimeError):
            writer.add_page(page_content(canvas))
