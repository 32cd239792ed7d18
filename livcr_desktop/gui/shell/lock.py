"""The idle lock: after a quiet spell (or 'Lock now') nothing of a dossier stays visible.

Locking journals the lock, closes every database connection and wipes the key from memory. The
main window shows a blank backdrop instead of its content, every other open window is covered,
and an application-modal dialog asks for the passphrase. The widgets underneath are only hidden,
so what someone was typing is still there after unlocking.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.workspace import Workspace

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` when no key, mouse or touch input reached the app for `minutes`."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle.emit)
        self.paused = False
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: int) -> None:
        """Change the idle time; 0 switches the automatic lock off."""
        self._minutes = max(0, minutes)
        self.restart()

    def restart(self) -> None:
        """Start counting from now."""
        if self._minutes and not self.paused:
            self._timer.start(self._minutes * 60_000)
        else:
            self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and not self.paused:
            self._timer.start()
        return False

    def stop(self) -> None:
        """Stop watching (the window is closing)."""
        self._timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class _Cover(QWidget):
    """An opaque cover over another open window while the app is locked."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        label = QLabel(self)
        label.setPixmap(icon("lock").pixmap(48, 48))
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        self.setGeometry(window.rect())
        window.installEventFilter(self)
        self.show()
        self.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return False


class LockDialog(FittedDialog):
    """Asks the signed-in person for their passphrase; cannot be closed otherwise."""

    unlock_requested = Signal(str)
    sign_out_requested = Signal()

    def __init__(self, display_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockDialog")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self._name = display_name
        layout = QVBoxLayout(self)
        self.heading = QLabel(self)
        set_role(self.heading, "subtitle")
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("unlockPassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = MessageLabel(self)
        self.error.setObjectName("unlockError")
        buttons = QHBoxLayout()
        self.sign_out_button = QPushButton(self)
        self.sign_out_button.setObjectName("lockSignOutButton")
        self.sign_out_button.setAutoDefault(False)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        buttons.addWidget(self.sign_out_button)
        buttons.addStretch()
        buttons.addWidget(self.unlock_button)
        for widget in (self.heading, self.explanation, self.passphrase_edit, self.error):
            layout.addWidget(widget)
        layout.addStretch()
        layout.addLayout(buttons)
        self.setMinimumWidth(440)
        self.unlock_button.clicked.connect(self._unlock)
        self.passphrase_edit.returnPressed.connect(self._unlock)
        self.sign_out_button.clicked.connect(self.sign_out_requested.emit)
        self.retranslate_ui()

    def _unlock(self) -> None:
        passphrase = self.passphrase_edit.text()
        self.passphrase_edit.clear()
        self.unlock_requested.emit(passphrase)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.adjustSize()  # wrapped explanations need their full height

    def reject(self) -> None:
        """Escape and the close button do nothing: only the passphrase or signing out leave."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            return
        super().keyPressEvent(event)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("LIVC-R Desktop is locked"))
        self.heading.setText(self.tr("Locked"))
        self.explanation.setText(
            self.tr(
                "{name}, enter your passphrase to continue where you left off. Someone else "
                "can sign out instead (what was not saved is then lost)."
            ).format(name=self._name)
        )
        self.unlock_button.setText(self.tr("Unlock"))
        self.sign_out_button.setText(self.tr("Sign out"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class LockController(QObject):
    """Locks and unlocks one main window's workspace."""

    locked_changed = Signal(bool)
    sign_out_asked = Signal()
    """Someone pressed "Sign out" on the lock screen: the window asks about unsaved work
    first, then calls `sign_out`."""
    sign_out_requested = Signal()

    def __init__(self, window: QMainWindow, workspace: Workspace, access: FolderAccess) -> None:
        super().__init__(window)
        self._window = window
        self._ws = workspace
        self._access = access
        self._covers: list[_Cover] = []
        self.dialog: LockDialog | None = None

    @property
    def locked(self) -> bool:
        """True while locked."""
        return self.dialog is not None

    def lock(self) -> None:
        """Close the database, hide everything, and ask for the passphrase."""
        if self.locked:
            return
        self._access.lock(self._ws)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and widget is not self._window and not isinstance(widget, _Cover):
                self._covers.append(_Cover(widget))
        self.locked_changed.emit(True)
        self.dialog = LockDialog(self._ws.actor.display_name, self._window)
        self.dialog.unlock_requested.connect(self._try_unlock)
        self.dialog.sign_out_requested.connect(self.sign_out_asked.emit)
        self.dialog.show()
        self.dialog.passphrase_edit.setFocus()

    def _try_unlock(self, passphrase: str) -> None:
        assert self.dialog is not None
        try:
            self._access.unlock(self._ws, passphrase)
        except DomainError as error:
            self.dialog.error.show_message(show_error(error))
            return
        self._finish()
        self.locked_changed.emit(False)

    def sign_out(self) -> None:
        """Leave the lock screen by signing out."""
        self._finish()
        self.sign_out_requested.emit()

    def _finish(self) -> None:
        for cover in self._covers:
            cover.hide()
            cover.deleteLater()
        self._covers = []
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
