"""Render app.svg into app.png (256 px) and a multi-size app.ico (Windows exe icon).

Run after changing app.svg:  .venv/bin/python resources/icons/make_icons.py
"""

from __future__ import annotations

import io
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402  (Pillow comes with reportlab)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

HERE = Path(__file__).resolve().parent


def render(size: int) -> Image.Image:
    """The icon at ``size`` pixels as a Pillow image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    QSvgRenderer(str(HERE / "app.svg")).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data.data())))


def main() -> None:
    """Write app.png and app.ico."""
    _app = QGuiApplication([])
    big = render(256)
    big.save(HERE / "app.png")
    big.save(HERE / "app.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    print("wrote app.png and app.ico")


if __name__ == "__main__":
    main()
