"""The ledger's "out of date vs the matrix" check, off the GUI thread.

Composing every letter again takes milliseconds per letter, too long for the GUI thread with
a thousand letters. ``StaleCheck`` runs ``services.letter_ledger.stale_letter_ids`` in Qt's
global thread pool (which Qt waits for at exit, so no thread outlives the application) and
delivers the answer by a queued signal; each check carries a number so a late answer to an
older request is ignored. The checks are owned here (not by the pool, not by a tab), so a
check outlives a closed window until it has finished.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.services.letter_ledger import stale_letter_ids
from desktop_app.storage.database import Database


class StaleCheckSignals(QObject):
    """Carries the result back to the GUI thread.

    Signals:
        finished(int, object): the check's number and the set of out-of-date letter ids,
            or None when the check could not be done.
    """

    finished = Signal(int, object)


class StaleCheck(QRunnable):
    """One check of one year's letters."""

    def __init__(self, database: Database, year: int, number: int) -> None:
        """Remember what to check; ``run`` does it on a pool thread."""
        super().__init__()
        self.setAutoDelete(False)  # owned by ``_CHECKS``, released after it has finished
        self.database = database
        self.year = year
        self.number = number
        self.signals = StaleCheckSignals()
        self.done = False

    def run(self) -> None:
        """Compute the out-of-date ids and emit ``finished`` exactly once."""
        result: set[int] | None
        try:
            result = stale_letter_ids(self.database, self.year)
        except Exception:  # the database may be closed or replaced meanwhile: no answer
            result = None
        # RuntimeError: the signal carrier is gone (window closed) — nobody to tell.
        with contextlib.suppress(RuntimeError):
            self.signals.finished.emit(self.number, result)
        self.done = True


_CHECKS: list[StaleCheck] = []
_KEEP_FINISHED = 2  # the latest finished ones may still be returning from ``run``


def start_stale_check(check: StaleCheck) -> None:
    """Run ``check`` in Qt's global thread pool (and forget checks finished long ago)."""
    finished = [c for c in _CHECKS if c.done]
    for old in finished[:-_KEEP_FINISHED] if len(finished) > _KEEP_FINISHED else []:
        _CHECKS.remove(old)
    _CHECKS.append(check)
    QThreadPool.globalInstance().start(check)


def wait_for_stale_checks(milliseconds: int = 30000) -> bool:
    """Wait until no check runs (tests, closing a database); False on time-out."""
    return QThreadPool.globalInstance().waitForDone(milliseconds)
