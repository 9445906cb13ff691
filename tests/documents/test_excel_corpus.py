"""Every workbook of the corpus (tests/documents/excel_corpus.py) gives its expected rows,
its expected sheet/row/column problem, or its expected refusal — with both engines."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app.documents.excel_reader import read_table
from desktop_app.documents.excel_safety import ExcelError
from desktop_app.documents.excel_sources import CALAMINE, OPENPYXL
from desktop_app.domain.import_duties import validate_duties
from desktop_app.domain.import_matrix import matrix_columns, validate_matrix, validate_oversight
from desktop_app.domain.import_people import validate_people
from desktop_app.domain.import_problems import Validation
from desktop_app.domain.import_refs import Snapshot
from desktop_app.domain.import_schema import COLUMNS, ImportKind, TableData
from desktop_app.domain.import_units import validate_units
from tests.documents.excel_corpus import CASES, Case, county

YEAR = 2026


def check(kind: ImportKind, table: TableData, snapshot: Snapshot) -> Validation:
    """The domain verdict on a table read from the corpus."""
    if kind is ImportKind.UNITS:
        return validate_units(table, snapshot, year=YEAR)
    if kind is ImportKind.PEOPLE:
        return validate_people(table, snapshot)
    if kind is ImportKind.MATRIX:
        return validate_matrix(table, snapshot, year=YEAR)
    if kind is ImportKind.OVERSIGHT:
        return validate_oversight(table, snapshot, year=YEAR)
    return validate_duties(table, snapshot, year=YEAR)


def test_the_corpus_is_big_enough() -> None:
    assert len(CASES) >= 25
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("engine", [CALAMINE, OPENPYXL])
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_corpus_workbook(case: Case, engine: str, tmp_path: Path) -> None:
    if case.needs and shutil.which(case.needs) is None:
        pytest.skip(f"{case.needs} is not installed: no LibreOffice-written workbook to read")
    path = tmp_path / f"{case.name}.xlsx"
    case.build(path)
    snapshot = county()
    columns = matrix_columns(snapshot) if case.kind is ImportKind.MATRIX else COLUMNS[case.kind]
    expect = case.expect
    if expect.refused is not None:
        with pytest.raises(ExcelError) as refused:
            read_table(path, columns, engine=engine)
        assert refused.value.code is expect.refused
        assert refused.value.facts["path"] == str(path)
        return
    table = read_table(path, columns, engine=engine)
    assert table.sheet == expect.sheet
    validation = check(case.kind, table, snapshot)
    if expect.problem is not None:
        code, row, column = expect.problem
        found = [(p.code, p.row, p.column) for p in validation.problems]
        assert (code, row, column) in found, found
        assert row in validation.bad_rows
        return
    assert validation.errors == 0, validation.problems
    if expect.row_count is not None:
        assert len(table.rows) == expect.row_count, table.rows
    for number, values in expect.rows.items():
        row = next(r for r in table.rows if r.number == number)
        for key, value in values.items():
            assert row.get(table.mapping[key]) == value, (key, row)
