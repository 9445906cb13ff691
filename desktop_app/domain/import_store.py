"""Where a validator keeps the rows it parsed while it checks them, pass after pass.

A validator walks its parsed rows several times (identities, parents, hierarchy, plan). Held
as Python objects, the rows of a 50,000-row register cost tens of megabytes; the services
therefore hand in a factory whose store spools to a temporary file
(desktop_app/documents/row_spool.py). The domain only appends and walks top to bottom, so a
plain list (the default, and what tests use) serves as well.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, Protocol, TypeVar

T = TypeVar("T")
Packed = tuple[Any, ...]


class RowStore(Protocol[T]):
    """An append-then-walk sequence of rows."""

    def append(self, row: T, /) -> None:
        """Add ``row`` after the others."""
        ...

    def __iter__(self) -> Iterator[T]:
        """The rows in the order they were appended."""
        ...

    def __len__(self) -> int:
        """How many rows were appended."""
        ...


class StoreFactory(Protocol):
    """Makes an empty store; ``pack`` turns a row into a plain tuple, ``unpack`` back."""

    def __call__(
        self, pack: Callable[[T], Packed], unpack: Callable[[Packed], T], /
    ) -> RowStore[T]:
        """An empty store for rows packed and unpacked by these two."""
        ...


def in_memory(pack: Callable[[T], Packed], unpack: Callable[[Packed], T], /) -> RowStore[T]:
    """A store that keeps the rows as they are, in a list."""
    return []


_MISSING: Any = object()
V = TypeVar("V")


class RowMap(Generic[V]):
    """Row number → value, kept in a list indexed by the row number.

    Rows are numbered densely from the top of the sheet, so a list costs one pointer a row
    where a dictionary costs an entry and an integer object a row (a third of the memory).
    """

    __slots__ = ("_values", "_count")

    def __init__(self) -> None:
        """An empty map."""
        self._values: list[Any] = []
        self._count = 0

    def __setitem__(self, row: int, value: V) -> None:
        """Set the value of ``row`` (a number ≥ 0)."""
        if row < 0:
            raise KeyError(row)
        values = self._values
        if row >= len(values):
            values.extend([_MISSING] * (row + 1 - len(values)))
        if values[row] is _MISSING:
            self._count += 1
        values[row] = value

    def __contains__(self, row: object) -> bool:
        """True when ``row`` has a value."""
        if not isinstance(row, int) or row < 0:
            return False
        try:
            return self._values[row] is not _MISSING
        except IndexError:
            return False

    def __getitem__(self, row: int) -> V:
        """The value of ``row``; KeyError when it has none."""
        value = self.get(row, _MISSING)
        if value is _MISSING:
            raise KeyError(row)
        found: V = value
        return found

    def get(self, row: int, default: Any = None) -> Any:
        """The value of ``row``, or ``default``."""
        if row < 0:
            return default
        try:
            value = self._values[row]
        except IndexError:
            return default
        return default if value is _MISSING else value

    def __len__(self) -> int:
        """How many rows have a value."""
        return self._count

    def __iter__(self) -> Iterator[int]:
        """The rows that have a value, top to bottom."""
        return (row for row, value in enumerate(self._values) if value is not _MISSING)
