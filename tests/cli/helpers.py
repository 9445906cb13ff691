"""Running the command line in-process, as the CLI tests do."""

from __future__ import annotations

import io

from desktop_app.cli import run


def run_cli(*argv: str) -> tuple[int, str, str]:
    """Run ``python -m desktop_app ARGV`` in this process: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()
