"""The data rows of a sheet, kept in a temporary file once there are more than a few thousand.

An import holds the rows it read from the moment it reads them until it has written them:
the check runs over them, the clerk looks at the problems, and the write checks them again
if the database changed meanwhile. Held as Python objects, a 50,000-row register costs about
20 MB for the cells alone; spooled to disk it costs one chunk. Validators only ever walk the
rows from top to bottom, which is what a spool does well (indexing works, chunk by chunk).

The unit import keeps its parsed rows and its planned new units the same way
(:func:`spooled_store`, handed to the validator as its
:class:`~desktop_app.domain.import_store.StoreFactory`), so what it holds in memory hardly
grows with the file (figures: ``bench/excel.py --import``).

The file is the process's own (``tempfile.TemporaryFile``: no name on POSIX, deleted on close
on Windows) and is read back only by the same object, so unpickling it is safe.
"""

from __future__ import annotations

import pickle
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, Generic, TypeVar, overload

from desktop_app.documents.excel_safety import ExcelError
from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_schema import SourceRow

CHUNK_ROWS = 2_000
"""Rows per chunk: the rows held in memory at most (one chunk read back, one being filled)."""

T = TypeVar("T")
Packed = tuple[Any, ...]


class SpooledList(Sequence[T], Generic[T]):
    """An append-then-read sequence; full chunks go to a temporary file.

    Each item is stored as the plain tuple ``pack`` makes of it (tuples pickle several times
    faster than objects) and made again by ``unpack`` when read back.
    """

    def __init__(
        self,
        pack: Callable[[T], Packed],
        unpack: Callable[[Packed], T],
        chunk_rows: int | None = None,
    ) -> None:
        """An empty spool; nothing touches the disk until ``chunk_rows`` items have come
        (default :data:`CHUNK_ROWS`)."""
        self._pack = pack
        self._unpack = unpack
        self._chunk_rows = chunk_rows or CHUNK_ROWS
        self._tail: list[T] = []
        self._chunks: list[tuple[int, int]] = []  # (offset, length) of each pickled chunk
        self._file: IO[bytes] | None = None
        self._spilled = 0
        self._lock = threading.Lock()  # a read is seek + read: one at a time

    def append(self, row: T) -> None:
        """Add ``row`` after the others."""
        self._tail.append(row)
        if len(self._tail) >= self._chunk_rows:
            self._spill()

    @property
    def spilled(self) -> bool:
        """True once some rows live in the temporary file."""
        return bool(self._chunks)

    def _spill(self) -> None:
        pack = self._pack
        packed = [pack(row) for row in self._tail]
        data = pickle.dumps(packed, protocol=pickle.HIGHEST_PROTOCOL)
        with self._lock:
            try:
                if self._file is None:
                    # lives as long as the spool, closed by close() or collection
                    self._file = tempfile.TemporaryFile(prefix="dutymatrix-rows-")  # noqa: SIM115
                self._file.seek(0, 2)
                offset = self._file.tell()
                self._file.write(data)
            except OSError as error:
                raise ExcelError(
                    ErrorCode.DISK_FULL, path=tempfile.gettempdir(), detail=str(error)
                ) from error
        self._chunks.append((offset, len(data)))
        self._spilled += len(self._tail)
        self._tail = []

    def _chunk(self, index: int) -> list[T]:
        offset, length = self._chunks[index]
        assert self._file is not None
        with self._lock:
            self._file.seek(offset)
            data = self._file.read(length)
        packed: list[Packed] = pickle.loads(data)  # our own file, written above
        unpack = self._unpack
        return [unpack(item) for item in packed]

    def __len__(self) -> int:
        """How many rows were appended."""
        return self._spilled + len(self._tail)

    def __iter__(self) -> Iterator[T]:
        """The rows in order, one chunk in memory at a time."""
        for index in range(len(self._chunks)):
            yield from self._chunk(index)
        yield from list(self._tail)

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> list[T]: ...

    def __getitem__(self, index: int | slice) -> T | list[T]:
        """A row by position (its chunk is read back), or a slice as a list."""
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index >= self._spilled:
            return self._tail[index - self._spilled]
        return self._chunk(index // self._chunk_rows)[index % self._chunk_rows]

    def __eq__(self, other: object) -> bool:
        """Equal to any sequence with the same rows (a list included)."""
        if not isinstance(other, Sequence) or isinstance(other, str | bytes):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like a list

    def __repr__(self) -> str:
        """Size and where the rows live, not the rows."""
        return f"{type(self).__name__}({len(self)} rows, {len(self._chunks)} chunks on disk)"

    def close(self) -> None:
        """Delete the temporary file now (it also goes when the spool is collected)."""
        if self._file is not None:
            self._file.close()
            self._file = None
        self._chunks = []
        self._spilled = 0
        self._tail = []


def _pack_row(row: SourceRow) -> Packed:
    return (row.number, row.values, row.section)


def _unpack_row(packed: Packed) -> SourceRow:
    return SourceRow(*packed)


class SpooledRows(SpooledList[SourceRow]):
    """The data rows of a sheet (:class:`SourceRow`), spooled."""

    def __init__(self, chunk_rows: int | None = None) -> None:
        """An empty spool of sheet rows (see :class:`SpooledList`)."""
        super().__init__(_pack_row, _unpack_row, chunk_rows)


def spooled_store(pack: Callable[[T], Packed], unpack: Callable[[Packed], T]) -> SpooledList[T]:
    """A :data:`desktop_app.domain.import_store.StoreFactory` that spools to a temporary file."""
    return SpooledList(pack, unpack)
