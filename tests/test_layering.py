"""The walls between layers (DESIGN §2): Qt only in ui/, no SQLAlchemy or I/O in domain/."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop_app"

# layer → module prefixes it must never import
FORBIDDEN: dict[str, tuple[str, ...]] = {
    "domain": (
        "PySide6",
        "shiboken6",
        "sqlalchemy",
        "alembic",
        "openpyxl",
        "reportlab",
        "desktop_app.storage",
        "desktop_app.services",
        "desktop_app.documents",
        "desktop_app.ui",
        "desktop_app.cli",
        "sqlite3",
    ),
    "storage": (
        "PySide6",
        "shiboken6",
        "desktop_app.services",
        "desktop_app.documents",
        "desktop_app.ui",
        "desktop_app.cli",
    ),
    "documents": (
        "PySide6",
        "shiboken6",
        "desktop_app.services",
        "desktop_app.ui",
        "desktop_app.cli",
    ),
    "services": ("PySide6", "shiboken6", "desktop_app.ui", "desktop_app.cli"),
}
QT_MODULES = ("PySide6", "shiboken6")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: list[tuple[int, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _violations(layer_files: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path.name}:{line} imports {module}"
        for path in layer_files
        for line, module in _imports(path)
        if any(module == banned or module.startswith(banned + ".") for banned in forbidden)
    ]


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_keeps_its_walls(layer: str) -> None:
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"layer {layer} has no modules"
    assert _violations(files, FORBIDDEN[layer]) == []


def test_only_ui_imports_qt() -> None:
    outside_ui = [p for p in PACKAGE.rglob("*.py") if "ui" not in p.relative_to(PACKAGE).parts[:1]]
    assert _violations(outside_ui, QT_MODULES) == []


def test_the_wall_check_itself_catches_a_violation(tmp_path: Path) -> None:
    offender = tmp_path / "bad.py"
    offender.write_text("from PySide6.QtWidgets import QWidget\nimport sqlalchemy.orm\n")
    assert len(_violations([offender], ("PySide6", "sqlalchemy"))) == 2
