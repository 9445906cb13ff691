"""Imports report their progress per phase and can be cancelled without writing anything."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from desktop_app.domain.enums import UnitKind
from desktop_app.domain.import_schema import ImportKind
from desktop_app.services.imports import (
    ImportCancelled,
    ImportRequest,
    preview_import,
    run_import,
)
from desktop_app.storage import audit
from desktop_app.storage.database import Database
from desktop_app.storage.models import Unit
from tests.demo_copy import DEMO_YEAR
from tests.services.test_imports import GOVERNMENT, dump

ROWS = 1_200


def register(path: Path, rows: int = ROWS) -> Path:
    """A unit register of ``rows`` new units under the county government."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("单位名录")
    sheet.append(["序号", "单位名称", "单位代码", "上级单位", "单位类别", "主要负责人"])
    for number in range(1, rows + 1):
        sheet.append(
            [number, f"测试单位{number:05d}", f"T{number:05d}", GOVERNMENT, "其他成员单位",
             f"负责人{number}"]
        )  # fmt: skip
    book.save(path)
    return path


def request(path: Path) -> ImportRequest:
    return ImportRequest(ImportKind.UNITS, path, year=DEMO_YEAR)


class Recorder:
    """Keeps every progress call; cancels once ``stop_at`` says so."""

    def __init__(self, stop_at: Any = None) -> None:
        self.calls: list[tuple[str, int, int]] = []
        self.stop_at = stop_at

    def progress(self, phase: str, done: int, total: int) -> None:
        self.calls.append((phase, done, total))

    def cancel(self) -> bool:
        return bool(self.stop_at and self.calls and self.stop_at(*self.calls[-1]))

    def of(self, phase: str) -> list[tuple[int, int]]:
        return [(done, total) for name, done, total in self.calls if name == phase]


@pytest.mark.parametrize("late", [False, True], ids=["first-batch", "after-audit-writes"])
def test_cancelling_while_writing_leaves_the_database_as_it_was(
    any_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, late: bool
) -> None:
    monkeypatch.setattr(audit, "AUDIT_BATCH", 300)  # events go out early, then roll back
    with any_database.transaction("setup") as session:
        session.add(Unit(name=GOVERNMENT, kind=UnitKind.GOVERNMENT))
    path = register(tmp_path / "名录.xlsx")
    before = dump(any_database)
    stop_after = 1_500 if late else 0
    recorder = Recorder(stop_at=lambda phase, done, _t: phase == "write" and done > stop_after)
    with pytest.raises(ImportCancelled):
        run_import(any_database, request(path), progress=recorder.progress, cancel=recorder.cancel)
    writes = recorder.of("write")
    assert writes[0] == (0, ROWS * 2) and stop_after < writes[-1][0] < ROWS * 2
    assert dump(any_database) == before  # no unit, no person, no audit event
    assert run_import(any_database, request(path)).written == ROWS * 2  # nothing was left over


def test_every_phase_is_reported_from_start_to_end_in_small_steps(
    demo: Database, tmp_path: Path
) -> None:
    path = register(tmp_path / "名录.xlsx")
    recorder = Recorder()
    result = run_import(demo, request(path), progress=recorder.progress)
    assert result.written == ROWS * 2  # each row: a unit and its principal
    assert [phase for phase, _d, _t in recorder.calls] == sorted(
        (phase for phase, _d, _t in recorder.calls), key=["read", "validate", "write"].index
    )
    for phase, total in (("read", ROWS + 1), ("validate", ROWS), ("write", ROWS * 2)):
        steps = recorder.of(phase)
        assert steps[0] == (0, total), phase
        assert steps[-1] == (total, total), phase
        dones = [done for done, _total in steps]
        assert dones == sorted(dones), phase
        assert max(b - a for a, b in zip(dones, dones[1:], strict=False)) <= 500, phase


def test_a_cancelled_preview_stops_while_reading(demo: Database, tmp_path: Path) -> None:
    path = register(tmp_path / "名录.xlsx")
    recorder = Recorder(stop_at=lambda phase, done, total: phase == "read" and done >= 500)
    with pytest.raises(ImportCancelled):
        preview_import(demo, request(path), progress=recorder.progress, cancel=recorder.cancel)
    assert {phase for phase, _d, _t in recorder.calls} == {"read"}
