"""Figures for the foundation: demo generation, opening (checks + migration), tree loading.

Run: .venv/bin/python bench/demo_and_open.py   (prints figures; asserts nothing)
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.services.check import check_database  # noqa: E402
from desktop_app.services.demo import generate_demo  # noqa: E402
from desktop_app.services.gaps import list_gaps  # noqa: E402
from desktop_app.services.units import unit_tree  # noqa: E402
from desktop_app.storage.database import open_database  # noqa: E402


def timed(label: str, repeats: int, action: object) -> None:
    """Run ``action`` ``repeats`` times and print the median and the worst time."""
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()  # type: ignore[operator]
        samples.append(time.perf_counter() - started)
    print(f"{label:<38} median {statistics.median(samples) * 1000:8.1f} ms"
          f"   max {max(samples) * 1000:8.1f} ms   (n={repeats})")


def main() -> None:
    """Print the figures."""
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        counter = iter(range(1000))

        def fresh_demo() -> None:
            database = open_database(root / f"demo{next(counter)}.db", create=True)
            generate_demo(database)
            database.close()

        timed("create + migrate + demo county", 5, fresh_demo)
        target = root / "demo0.db"
        timed("open existing (sniff, quick_check)", 10, lambda: open_database(target).close())
        database = open_database(target)
        timed("unit tree (156 units)", 20, lambda: unit_tree(database))
        timed("gaps for 2026", 20, lambda: list_gaps(database, 2026))
        timed("check (integrity + audit chain)", 5, lambda: check_database(database))
        database.close()
        print(f"database size: {target.stat().st_size / 1024:.0f} KiB")


if __name__ == "__main__":
    main()
