#!/usr/bin/env python3
"""One command to set up and run DutyMatrix, its tests, or its Windows/Linux build.

    python dev.py            set up .venv (first time) and start the app
    python dev.py test       set up .venv with the test tools, run ruff, mypy and pytest
    python dev.py build      set up, build build.spec with PyInstaller, run --self-test
    python dev.py cli ARGS   run a command-line operation, e.g. "python dev.py cli info"

Extra arguments after "test" go to pytest. Only the standard library is used here, so a
fresh machine with Python 3.11+ needs nothing else.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
MIN_PYTHON = (3, 11)


def venv_python() -> Path:
    """The interpreter inside .venv on this platform."""
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def ensure_venv(extras: str) -> Path:
    """Create .venv and install the project with ``extras`` unless already done for this
    version of pyproject.toml."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(f"DutyMatrix needs Python {MIN_PYTHON[0]}.{MIN_PYTHON[1]} or newer.")
    python = venv_python()
    if not python.exists():
        print("Creating .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = VENV / f".installed-{extras or 'app'}-{digest}"
    if not stamp.exists():
        print(f"Installing DutyMatrix [{extras or 'app'}] into .venv …", flush=True)
        target = f".[{extras}]" if extras else "."
        subprocess.run(
            [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q",
             "-e", target],
            cwd=ROOT,
            check=True,
        )
        stamp.touch()
    return python


def run(command: list[str], env: dict[str, str] | None = None) -> int:
    """Run ``command`` in the project folder and return its exit code."""
    return subprocess.run(command, cwd=ROOT, env=env).returncode


def main(argv: list[str]) -> int:
    """Dispatch the sub-command."""
    action = argv[0] if argv else "app"
    rest = argv[1:]
    if action == "app":
        python = ensure_venv("")
        return run([str(python), "-m", "desktop_app", *rest])
    if action == "cli":
        python = ensure_venv("")
        return run([str(python), "-m", "desktop_app", *rest])
    if action == "test":
        python = ensure_venv("test")
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        lint = run([str(python), "-m", "ruff", "check", "desktop_app", "tests", "bench"], env)
        types = run([str(python), "-m", "mypy"], env)  # strict below ui/ (pyproject.toml)
        tests = run([str(python), "-m", "pytest", *rest], env)
        return tests or lint or types
    if action == "build":
        python = ensure_venv("build")
        code = run([str(python), "-m", "PyInstaller", "--noconfirm", "--clean", "build.spec"])
        if code:
            return code
        suffix = ".exe" if os.name == "nt" else ""
        frozen = ROOT / "dist" / "DutyMatrix" / f"dutymatrix-cli{suffix}"
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        return run([str(frozen), "--self-test"], env)
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
