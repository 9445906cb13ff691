"""Problems found in an imported sheet: where (sheet/row/column/value) and why (a code).

The sentence for each code lives in desktop_app/messages.py, so the clerk reads the same
reason in the wizard's table, in the exported problem list and on the command line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from desktop_app.domain.errors import ErrorCode

PROGRESS_EVERY = 500
"""How many rows a validator checks between two calls of its ``progress``."""
RowProgress = Callable[[int, int], None]
"""Called with (rows done, rows in all); it may raise to stop the work."""
T = TypeVar("T")


def counted(rows: Sequence[T], progress: RowProgress | None) -> Iterator[T]:
    """``rows`` one by one, telling ``progress`` every :data:`PROGRESS_EVERY` rows."""
    if progress is None:
        yield from rows
        return
    total = len(rows)
    for done, row in enumerate(rows):
        if done % PROGRESS_EVERY == 0 and done:
            progress(done, total)
        yield row


class Severity(StrEnum):
    """An error keeps its row out of the database; a warning is only information."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One problem of one cell (or row, or column) of an imported sheet."""

    code: ErrorCode
    sheet: str
    row: int | None
    column: str
    value: str
    severity: Severity = Severity.ERROR
    facts: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_error(self) -> bool:
        """True when the row must not be written."""
        return self.severity is Severity.ERROR

    def all_facts(self, file: str = "") -> dict[str, Any]:
        """Everything the sentence may mention: file, sheet, row, column, value and more."""
        return {
            "file": file,
            "sheet": self.sheet,
            "row": self.row if self.row is not None else "",
            "column": self.column,
            "value": self.value,
            **self.facts,
        }

    def sort_key(self) -> tuple[int, int, str]:
        """Sheet order: by row (sheet-wide problems first), then errors before warnings."""
        return (self.row or 0, 0 if self.is_error else 1, self.column)


class ProblemList:
    """Collects the problems of one sheet and knows which rows they rule out."""

    def __init__(self, sheet: str) -> None:
        """Start an empty list for ``sheet``."""
        self.sheet = sheet
        self.items: list[Problem] = []
        self.bad_rows: set[int] = set()

    def add(
        self,
        code: ErrorCode,
        row: int | None,
        column: str,
        value: str,
        *,
        severity: Severity = Severity.ERROR,
        **facts: Any,
    ) -> None:
        """Record one problem; an error marks its row as not importable."""
        self.items.append(Problem(code, self.sheet, row, column, value, severity, facts))
        if severity is Severity.ERROR and row is not None:
            self.bad_rows.add(row)

    def warn(self, code: ErrorCode, row: int | None, column: str, value: str, **facts: Any) -> None:
        """Record a warning (the row is still imported)."""
        self.add(code, row, column, value, severity=Severity.WARNING, **facts)

    def extend(self, problems: Iterable[Problem]) -> None:
        """Take over problems found elsewhere (e.g. by the reader)."""
        for problem in problems:
            self.items.append(problem)
            if problem.is_error and problem.row is not None:
                self.bad_rows.add(problem.row)

    def sorted(self) -> list[Problem]:
        """The problems in sheet order."""
        return sorted(self.items, key=Problem.sort_key)

    @property
    def error_count(self) -> int:
        """How many problems are errors."""
        return sum(1 for problem in self.items if problem.is_error)


@dataclass
class Validation:
    """The verdict on one sheet: every problem, and the plan for the rows without errors."""

    problems: list[Problem]
    rows: int
    bad_rows: set[int]
    plan: Any

    @property
    def errors(self) -> int:
        """How many problems are errors."""
        return sum(1 for problem in self.problems if problem.is_error)

    @property
    def valid_rows(self) -> int:
        """Rows that can be imported."""
        return self.rows - len(self.bad_rows)
