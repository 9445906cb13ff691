"""Save a file in the background: ask where, fix the suffix, write off the GUI thread, and
report a failure in one sentence naming the file.

Every Excel and PDF export of the window (文件 → 导出登记册, the visible matrix, the ledger,
the assessment's workbook, score sheets and 通报) goes through :func:`save_in_background`,
so they all offer a file name, show the same "Writing …" dialog and fail the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop_app.domain.errors import DutyMatrixError, ErrorCode
from desktop_app.ui.busy import run_busy

if TYPE_CHECKING:
    from desktop_app.ui.workspace import Workspace

T = TypeVar("T")


@dataclass(frozen=True)
class Saved(Generic[T]):
    """Where the file went and what the writer returned (e.g. how many rows)."""

    path: Path
    result: T


def with_suffix(path: Path, suffix: str) -> Path:
    """``path`` ending in ``suffix`` (".xlsx"): a name typed without it gets it."""
    return path if path.suffix.lower() == suffix.lower() else path.with_suffix(suffix)


def save_in_background(
    workspace: Workspace,
    parent: QWidget | None,
    caption: str,
    suggested_name: str,
    file_filter: str,
    suffix: str,
    writer: Callable[[Path], T],
    *,
    path: Path | None = None,
) -> Saved[T] | None:
    """Ask for a file (unless ``path`` is given) and run ``writer(file)`` on a worker thread.

    ``writer`` must not touch widgets or models: read what it needs on the GUI thread first.
    A refusal (DutyMatrixError) is reported through the workspace; so is an OSError that a
    writer let escape, as EXPORT_FAILED naming the file. None when cancelled or failed.
    """
    target = path or workspace.prompter.save_path(caption, suggested_name, file_filter)
    if target is None:
        return None
    target = with_suffix(target, suffix)
    label = QCoreApplication.translate("SaveInBackground", "Writing {file}…").format(
        file=target.name
    )
    try:
        # parent, not activeWindow(): that may be a closed window awaiting deletion
        result = run_busy(parent, label, lambda: writer(target))
    except DutyMatrixError as error:
        workspace.report(error)
        return None
    except OSError as error:
        workspace.report(
            DutyMatrixError(
                ErrorCode.EXPORT_FAILED, path=str(target), detail=error.strerror or str(error)
            )
        )
        return None
    return Saved(target, result)


__all__ = ["Saved", "save_in_background", "with_suffix"]
