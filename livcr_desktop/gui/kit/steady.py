"""Widgets that hold still under the hand during a meeting.

A combo box takes the mouse wheel by default: scrolling a list of people over one changes what
is recorded for that person without a click. `SteadyComboBox` lets the wheel scroll the list
instead, unless the box has the keyboard focus (chosen deliberately), and takes the focus by
Tab or click only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget


class SteadyComboBox(QComboBox):
    """A combo box the wheel does not change in passing."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if not self.hasFocus():
            event.ignore()  # the scroll area around it scrolls instead
            return
        super().wheelEvent(event)
