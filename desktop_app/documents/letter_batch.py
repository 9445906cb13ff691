"""Print many letters: one combined PDF for duplex printing and/or one file per letter.

Both cores are used (a process pool); memory stays bounded because letters travel in small
chunks and finished pages and files go straight to disk: the combined PDF is streamed page
by page (``pdf_stream.StreamingPdfWriter``), so its memory does not grow with the batch.
Every file is written atomically (temp file next to the target + fsync + ``os.replace``);
cancelling stops the workers between letters and removes temp files, so a cancelled or
failed batch never leaves a half-written file.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import tempfile
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.documents.atomic_write import default_file_mode
from desktop_app.documents.atomic_write import replace_file as write_atomically
from desktop_app.documents.fonts import letter_fonts
from desktop_app.documents.layout import layout_letter
from desktop_app.documents.letter_pdf import (
    SUBJECT_PREFIX,
    LetterToPrint,
    batch_primer,
    new_canvas,
    page_operators,
    prime_fonts,
    render_letter,
    sha256_of,
)
from desktop_app.documents.pdf_stream import StreamingPdfWriter, page_content
from desktop_app.domain.canonical import short_code

ProgressFn = Callable[[int, int], None]
CancelFn = Callable[[], bool]
CHUNK = 16
INLINE_BELOW = 12
"""Batches smaller than this are rendered in this process (starting workers costs ~0.4 s)."""
TEMP_SUFFIX = ".part"
POLL_SECONDS = 0.05
WRITE_BUFFER = 1 << 20
"""Bytes buffered before the combined PDF's pages go to the file."""


class BatchCancelled(Exception):
    """The user cancelled the batch; nothing half-written was left behind."""


@dataclass(frozen=True)
class WrittenFile:
    """One letter file: where, its SHA-256, its page count and the letter's uuid."""

    path: Path
    sha256: str
    pages: int
    letter_uuid: str


@dataclass(frozen=True)
class CombinedFile:
    """The combined PDF: where, how many pages, how many letters."""

    path: Path
    pages: int
    letters: int


_cancel_event: Any = None
_encoder: Any = None  # a primed canvas whose document encodes page streams in this process


def _init_worker(event: Any, primer: str = "") -> None:
    global _cancel_event, _encoder
    _cancel_event = event
    fonts = letter_fonts()
    if primer:
        _encoder = new_canvas(io.BytesIO(), fonts)
        prime_fonts(_encoder, fonts, primer, freeze=True)


def _cancelled() -> bool:
    return bool(_cancel_event is not None and _cancel_event.is_set())


_FileTask = tuple[Mapping[str, Any], str, str, int]


def _write_chunk(tasks: list[_FileTask]) -> list[tuple[str, str, int, str]]:
    """Worker: render and write each letter of the chunk; skip the rest once cancelled."""
    written = []
    for content, full, path, copies in tasks:
        if _cancelled():
            break
        letter = LetterToPrint(content, full)
        data = render_letter(letter, copies=copies)
        write_atomically(Path(path), data)
        pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
        written.append((path, sha256_of(data), pages, str(content["letter"]["uuid"])))
    return written


def _encode_chunk(tasks: list[tuple[Mapping[str, Any], str]]) -> list[list[bytes]]:
    """Worker: lay out each letter and encode its pages for the primed combined document
    (compressed content streams, see ``pdf_stream.page_content``)."""
    if _cancelled():
        return []
    fonts = letter_fonts()
    return [
        [
            page_content(_encoder, page_operators(_encoder, page, fonts))
            for page in layout_letter(content, full, short_code(full))
        ]
        for content, full in tasks
    ]


def _chunks(items: Sequence[Any], size: int) -> list[list[Any]]:
    return [list(items[start : start + size]) for start in range(0, len(items), size)]


def _pool(processes: int, event: Any, primer: str = "") -> Any:
    context = multiprocessing.get_context("spawn")
    return context.Pool(processes, initializer=_init_worker, initargs=(event, primer))


def _chunk_size(total: int, processes: int) -> int:
    """Small enough for smooth progress and a quick cancel, big enough to keep overhead low."""
    return max(1, min(CHUNK, total // (processes * 8)))


def _results(
    iterator: Any, count: int, cancel: CancelFn | None, pool: Any, event: Any
) -> Iterator[Any]:
    """Results of a pool map, polling ``cancel`` while waiting; stops the workers on cancel."""
    remaining = count
    while remaining:
        if cancel is not None and cancel():
            event.set()
            pool.close()
            pool.join()
            raise BatchCancelled
        try:
            result = iterator.next(timeout=POLL_SECONDS)
        except multiprocessing.TimeoutError:
            continue
        remaining -= 1
        yield result


def remove_temp_files(folder: Path) -> None:
    """Delete temp files our atomic writes may have left in ``folder`` (after a crash)."""
    for leftover in folder.glob(f".*{TEMP_SUFFIX}"):
        leftover.unlink(missing_ok=True)


def write_letter_files(
    letters: Sequence[LetterToPrint],
    out_dir: Path,
    *,
    copies: int = 1,
    processes: int = 2,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> list[WrittenFile]:
    """One PDF per letter in ``out_dir`` (named by ``LetterToPrint.file_name``)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    # Each file comes out byte for byte as ``render_letter`` makes it alone, so verifying it
    # later can re-render it from the record (an earlier subset primer made of the batch's
    # common characters depended on which letters were printed together, and saved no time).
    tasks: list[_FileTask] = [
        (letter.content, letter.fingerprint, str(out_dir / letter.file_name), copies)
        for letter in letters
    ]
    total = len(tasks)
    done: list[WrittenFile] = []

    def collect(results: list[tuple[str, str, int, str]]) -> None:
        done.extend(WrittenFile(Path(p), sha, pages, uuid) for p, sha, pages, uuid in results)
        if progress is not None:
            progress(len(done), total)

    try:
        if processes <= 1 or total < INLINE_BELOW:
            _init_worker(None)
            for chunk in _chunks(tasks, 1):
                if cancel is not None and cancel():
                    raise BatchCancelled
                collect(_write_chunk(chunk))
        else:
            event = multiprocessing.get_context("spawn").Event()
            with _pool(processes, event) as pool:
                chunks = _chunks(tasks, _chunk_size(total, processes))
                for results in _results(
                    pool.imap_unordered(_write_chunk, chunks), len(chunks), cancel, pool, event
                ):
                    collect(results)
    finally:
        remove_temp_files(out_dir)
    return done


def _encoded_letters(
    letters: Sequence[LetterToPrint], primer: str, processes: int, cancel: CancelFn | None
) -> Generator[list[bytes], None, None]:
    tasks = [(letter.content, letter.fingerprint) for letter in letters]
    if processes <= 1 or len(tasks) < INLINE_BELOW:
        _init_worker(None, primer)
        for task in tasks:
            if cancel is not None and cancel():
                raise BatchCancelled
            yield from _encode_chunk([task])
        return
    event = multiprocessing.get_context("spawn").Event()
    with _pool(processes, event, primer) as pool:
        chunks = _chunks(tasks, _chunk_size(len(tasks), processes))
        for chunk in _results(pool.imap(_encode_chunk, chunks), len(chunks), cancel, pool, event):
            yield from chunk


def write_combined(
    letters: Sequence[LetterToPrint],
    target: Path,
    *,
    copies: int = 1,
    processes: int = 2,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
) -> CombinedFile:
    """Every letter (``copies`` times) in one PDF; each copy starts on an odd page.

    Worker processes lay out the letters and encode and compress their pages for a document
    whose fonts are numbered the same way as this one's (``prime_fonts``); this process
    writes each page to a hidden temp file next to ``target`` as it arrives (memory does
    not grow with the batch), then fsyncs it and puts it in place with ``os.replace``. On
    cancel or any error the temp file is removed and ``target`` is untouched. The result
    does not depend on the number of workers.
    """
    fonts = letter_fonts()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=TEMP_SUFFIX, dir=target.parent
    )
    try:
        with os.fdopen(handle, "wb", buffering=WRITE_BUFFER) as stream:
            canvas = new_canvas(io.BytesIO(), fonts, target.stem)
            canvas.setSubject(SUBJECT_PREFIX + "batch")
            primer = batch_primer(letter.content for letter in letters)
            prime_fonts(canvas, fonts, primer)
            writer = StreamingPdfWriter(stream, canvas)
            blank = page_content(canvas)
            del canvas  # its fonts are written; only offsets are kept from here on
            # closing(): a failure here stops the workers now, not when the traceback goes
            with closing(_encoded_letters(letters, primer, processes, cancel)) as encoded:
                for number, one_copy in enumerate(encoded, start=1):
                    for _copy in range(max(1, copies)):
                        if writer.pages % 2:
                            writer.add_page(blank)
                        for page in one_copy:
                            writer.add_page(page)
                    if progress is not None:
                        progress(number, len(letters))
            if cancel is not None and cancel():
                raise BatchCancelled
            pages = writer.finish()
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, default_file_mode())
        os.replace(temp_name, target)
    finally:
        Path(temp_name).unlink(missing_ok=True)
    return CombinedFile(target, pages, len(letters))
