"""The one place that knows where data, backups and resources live.

Order of precedence for the data folder: an explicit ``--data-dir``, the
``DUTYMATRIX_DATA_DIR`` environment variable (tests), a ``portable`` marker file next to the
program (data then lives in ``data/`` beside it), and finally the user's data folder.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop_app import APP_NAME

DATABASE_FILE_NAME = "dutymatrix.db"
PORTABLE_MARKERS = ("portable", "portable.txt")
DATA_DIR_ENV = "DUTYMATRIX_DATA_DIR"


def is_frozen() -> bool:
    """True inside a PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """The folder of the executable (frozen) or of the source checkout."""
    if is_frozen():
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The bundled ``resources/`` folder (inside the PyInstaller bundle when frozen)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", program_dir())) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def is_portable(folder: Path | None = None) -> bool:
    """True when a ``portable`` marker file sits next to the program."""
    base = folder or program_dir()
    return any((base / marker).is_file() for marker in PORTABLE_MARKERS)


@dataclass(frozen=True)
class AppPaths:
    """Every folder and file the program writes to."""

    data_dir: Path
    portable: bool = False

    @property
    def database_file(self) -> Path:
        """The default SQLite database."""
        return self.data_dir / DATABASE_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        """Automatic and manual backups."""
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        """Scanned letters, content-addressed by SHA-256."""
        return self.data_dir / "attachments"

    @property
    def log_dir(self) -> Path:
        """Log files."""
        return self.data_dir / "logs"

    def ensure(self) -> None:
        """Create the data folder and its sub-folders if missing."""
        for folder in (self.data_dir, self.backup_dir, self.attachments_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resolve_paths(data_dir: str | Path | None = None, *, program: Path | None = None) -> AppPaths:
    """Decide where the data lives (see the module docstring for the order)."""
    if data_dir:
        return AppPaths(Path(data_dir).expanduser().absolute())
    from_env = os.environ.get(DATA_DIR_ENV)
    if from_env:
        return AppPaths(Path(from_env).expanduser().absolute())
    base = program or program_dir()
    if is_portable(base):
        return AppPaths(base / "data", portable=True)
    return AppPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False)))
