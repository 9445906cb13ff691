"""Batch printing: combined file for duplex, one file per letter, both cores, clean cancel."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop_app.documents.layout import layout_letter
from desktop_app.documents.letter_batch import (
    INLINE_BELOW,
    BatchCancelled,
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
