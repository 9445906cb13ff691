"""The printed letter: GB/T 9704 page, every clause, embedded fonts, 避头尾, QR, same bytes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.documents.atomic_write import replace_file as write_atomically
from desktop_app.documents.layout import (
    BLOCK_WIDTH,
    CELL,
    LEFT,
    LINES_PER_PAGE,
    MM,
    PITCH,
    TextOp,
    layout_letter,
)
from desktop_app.documents.letter_pdf import LetterToPrint, render_letter
from desktop_app.domain.linebreak import CANNOT_START, char_cells

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
FOOTER = re.compile(r"^(— \d+ —|核验码 [0-9A-F-]+)$")


def _pdf(tmp_path: Path, letter: LetterToPrint, **options: int) -> Path:
    path = tmp_path / "letter.pdf"
    path.write_bytes(render_letter(letter, **options))
    return path


def _run(*command: str) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True).stdout


def _body_lines(path: Path) -> list[str]:
    lines = [line.strip() for line in _run("pdftotext", "-raw", str(path), "-").splitlines()]
    return [
        line.strip("\f")
        for line in lines
        if line.strip("\f") and not FOOTER.match(line.strip("\f"))
    ]


def test_the_text_holds_every_clause_both_parties_the_principals_and_the_code(
    tmp_path: Path, letter: LetterToPrint
) -> None:
    path = _pdf(tmp_path, letter)
    flat = "".join("".join(_body_lines(path)).split())
    for block in letter.content["blocks"]:
        if block["type"] == "table":
            for row in block["rows"]:
                assert all(cell.replace(" ", "") in flat for cell in row if cell)
        else:
            assert "".join(block["text"].split()) in flat, block["text"]
    for party in ("party_a", "party_b"):
        assert letter.content[party]["name"] in flat
        assert letter.content[party]["principal"] in flat
    assert f"核验码 {letter.code}" in _run("pdftotext", "-raw", str(path), "-")
    assert letter.content["title"] in flat


def test_every_page_carries_the_code_and_an_outside_page_number(
    tmp_path: Path, letter: LetterToPrint
) -> None:
    pages = layout_letter(letter.content, letter.fingerprint, letter.code)
    assert len(pages) >= 3
    for page in pages:
        texts = {op.text: op for op in page.ops if isinstance(op, TextOp)}
        assert f"核验码 {letter.code}" in texts
        number = texts[f"— {page.number} —"]
        if page.number % 2:
            assert number.x > LEFT + BLOCK_WIDTH / 2  # odd pages: right
        else:
            assert number.x < LEFT + BLOCK_WIDTH / 2  # even pages: left


def test_fonts_are_embedded_subsets_and_no_base_font_is_referenced(
    tmp_path: Path, letter: LetterToPrint
) -> None:
    report = _run("pdffonts", str(_pdf(tmp_path, letter))).splitlines()[2:]
    assert report
    for row in report:
        columns = row.split()
        assert "+" in columns[0]  # subset tag
        assert columns[-5:-2] == ["yes", "yes", "yes"], row  # emb sub uni
    assert not any("Helvetica" in row or "STSong" in row for row in report)


def test_page_size_and_text_block_follow_gb_t_9704(tmp_path: Path, letter: LetterToPrint) -> None:
    path = _pdf(tmp_path, letter)
    assert "595.276 x 841.89 pts (A4)" in _run("pdfinfo", str(path))
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        _run("pdftotext", "-bbox", str(path), "-"),
    )
    body = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in words]
    body = [
        w
        for w in body
        if not FOOTER.match(w[4]) and not re.match(r"^(—|\d+|核验码|[0-9A-F-]+)$", w[4])
    ]
    assert body
    top, left = 37 * MM, 28 * MM
    for x_min, y_min, x_max, y_max, text in body:
        assert x_min >= left - 0.5, text
        assert x_max <= left + BLOCK_WIDTH + CELL + 0.5, text  # + one squeezed mark at most
        assert y_min >= top - 1 and y_max <= top + LINES_PER_PAGE * PITCH + 1, text
    full_lines = [
        w
        for w in body
        if abs(w[0] - left) < 0.5 and len(w[4]) == 28 and all(char_cells(c) == 1 for c in w[4])
    ]
    assert full_lines, "some body line holds exactly 28 characters"
    assert all(abs(w[2] - (left + BLOCK_WIDTH)) < 1.0 for w in full_lines)


def test_no_line_starts_with_a_forbidden_mark(tmp_path: Path) -> None:
    from tests.documents.conftest import make_letter

    letter = make_letter(7, "committee_department", duties=12)
    for line in _body_lines(_pdf(tmp_path, letter)):
        assert line[0] not in CANNOT_START, line


def test_the_signature_page_qr_holds_the_letter_id_and_fingerprint(
    tmp_path: Path, letter: LetterToPrint
) -> None:
    if shutil.which("zbarimg") is None or shutil.which("pdftoppm") is None:
        pytest.skip("needs zbar-tools and poppler-utils")
    path = _pdf(tmp_path, letter)
    pages = len(layout_letter(letter.content, letter.fingerprint, letter.code))
    _run(
        "pdftoppm",
        "-png",
        "-r",
        "150",
        "-f",
        str(pages),
        "-l",
        str(pages),
        str(path),
        str(tmp_path / "p"),
    )
    image = next(tmp_path.glob("p-*.png"))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert decoded == f"DM1|{letter.content['letter']['uuid']}|{letter.fingerprint}"
    signature = _run("pdftotext", "-f", str(pages), "-l", str(pages), str(path), "-")
    for label in ("甲方（盖章）", "乙方（盖章）", "负责人（签字）", "日期"):
        assert label in signature


def test_the_same_letter_gives_the_same_bytes(letter: LetterToPrint) -> None:
    assert render_letter(letter) == render_letter(letter)


def test_two_copies_each_start_on_an_odd_page(tmp_path: Path, letter: LetterToPrint) -> None:
    one = len(layout_letter(letter.content, letter.fingerprint, letter.code))
    info = _run("pdfinfo", str(_pdf(tmp_path, letter, copies=2)))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    assert pages == 2 * one + one % 2


def test_an_interrupted_write_leaves_the_old_file_and_no_temp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.pdf"
    target.write_bytes(b"old")

    def failing_replace(*_args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("desktop_app.documents.atomic_write.os.replace", failing_replace)
    with pytest.raises(OSError):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]
