"""Presentation mode: the projector view on the laptop's own screen, for the usual meeting room
where the projector mirrors the laptop.

The window fills the laptop's screen with exactly what the projector window shows (the same
`ProjectorWindow`, fed only the current item by the LiveMeetingService), and keeps a slim bar
at the bottom with the controls the chair needs while the room looks on: previous and next item,
a button that shows the person's name only while it is held (mouse or Space), and a way out.
Esc leaves; Page Up / Page Down and the arrow keys move between items, as presenter remotes do.
Nothing else of the meeting (attendance, notes, the agenda) is on this screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from livcr_desktop.domain.meetings import TableKind
from livcr_desktop.gui.kit.screen_fit import screen_of
from livcr_desktop.gui.meetings.projector import ProjectorWindow
from livcr_desktop.services.meetings.live import ProjectorView

BAR_STYLE = (
    "#presentationBar { background: #0b1b2b; border-top: 1px solid #24405c; }"
    " #presentationBar QLabel { color: #ffffff; }"
)
"""The bar is as dark as the projector view, so the room's eye stays on the item."""


class PresentationWindow(QWidget):
    """The projector view full screen on the laptop, with a slim control bar."""

    previous_requested = Signal()
    next_requested = Signal()
    reveal_changed = Signal(bool)
    """True while the hold-to-show button is pressed, False when it is let go."""
    left = Signal()
    """The window closed (Esc, the Leave button, or the window manager)."""

    def __init__(self, table: TableKind, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentationWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.screen_view = ProjectorWindow(table, self, window=False)
        self.bar = QFrame(self)
        self.bar.setObjectName("presentationBar")
        self.bar.setStyleSheet(BAR_STYLE)
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(12, 6, 12, 6)
        self.previous_button = QPushButton(self.bar)
        self.previous_button.setObjectName("presentationPreviousButton")
        self.previous_button.clicked.connect(self.previous_requested.emit)
        self.position_label = QLabel(self.bar)
        self.position_label.setObjectName("presentationPosition")
        self.next_button = QPushButton(self.bar)
        self.next_button.setObjectName("presentationNextButton")
        self.next_button.clicked.connect(self.next_requested.emit)
        self.reveal_button = QPushButton(self.bar)
        self.reveal_button.setObjectName("presentationRevealButton")
        self.reveal_button.pressed.connect(lambda: self.reveal_changed.emit(True))
        self.reveal_button.released.connect(lambda: self.reveal_changed.emit(False))
        self.leave_button = QPushButton(self.bar)
        self.leave_button.setObjectName("leavePresentationButton")
        self.leave_button.clicked.connect(self.close)
        bar.addWidget(self.previous_button)
        bar.addWidget(self.position_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.reveal_button)
        bar.addStretch(1)
        bar.addWidget(self.leave_button)
        layout.addWidget(self.screen_view, 1)
        layout.addWidget(self.bar)
        for keys, slot in (
            ((Qt.Key.Key_PageDown, Qt.Key.Key_Right), self.next_requested.emit),
            ((Qt.Key.Key_PageUp, Qt.Key.Key_Left), self.previous_requested.emit),
            ((Qt.Key.Key_Escape,), self.close),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot)
        self.retranslate_ui()

    def show_item(self, view: ProjectorView | None) -> None:
        """Show what the projector shows."""
        self.screen_view.show_item(view)

    def labels_text(self) -> str:
        """What the room reads on the item (the bar's buttons are the chair's)."""
        return self.screen_view.labels_text()

    def show_position(self, number: int, total: int, *, may_reveal: bool, revealed: bool) -> None:
        """Where the meeting is, and which controls make sense on this item."""
        self.position_label.setText(
            self.tr("Item {number} of {total}").format(number=number, total=total) if total else ""
        )
        self.previous_button.setEnabled(number > 1)
        self.next_button.setEnabled(number < total)
        self.reveal_button.setEnabled(may_reveal or revealed)

    def open_on_laptop(self, laptop: QWidget | None) -> None:
        """Full screen on the screen the laptop window is on, the focus on "Next item"."""
        screen = screen_of(laptop) if laptop is not None else None
        if screen is not None:
            self.setScreen(screen)
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.raise_()
        self.activateWindow()
        self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.reveal_button.isDown():
            self.reveal_button.setDown(False)
            self.reveal_changed.emit(False)
        super().closeEvent(event)
        self.left.emit()

    # -- texts ---------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("LIVC-R – presentation"))
        self.previous_button.setText(self.tr("← Previous item"))
        self.previous_button.setToolTip(self.tr("Page Up or ←"))
        self.next_button.setText(self.tr("Next item →"))
        self.next_button.setToolTip(self.tr("Page Down or →"))
        self.reveal_button.setText(self.tr("Hold to show the name"))
        self.reveal_button.setToolTip(
            self.tr(
                "The name shows only while this button is held down (or Space is held on it), "
                "and only at the chair's request."
            )
        )
        self.leave_button.setText(self.tr("Leave the presentation (Esc)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
