"""Letter and score-sheet previews: the page is drawn as wide as the pane, on any screen."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop_app.services.letter_ledger import ledger
from desktop_app.services.letter_print import letter_pdf_bytes
from desktop_app.storage.database import Database
from desktop_app.ui.letters_preview import PageView, PreviewPane
from tests.demo_copy import DEMO_YEAR


def _fits(pane: PageView) -> bool:
    """The page is neither cut off on the right nor lost in a corner of the pane."""
    room = pane.scroll.viewport().width()
    return room - 40 <= pane.page_width <= room


def _resize(qtbot: QtBot, pane: PageView, width: int) -> None:
    before = pane.page_width
    pane.resize(width, 600)
    qtbot.waitUntil(lambda: pane.page_width != before)


def test_the_page_grows_and_shrinks_with_the_pane(qtbot: QtBot, demo: Database) -> None:
    letter = ledger(demo, DEMO_YEAR)[0]
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(360, 600)
    pane.show()
    qtbot.waitExposed(pane)
    pane.set_pdf(letter_pdf_bytes(demo, letter.id))
    narrow = pane.page_width
    assert pane.page_count >= 3 and _fits(pane)

    _resize(qtbot, pane, 760)
    assert pane.page_width > 1.8 * narrow and _fits(pane)
    pixmap = pane.image_label.pixmap()
    assert round(pixmap.width() / pixmap.devicePixelRatio()) == pane.page_width

    pane.show_page(2)  # turning pages keeps the width
    assert pane.current_page == 2 and _fits(pane)

    _resize(qtbot, pane, 360)
    assert pane.page_width == narrow and _fits(pane)

    pane.clear()
    assert pane.page_count == 0 and pane.page_width == 0
