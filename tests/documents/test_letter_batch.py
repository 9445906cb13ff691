"""Batch printing: combined file for duplex, one file per letter, both cores, clean cancel."""

from __future__ import annotations

import errno
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.documents import letter_batch
from desktop_app.documents.layout import layout_letter
from desktop_app.documents.letter_batch import (
    INLINE_BELOW,
    BatchCancelled,
    _chunk_size,
    write_combined,
    write_letter_files,
)
from tests.documents.conftest import make_letter


def _page_count(letter_number: int, duties: int) -> int:
    letter = make_letter(letter_number, duties=duties)
    return len(layout_letter(letter.content, letter.fingerprint, letter.code))


def test_in_the_combined_file_every_letter_starts_on_an_odd_page(tmp_path: Path) -> None:
    letters = [make_letter(n, duties=n * 4) for n in range(1, 4)]
    lengths = [len(layout_letter(x.content, x.fingerprint, x.code)) for x in letters]
    assert any(length % 2 for length in lengths), "the test needs an odd-length letter"
    target = tmp_path / "合并.pdf"
    result = write_combined(letters, target, processes=1)
    assert result.letters == 3 and target.is_file()
    if shutil.which("pdftotext") is None:
        return
    starts = []
    for page in range(1, result.pages + 1):
        text = subprocess.run(
            ["pdftotext", "-f", str(page), "-l", str(page), str(target), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        if "年度安全生产目标责任书" in text and "甲方：" in text:
            starts.append(page)
    assert len(starts) == 3
    assert all(page % 2 == 1 for page in starts)


def test_one_file_per_letter_using_worker_processes(tmp_path: Path) -> None:
    letters = [make_letter(n) for n in range(1, INLINE_BELOW + 3)]
    seen: list[tuple[int, int]] = []
    written = write_letter_files(
        letters, tmp_path / "out", processes=2, progress=lambda d, t: seen.append((d, t))
    )
    assert sorted(f.path.name for f in written) == sorted(x.file_name for x in letters)
    assert seen[-1] == (len(letters), len(letters))
    for item in written:
        data = item.path.read_bytes()
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
        assert item.pages == _page_count(1, 3)
    assert not list((tmp_path / "out").glob(".*"))


@pytest.mark.parametrize("processes", [1, 2])
def test_cancelling_leaves_no_half_written_file(tmp_path: Path, processes: int) -> None:
    letters = [make_letter(n) for n in range(1, INLINE_BELOW + 20)]
    out = tmp_path / "out"
    with pytest.raises(BatchCancelled):
        write_letter_files(letters, out, processes=processes, cancel=lambda: True)
    for leftover in out.iterdir():
        assert leftover.suffix == ".pdf", leftover.name
        assert leftover.read_bytes().rstrip().endswith(b"%%EOF")
    assert len(list(out.iterdir())) < len(letters)

    target = tmp_path / "all.pdf"
    calls = iter(range(1000))
    with pytest.raises(BatchCancelled):
        write_combined(letters, target, processes=processes, cancel=lambda: next(calls) >= 2)
    assert list(tmp_path.glob("*.pdf")) == [] and list(tmp_path.glob(".*")) == []


def test_the_combined_file_is_the_same_whatever_the_number_of_workers(tmp_path: Path) -> None:
    letters = [make_letter(n, duties=n % 4) for n in range(1, INLINE_BELOW + 4)]
    inline = write_combined(letters, tmp_path / "1" / "all.pdf", processes=1)
    pooled = write_combined(letters, tmp_path / "2" / "all.pdf", processes=2)
    assert inline.pages == pooled.pages
    assert inline.path.read_bytes() == pooled.path.read_bytes()


def _page_texts(pdf: Path) -> list[str]:
    """The text of every page (pdftotext separates pages with form feeds)."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return text.split("\f")[:-1]


def _expected_pages(lengths: list[int], copies: int) -> tuple[int, list[int]]:
    """Total pages and the first page of every copy when each copy starts on an odd page."""
    pages, starts = 0, []
    for length in lengths:
        for _copy in range(copies):
            pages += pages % 2
            starts.append(pages + 1)
            pages += length
    return pages, starts


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler's pdftotext")
def test_two_copies_over_many_worker_chunks_each_start_on_an_odd_page(tmp_path: Path) -> None:
    letters = [make_letter(n, duties=n % 9) for n in range(1, INLINE_BELOW + 9)]
    assert _chunk_size(len(letters), 2) < len(letters), "the test needs several chunks"
    lengths = [len(layout_letter(x.content, x.fingerprint, x.code)) for x in letters]
    assert {length % 2 for length in lengths} == {0, 1}, "the test needs odd and even letters"
    seen: list[tuple[int, int]] = []
    target = tmp_path / "合并 打印.pdf"
    result = write_combined(
        letters, target, copies=2, processes=2, progress=lambda d, t: seen.append((d, t))
    )
    pages, starts = _expected_pages(lengths, 2)
    assert (result.pages, result.letters) == (pages, len(letters))
    assert seen[-1] == (len(letters), len(letters))
    texts = _page_texts(target)
    assert len(texts) == pages
    copy_starts = [n for n, text in enumerate(texts, 1) if "甲方：" in text and "乙方：" in text]
    assert copy_starts == starts and all(page % 2 == 1 for page in copy_starts)
    for letter, length, first in zip(letters, lengths, starts[::2], strict=True):
        party_b = str(letter.content["party_b"]["name"])
        for start in (first, first + length + length % 2):
            assert party_b in texts[start - 1]
            for page in range(start, start + length):
                assert letter.code in texts[page - 1], (letter.code, page)
    padding = [n for n, text in enumerate(texts, 1) if not text.strip()]
    assert len(padding) == pages - 2 * sum(lengths)
    assert list(tmp_path.iterdir()) == [target]


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler's pdffonts")
def test_the_combined_file_embeds_its_font_subsets(tmp_path: Path) -> None:
    target = tmp_path / "all.pdf"
    write_combined([make_letter(n) for n in range(1, 4)], target, processes=1)
    report = subprocess.run(
        ["pdffonts", str(target)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert report, "no fonts listed"
    for line in report:
        name, kind, _encoding, embedded, subset = line.split()[:5]
        assert "+" in name and kind == "TrueType", line
        assert (embedded, subset) == ("yes", "yes"), line


@pytest.mark.parametrize("processes", [1, 2])
def test_cancelling_mid_batch_leaves_the_folder_empty(tmp_path: Path, processes: int) -> None:
    letters = [make_letter(n) for n in range(1, INLINE_BELOW + 12)]
    out = tmp_path / "out"
    during: list[list[str]] = []

    def progress(done: int, total: int) -> None:
        during.append(sorted(p.name for p in out.iterdir()))

    with pytest.raises(BatchCancelled):
        write_combined(
            letters,
            out / "all.pdf",
            copies=2,
            processes=processes,
            progress=progress,
            cancel=lambda: len(during) >= 5,
        )
    assert during and all(len(names) == 1 for names in during)
    assert during[0][0].startswith(".all.pdf.") and during[0][0].endswith(".part")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("processes", [1, 2])
def test_a_failure_mid_batch_leaves_no_temp_file_and_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, processes: int
) -> None:
    letters = [make_letter(n) for n in range(1, INLINE_BELOW + 12)]
    target = tmp_path / "all.pdf"
    target.write_bytes(b"%PDF- the previous print")
    original = letter_batch.StreamingPdfWriter.add_page

    def add_page(self: letter_batch.StreamingPdfWriter, content: bytes) -> None:
        if self.pages == 9:
            raise OSError(errno.ENOSPC, "No space left on device")
        original(self, content)

    monkeypatch.setattr(letter_batch.StreamingPdfWriter, "add_page", add_page)
    with pytest.raises(OSError, match="No space"):
        write_combined(letters, target, processes=processes)
    assert list(tmp_path.iterdir()) == [target]
    assert target.read_bytes() == b"%PDF- the previous print"
