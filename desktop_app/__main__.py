"""``python -m desktop_app``: arguments → paths → database → GUI or command line."""

from __future__ import annotations

import os
import sys


def main() -> None:
    """Entry point of both executables; a windowed build has no console streams at all."""
    import multiprocessing

    # Letter batches print in worker processes; a frozen (PyInstaller) program must let
    # those children run the worker instead of starting the whole program again.
    multiprocessing.freeze_support()
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    from desktop_app.cli import run

    raise SystemExit(run())


if __name__ == "__main__":
    main()
