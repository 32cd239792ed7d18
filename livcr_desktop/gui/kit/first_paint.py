"""Running something once a window has painted for the first time.

What a person does not need to see the first screen (loading the rest, opening the log file,
writing the journal) waits until that screen is on the glass: the call comes on the event-loop
turn after the widget's first paint event.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Calls back once, on the event-loop turn after the watched widget's first paint."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._callback)  # dropped if the widget goes first
        return False


def after_first_paint(widget: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` on the GUI thread once `widget` has painted (never, if it never does or
    is deleted before the call)."""
    widget.installEventFilter(_FirstPaint(widget, callback))
