"""Pages of a PDF rendered in memory (reports/pdf_pages.py) shown one under the other, fitted
to a width: the feedback form's preview and the received transfer note share it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from livcr_desktop.reports.pdf_pages import PageImage


def page_image(page: PageImage) -> QImage:
    """A rendered page as an image that owns its pixels (the bytes object is not kept)."""
    image = QImage(page.data, page.width, page.height, page.stride, QImage.Format.Format_RGB888)
    return image.copy()


def show_page_images(
    layout: QVBoxLayout, parent: QWidget, images: list[QImage], width: int, name: str
) -> None:
    """Replace what `layout` shows with the pages at `width` (labels named `name` + number)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    for number, image in enumerate(images, start=1):
        label = QLabel(parent)
        label.setObjectName(f"{name}{number}")
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        label.setPixmap(
            QPixmap.fromImage(image).scaledToWidth(
                width, Qt.TransformationMode.SmoothTransformation
            )
        )
        label.setStyleSheet("border: 1px solid #c9d2dc; background: white;")
        layout.addWidget(label)
    layout.addStretch()
