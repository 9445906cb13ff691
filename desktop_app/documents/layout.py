"""GB/T 9704-2012 page layout of a letter, as plain drawing operations (no reportlab here).

The page is A4 with a text block of 156 × 225 mm whose top-left corner is 37 mm from the top
and 28 mm from the left. Body text sits on a fixed grid of 22 lines × 28 characters: a cell is
156/28 mm wide and a line 225/22 mm high (DESIGN §4). Layout works in whole grid lines; the
result is a list of pages of operations that ``letter_pdf`` draws with reportlab (and that a
worker process can compute and pickle cheaply).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from desktop_app.domain.linebreak import Line, break_paragraph, text_cells

MM = 72.0 / 25.4
PAGE_WIDTH = 210 * MM
PAGE_HEIGHT = 297 * MM
LEFT = 28 * MM
TOP_MARGIN = 37 * MM
BLOCK_WIDTH = 156 * MM
BLOCK_HEIGHT = 225 * MM
LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
CELL = BLOCK_WIDTH / CHARS_PER_LINE  # ≈ 15.79 pt
PITCH = BLOCK_HEIGHT / LINES_PER_PAGE  # ≈ 28.99 pt
BLOCK_TOP = PAGE_HEIGHT - TOP_MARGIN
BLOCK_BOTTOM = BLOCK_TOP - BLOCK_HEIGHT
TITLE_SIZE = 22.0  # 二号
BODY_SIZE = 16.0  # 三号
PAGE_NUMBER_SIZE = 14.0  # 四号
TABLE_SIZE = 14.0
CODE_SIZE = 9.0
TITLE_CELLS = int(BLOCK_WIDTH // TITLE_SIZE)
TABLE_COLUMNS = (3.0, 12.5, 5.5, 3.0, 4.0)  # cells of the indicator table, 28 in all
QR_SIZE = 28 * MM
SIGNATURE_LINES = 9


class TextOp(NamedTuple):
    """Text on the grid: font role, size, left x, baseline y, text and the cell width."""

    font: str
    size: float
    x: float
    y: float
    text: str
    cell: float


class RuleOp(NamedTuple):
    """A straight line (table rules)."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float


class QrOp(NamedTuple):
    """The QR code of the signature page: lower-left corner, side and payload."""

    x: float
    y: float
    size: float
    payload: str


Op = TextOp | RuleOp | QrOp


class Page(NamedTuple):
    """One page: its number within the copy of the letter, and what is drawn on it."""

    number: int
    ops: list[Op]


def baseline(line: float, size: float = BODY_SIZE) -> float:
    """The baseline of grid line ``line`` (0 = the top line) for text of ``size`` points."""
    return BLOCK_TOP - (line + 1) * PITCH + (PITCH - size) / 2 + 0.12 * size


def qr_payload(letter_uuid: str, full_fingerprint: str) -> str:
    """What the signature page's QR code holds (DESIGN §4)."""
    return f"DM1|{letter_uuid}|{full_fingerprint}"


class _Writer:
    """Places grid lines on pages, starting a new page when one is full."""

    def __init__(self) -> None:
        self.pages: list[Page] = [Page(1, [])]
        self.line = 0

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1].ops

    def new_page(self) -> None:
        self.pages.append(Page(len(self.pages) + 1, []))
        self.line = 0

    def room(self) -> int:
        return LINES_PER_PAGE - self.line

    def ensure(self, lines: int) -> None:
        if self.room() < lines:
            self.new_page()

    def text_line(self, font: str, line: Line, *, x_cells: float = 0.0) -> None:
        self.ensure(1)
        room = line.width if line.width else CHARS_PER_LINE
        used = line.indent + line.cells
        cell = CELL * room / used if used > room else CELL
        x = LEFT + (x_cells + line.indent) * CELL
        self.ops.append(TextOp(font, BODY_SIZE, x, baseline(self.line), line.text, cell))
        self.line += 1

    def paragraph(self, font: str, text: str, *, indent: float = 2.0) -> None:
        for line in break_paragraph(text, CHARS_PER_LINE, first_indent=indent):
            self.text_line(font, line)

    def skip(self, lines: int = 1) -> None:
        self.line = min(self.line + lines, LINES_PER_PAGE)


def _title(writer: _Writer, title: str) -> None:
    for line in break_paragraph(title, TITLE_CELLS, first_indent=0):
        width = text_cells(line.text) * TITLE_SIZE
        x = LEFT + (BLOCK_WIDTH - width) / 2
        y = baseline(writer.line, TITLE_SIZE)
        writer.ops.append(TextOp("title", TITLE_SIZE, x, y, line.text, TITLE_SIZE))
        writer.line += 1
    writer.skip()


def _party(writer: _Writer, party: Mapping[str, Any]) -> None:
    label = f"{party['label']}："
    for number, line in enumerate(
        break_paragraph(label + str(party["name"]), CHARS_PER_LINE - 3, first_indent=0)
    ):
        shifted = Line(line.text, line.cells, 0.0 if number == 0 else 3.0, CHARS_PER_LINE)
        writer.text_line("body", shifted)
    principal = party.get("principal")
    if principal:
        title = party.get("principal_title")
        text = f"负责人：{principal}" + (f"（{title}）" if title else "")
        for line in break_paragraph(text, CHARS_PER_LINE - 3, first_indent=0):
            writer.text_line("body", Line(line.text, line.cells, 3.0, CHARS_PER_LINE))


def _table(writer: _Writer, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [cells * CELL for cells in TABLE_COLUMNS]

    def broken(row: Sequence[str]) -> list[list[Line]]:
        cells = []
        for text, width in zip(row, widths, strict=True):
            room = max(2.0, (width - 4) / TABLE_SIZE)
            cells.append(break_paragraph(text, room, first_indent=0))
        return cells

    def draw_row(row: Sequence[str], bold: bool) -> None:
        cells = broken(row)
        height = max(len(lines) for lines in cells)
        if writer.room() < height:
            writer.new_page()
            draw_row(header, True)
        top = BLOCK_TOP - writer.line * PITCH
        bottom = top - height * PITCH
        x = LEFT
        for lines, width in zip(cells, widths, strict=True):
            centring = (height - len(lines)) / 2  # a short cell sits in the middle of its row
            for offset, line in enumerate(lines):
                text_width = text_cells(line.text) * TABLE_SIZE
                left = x + (width - text_width) / 2
                y = baseline(writer.line + offset + centring, TABLE_SIZE)
                font = "heading" if bold else "body"
                writer.ops.append(TextOp(font, TABLE_SIZE, left, y, line.text, TABLE_SIZE))
            writer.ops.append(RuleOp(x, top, x, bottom, 0.6))
            x += width
        writer.ops.append(RuleOp(x, top, x, bottom, 0.6))
        writer.ops.append(RuleOp(LEFT, top, LEFT + BLOCK_WIDTH, top, 0.6))
        writer.ops.append(RuleOp(LEFT, bottom, LEFT + BLOCK_WIDTH, bottom, 0.6))
        writer.line += height

    draw_row(header, True)
    for row in rows:
        draw_row(row, False)


def _signature(writer: _Writer, content: Mapping[str, Any], payload: str) -> None:
    if writer.room() < SIGNATURE_LINES + 1:
        writer.new_page()
        writer.text_line("body", Line("（此页无正文）", 7.0, 2.0, CHARS_PER_LINE))
    writer.skip()
    half = CHARS_PER_LINE / 2
    columns = []
    for party in (content["party_a"], content["party_b"]):
        lines = [f"{party['label']}（盖章）："]
        lines += [
            line.text for line in break_paragraph(str(party["name"]), half - 1, first_indent=0)
        ]
        lines += ["负责人（签字）：", "", "日期：　　年　　月　　日"]
        columns.append(lines)
    height = max(len(column) for column in columns)
    for offset in range(height):
        for column_number, column in enumerate(columns):
            if offset < len(column) and column[offset]:
                text = column[offset]
                line = Line(text, text_cells(text), 0.0, half)
                x = column_number * half
                writer.ops.append(
                    TextOp(
                        "body",
                        BODY_SIZE,
                        LEFT + x * CELL,
                        baseline(writer.line + offset),
                        line.text,
                        CELL,
                    )
                )
    writer.line += height
    qr_top_line = min(writer.line + 1, LINES_PER_PAGE - 4)
    y = BLOCK_TOP - qr_top_line * PITCH - QR_SIZE
    x = LEFT + BLOCK_WIDTH - QR_SIZE
    writer.ops.append(QrOp(x, y, QR_SIZE, payload))
    caption = "扫码核验"
    writer.ops.append(
        TextOp("body", CODE_SIZE, x + (QR_SIZE - 4 * CODE_SIZE) / 2, y - 10, caption, CODE_SIZE)
    )


def _footer(page: Page, code: str) -> None:
    number = f"— {page.number} —"
    width = text_cells(number) * PAGE_NUMBER_SIZE
    y = BLOCK_BOTTOM - 7 * MM - PAGE_NUMBER_SIZE * 0.8
    if page.number % 2:  # odd pages right, even pages left, one character in
        x = LEFT + BLOCK_WIDTH - PAGE_NUMBER_SIZE - width
    else:
        x = LEFT + PAGE_NUMBER_SIZE
    page.ops.append(TextOp("body", PAGE_NUMBER_SIZE, x, y, number, PAGE_NUMBER_SIZE))
    label = f"核验码 {code}"
    code_width = text_cells(label) * CODE_SIZE
    page.ops.append(
        TextOp("body", CODE_SIZE, LEFT + (BLOCK_WIDTH - code_width) / 2, 12 * MM, label, CODE_SIZE)
    )


def layout_letter(content: Mapping[str, Any], full_fingerprint: str, code: str) -> list[Page]:
    """The pages of one copy of a letter: title, parties, body, table, signature, footers."""
    writer = _Writer()
    _title(writer, str(content["title"]))
    _party(writer, content["party_a"])
    _party(writer, content["party_b"])
    writer.skip()
    for block in content["blocks"]:
        kind = block["type"]
        if kind == "p":
            writer.paragraph("body", str(block["text"]))
        elif kind == "h1":
            if writer.room() < 2:
                writer.new_page()
            writer.paragraph("heading", str(block["text"]))
        elif kind == "h2":
            if writer.room() < 2:
                writer.new_page()
            writer.paragraph("subheading", str(block["text"]))
        elif kind == "table":
            _table(writer, block["header"], block["rows"])
    _signature(writer, content, qr_payload(str(content["letter"]["uuid"]), full_fingerprint))
    for page in writer.pages:
        _footer(page, code)
    return writer.pages


def page_texts(pages: Sequence[Page]) -> list[str]:
    """The text drawn on each page, op by op (used by tests and the preview's search)."""
    return ["\n".join(op.text for op in page.ops if isinstance(op, TextOp)) for page in pages]
