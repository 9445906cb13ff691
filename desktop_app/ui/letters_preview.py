"""Letter preview: render a page of PDF bytes with QtPdf into an image the clerk can scroll.

The page is drawn as wide as the pane (and drawn again when the pane is resized).

A letter is laid out and drawn by the same code that prints it (documents.letter_pdf), so the
preview is exactly the printed page; rendering one page takes a few milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

A4_RATIO = 297 / 210
PRINT_DPI = 300
MIN_PAGE_WIDTH = 240
MAX_PAGE_WIDTH = 1600
PAGE_MARGIN = 6
RESIZE_DELAY_MS = 80


def render_pdf_page(data: bytes, page: int = 0, width: int = 600) -> tuple[QImage, int]:
    """Page ``page`` of a PDF as an image ``width`` pixels wide, and the page count."""
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    count = document.pageCount()
    if count <= 0:
        return QImage(), 0
    page = max(0, min(page, count - 1))
    points = document.pagePointSize(page)
    ratio = points.height() / points.width() if points.width() > 0 else A4_RATIO
    image = document.render(page, QSize(width, round(width * ratio)))
    document.close()
    return image, count


def print_pdf(data: bytes, parent: QWidget | None = None) -> bool:
    """Print PDF bytes on a printer the clerk picks (Qt's print dialog); False if cancelled.

    Each page is rendered by QtPdf at the printer's resolution and placed on the full page
    (the PDF already carries the GB/T 9704 margins).
    """
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setFullPage(True)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        # 300 dpi is plenty for text; a 1200 dpi page image would take half a gigabyte.
        scale = min(1.0, PRINT_DPI / max(1, printer.resolution()))
        size = QSize(int(target.width() * scale), int(target.height() * scale))
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            image = document.render(page, size)
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
    return True


class PageView(QWidget):
    """One page at a time, scaled to the pane's width, with previous/next buttons.

    The page is drawn again (after a short pause) whenever the pane's width changes, so it
    always fills the pane: readable on a small screen, not lost in a corner of a big one.
    Subclasses say how a page is drawn (``_page_image``) and how many there are.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty view."""
        super().__init__(parent)
        self._page = 0
        self._count = 0
        self._drawn_width = 0
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.image_label)
        self.scroll.setMinimumWidth(MIN_PAGE_WIDTH)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.page_label = QLabel()
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(RESIZE_DELAY_MS)
        self._resize_timer.timeout.connect(self._fit_to_width)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.previous_button.setText(QCoreApplication.translate("PreviewPane", "◀ Previous page"))
        self.next_button.setText(QCoreApplication.translate("PreviewPane", "Next page ▶"))
        self._update_buttons()

    # ----------------------------------------------------------------- drawing
    def _page_image(self, page: int, width: int) -> tuple[QImage, int]:
        """Page ``page`` drawn ``width`` device pixels wide, and the page count."""
        raise NotImplementedError

    def fit_width(self) -> int:
        """The page width (logical pixels) that fills the pane without a horizontal scrollbar.

        Room for the vertical scrollbar is always kept: a page fitted to the width is taller
        than the pane, so the scrollbar is there anyway, and the width does not flip-flop.
        """
        bar = self.scroll.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        available = self.scroll.contentsRect().width() - bar - 2 * PAGE_MARGIN
        return max(MIN_PAGE_WIDTH - 2 * PAGE_MARGIN, min(MAX_PAGE_WIDTH, available))

    @property
    def page_width(self) -> int:
        """How wide the page shown is drawn (logical pixels; 0 when nothing is shown)."""
        return self._drawn_width

    @Slot(int)
    def show_page(self, page: int) -> None:
        """Draw page ``page`` (0-based, clamped) at the pane's width."""
        width = self.fit_width()
        ratio = self.devicePixelRatioF()
        image, self._count = self._page_image(page, round(width * ratio))
        if self._count <= 0 or image.isNull():
            self._show_nothing()
            return
        self._page = max(0, min(page, self._count - 1))
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(ratio)
        self.image_label.setPixmap(pixmap)
        self._drawn_width = width
        self._update_buttons()

    def _show_nothing(self) -> None:
        self._count, self._page, self._drawn_width = 0, 0, 0
        self.image_label.clear()
        self._update_buttons()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Draw the page again at the new width once the clerk stops dragging."""
        super().resizeEvent(event)
        if self._drawn_width and self.fit_width() != self._drawn_width:
            self._resize_timer.start()

    @Slot()
    def _fit_to_width(self) -> None:
        if self._drawn_width and self.fit_width() != self._drawn_width:
            self.show_page(self._page)

    # ----------------------------------------------------------------- pages
    @property
    def current_page(self) -> int:
        """The page shown (0-based)."""
        return self._page

    @property
    def page_count(self) -> int:
        """Pages of the document shown."""
        return self._count

    def _update_buttons(self) -> None:
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < self._count - 1)
        if self._count:
            self.page_label.setText(
                QCoreApplication.translate("PreviewPane", "Page {page} of {count}").format(
                    page=self._page + 1, count=self._count
                )
            )
        else:
            self.page_label.setText("")


class PreviewPane(PageView):
    """A letter's (or a score sheet's) PDF, one page at a time."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty preview."""
        self._data = b""
        super().__init__(parent)

    def set_pdf(self, data: bytes, page: int = 0) -> None:
        """Show ``data`` (PDF bytes), starting at ``page``."""
        self._data = data
        self.show_page(page)

    def clear(self) -> None:
        """Show nothing."""
        self._data = b""
        self._show_nothing()

    def _page_image(self, page: int, width: int) -> tuple[QImage, int]:
        if not self._data:
            return QImage(), 0
        return render_pdf_page(self._data, page, width)
