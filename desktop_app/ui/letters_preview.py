"""Letter preview: render a page of PDF bytes with QtPdf into an image the clerk can scroll.

A letter is laid out and drawn by the same code that prints it (documents.letter_pdf), so the
preview is exactly the printed page; rendering one page takes a few milliseconds.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Slot
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

A4_RATIO = 297 / 210
PRINT_DPI = 300


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
    image = document.render(page, QSize(width, int(width * A4_RATIO)))
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


class PreviewPane(QWidget):
    """One page of a letter at a time, with previous/next buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty preview."""
        super().__init__(parent)
        self._data = b""
        self._page = 0
        self._count = 0
        self.image_label = QLabel()
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image_label.setMinimumWidth(320)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.image_label)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.page_label = QLabel()
        self.previous_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.page_label, 1, Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.previous_button.setText(self.tr("◀ Previous page"))
        self.next_button.setText(self.tr("Next page ▶"))
        self._update_buttons()

    def set_pdf(self, data: bytes, page: int = 0) -> None:
        """Show ``data`` (PDF bytes), starting at ``page``."""
        self._data = data
        self.show_page(page)

    def clear(self) -> None:
        """Show nothing."""
        self._data, self._count, self._page = b"", 0, 0
        self.image_label.clear()
        self._update_buttons()

    @Slot(int)
    def show_page(self, page: int) -> None:
        """Render page ``page`` (0-based) at the pane's width."""
        if not self._data:
            self.clear()
            return
        width = max(320, min(900, self.image_label.width() - 24))
        image, self._count = render_pdf_page(self._data, page, width)
        self._page = max(0, min(page, self._count - 1))
        self.image_label.setPixmap(QPixmap.fromImage(image))
        self._update_buttons()

    @property
    def current_page(self) -> int:
        """The page shown (0-based)."""
        return self._page

    @property
    def page_count(self) -> int:
        """Pages of the letter shown."""
        return self._count

    def _update_buttons(self) -> None:
        self.previous_button.setEnabled(self._page > 0)
        self.next_button.setEnabled(self._page < self._count - 1)
        if self._count:
            self.page_label.setText(
                self.tr("Page {page} of {count}").format(page=self._page + 1, count=self._count)
            )
        else:
            self.page_label.setText("")
