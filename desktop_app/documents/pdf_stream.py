"""Write a many-page PDF straight to a file, page by page: memory holds object offsets only.

reportlab keeps every page of a document in memory until ``save``; a combined print of
thousands of letters would need hundreds of MB. Here the pages' compressed content streams
and page dictionaries go to the file as they arrive. reportlab still writes what it knows
best: the embedded font subsets and the document information, formatted from a primed
canvas (``letter_pdf.prime_fonts``) before the first page — its subsets are fixed up front
because the canvas was primed with every character the batch may draw. At the end come the
page tree, the catalog, the cross-reference table and the trailer.

Object numbers: 1 … F reportlab's (the font dictionary ``/Font 1 0 R`` first, the font
subsets, the document information), then the page tree, the catalog and the shared page
resources, then two objects per page (content stream, page dictionary) in page order, so
the page tree's /Kids are computed, not remembered.
"""

from __future__ import annotations

import hashlib
import zlib
from array import array
from collections.abc import Iterator
from typing import Any, BinaryIO

from reportlab.pdfbase.pdfdoc import PDFIndirectObject

PDF_HEADER = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
KIDS_PER_LINE = 512
XREF_ROWS_PER_WRITE = 512


def page_content(canvas: Any, operators: str = "") -> bytes:
    """A page's content stream compressed exactly as reportlab's ``showPage`` writes it: the
    canvas's preamble, ``operators`` and a closing space; no ``operators``: a blank page."""
    code = [canvas._preamble, operators, " "] if operators else [canvas._preamble, " "]
    return zlib.compress(("\n".join(code) + "\n").encode("utf8"))


class StreamingPdfWriter:
    """A PDF whose pages all use one primed font set, written to ``stream`` as pages come.

    ``canvas`` must have its fonts primed (see ``letter_pdf.prime_fonts``) and its metadata
    set, and no page drawn on it; it cannot draw afterwards (its fonts are realised here).
    Call ``add_page`` for each page in order, then ``finish`` once.
    """

    def __init__(self, stream: BinaryIO, canvas: Any) -> None:
        self._stream = stream
        self._digest = hashlib.md5(usedforsecurity=False)
        self._offset = 0
        self._offsets = array("Q")  # file offset of object n at index n - 1
        self._page_size = canvas._pagesize
        self._finished = False
        self._write(PDF_HEADER)
        self._info_number = self._write_reportlab_objects(canvas._doc)
        self._pages_number = self._reserve()
        self._catalog_number = self._reserve()
        self._resources_number = self._begin_object()
        self._write(b"<< /Font 1 0 R /ProcSet [ /PDF /Text ] >>\nendobj\n")
        self._first_page_number = len(self._offsets) + 1
        self.pages = 0

    def _write(self, data: bytes) -> None:
        self._stream.write(data)
        self._digest.update(data)
        self._offset += len(data)

    def _reserve(self) -> int:
        """An object number whose object is written later (``_begin_object(number)``)."""
        self._offsets.append(0)
        return len(self._offsets)

    def _begin_object(self, number: int | None = None) -> int:
        if number is None:
            self._offsets.append(self._offset)
            number = len(self._offsets)
        else:
            self._offsets[number - 1] = self._offset
        self._write(b"%d 0 obj\n" % number)
        return number

    def _write_reportlab_objects(self, doc: Any) -> int:
        """Let reportlab realise the fonts and the information dictionary and format every
        object it registered, in number order (objects may register more while formatting,
        as in ``PDFDocument.format``). Returns the information dictionary's number."""
        for font in doc.delayedFonts:
            font.addObjects(doc)
        doc.info.invariant = doc.invariant
        info = doc.Reference(doc.info)
        number = 1
        while number in doc.numberToId:
            name = doc.numberToId[number]
            self._offsets.append(self._offset)
            self._write(PDFIndirectObject(name, doc.idToObject[name]).format(doc))
            number += 1
        return int(doc.idToObjectNumberAndVersion[info.name][0])

    def add_page(self, content: bytes) -> None:
        """Append a page whose content stream is ``content`` (Flate-compressed, see
        ``page_content``)."""
        if self._finished:
            raise RuntimeError("the PDF is already finished")
        self._begin_object()
        self._write(b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(content))
        self._write(content)
        self._write(b"\nendstream\nendobj\n")
        page = self._begin_object()
        width, height = self._page_size
        self._write(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [ 0 0 %s %s ] /Resources %d 0 R "
            b"/Contents %d 0 R >>\nendobj\n"
            % (
                self._pages_number,
                _number(width),
                _number(height),
                self._resources_number,
                page - 1,
            )
        )
        self.pages += 1

    def _kids(self) -> Iterator[bytes]:
        first = self._first_page_number + 1
        for start in range(0, self.pages, KIDS_PER_LINE):
            stop = min(self.pages, start + KIDS_PER_LINE)
            yield b" ".join(b"%d 0 R" % (first + 2 * n) for n in range(start, stop)) + b"\n"

    def finish(self) -> int:
        """Write the page tree, catalog, cross-reference table and trailer; returns the
        number of pages. The caller flushes, syncs and closes the stream."""
        if self._finished:
            raise RuntimeError("the PDF is already finished")
        self._finished = True
        self._begin_object(self._pages_number)
        self._write(b"<< /Type /Pages /Count %d /Kids [\n" % self.pages)
        for line in self._kids():
            self._write(line)
        self._write(b"] >>\nendobj\n")
        self._begin_object(self._catalog_number)
        self._write(
            b"<< /Type /Catalog /Pages %d 0 R /PageMode /UseNone >>\nendobj\n" % self._pages_number
        )
        xref = self._offset
        count = len(self._offsets) + 1
        self._write(b"xref\n0 %d\n0000000000 65535 f \n" % count)
        for start in range(0, len(self._offsets), XREF_ROWS_PER_WRITE):
            rows = self._offsets[start : start + XREF_ROWS_PER_WRITE]
            self._write(b"".join(b"%010d 00000 n \n" % offset for offset in rows))
        identifier = self._digest.hexdigest().encode("ascii")
        self._write(
            b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [ <%s> <%s> ] >>\n"
            b"startxref\n%d\n%%%%EOF\n"
            % (count, self._catalog_number, self._info_number, identifier, identifier, xref)
        )
        return self.pages


def _number(value: float) -> bytes:
    """A PDF real as reportlab writes it (up to 4 decimals, no trailing zeros)."""
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text.encode("ascii")
