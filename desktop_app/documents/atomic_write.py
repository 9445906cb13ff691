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


def write_atomically(path: Path, data: bytes) -> None:
    """Put ``data`` at ``path`` (replacing any file there) or leave ``path`` untouched."""
    temp_name = ""
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, path)
    except OSError as error:
        if temp_name:
            with contextlib.suppress(OSError):
                os.unlink(temp_name)
        raise DutyMatrixError(
            ErrorCode.EXPORT_FAILED, path=str(path), detail=error.strerror or str(error)
        ) from error
