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
from PySide6.QtWidgets import QMenu

from desktop_app.domain.errors import DutyMatrixError
from desktop_app.storage.database import Database
from desktop_app.ui.busy import run_busy

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

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
        register = next(r for r in REGISTERS if r.key == key)
        workspace = self.window.workspace
        year = workspace.year
        name = _texts(key)[1].format(year=year)
        target = path or workspace.prompter.save_path(
            QCoreApplication.translate("ExportMenu", "Export to Excel"),
            name,
            QCoreApplication.translate("ExportMenu", "Excel workbooks (*.xlsx)"),
        )
        if target is None:
            return None
        if target.suffix.lower() != ".xlsx":
            target = target.with_suffix(".xlsx")
        database = workspace.database
        try:
            count = run_busy(
                self.window,
                QCoreApplication.translate("ExportMenu", "Writing {file}…").format(
                    file=target.name
                ),
                lambda: register.exporter(database, target, year),
            )
        except DutyMatrixError as error:
            workspace.report(error)
            return None
        self.window.statusBar().showMessage(
            QCoreApplication.translate("ExportMenu", "Exported {count} rows to {file}").format(
                count=count, file=target
            ),
            10_000,
        )
        return count


def install_exports(window: MainWindow) -> ExportMenu:
    """Add 文件 → 导出登记册 to ``window``."""
    return ExportMenu(window)


__all__ = ["REGISTERS", "ExportMenu", "install_exports"]
