"""Typed access to the cells of an imported table; every unreadable cell becomes a problem."""

from __future__ import annotations

from collections.abc import Sequence
from enum import StrEnum
from typing import Any, TypeVar

from desktop_app.domain.errors import ErrorCode
from desktop_app.domain.import_problems import ProblemList
from desktop_app.domain.import_refs import Snapshot, resolve_unit_cell
from desktop_app.domain.import_schema import ColumnSpec, SourceRow, TableData
from desktop_app.domain.import_vocabulary import (
    CellValue,
    ParseError,
    cell_text,
    display_value,
    match_key,
    parse_bool,
    parse_choice,
    parse_id_number,
    parse_int,
    parse_phone,
    split_list,
)

E = TypeVar("E", bound=StrEnum)

MIN_YEAR, MAX_YEAR = 2000, 2200


class Cells:
    """Reads the cells of ``table`` by column key, reporting problems into ``problems``."""

    def __init__(
        self, table: TableData, columns: Sequence[ColumnSpec], problems: ProblemList
    ) -> None:
        """Bind the table, its column specs and the problem list."""
        self.table = table
        self.specs = {spec.key: spec for spec in columns}
        self.problems = problems

    def has(self, key: str) -> bool:
        """True when the sheet has this column."""
        return key in self.table.mapping

    def label(self, key: str) -> str:
        """The column's header as written in the sheet."""
        return self.table.column_label(key, self.specs)

    def raw(self, row: SourceRow, key: str) -> CellValue:
        """The cell as read."""
        return row.get(self.table.mapping.get(key))

    def _problem(
        self, code: ErrorCode, row: SourceRow, key: str, value: CellValue, **facts: Any
    ) -> None:
        self.problems.add(code, row.number, self.label(key), display_value(value), **facts)

    def text(self, row: SourceRow, key: str) -> str | None:
        """Clean text, or None for an empty cell; checks required and length."""
        value = self.raw(row, key)
        text = cell_text(value)
        spec = self.specs[key]
        if not text:
            if spec.required:
                self._problem(ErrorCode.IMPORT_VALUE_MISSING, row, key, value)
            return None
        if spec.max_length is not None and len(text) > spec.max_length:
            self._problem(
                ErrorCode.IMPORT_TEXT_TOO_LONG,
                row,
                key,
                text[:40] + ("…" if len(text) > 40 else ""),
                limit=spec.max_length,
                length=len(text),
            )
            return None
        return text

    def choice(self, row: SourceRow, key: str, enum_class: type[E]) -> E | None:
        """An enum value from any word clerks use for it; None for an empty cell."""
        value = self.raw(row, key)
        if value is None:
            return None
        try:
            return parse_choice(value, enum_class)
        except ParseError as error:
            self._problem(ErrorCode.IMPORT_UNKNOWN_CHOICE, row, key, value, **error.facts)
            return None

    def boolean(self, row: SourceRow, key: str) -> bool | None:
        """是/否 and friends; None for an empty cell."""
        value = self.raw(row, key)
        if value is None:
            return None
        try:
            return parse_bool(value)
        except ParseError:
            self._problem(ErrorCode.IMPORT_NOT_YES_NO, row, key, value)
            return None

    def year(self, row: SourceRow, key: str, default: int) -> int | None:
        """The row's year (the import's year when the cell is empty)."""
        value = self.raw(row, key)
        if value is None:
            return default
        try:
            year = parse_int(value)
        except ParseError:
            year = -1
        if not MIN_YEAR <= year <= MAX_YEAR:
            self._problem(ErrorCode.IMPORT_BAD_YEAR, row, key, value)
            return None
        return year

    def id_number(self, row: SourceRow, key: str) -> str | None:
        """A checked resident ID number; None for an empty cell."""
        value = self.raw(row, key)
        if value is None:
            return None
        try:
            return parse_id_number(value)
        except ParseError as error:
            codes = {
                "id_stored_as_number": ErrorCode.IMPORT_ID_STORED_AS_NUMBER,
                "id_bad_check_digit": ErrorCode.IMPORT_ID_BAD_CHECK_DIGIT,
            }
            code = codes.get(error.reason, ErrorCode.IMPORT_ID_BAD_LENGTH)
            self._problem(code, row, key, value, **error.facts)
            return None

    def phone(self, row: SourceRow, key: str) -> str | None:
        """A phone number as text; None for an empty cell."""
        value = self.raw(row, key)
        if value is None:
            return None
        text = parse_phone(value)
        limit = self.specs[key].max_length or 50
        if len(text) > limit:
            self._problem(
                ErrorCode.IMPORT_TEXT_TOO_LONG,
                row,
                key,
                value,
                limit=limit,
                length=len(text),
            )
            return None
        return text or None

    def names(self, row: SourceRow, key: str) -> list[str]:
        """Several names in one cell (分管单位: "应急管理局、青溪镇")."""
        return split_list(self.raw(row, key))

    def report_unmapped(self) -> None:
        """One warning per column no spec claimed (it is ignored)."""
        for _index, header in self.table.unmapped_columns():
            self.problems.warn(ErrorCode.IMPORT_COLUMN_IGNORED, None, header, "")

    def unit(
        self,
        row: SourceRow,
        snapshot: Snapshot,
        *,
        key: str = "unit",
        code_key: str = "unit_code",
        parent_key: str = "parent",
        default: str | None = None,
    ) -> int | None:
        """The database unit a row names (by code, name and parent); problems reported."""
        text = (self.text(row, key) if self.has(key) else None) or default
        code = self.text(row, code_key) if code_key in self.specs else None
        parent = self.text(row, parent_key) if parent_key in self.specs else None
        if not text and not code:
            if key in self.specs and (self.specs[key].required or default is None):
                self._problem(ErrorCode.IMPORT_VALUE_MISSING, row, key, None)
            return None
        return self.unit_named(row, key, text or code or "", snapshot, code=code, parent=parent)

    def unit_named(
        self,
        row: SourceRow,
        key: str,
        text: str,
        snapshot: Snapshot,
        *,
        code: str | None = None,
        parent: str | None = None,
    ) -> int | None:
        """The database unit ``text`` names, or None with the problem reported."""
        found = resolve_unit_cell(text, code, parent, snapshot)
        if found.key is not None and found.key > 0:
            return found.key
        if found.ambiguous:
            self._problem(
                ErrorCode.IMPORT_AMBIGUOUS_UNIT,
                row,
                key,
                text,
                count=len(found.ambiguous),
                parents="、".join(found.ambiguous),
            )
        else:
            self._problem(ErrorCode.IMPORT_UNKNOWN_UNIT, row, key, text)
        return None

    def field_id(self, row: SourceRow, key: str, text: str, snapshot: Snapshot) -> int | None:
        """The industry field ``text`` names, or None with the problem reported."""
        found = snapshot.field_by_key.get(match_key(text))
        if found is None:
            self._problem(
                ErrorCode.IMPORT_UNKNOWN_FIELD, row, key, text, fields=snapshot.field_names()
            )
            return None
        return found.id
