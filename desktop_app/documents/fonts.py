"""The fonts of a printed letter: a fallback map, first present wins, always embedded.

DESIGN §4: title 小标宋 → 方正小标宋 if installed → 黑体 simhei.ttf → bundled; body 仿宋
simfang.ttf → 宋体 simsun.ttc → bundled; headings 一、 黑体; (一) 楷体 simkai.ttf → 黑体.
The bundled fallback is WenQuanYi Micro Hei (resources/fonts, Apache-2.0). reportlab embeds
TrueType fonts as subsets; the built-in CID font STSong-Light is never used (it is not
embedded and prints blank on PCs without the Adobe language pack).
"""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop_app.paths import resources_dir

BUNDLED_FONT_FILE = "wqy-microhei.ttc"
FONT_DIRS_ENV = "DUTYMATRIX_FONT_DIRS"
"""Extra folders searched before the Windows font folders (os.pathsep-separated)."""
BUNDLED_ONLY_ENV = "DUTYMATRIX_BUNDLED_FONTS_ONLY"
"""Set to 1 to ignore installed fonts (reproducible output across PCs, tests)."""


class FontRole(StrEnum):
    """Where a face is used on the page."""

    TITLE = "title"  # 二号小标宋
    BODY = "body"  # 三号仿宋
    HEADING = "heading"  # 一、 黑体
    SUBHEADING = "subheading"  # (一) 楷体


# (file name, face index inside a .ttc); names are matched case-insensitively.
_CANDIDATES: dict[FontRole, tuple[tuple[str, int], ...]] = {
    FontRole.TITLE: (
        ("FZXBSJW.TTF", 0),  # 方正小标宋简体
        ("方正小标宋简体.ttf", 0),
        ("FZXBSK.TTF", 0),
        ("simhei.ttf", 0),
    ),
    FontRole.BODY: (("simfang.ttf", 0), ("simsun.ttc", 0)),
    FontRole.HEADING: (("simhei.ttf", 0),),
    FontRole.SUBHEADING: (("simkai.ttf", 0), ("simhei.ttf", 0)),
}


@dataclass(frozen=True)
class FontChoice:
    """One face chosen for a role: its file, face index and reportlab name."""

    role: FontRole
    path: Path
    subfont_index: int
    bundled: bool

    @property
    def name(self) -> str:
        """The name the face is registered under in reportlab (unique per file and face)."""
        return f"DM-{self.path.stem}-{self.subfont_index}"


@dataclass(frozen=True)
class FontSet:
    """The four faces of a letter, already registered with reportlab."""

    title: FontChoice
    body: FontChoice
    heading: FontChoice
    subheading: FontChoice

    def choices(self) -> tuple[FontChoice, ...]:
        """Every role's face."""
        return (self.title, self.body, self.heading, self.subheading)


def bundled_font_path() -> Path:
    """The bundled open TrueType CJK font."""
    return resources_dir() / "fonts" / BUNDLED_FONT_FILE


def installed_font_dirs() -> list[Path]:
    """Folders searched for installed fonts: DUTYMATRIX_FONT_DIRS, then Windows' own."""
    if os.environ.get(BUNDLED_ONLY_ENV) == "1":
        return []
    folders = [Path(p) for p in os.environ.get(FONT_DIRS_ENV, "").split(os.pathsep) if p]
    if sys.platform == "win32":
        windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT") or r"C:\Windows"
        folders.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return folders


def _find(file_name: str, folders: Sequence[Path]) -> Path | None:
    wanted = file_name.lower()
    for folder in folders:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            if entry.name.lower() == wanted and entry.is_file():
                return entry
    return None


def choose_fonts(folders: Sequence[Path] | None = None) -> FontSet:
    """The first present face per role from the fallback map, else the bundled font."""
    search = installed_font_dirs() if folders is None else list(folders)
    bundled = bundled_font_path()
    chosen: dict[FontRole, FontChoice] = {}
    for role, candidates in _CANDIDATES.items():
        choice = FontChoice(role, bundled, 0, bundled=True)
        for file_name, index in candidates:
            found = _find(file_name, search)
            if found is not None and _loadable(found, index):
                choice = FontChoice(role, found, index, bundled=False)
                break
        chosen[role] = choice
    return FontSet(
        title=chosen[FontRole.TITLE],
        body=chosen[FontRole.BODY],
        heading=chosen[FontRole.HEADING],
        subheading=chosen[FontRole.SUBHEADING],
    )


@functools.cache
def _loadable(path: Path, index: int) -> bool:
    try:
        _load(path, index)
    except Exception:  # noqa: BLE001 - a broken or CFF font is simply skipped
        return False
    return True


@functools.cache
def _load(path: Path, index: int) -> TTFont:
    """Register one face with reportlab, once per process."""
    name = f"DM-{path.stem}-{index}"
    font = TTFont(name, str(path), subfontIndex=index)
    _memoise_subsets(font)
    pdfmetrics.registerFont(font)
    return font


def _memoise_subsets(font: TTFont) -> None:
    """Reuse the bytes of a glyph subset already built in this process.

    Building a subset is a third of the time of a one-letter file; the same characters in
    the same order (a preview redrawn, a letter printed again) come straight back.
    """
    face = font.face
    original = face.makeSubset
    # makeSubset moves the face's shared read position: a PDF written on a worker thread
    # (export, bulletin) and a preview drawn on the GUI thread must not subset at once.
    lock = threading.Lock()

    @functools.lru_cache(maxsize=256)
    def cached(key: tuple[int, ...]) -> bytes:
        with lock:
            return bytes(original(list(key)))

    def make_subset(subset: list[int]) -> bytes:
        return cached(tuple(subset))

    face.makeSubset = make_subset


@functools.cache
def letter_fonts() -> FontSet:
    """The fonts of this process's letters, chosen and registered once."""
    fonts = choose_fonts()
    for choice in fonts.choices():
        _load(choice.path, choice.subfont_index)
    return fonts


def registered_font(choice: FontChoice) -> TTFont:
    """The reportlab font object of a chosen face."""
    return _load(choice.path, choice.subfont_index)
