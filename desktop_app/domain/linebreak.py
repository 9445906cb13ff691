"""Our own Chinese line breaker on a fixed character grid, with 避头尾 (DESIGN §4).

A full-width character takes one grid cell; a half-width one (Latin letters, digits, ASCII
punctuation) takes half a cell. A run of Latin letters and digits ("2026", "GB/T", "100%")
is never split unless it alone is wider than a line. A line never starts with a character of
:data:`CANNOT_START` and never ends with one of :data:`CANNOT_END`: a single closing mark that
would start a line is squeezed into the line before (drawn with tighter spacing), anything
else is pushed to the next line together with the character before it.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

CANNOT_START = frozenset("，。、；：？！）》」』】〕〉”’…—%,.;:?!)]}")
"""No line starts with these (the one set of DESIGN §4, plus their ASCII twins)."""
CANNOT_END = frozenset("（《「『【〔〈“‘([{")
"""No line ends with these."""
SQUEEZE_LIMIT = 1.0
"""How many cells a line may overflow to keep one closing mark off the next line's start."""

_LATIN_RUN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-/_%+:×")


@dataclass(frozen=True)
class Line:
    """One broken line: its text, its width and left indent in cells, and its room."""

    text: str
    cells: float
    indent: float
    width: float

    @property
    def squeezed(self) -> bool:
        """True when the line is wider than its room and must be drawn with tighter spacing."""
        return self.indent + self.cells > self.width + 1e-9


@functools.lru_cache(maxsize=8192)
def char_cells(char: str) -> float:
    """Grid cells one character takes: 1 for full-width and wide, 0.5 for the rest."""
    width = unicodedata.east_asian_width(char)
    if width in ("W", "F") or char in "—…“”‘’·":
        return 1.0
    if width == "A" and ord(char) > 0x2000 and not 0x2200 <= ord(char) < 0x2300:
        return 1.0
    return 0.5


def text_cells(text: str) -> float:
    """Cells ``text`` takes on one line."""
    return sum(map(char_cells, text))


def _tokens(text: str) -> list[str]:
    """Split into unbreakable pieces: one CJK character, or one Latin/digit run."""
    tokens: list[str] = []
    run = ""
    for char in text:
        if char in _LATIN_RUN and not (char in CANNOT_START and not run):
            run += char
            continue
        if run:
            tokens.append(run)
            run = ""
        tokens.append(char)
    if run:
        tokens.append(run)
    return tokens


def _split_long(token: str, width: float) -> list[str]:
    """A Latin run wider than a line, cut into pieces that fit."""
    pieces: list[str] = []
    piece = ""
    for char in token:
        if text_cells(piece + char) > width and piece:
            pieces.append(piece)
            piece = ""
        piece += char
    if piece:
        pieces.append(piece)
    return pieces


def _starts_badly(token: str) -> bool:
    return token[:1] in CANNOT_START


def _ends_badly(token: str) -> bool:
    return token[-1:] in CANNOT_END


def break_paragraph(text: str, width: float, *, first_indent: float = 2.0) -> list[Line]:
    """Break one paragraph into lines of at most ``width`` cells (plus a squeezed mark).

    The first line is indented by ``first_indent`` cells (首行缩进两字). An empty paragraph
    gives one empty line.
    """
    if width < 2:
        raise ValueError("a line needs room for at least two characters")
    tokens: list[str] = []
    for token in _tokens(text.replace("\n", "")):
        tokens.extend(_split_long(token, width) if text_cells(token) > width else [token])
    lines: list[Line] = []
    current: list[str] = []
    used = first_indent
    indent = first_indent
    index = 0
    cells_of = text_cells
    while index < len(tokens):
        token = tokens[index]
        cells = cells_of(token)
        if used + cells <= width + 1e-9 or not current:
            current.append(token)
            used += cells
            index += 1
            continue
        # The token does not fit. A single closing mark is squeezed in; otherwise break here
        # and repair the break so neither line violates 避头尾.
        next_is_bad = index + 1 < len(tokens) and _starts_badly(tokens[index + 1])
        if (
            _starts_badly(token)
            and used + cells <= width + SQUEEZE_LIMIT + 1e-9
            and not next_is_bad
            and not _ends_badly(token)
        ):
            current.append(token)
            used += cells
            index += 1
            continue
        carried: list[str] = []
        head = token
        while current and _starts_badly(head):
            head = current.pop()
            carried.insert(0, head)
        while current and _ends_badly(current[-1]):
            carried.insert(0, current.pop())
        if not current:  # nothing can move without emptying the line: keep the plain break
            current, carried = carried, []
        text_of_line = "".join(current)
        lines.append(Line(text_of_line, cells_of(text_of_line), indent, width))
        current = carried
        used = sum(cells_of(piece) for piece in current)
        indent = 0.0
    text_of_line = "".join(current)
    lines.append(Line(text_of_line, cells_of(text_of_line), indent, width))
    return lines


def break_text(text: str, width: float, *, first_indent: float = 2.0) -> list[Line]:
    """Break text of several paragraphs (separated by newlines) into lines."""
    lines: list[Line] = []
    for paragraph in text.split("\n"):
        lines.extend(break_paragraph(paragraph, width, first_indent=first_indent))
    return lines
