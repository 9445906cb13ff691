"""Page layout of a score sheet (考核评分表) and of the year's 通报, as drawing operations.

The same operations as a letter's (:mod:`desktop_app.documents.layout`: text on the page,
rules, the QR code), drawn by the letters' drawing code with the letters' fonts, on the same
A4 page with the same text block (156 × 225 mm, top 37 mm, left 28 mm) and the same footer:
page number "— 1 —" at the outside corner and the short code centred below. A table of seven
columns does not fit the letters' 28-character grid, so the sheet uses smaller type and its
own row heights; lines are broken by the same breaker (避头尾).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.documents.layout import (
    BLOCK_BOTTOM,
    BLOCK_TOP,
    BLOCK_WIDTH,
    CODE_SIZE,
    LEFT,
    MM,
    PAGE_NUMBER_SIZE,
    QR_SIZE,
    Op,
    Page,
    QrOp,
    RuleOp,
    TextOp,
)
from desktop_app.domain.assessment_content import SHEET_HEADER, summary_lines
from desktop_app.domain.linebreak import break_paragraph, text_cells

TITLE_SIZE = 18.0  # 小二
INFO_SIZE = 12.0  # 小四
TABLE_SIZE = 9.0  # 小五
HEADER_SIZE = 9.5
NOTE_SIZE = 10.5  # 五号
LEADING = 1.3
PAD = 3.0
RULE = 0.6
SHEET_COLUMNS_MM = (9.0, 20.0, 33.0, 12.5, 32.0, 37.0, 12.5)  # 156 mm in all
CENTRED = frozenset({0, 3, 6})
SIGNATURE = "考核人（签字）：　　　　　　被考核单位负责人（签字）："
DRAFT_MARK = "未定稿（仅供核对）"


def qr_payload(assessment_uuid: str, full_fingerprint: str) -> str:
    """The QR payload of a closed sheet: the letters' scheme with the sheet's uuid."""
    return f"DM1|{assessment_uuid}|{full_fingerprint}"


class _Writer:
    """Places blocks of given heights on pages, top to bottom."""

    def __init__(self) -> None:
        self.pages: list[Page] = [Page(1, [])]
        self.y = BLOCK_TOP

    @property
    def ops(self) -> list[Op]:
        return self.pages[-1].ops

    def room(self) -> float:
        return self.y - BLOCK_BOTTOM

    def new_page(self) -> None:
        self.pages.append(Page(len(self.pages) + 1, []))
        self.y = BLOCK_TOP

    def ensure(self, height: float) -> None:
        if self.room() < height and self.y < BLOCK_TOP:
            self.new_page()

    def line(
        self,
        font: str,
        size: float,
        text: str,
        *,
        x: float = LEFT,
        width: float = BLOCK_WIDTH,
        centre: bool = False,
        leading: float = LEADING,
    ) -> None:
        """One line of text at the current position (centred or from ``x``)."""
        height = size * leading
        self.ensure(height)
        self.ops.append(_text(font, size, x, self.y, width, height, text, centre))
        self.y -= height

    def paragraph(
        self, font: str, size: float, text: str, *, indent: float = 2.0, leading: float = LEADING
    ) -> None:
        """A paragraph broken to the text block's width."""
        cells = BLOCK_WIDTH / size
        for line in break_paragraph(text, cells, first_indent=indent):
            x = LEFT + line.indent * size
            self.line(
                font, size, line.text, x=x, width=BLOCK_WIDTH - line.indent * size, leading=leading
            )


def _text(
    font: str,
    size: float,
    x: float,
    top: float,
    width: float,
    height: float,
    text: str,
    centre: bool,
) -> TextOp:
    """A text op whose line box (``height`` high) starts at ``top``."""
    cells = text_cells(text)
    cell = size if cells * size <= width or not cells else width / cells
    used = cells * cell
    left = x + (width - used) / 2 if centre else x
    baseline = top - (height - size) / 2 - 0.86 * size
    return TextOp(font, size, left, baseline, text, cell)


@dataclass(frozen=True)
class _Cell:
    lines: tuple[str, ...]
    centre: bool


def _cells(row: Sequence[str], widths: Sequence[float], size: float) -> list[_Cell]:
    cells = []
    for number, (text, width) in enumerate(zip(row, widths, strict=True)):
        room = max(2.0, (width - 2 * PAD) / size)
        lines = tuple(line.text for line in break_paragraph(text or "", room, first_indent=0))
        cells.append(_Cell(lines, number in CENTRED))
    return cells


def _table_row(
    writer: _Writer,
    row: Sequence[str],
    widths: Sequence[float],
    *,
    font: str = "body",
    size: float = TABLE_SIZE,
    header: Sequence[str] | None = None,
) -> None:
    """One bordered row; a row that does not fit starts a new page under a new header."""
    cells = _cells(row, widths, size)
    height = max(len(cell.lines) for cell in cells) * size * LEADING + 2 * PAD
    if writer.room() < height and writer.y < BLOCK_TOP:
        writer.new_page()
        if header is not None:
            _table_row(writer, header, widths, font="heading", size=size)
    top = writer.y
    bottom = top - height
    x = LEFT
    for cell, width in zip(cells, widths, strict=True):
        block = len(cell.lines) * size * LEADING
        line_top = top - PAD - (height - 2 * PAD - block) / 2
        for text in cell.lines:
            writer.ops.append(
                _text(
                    font,
                    size,
                    x + PAD,
                    line_top,
                    width - 2 * PAD,
                    size * LEADING,
                    text,
                    cell.centre,
                )
            )
            line_top -= size * LEADING
        writer.ops.append(RuleOp(x, top, x, bottom, RULE))
        x += width
    writer.ops.append(RuleOp(x, top, x, bottom, RULE))
    writer.ops.append(RuleOp(LEFT, top, LEFT + BLOCK_WIDTH, top, RULE))
    writer.ops.append(RuleOp(LEFT, bottom, LEFT + BLOCK_WIDTH, bottom, RULE))
    writer.y = bottom


def footer(page: Page, label: str) -> None:
    """Page number at the outside corner and ``label`` (the code) centred at the bottom."""
    number = f"— {page.number} —"
    width = text_cells(number) * PAGE_NUMBER_SIZE
    y = BLOCK_BOTTOM - 7 * MM - PAGE_NUMBER_SIZE * 0.8
    x = (
        LEFT + BLOCK_WIDTH - PAGE_NUMBER_SIZE - width
        if page.number % 2
        else LEFT + PAGE_NUMBER_SIZE
    )
    page.ops.append(TextOp("body", PAGE_NUMBER_SIZE, x, y, number, PAGE_NUMBER_SIZE))
    code_width = text_cells(label) * CODE_SIZE
    page.ops.append(
        TextOp("body", CODE_SIZE, LEFT + (BLOCK_WIDTH - code_width) / 2, 12 * MM, label, CODE_SIZE)
    )


def sheet_rows(content: Mapping[str, Any]) -> list[list[str]]:
    """The printed rows of a sheet: its items, then the 合计 row."""
    rows = [
        [
            str(row["no"]),
            str(row["name"]),
            str(row["requirement"] or ""),
            str(row["standard"]),
            str(row["rule"] or ""),
            str(row["situation"] or ""),
            str(row["points"]),
        ]
        for row in content["rows"]
    ]
    totals = content["totals"]
    span = f"基础分满分{totals['standard']}分"
    if totals.get("bonus_cap") not in (None, "0", "—"):
        span += f"，加分最多{totals['bonus_cap']}分"
    score = totals["score"] if totals.get("score") is not None else "—"
    detail = f"基础{totals['base']}，加分{totals['bonus']}，扣分{totals['deductions']}"
    if content.get("veto"):
        detail += "；一票否决"
    rows.append(["", "合计", span, str(totals["standard"]), "", detail, str(score)])
    return rows


def layout_sheet(
    content: Mapping[str, Any], full_fingerprint: str | None, code: str | None
) -> list[Page]:
    """The pages of one unit's score sheet; a closed sheet gets its code and QR code."""
    writer = _Writer()
    writer.line("title", TITLE_SIZE, str(content["title"]), centre=True, leading=1.8)
    writer.line("body", INFO_SIZE, f"被考核单位：{content['party_b']}", leading=1.6)
    writer.line("body", INFO_SIZE, f"考核单位：{content['party_a']}", leading=1.6)
    writer.line("body", INFO_SIZE, f"考核依据：{content['rules']}", leading=1.6)
    if content.get("group"):
        size = content.get("group_size")
        writer.line("body", INFO_SIZE, f"考核分组：{content['group']}（{size}个单位）", leading=1.6)
    writer.y -= 4
    widths = [w * MM for w in SHEET_COLUMNS_MM]
    _table_row(writer, SHEET_HEADER, widths, font="heading", size=HEADER_SIZE)
    for row in sheet_rows(content):
        _table_row(writer, row, widths, header=SHEET_HEADER)
    writer.y -= 6
    for text in summary_lines(content):
        writer.paragraph("body", NOTE_SIZE, text, indent=0, leading=1.5)
    writer.y -= 8
    writer.ensure(QR_SIZE + 3 * NOTE_SIZE)
    writer.line("body", NOTE_SIZE, SIGNATURE, leading=2.2)
    writer.line("body", NOTE_SIZE, "日期：　　年　　月　　日", leading=2.2)
    if full_fingerprint is not None:
        uuid = str(content["assessment"]["uuid"])
        top = writer.y + 2 * NOTE_SIZE * 2.2
        x = LEFT + BLOCK_WIDTH - QR_SIZE
        y = max(BLOCK_BOTTOM + 10, top - QR_SIZE)
        writer.ops.append(QrOp(x, y, QR_SIZE, qr_payload(uuid, full_fingerprint)))
        writer.ops.append(
            TextOp(
                "body", CODE_SIZE, x + (QR_SIZE - 4 * CODE_SIZE) / 2, y - 10, "扫码核验", CODE_SIZE
            )
        )
    label = f"核验码 {code}" if code else DRAFT_MARK
    for page in writer.pages:
        footer(page, label)
    return writer.pages


@dataclass(frozen=True)
class BulletinEntry:
    """One unit in the 通报's ranking."""

    rank: int | None
    name: str
    score: str
    grade: str
    tied: bool = False


@dataclass(frozen=True)
class BulletinGroup:
    """One ranking group of the 通报."""

    name: str
    entries: tuple[BulletinEntry, ...]


CHART_HEIGHT = 48 * MM


@dataclass(frozen=True)
class BulletinLayout:
    """The 通报's pages and where on page 1 the grade chart goes (x, y, width, height)."""

    pages: list[Page]
    chart_box: tuple[float, float, float, float]


def _entry_text(entry: BulletinEntry) -> str:
    rank = "—" if entry.rank is None else f"{entry.rank}{'=' if entry.tied else ''}"
    return f"{rank}．{entry.name}　{entry.score}　{entry.grade}"


def layout_bulletin(
    title: str,
    paragraphs: Sequence[str],
    groups: Sequence[BulletinGroup],
    closing: Sequence[str],
    code_label: str,
) -> BulletinLayout:
    """The 通报: title, opening, the chart's place, the ranking in two columns, closing.

    The ranking's type shrinks (down to 6.5 pt) until everything fits one page.
    """
    size = 10.5
    while True:
        result = _bulletin_at(title, paragraphs, groups, closing, code_label, size)
        if len(result.pages) == 1 or size <= 6.5:
            return result
        size -= 0.5


def _bulletin_at(
    title: str,
    paragraphs: Sequence[str],
    groups: Sequence[BulletinGroup],
    closing: Sequence[str],
    code_label: str,
    size: float,
) -> BulletinLayout:
    writer = _Writer()
    for line in break_paragraph(title, BLOCK_WIDTH / TITLE_SIZE, first_indent=0):
        writer.line("title", TITLE_SIZE, line.text, centre=True, leading=1.6)
    writer.y -= 4
    text_size = min(12.0, size + 1.5)
    for text in paragraphs:
        writer.paragraph("body", text_size, text, leading=1.5)
    writer.y -= 2
    chart_box = (LEFT, writer.y - CHART_HEIGHT, BLOCK_WIDTH, CHART_HEIGHT)
    writer.y -= CHART_HEIGHT + 4
    half = BLOCK_WIDTH / 2
    for group in groups:
        writer.line(
            "heading", size + 0.5, f"{group.name}（{len(group.entries)}个单位）", leading=1.5
        )
        entries = list(group.entries)
        rows = (len(entries) + 1) // 2
        for row in range(rows):
            height = size * 1.4
            writer.ensure(height)
            for column in range(2):
                index = row + column * rows
                if index < len(entries):
                    writer.ops.append(
                        _text(
                            "body",
                            size,
                            LEFT + column * half + size,
                            writer.y,
                            half - 2 * size,
                            height,
                            _entry_text(entries[index]),
                            False,
                        )
                    )
            writer.y -= height
        writer.y -= size * 0.4
    for text in closing:
        writer.paragraph("body", text_size, text, leading=1.5)
    for page in writer.pages:
        footer(page, code_label)
    return BulletinLayout(writer.pages, chart_box)
