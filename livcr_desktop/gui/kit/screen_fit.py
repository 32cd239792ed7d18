"""Windows that fit the laptops municipalities buy (1366×768, often 1280×720 usable).

Every dialog and wizard (bases FittedDialog, `fitted_wizard.FittedWizard`) is kept inside the
usable part of its screen, so OK and Cancel are never below the taskbar; long forms scroll inside a
`FittingScroll` instead of growing past the screen; and each dialog opens with the cursor in
its first field, so the first word typed lands in the form (and Space does not press OK).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication, QScreen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QFrame,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)


def screen_of(widget: QWidget) -> QScreen:
    """The screen a widget is on.

    Not `widget.screen()`: the QScreen PySide hands back from it can be deleted with its Python
    wrapper, and the next widget that asks Qt for a screen then crashes (seen in this project's
    GUI tests after a dialog had been fitted). `screenAt` does not take the screen over."""
    centre = widget.mapToGlobal(widget.rect().center())
    return QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen a window may use (without taskbar and panels)."""
    return screen_of(widget).availableGeometry()


def fit_window(window: QWidget) -> None:
    """Shrink a window that is larger than its screen's usable area and move it inside."""
    area = available_area(window)
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    width = min(window.width(), area.width() - extra.width())
    height = min(window.height(), area.height() - extra.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))


def size_to_content(window: QWidget) -> None:
    """Give a window the size its content asks for, as far as the screen allows (Qt's own
    adjustSize stops at two thirds of the screen, which cuts a 768-pixel laptop short)."""
    hint = window.sizeHint()
    layout = window.layout()
    width = max(hint.width(), window.minimumWidth())
    if layout is not None and layout.hasHeightForWidth():
        hint.setHeight(layout.totalHeightForWidth(width))
    area = available_area(window)
    frame = window.frameGeometry()
    extra_height = frame.height() - window.height() if window.isVisible() else 0
    window.resize(
        min(width, area.width()),
        max(min(hint.height(), area.height() - extra_height), window.minimumHeight()),
    )


class FittingScroll(QScrollArea):
    """A frameless scroll area as large as its content when there is room, scrolling only
    when the screen is too small (a plain QScrollArea asks for a fixed, small size)."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        from PySide6.QtCore import Qt  # not at the top: see widgets.preset_role

        super().__init__(parent)
        self.content = content
        self.setObjectName("fittingScroll")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.content.sizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        area = available_area(self)
        return QSize(
            min(content.width() + bar, area.width() - 40),
            min(content.height(), area.height() - 220),  # room for title, message, buttons
        )

    def minimumSizeHint(self) -> QSize:
        content = self.content.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(content.width() + bar, min(content.height(), 160))


_FIELDS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox)


def first_field(window: QWidget) -> QWidget | None:
    """The first visible, enabled input field of a window in tab order (None when it has none:
    a message, a list of choices)."""
    from PySide6.QtCore import Qt  # not at the top: see widgets.preset_role

    start = window
    widget = window.nextInFocusChain()
    while widget is not None and widget is not start:
        if (
            isinstance(widget, _FIELDS)
            and widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not (isinstance(widget, QLineEdit | QPlainTextEdit) and widget.isReadOnly())
            and widget.window() is window
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_first_field(window: QWidget) -> None:
    """Put the cursor in the window's first field (a window without one keeps Qt's choice)."""
    from PySide6.QtCore import Qt  # not at the top: see widgets.preset_role

    field = first_field(window)
    if field is not None:
        field.setFocus(Qt.FocusReason.OtherFocusReason)


class FittedDialog(QDialog):
    """Base of every dialog: shown inside the screen, with the cursor in its first field."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focus_first_field(self)
        fit_window(self)
        # Again once the dialog has laid itself out (wrapped texts change its height).
        QTimer.singleShot(0, self, lambda: fit_window(self))


def initial_main_size(window: QMainWindow, wanted: QSize) -> None:
    """Open the main window at `wanted`, or maximised when the screen is not much larger
    (a 1366×768 laptop: every pixel is needed)."""
    from PySide6.QtCore import Qt  # not at the top: see widgets.preset_role

    area = available_area(window)
    if wanted.width() + 80 > area.width() or wanted.height() + 80 > area.height():
        window.resize(min(wanted.width(), area.width()), min(wanted.height(), area.height()))
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        window.resize(wanted)
