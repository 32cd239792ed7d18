"""Driving widgets as a person would, including texts with accents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.gui.kit.leave_question import LeaveQuestion


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


def when_shown(widget_type: type, act, timeout_ms: int = 5000) -> None:  # type: ignore[no-untyped-def]
    """Act on the next modal window of a type once it is shown (for dialogs run with exec())."""
    from PySide6.QtCore import QTimer

    deadline = [timeout_ms]

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, widget_type) and widget.isVisible():
            try:
                act(widget)
            except BaseException:
                widget.done(0)  # a failed check must fail the test, not leave exec() hanging
                raise
            return
        deadline[0] -= 20
        if deadline[0] > 0:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def leave_question(qtbot: QtBot) -> LeaveQuestion:
    """The open "What you typed is not saved yet" question (it does not block)."""
    found: list[LeaveQuestion] = []

    def shown() -> bool:
        found[:] = [
            w for w in QApplication.allWidgets() if isinstance(w, LeaveQuestion) and w.isVisible()
        ]
        return len(found) == 1

    qtbot.waitUntil(shown, timeout=3000)
    return found[0]


def no_leave_question() -> bool:
    """No "not saved yet" question is open."""
    return not any(
        isinstance(w, LeaveQuestion) and w.isVisible() for w in QApplication.allWidgets()
    )


class FakeShell:
    """The main window as far as an area needs it: the status messages it showed are kept."""

    def __init__(self) -> None:
        self.statuses: list[str] = []

    def navigate(self, key: str) -> None:
        del key

    def show_status(self, text: str) -> None:
        self.statuses.append(text)

    def open_case(self, case_id: str) -> None:
        del case_id

    def open_meeting(self, meeting_id: str) -> None:
        del meeting_id
