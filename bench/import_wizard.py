"""Benchmark: the import wizard's background jobs on a 10,000-row unit register (issue 6).

    python bench/import_wizard.py [--rows N]

Runs the check (read + validate) and the write through the wizard, offscreen, and prints for
each: seconds, the longest time the window's event loop was kept from running (a 10 ms timer
measures it; before issue 6 this was the whole step), and how many progress updates reached
the window per second (throttled to about 20).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    """Build a register, walk the wizard through it and print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    rows = parser.parse_args().rows

    from openpyxl import Workbook
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.enums import UnitKind
    from desktop_app.services.units import create_unit
    from desktop_app.storage.database import open_database
    from desktop_app.ui.import_wizard import ImportWizard
    from desktop_app.ui.prompter import Prompter
    from desktop_app.ui.workspace import Workspace

    class QuietPrompter(Prompter):
        """Collects messages instead of showing boxes."""

        def __init__(self) -> None:
            super().__init__(None)
            self.messages: list[str] = []

        def error(self, text: str) -> None:
            self.messages.append(text)

        def inform(self, text: str) -> None:
            self.messages.append(text)

    app = QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="dutymatrix-bench-"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    database = open_database(folder / "bench.db", create=True)
    government = create_unit(database, "示范县人民政府", UnitKind.GOVERNMENT)
    create_unit(database, "城关镇", UnitKind.TOWNSHIP, parent_id=government)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "名单"
    sheet.append(["单位名称", "上级单位"])
    for number in range(rows):
        sheet.append([f"城关第{number:05d}号企业有限公司", "城关镇"])
    book.save(folder / "名单.xlsx")

    prompter = QuietPrompter()
    wizard = ImportWizard(Workspace(database, 2026, prompter), path=folder / "名单.xlsx")
    wizard.show()
    wizard.next()
    wizard.next()

    def measure(label: str, start: object) -> None:
        updates = [0]
        wizard.job.progress.connect(lambda *_report: updates.__setitem__(0, updates[0] + 1))
        longest = [0]
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(10)

        def tick() -> None:
            longest[0] = max(longest[0], clock.restart())

        ticker.timeout.connect(tick)
        loop = QEventLoop()
        wizard.job.ended.connect(loop.quit)
        began = time.perf_counter()
        clock.start()
        ticker.start()
        start()  # type: ignore[operator]
        if wizard.job.running:
            loop.exec()
        ticker.stop()
        seconds = time.perf_counter() - began
        print(
            f"{label:<34} {seconds:7.3f} s   longest stall {longest[0]:5d} ms   "
            f"{updates[0] / max(seconds, 1e-9):5.1f} updates/s"
        )

    measure(f"check {rows} rows (read+validate)", wizard.next)
    assert wizard.currentPage() is wizard.problems_page, prompter.messages
    measure(f"write {rows} units (backup+write)", wizard.accept)
    print(prompter.messages[-1].splitlines()[0])
    database.close()
    app.quit()


if __name__ == "__main__":
    main()
