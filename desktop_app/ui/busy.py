"""Run a long operation off the GUI thread while a "please wait" dialog shows.

Exports, printing score sheets or a bulletin take a few seconds on a big county; on the GUI
thread Windows would grey the window out as "not responding". :func:`run_busy` runs the
operation on a worker thread, keeps the window painting with a modal busy dialog (shown only
if the work takes longer than a moment), and hands back the result — or raises the
operation's own exception in the caller's thread, so callers handle errors as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

T = TypeVar("T")

SHOW_AFTER_MS = 400
"""A quicker operation finishes before the dialog would flash up."""


class _Worker(QObject, Generic[T]):
    """Runs the work once on its thread and says how it went."""

    finished = Signal()

    def __init__(self, work: Callable[[], T]) -> None:
        super().__init__()
        self.work = work
        self.result: T | None = None
        self.error: BaseException | None = None

    @Slot()
    def run(self) -> None:
        try:
            self.result = self.work()
        except BaseException as error:  # handed to the GUI thread and raised there
            self.error = error
        self.finished.emit()


def run_busy(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` on a worker thread, showing ``label`` while it runs; return its result.

    The dialog is application-modal and has no cancel button: what runs here is short enough
    not to need one, and must not be interrupted half-way (files are written atomically).
    """
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setCancelButton(None)  # type: ignore[arg-type]  # Qt: no button at all
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    thread = QThread()
    worker = _Worker(work)
    worker.moveToThread(thread)
    loop = QEventLoop()
    # the loop lives in this thread, so the signal from the worker's thread is queued here
    worker.finished.connect(loop.quit, Qt.ConnectionType.QueuedConnection)
    thread.started.connect(worker.run)
    thread.start()
    # Repaint, but hold back clicks and keys until the work is done (the dialog only shows
    # after SHOW_AFTER_MS): a second export or a preview must not start meanwhile.
    loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    thread.quit()
    thread.wait()
    if shiboken6.isValid(dialog):  # gone if its parent window was deleted meanwhile
        dialog.reset()
        dialog.deleteLater()
    if worker.error is not None:
        raise worker.error
    return worker.result  # type: ignore[return-value]  # set whenever error is not
