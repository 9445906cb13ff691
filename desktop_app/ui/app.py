"""Start the GUI: application object, translators, open the database, show the main window.

``run_gui`` is what ``python -m desktop_app`` calls with no command; ``self_test_window`` is
the GUI step of ``--self-test`` (desktop_app/self_test.py).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QSplashScreen

from desktop_app import APP_NAME, __version__
from desktop_app.domain.errors import DutyMatrixError, ErrorCode
from desktop_app.messages import describe, describe_notes
from desktop_app.paths import AppPaths, resources_dir
from desktop_app.services.startup import Opened, open_for_use, restore_newest_and_open
from desktop_app.storage.database import Database
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.settings import LANGUAGE_KEY, ORGANIZATION, app_settings
from desktop_app.ui.translation import choose_language, install_translators

EXIT_CANNOT_START = 2

ShowError = Callable[[str], None]
AskUser = Callable[[str], bool]


def ensure_application() -> QApplication:
    """The running QApplication, created (with our names and High-DPI policy) if needed."""
    existing = QApplication.instance()
    if existing is not None:
        if not isinstance(existing, QApplication):
            raise RuntimeError("a QCoreApplication without widgets is already running")
        app = existing
    else:
        # Qt 6 always scales for High DPI; pass fractional factors (125 %, 150 %) through
        # instead of rounding them, which is what Windows users set.
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
        )
        app = QApplication(sys.argv[:1])
    icon = resources_dir() / "icons" / "app.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationVersion(__version__)
    return app


def startup_splash(first_start: bool) -> QSplashScreen:
    """A small window that says what is happening before the main window can appear: the
    first start builds the demo county (a few seconds), later starts check the database."""
    pixmap = QPixmap(460, 150)
    pixmap.fill(QColor("white"))
    icon = resources_dir() / "icons" / "app.png"
    if icon.exists():
        painter = QPainter(pixmap)
        painter.drawPixmap(24, 27, QPixmap(str(icon)).scaled(96, 96))
        painter.end()
    splash = QSplashScreen(pixmap)
    message = (
        QCoreApplication.translate(
            "App", "DutyMatrix\nFirst start: creating a demo county to try things out…"
        )
        if first_start
        else QCoreApplication.translate("App", "DutyMatrix\nOpening and checking the database…")
    )
    splash.showMessage(message, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight)
    splash.show()
    QApplication.processEvents()
    return splash


def critical_box(text: str) -> None:
    """Tell the user why the program cannot start (a modal message box, no parent)."""
    QMessageBox.critical(None, QCoreApplication.translate("App", "DutyMatrix"), text)


def warning_box(text: str) -> None:
    """Tell the user something they should know about the opened database."""
    QMessageBox.warning(None, QCoreApplication.translate("App", "DutyMatrix"), text)


def question_box(text: str) -> bool:
    """Ask the user a yes/no question (a modal message box, no parent)."""
    answer = QMessageBox.question(None, QCoreApplication.translate("App", "DutyMatrix"), text)
    return answer == QMessageBox.StandardButton.Yes


def _open_with_offers(
    paths: AppPaths, target: str | None, language: str, ask: AskUser
) -> Opened | None:
    """Open the database; on the two refusals that have a remedy, offer it. None means the
    user declined; any other refusal is raised for the caller to explain."""
    try:
        return open_for_use(paths, target)
    except DutyMatrixError as error:
        if error.code is ErrorCode.DATABASE_IN_USE:
            offer = QCoreApplication.translate("App", "Open it read-only to look at it?")
            if not ask(f"{describe(error, language)}\n\n{offer}"):
                return None
            return open_for_use(paths, target, read_only=True)
        if error.code is ErrorCode.CORRUPT_DATABASE_MOVED:
            offer = QCoreApplication.translate("App", "Restore this backup now?")
            if not ask(f"{describe(error, language)}\n\n{offer}"):
                return None
            return restore_newest_and_open(
                paths, Path(error.facts["backup"]), Path(target) if target else None
            )
        raise


def run_gui(
    paths: AppPaths,
    target: str | None,
    language: str | None,
    *,
    show_error: ShowError | None = None,
    ask: AskUser | None = None,
    show_warning: ShowError | None = None,
) -> int:
    """Run the GUI until the window closes; return the process exit code.

    ``language`` (``zh_CN`` or ``en``) wins over the saved setting; Chinese is the default.
    A database that cannot be opened is explained in one sentence through ``show_error``
    (a message box unless a test injects something else) and gives exit code 2. Two
    refusals come with an offer through ``ask``: a database in use by someone else can be
    opened read-only, and a damaged one (already moved aside) can be replaced by its newest
    good backup.
    """
    app = ensure_application()
    chosen = choose_language(language, app_settings().value(LANGUAGE_KEY))
    install_translators(app, chosen)
    report = show_error or critical_box
    splash = startup_splash(first_start=target is None and not paths.database_file.exists())
    asker = ask or question_box

    def ask_without_splash(question: str) -> bool:
        splash.close()  # it stays on top and would hide the question
        return asker(question)

    try:
        opened = _open_with_offers(paths, target, chosen, ask_without_splash)
    except DutyMatrixError as error:
        splash.close()
        report(describe(error, chosen))
        return EXIT_CANNOT_START
    if opened is None:
        splash.close()
        return EXIT_CANNOT_START
    try:
        window = MainWindow(opened.database)
        notes = describe_notes(opened.database, chosen)
        if notes:
            splash.close()
            (show_warning or warning_box)("\n\n".join(notes))
        if opened.database.read_only:
            window.setWindowTitle(
                window.windowTitle() + QCoreApplication.translate("App", " [read-only]")
            )
        if opened.created_demo:
            window.statusBar().showMessage(
                QCoreApplication.translate(
                    "App", "This is a new demo database: a sample county to try things out."
                ),
                15000,
            )
        window.show()
        splash.finish(window)
        return app.exec()
    finally:
        splash.close()
        opened.database.close()


def self_test_window(database: Database) -> None:
    """The GUI part of ``--self-test``: Chinese translation present, the main window opens
    over ``database`` with its units, and closes again; raises on any failure."""
    app = ensure_application()
    if "dutymatrix_zh_CN" not in install_translators(app, "zh_CN"):
        raise RuntimeError("the Chinese translation (dutymatrix_zh_CN.qm) is missing")
    window = MainWindow(database)
    try:
        window.show()
        QApplication.processEvents()
        if window.model.rowCount() == 0:
            raise RuntimeError("the unit tree shows no units")
        if window.proxy.rowCount() != window.model.rowCount():
            raise RuntimeError("the unit tree filter hides units without a filter")
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()
