"""Driving widgets as a person would, including texts with accents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type into a widget. Non-ASCII characters are sent as key events carrying the text,
    because qtbot.keyClicks aborts the process on characters such as é or € (a known trap)."""
    widget.setFocus()
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A left click where a person would click: the middle of a button, the box of a check box
    or radio button (their text may be shorter than the widget is wide)."""
    if isinstance(widget, QCheckBox | QRadioButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(8, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
