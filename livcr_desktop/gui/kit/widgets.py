"""Small widgets every screen uses: messages, empty states and field highlighting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.screen_fit import size_to_content


def preset_role(widget: QWidget, role: str) -> None:
    """Give a widget that was never shown a style role: Qt polishes it, with its role, before
    it first shows. Names no `Qt` enum, so the sign-in screen's first frame never builds the
    `Qt` namespace (PySide6 creates its 93 enums at once on first use, about 17 ms)."""
    widget.setProperty("role", role)


def set_role(widget: QWidget, role: str) -> None:
    """Give a widget a style role (see resources/style/livcr.qss) and re-polish it. A widget
    not yet polished is left to Qt, which polishes it (with its role) before it first shows:
    re-polishing every widget of a window being built was a good part of building it."""
    from PySide6.QtCore import Qt  # not at the top: see preset_role

    widget.setProperty("role", role)
    if widget.testAttribute(Qt.WidgetAttribute.WA_WState_Polished):
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field as the one a validation message is about."""
    widget.setProperty("invalid", "true" if invalid else "false")
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def replace_widget(old: QWidget, new: QWidget) -> None:
    """Put `new` where `old` sits in its parent's layout and dispose of `old` (used to swap a
    plain label from a .ui form for one of our widgets)."""
    parent = old.parentWidget()
    layout = parent.layout() if parent is not None else None
    if layout is None:
        raise ValueError("the widget is not in a layout")
    new.setObjectName(old.objectName())
    layout.replaceWidget(old, new)  # Qt's default: found among all the layout's children
    old.hide()
    old.deleteLater()


def open_message(
    parent: QWidget | None, name: str, kind: QMessageBox.Icon, text: str
) -> QMessageBox:
    """A window-modal message that does not block the caller (tests find it by `name`)."""
    box = QMessageBox(
        kind, QCoreApplication.translate("Messages", "LIVC-R Desktop"), text, parent=parent
    )
    from PySide6.QtCore import Qt  # not at the top: see preset_role

    box.setObjectName(name)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


class MessageLabel(QLabel):
    """A message line that is hidden while empty: errors in red, notices in yellow."""

    def __init__(self, parent: QWidget | None = None, *, role: str = "error") -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        preset_role(self, role)  # a new widget was never polished
        self._selectable = False
        self.hide()

    def show_message(self, text: str) -> None:
        """Show a message (empty text hides the label); a dialog grows to show it whole."""
        if text and not self._selectable:  # set when first needed: see preset_role
            from PySide6.QtCore import Qt

            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._selectable = True
        self.setText(text)
        self.setVisible(bool(text))
        window = self.window()
        if isinstance(window, QDialog) and window.isVisible():
            size_to_content(window)
            # again once the wrapped text is laid out
            QTimer.singleShot(0, window, lambda: size_to_content(window))

    def clear_message(self) -> None:
        """Hide the label."""
        self.show_message("")


class EmptyState(QFrame):
    """An honest empty state: what is missing, and the action that fills it."""

    def __init__(
        self,
        icon_name: str,
        parent: QWidget | None = None,
        *,
        on_action: Callable[[], None] | None = None,
    ) -> None:
        from PySide6.QtCore import Qt  # not at the top: see preset_role

        super().__init__(parent)
        set_role(self, "empty-state")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(10)
        layout.addStretch()
        picture = QLabel(self)
        picture.setPixmap(icon(icon_name).pixmap(48, 48))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)
        self.title = QLabel(self)
        set_role(self.title, "subtitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.title)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.explanation, "hint")
        layout.addWidget(self.explanation)
        self.action = QPushButton(self)
        self.action.setObjectName("emptyStateAction")
        set_role(self.action, "primary")
        row = QHBoxLayout()
        row.addStretch()
        row.addWidget(self.action)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        if on_action is None:
            self.action.hide()
        else:
            self.action.clicked.connect(on_action)

    def set_texts(self, title: str, explanation: str, action: str = "") -> None:
        """Set the (already translated) texts."""
        self.title.setText(title)
        self.explanation.setText(explanation)
        self.action.setText(action)


class ClickableLabel(QLabel):
    """The wrapped text of a check box: a click on it ticks the box, as on the box's own text."""

    def __init__(self, on_click: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_click = on_click

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._on_click()
        event.accept()
