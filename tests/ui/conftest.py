"""GUI fixtures: a small county in a temp database, private settings, clean translators."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.enums import UnitCategory, UnitKind
from desktop_app.services.units import create_unit
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.models import Field, Person
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.translation import install_translators, remove_translators


@dataclass
class County:
    """The test county: its database and the ids of its units by name."""

    database: Database
    path: Path
    ids: dict[str, int]


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[Path]:
    """QSettings write into the test's own folder, never into the developer's profile."""
    folder = tmp_path / "settings"
    folder.mkdir()
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(settings_format, scope, str(folder))
    yield folder


@pytest.fixture(autouse=True)
def clean_translators(qapp: QApplication) -> Iterator[None]:
    """Each test starts and ends in the source language (English), whatever it installed."""
    locale = QLocale()
    remove_translators(qapp)
    yield
    remove_translators(qapp)
    QLocale.setDefault(locale)


@pytest.fixture
def use_language(qapp: QApplication) -> Callable[[str], list[str]]:
    """Switch the application's translators to a language; returns what was loaded."""
    return lambda language: install_translators(qapp, language)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[County]:
    """示范县: a government with two departments and a township with two enterprises."""
    path = tmp_path / "t.db"
    database = open_database(path, create=True)
    ids: dict[str, int] = {}
    ids["示范县人民政府"] = government = create_unit(
        database, "示范县人民政府", UnitKind.GOVERNMENT
    )
    ids["县应急管理局"] = create_unit(
        database,
        "县应急管理局",
        UnitKind.DEPARTMENT,
        parent_id=government,
        category=UnitCategory.COMPREHENSIVE,
        is_committee_member=True,
    )
    ids["县交通运输局"] = create_unit(
        database,
        "县交通运输局",
        UnitKind.DEPARTMENT,
        parent_id=government,
        category=UnitCategory.INDUSTRY,
        is_committee_member=True,
    )
    ids["城关镇"] = township = create_unit(
        database, "城关镇", UnitKind.TOWNSHIP, parent_id=government, is_committee_member=True
    )
    ids["城关食品加工企业"] = create_unit(
        database, "城关食品加工企业", UnitKind.ENTERPRISE, parent_id=township
    )
    ids["华兴化工有限公司"] = create_unit(
        database, "华兴化工有限公司", UnitKind.ENTERPRISE, parent_id=township
    )
    with database.transaction("test_people") as session:
        session.add_all(
            [
                Person(name="张伟", unit_id=ids["县应急管理局"], title="局长", is_leader=True),
                Person(name="李娜", unit_id=ids["县应急管理局"], title="副局长", is_leader=True),
                Person(name="王强", unit_id=ids["华兴化工有限公司"], title="总经理"),
                Field(code="road", name="道路交通"),
            ]
        )
    yield County(database, path, ids)
    database.close()


@pytest.fixture
def make_window(qtbot: QtBot) -> Callable[[Database], MainWindow]:
    """Build a main window that pytest-qt closes and deletes after the test."""

    def build(database: Database) -> MainWindow:
        window = MainWindow(database)
        qtbot.addWidget(window)
        return window

    return build


def when_main_window_shows(action: Callable[[], None], *, within_ms: int = 60_000) -> QTimer:
    """Call ``action`` once a main window is visible (run_gui's event loop is running).

    A plain ``QTimer.singleShot(0, …)`` would fire too early: the start-up splash processes
    events before the main window exists. The poll gives up after ``within_ms``.
    """
    timer = QTimer()
    timer.setInterval(20)
    polls = {"left": within_ms // 20}

    def poll() -> None:
        polls["left"] -= 1
        shown = any(
            isinstance(w, MainWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
        )
        if shown or polls["left"] <= 0:
            timer.stop()
        if shown:
            action()

    timer.timeout.connect(poll)
    timer.start()
    return timer
