"""文件 → 导出登记册: the registers as formatted workbooks that import back (units, people,
the whole matrix, the letter ledger, the assessment results), written in the background.

These are the same files as ``python -m desktop_app export KIND FILE.xlsx``; the visible
matrix export above them prints what the filter shows, as shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from desktop_app.storage.database import Database
from desktop_app.ui.save_in_background import Saved, save_in_background

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow
    from desktop_app.ui.workspace import Workspace

Exporter = Callable[[Database, Path, int], int]
"""(database, file, year) → how many rows were written."""


def _units(database: Database, path: Path, year: int) -> int:
    from desktop_app.services.exports import export_units

    return export_units(database, path, year=year)


def _people(database: Database, path: Path, _year: int) -> int:
    from desktop_app.services.exports import export_people

    return export_people(database, path)


def _matrix(database: Database, path: Path, year: int) -> int:
    from desktop_app.services.exports import export_matrix

    return export_matrix(database, path, year=year)


def _letters(database: Database, path: Path, year: int) -> int:
    from desktop_app.services.exports import export_letters

    return export_letters(database, path, year=year)


def _assessment(database: Database, path: Path, year: int) -> int:
    from desktop_app.services.assessment_export import export_assessment_workbook

    return export_assessment_workbook(database, path, year=year)


@dataclass(frozen=True)
class Register:
    """One register the menu exports: its key (texts in :func:`_texts`) and its writer."""

    key: str
    exporter: Exporter


REGISTERS: tuple[Register, ...] = (
    Register("units", _units),
    Register("people", _people),
    Register("matrix", _matrix),
    Register("letters", _letters),
    Register("assessment", _assessment),
)


def _texts(key: str) -> tuple[str, str]:
    """(menu text, file name offered, with ``{year}``) of a register in the current language."""
    translate = QCoreApplication.translate
    texts = {
        "units": (
            translate("ExportMenu", "&Unit register…"),
            translate("ExportMenu", "Unit register {year}.xlsx"),
        ),
        "people": (
            translate("ExportMenu", "&People and leaders…"),
            translate("ExportMenu", "People and leaders.xlsx"),
        ),
        "matrix": (
            translate("ExportMenu", "Whole &matrix (importable)…"),
            translate("ExportMenu", "Responsibility matrix {year}.xlsx"),
        ),
        "letters": (
            translate("ExportMenu", "&Letter ledger…"),
            translate("ExportMenu", "Letter ledger {year}.xlsx"),
        ),
        "assessment": (
            translate("ExportMenu", "&Assessment results…"),
            translate("ExportMenu", "Assessment results {year}.xlsx"),
        ),
    }
    return texts[key]


class ExportMenu(QObject):
    """The submenu and its actions, renamed when the language changes."""

    def __init__(self, window: MainWindow) -> None:
        """Put 导出登记册 under 文件, after the visible-matrix export."""
        super().__init__(window)
        self.window = window
        self.menu = QMenu(window)
        self.actions: dict[str, QAction] = {}
        for register in REGISTERS:
            action = QAction(window)
            action.triggered.connect(lambda _checked=False, r=register: self.export(r.key))
            self.menu.addAction(action)
            self.actions[register.key] = action
        file_menu = window.menus.file_menu
        file_menu.insertMenu(window.menus.print_action, self.menu)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.menu.setTitle(QCoreApplication.translate("ExportMenu", "Export &registers"))
        for key, action in self.actions.items():
            action.setText(_texts(key)[0])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Follow the window's language switches."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def export(self, key: str, path: Path | None = None) -> int | None:
        """Ask where (unless ``path`` is given) and write the register; rows written, or None."""
        saved = export_register(self.window.workspace, self.window, key, path)
        return saved.result if saved is not None else None


def export_register(
    workspace: Workspace, parent: QWidget | None, key: str, path: Path | None = None
) -> Saved[int] | None:
    """Ask where (unless ``path`` is given) and write the register ``key`` of the workspace's
    year in the background; the window's status bar says how many rows went where.

    The menu and the tabs' own buttons (the ledger's and the assessment's 导出 Excel) call
    this, so they offer the same file name and write the same file.
    """
    register = next(r for r in REGISTERS if r.key == key)
    database, year = workspace.database, workspace.year
    saved = save_in_background(
        workspace,
        parent,
        QCoreApplication.translate("ExportMenu", "Export to Excel"),
        _texts(key)[1].format(year=year),
        QCoreApplication.translate("ExportMenu", "Excel workbooks (*.xlsx)"),
        ".xlsx",
        lambda target: register.exporter(database, target, year),
        path=path,
    )
    window = parent.window() if parent is not None else None
    if saved is not None and isinstance(window, QMainWindow):
        window.statusBar().showMessage(
            QCoreApplication.translate("ExportMenu", "Exported {count} rows to {file}").format(
                count=saved.result, file=saved.path
            ),
            10_000,
        )
    return saved


def install_exports(window: MainWindow) -> ExportMenu:
    """Add 文件 → 导出登记册 to ``window``."""
    return ExportMenu(window)


__all__ = ["REGISTERS", "ExportMenu", "export_register", "install_exports"]
