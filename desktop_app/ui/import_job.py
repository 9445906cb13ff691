"""The import's heavy steps on a worker thread: progress, cancel, and a window that never freezes.

:class:`ImportJob` runs one task at a time — ``preview_import`` (read + check) or
``run_import`` (write), bound to their arguments — on a QThread, following
letters_print_dialog.py. The service reports (phase, done, total); the worker forwards that
through a queued signal at most ~20 times a second. Cancelling sets a flag the service asks
between rows; it then stops with ``ImportCancelled`` and the write's transaction is rolled
back. :class:`JobPanel` is the progress bar, phase and Stop button a wizard page shows.

The worker touches the database through the same ``Database`` object: the SQLite engine
pools connections (``check_same_thread`` is off for file databases), every service call opens
its own session, and the wizard keeps the GUI from using the database while a job runs.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from desktop_app.domain.errors import DutyMatrixError
from desktop_app.services.imports import READ, VALIDATE, WRITE, Cancel, ImportCancelled, Progress

Task = Callable[[Progress, Cancel], object]
"""A service call bound to its arguments; it gets the ``progress`` and ``cancel`` callbacks."""

UPDATE_INTERVAL = 0.05
"""Seconds between two progress updates sent to the window (about 20 a second at most)."""


class Status(StrEnum):
    """How a job ended."""

    FINISHED = "finished"
    CANCELLED = "cancelled"
    FAILED = "failed"
    CRASHED = "crashed"


@dataclass(frozen=True)
class Outcome:
    """How job ``job_id`` ended: the task's result, the DutyMatrixError, or the bug."""

    job_id: int
    status: Status
    value: object = None


class ProgressThrottle:
    """Lets through a phase's first and last report and otherwise one per ``interval`` s."""

    def __init__(
        self, interval: float = UPDATE_INTERVAL, clock: Callable[[], float] = time.monotonic
    ) -> None:
        """Nothing reported yet."""
        self.interval = interval
        self.clock = clock
        self.phase: str | None = None
        self.last = 0.0

    def wanted(self, phase: str, done: int, total: int) -> bool:
        """True when this report should reach the window."""
        now = self.clock()
        if phase != self.phase or done >= total or now - self.last >= self.interval:
            self.phase, self.last = phase, now
            return True
        return False


class ImportWorker(QObject):
    """Runs one task; lives on the job's worker thread.

    Signals:
        progress(str, int, int): phase ("read", "validate", "write"), done, total — throttled.
        ended(object): the :class:`Outcome` (exactly once, as the last signal).
    """

    progress = Signal(str, int, int)
    ended = Signal(object)

    def __init__(self, job_id: int, task: Task) -> None:
        """Remember the task; ``run`` does it."""
        super().__init__()
        self.job_id = job_id
        self.task = task
        self.stop = threading.Event()
        self.throttle = ProgressThrottle()
        self.outcome: Outcome | None = None

    def _report(self, phase: str, done: int, total: int) -> None:
        if self.throttle.wanted(phase, done, total):
            self.progress.emit(phase, done, total)

    @Slot()
    def run(self) -> None:
        """Do the task and emit how it ended."""
        try:
            result = self.task(self._report, self.stop.is_set)
        except ImportCancelled:
            outcome = Outcome(self.job_id, Status.CANCELLED)
        except DutyMatrixError as error:
            outcome = Outcome(self.job_id, Status.FAILED, error)
        except Exception as error:  # a bug: handed to the GUI thread, which re-raises it
            outcome = Outcome(self.job_id, Status.CRASHED, error)
        else:
            outcome = Outcome(self.job_id, Status.FINISHED, result)
        self.outcome = outcome
        self.ended.emit(outcome)
        # Nothing else runs on this thread: let it finish now, whatever the window does.
        QThread.currentThread().quit()


class _Running:
    """The running job's worker and thread, in a plain object so that an ImportJob being
    destroyed (its parent window deleted mid-job) can still stop and join them — a QThread
    destroyed while running aborts the program."""

    def __init__(self) -> None:
        self.worker: ImportWorker | None = None
        self.thread: QThread | None = None

    def stop_and_join(self) -> Outcome | None:
        """Ask the worker to stop, wait for its thread, and forget both."""
        worker, thread = self.worker, self.thread
        self.worker, self.thread = None, None
        if worker is not None:
            worker.stop.set()
        if thread is not None:
            thread.quit()
            thread.wait()
        return worker.outcome if worker is not None else None


class ImportJob(QObject):
    """One background task at a time, joined before it is reported or abandoned.

    Signals:
        progress(str, int, int): the running task's (phase, done, total).
        ended(object): the :class:`Outcome`, once the worker thread has finished.
    """

    progress = Signal(str, int, int)
    ended = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        """No job yet; a quitting application, or this object's end, stops a running one."""
        super().__init__(parent)
        self._running = _Running()
        self._last_id = 0
        self.destroyed.connect(self._running.stop_and_join)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.cancel_and_wait)

    @property
    def worker(self) -> ImportWorker | None:
        """The running task's worker."""
        return self._running.worker

    @property
    def worker_thread(self) -> QThread | None:
        """The running task's thread."""
        return self._running.thread

    @property
    def running(self) -> bool:
        """True from ``start`` until the outcome has been reported (or the job abandoned)."""
        return self._running.thread is not None

    def start(self, task: Task) -> None:
        """Run ``task`` on a fresh worker thread."""
        if self.running:
            raise RuntimeError("an import job is already running")
        self._last_id += 1
        worker = ImportWorker(self._last_id, task)
        thread = QThread(self)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        queued = Qt.ConnectionType.QueuedConnection
        worker.progress.connect(self._on_progress, queued)
        worker.ended.connect(self._on_ended, queued)
        self._running.worker, self._running.thread = worker, thread
        thread.start()

    @Slot()
    def cancel(self) -> None:
        """Ask the running task to stop at its next check (the outcome follows)."""
        if self.worker is not None:
            self.worker.stop.set()

    @Slot()
    def cancel_and_wait(self) -> Outcome | None:
        """Stop the running task and wait for its thread; its outcome is returned, not emitted."""
        thread = self.worker_thread
        outcome = self._running.stop_and_join()
        if thread is not None:
            thread.deleteLater()
        return outcome

    def _join(self) -> None:
        thread = self.worker_thread
        self._running.worker, self._running.thread = None, None
        if thread is not None:
            thread.wait()  # the worker quit it as its last act
            thread.deleteLater()

    def _current(self, job_id: int) -> bool:
        return self.worker is not None and self.worker.job_id == job_id

    @Slot(str, int, int)
    def _on_progress(self, phase: str, done: int, total: int) -> None:
        if self.worker is not None and not self.worker.stop.is_set():
            self.progress.emit(phase, done, total)

    @Slot(object)
    def _on_ended(self, outcome: Outcome) -> None:
        if not self._current(outcome.job_id):
            return  # abandoned by cancel_and_wait, which already handled it
        self._join()
        self.ended.emit(outcome)


def phase_name(phase: str) -> str:
    """What the panel calls a phase."""
    names = {
        READ: QCoreApplication.translate("JobPanel", "Reading…"),
        VALIDATE: QCoreApplication.translate("JobPanel", "Checking…"),
        WRITE: QCoreApplication.translate("JobPanel", "Writing…"),
    }
    return names.get(phase, phase)


class JobPanel(QWidget):
    """A progress bar with the phase, and a Stop button, shown while a job runs.

    Signals:
        stop_requested(): the clerk pressed Stop.
    """

    stop_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        """Hidden until ``begin``."""
        super().__init__(parent)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setTextVisible(True)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop this step; nothing is written."))
        self.cancel_button.clicked.connect(self._on_stop)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        self.hide()

    def begin(self, phase: str) -> None:
        """Show the panel for a job starting with ``phase``."""
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.progress_bar.show()
        self.show_progress(phase, 0, 0)
        self.show()

    @Slot(str, int, int)
    def show_progress(self, phase: str, done: int, total: int) -> None:
        """Show how far ``phase`` is: a busy bar until the first rows are done (the write
        reports only its start and end, and the total is unknown at first)."""
        if done > 0 and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
            self.progress_bar.setFormat("%v / %m")
        else:
            self.progress_bar.setRange(0, 0)
        if total > 0:
            self.status_label.setText(
                self.tr("{phase} {done} of {total}").format(
                    phase=phase_name(phase), done=done, total=total
                )
            )
        else:
            self.status_label.setText(phase_name(phase))

    @Slot()
    def _on_stop(self) -> None:
        self.cancel_button.setEnabled(False)
        self.status_label.setText(self.tr("Stopping…"))
        self.stop_requested.emit()

    def end(self, message: str = "") -> None:
        """The job is over: hide the bar; keep ``message`` (if any) in view."""
        self.progress_bar.hide()
        self.cancel_button.hide()
        self.status_label.setText(message)
        self.setVisible(bool(message))


__all__ = ["ImportJob", "JobPanel", "Outcome", "ProgressThrottle", "Status", "Task"]
