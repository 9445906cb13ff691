"""Figures for the responsibility matrix at county-group scale: 5,000 units × 60 fields.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/matrix.py   (prints figures; asserts nothing)

The test database is written in bulk with SQLAlchemy Core (it is test data, not a user
operation), with every column the ORM would fill (uuid, updated_at, sort order …) so the rows
are as consistent as the application's own. The timings then go through the real window,
services and audit trail.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
import tracemalloc
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import event, insert  # noqa: E402

from desktop_app.domain.enums import FieldRole, UnitCategory, UnitKind  # noqa: E402
from desktop_app.storage.database import Database, open_database  # noqa: E402
from desktop_app.storage.models import Field, FieldAssignment, Person, Unit  # noqa: E402

YEAR = 2026
UNITS = 5000
FIELDS = 60
DEPARTMENTS = 40
TOWNSHIPS = 25
SELECTED_ROWS, SELECTED_COLUMNS = 50, 20  # 1,000 cells


NOW = datetime.now(UTC)
UNIT_DEFAULTS = {
    "parent_id": None,
    "category": None,
    "territorial_unit_id": None,
    "is_committee_member": False,
    "active": True,
}


def _row(**columns: Any) -> dict[str, Any]:
    """A row with the columns the ORM would fill itself (executemany needs equal keys)."""
    return {"uuid": str(uuid.uuid4()), "updated_at": NOW, **columns}


def _unit(**columns: Any) -> dict[str, Any]:
    return _row(**{**UNIT_DEFAULTS, **columns})


def generate(database: Database) -> dict[str, int]:
    """Units, fields, principals and one year's matrix, inserted in bulk."""
    units: list[dict[str, Any]] = [
        _unit(
            id=1,
            name="基准县人民政府",
            kind=UnitKind.GOVERNMENT.value,
            sort_order=0,
            active=True,
            is_committee_member=False,
        )
    ]
    next_id = 2
    departments, townships = [], []
    for number in range(DEPARTMENTS):
        units.append(
            _unit(
                id=next_id,
                name=f"县第{number + 1}局",
                parent_id=1,
                kind=UnitKind.DEPARTMENT.value,
                category=UnitCategory.INDUSTRY.value,
                is_committee_member=True,
                sort_order=number,
                active=True,
            )
        )
        departments.append(next_id)
        next_id += 1
    for number in range(TOWNSHIPS):
        units.append(
            _unit(
                id=next_id,
                name=f"第{number + 1}镇",
                parent_id=1,
                kind=UnitKind.TOWNSHIP.value,
                is_committee_member=True,
                sort_order=DEPARTMENTS + number,
                active=True,
            )
        )
        townships.append(next_id)
        next_id += 1
    enterprises = []
    while next_id <= UNITS:
        town = townships[next_id % TOWNSHIPS]
        units.append(
            _unit(
                id=next_id,
                name=f"企业{next_id:05d}有限公司",
                parent_id=town,
                kind=UnitKind.ENTERPRISE.value,
                territorial_unit_id=town,
                is_committee_member=False,
                sort_order=next_id,
                active=True,
            )
        )
        enterprises.append(next_id)
        next_id += 1
    fields = [
        _row(id=f + 1, code=f"F{f + 1:02d}", name=f"行业领域{f + 1:02d}", sort_order=f, active=True)
        for f in range(FIELDS)
    ]
    people = [
        _row(
            name=f"负责人{u['id']}",
            unit_id=u["id"],
            is_party_head=False,
            is_admin_head=True,
            is_leader=False,
            sort_order=0,
            active=True,
        )
        for u in units
    ]
    cells: list[dict[str, Any]] = []
    for field_id in range(1, FIELDS + 1):
        cells.append(
            _row(
                year=YEAR,
                unit_id=departments[field_id % DEPARTMENTS],
                field_id=field_id,
                role=FieldRole.LEAD.value,
            )
        )
        for offset in (1, 2, 3):
            cells.append(
                _row(
                    year=YEAR,
                    unit_id=departments[(field_id + offset) % DEPARTMENTS],
                    field_id=field_id,
                    role=FieldRole.SUPPORT.value,
                )
            )
        for town in townships[:10]:
            cells.append(
                _row(year=YEAR, unit_id=town, field_id=field_id, role=FieldRole.TERRITORIAL.value)
            )
    for number, enterprise in enumerate(enterprises):
        cells.append(
            _row(
                year=YEAR,
                unit_id=enterprise,
                field_id=number % FIELDS + 1,
                role=FieldRole.MAIN.value,
            )
        )
    with database.engine.begin() as connection:
        connection.execute(insert(Unit), units)
        connection.execute(insert(Field), fields)
        connection.execute(insert(Person), people)
        connection.execute(insert(FieldAssignment), cells)
    return {"units": len(units), "fields": len(fields), "people": len(people), "cells": len(cells)}


class StatementCounter:
    """Counts SQL statements sent to the database while active."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.count = 0

    def _on_execute(self, *_args: object) -> None:
        self.count += 1

    def __enter__(self) -> StatementCounter:
        event.listen(self.database.engine, "before_cursor_execute", self._on_execute)
        return self

    def __exit__(self, *_exc: object) -> None:
        event.remove(self.database.engine, "before_cursor_execute", self._on_execute)


def main() -> None:
    """Print the figures (with --memory: trace Python allocations, which slows timings)."""
    trace = "--memory" in sys.argv
    if trace:
        tracemalloc.start()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, folder)
        path = Path(folder) / "bench.db"
        database = open_database(path, create=True)
        started = time.perf_counter()
        counts = generate(database)
        print(
            f"generated {counts['units']} units × {counts['fields']} fields, "
            f"{counts['cells']} cells, {counts['people']} people "
            f"in {time.perf_counter() - started:.2f} s"
        )

        from desktop_app.ui.main_window import MainWindow

        started = time.perf_counter()
        window = MainWindow(database)
        window.resize(1400, 900)
        window.show()
        app.processEvents()
        print(f"main window open (tree, counts):          {time.perf_counter() - started:8.3f} s")

        started = time.perf_counter()
        window.tabs.setCurrentWidget(window.matrix_tab)
        view = window.matrix_tab.view
        view.viewport().repaint()
        app.processEvents()
        print(
            f"matrix tab open until usable:             {time.perf_counter() - started:8.3f} s "
            f"({window.matrix_tab.model.rowCount()} rows × "
            f"{window.matrix_tab.model.columnCount()} columns)"
        )

        model = window.matrix_tab.model
        top, left = 100, 5
        block = QItemSelection(
            model.index(top, left),
            model.index(top + SELECTED_ROWS - 1, left + SELECTED_COLUMNS - 1),
        )
        view.selectionModel().select(block, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        started = time.perf_counter()
        window.matrix_tab.set_selected(FieldRole.SUPPORT)
        view.viewport().repaint()
        app.processEvents()
        print(
            f"set a role on {SELECTED_ROWS * SELECTED_COLUMNS} cells (write + audit + repaint): "
            f"{time.perf_counter() - started:6.3f} s"
        )
        started = time.perf_counter()
        window.workspace.undo_stack.undo()
        app.processEvents()
        print(
            f"undo of those {SELECTED_ROWS * SELECTED_COLUMNS} cells:                "
            f"{time.perf_counter() - started:8.3f} s"
        )

        with StatementCounter(database) as counter:
            started = time.perf_counter()
            bar = view.verticalScrollBar()
            steps = 40
            for step in range(steps + 1):
                bar.setValue(bar.maximum() * step // steps)
                view.horizontalScrollBar().setValue(
                    view.horizontalScrollBar().maximum() * (step % 4) // 3
                )
                view.viewport().repaint()
            app.processEvents()
            elapsed = time.perf_counter() - started
        print(
            f"scrolling + repainting {steps + 1} screens:         {elapsed:8.3f} s, "
            f"SQL statements: {counter.count}"
        )

        with StatementCounter(database) as counter:
            started = time.perf_counter()
            window.matrix_tab.search_edit.setText("企业04")
            window.matrix_tab.clear_filter()
            app.processEvents()
            elapsed = time.perf_counter() - started
        print(
            f"filter on + off:                          {elapsed:8.3f} s, "
            f"SQL statements: {counter.count}"
        )

        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        if trace:
            _current, peak = tracemalloc.get_traced_memory()
            print(f"peak Python memory (tracemalloc):         {peak / 1024 / 1024:8.1f} MB")
        print(f"peak resident set size (whole process):   {rss:8.1f} MB")
        window.close()
        database.close()


if __name__ == "__main__":
    main()
