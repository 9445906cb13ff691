"""Big dialogs open no taller or wider than the screen: their buttons are always reachable."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from desktop_app.services.assessment_read import assessment_results
from desktop_app.services.letter_templates import list_templates, template_spec
from desktop_app.storage.database import Database
from desktop_app.storage.models import Person
from desktop_app.ui.assessment_sheet_dialog import SheetDialog
from desktop_app.ui.card_dialog import CardDialog
from desktop_app.ui.letters_template_editor import TemplateEditor
from desktop_app.ui.screen_fit import SCREEN_SHARE, fitted_size
from tests.demo_copy import DEMO_YEAR
from tests.ui.fake_prompter import FakePrompter, build_window


def test_a_size_is_shrunk_to_a_laptop_screen_and_kept_on_a_big_one() -> None:
    laptop = QRect(0, 0, 1366, 728)  # 1366×768 less the task bar
    assert fitted_size(QSize(1240, 780), laptop) == QSize(1229, 655)  # 90 % of each side
    assert fitted_size(QSize(1240, 780), QRect(0, 0, 1920, 1040)) == QSize(1240, 780)
    assert fitted_size(QSize(720, 780), None) == QSize(720, 780)


def test_the_template_editor_card_and_score_sheet_fit_the_screen(
    qtbot: QtBot, demo: Database
) -> None:
    window, _prompter = build_window(qtbot, demo)
    area = window.screen().availableGeometry()
    template = list_templates(demo, DEMO_YEAR)[0]
    with demo.reading() as session:
        leader = session.scalars(select(Person.id).where(Person.is_leader.is_(True))).first()
    assert leader is not None
    sheet = assessment_results(demo, DEMO_YEAR - 1)[0]
    dialogs: list[QDialog] = [
        TemplateEditor(
            demo,
            template.id,
            template_spec(demo, template.id),
            DEMO_YEAR,
            FakePrompter(),
            "zh_CN",
            window,
        ),
        CardDialog(window.workspace, leader, window),
        SheetDialog(window.workspace, sheet.id, window),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.height() <= area.height() * SCREEN_SHARE, type(dialog).__name__
        assert dialog.width() <= area.width() * SCREEN_SHARE, type(dialog).__name__
        assert dialog.frameGeometry().bottom() <= area.bottom(), "the buttons are on screen"
        dialog.done(0)
