"""Write an exported file whole or not at all: a temp file in the same folder, then os.replace.

A clerk's half-written export (disk full, file open in Excel) must never replace a good one;
failures become ``EXPORT_FAILED`` naming the file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from desktop_app.domain.errors import DutyMatrixError, ErrorCode


def replace_file(path: Path, data: bytes, *, make_folder: bool = True) -> None:
    """Put ``data`` at ``path`` through a temp file in the same folder and ``os.replace``;
    on any failure (OSError, cancellation) the temp file is removed and ``path`` untouched.
    Raises the OSError itself: batch workers report it across processes. Printing jobs
    create their output folder; a clerk's export into a folder that is gone is refused."""
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp_name, default_file_mode())
        os.replace(temp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        raise


def default_file_mode() -> int:
    """The mode a plainly created file gets (mkstemp makes temp files private)."""
    if os.name == "nt":
        return 0o666
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_atomically(path: Path, data: bytes, *, make_folder: bool = False) -> None:
    """Put ``data`` at ``path`` (replacing any file there) or leave ``path`` untouched; a
    failure becomes EXPORT_FAILED naming the file. ``make_folder`` creates a missing folder
    (a print run's output folder); by default a folder that is gone is refused."""
    try:
        replace_file(path, data, make_folder=make_folder)
    except OSError as error:
        raise DutyMatrixError(
            ErrorCode.EXPORT_FAILED, path=str(path), detail=error.strerror or str(error)
        ) from error
