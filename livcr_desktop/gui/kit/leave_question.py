"""The question asked before typed text would be lost: save it, discard it, or keep editing.

"Keep editing" is the default and what Escape and the close button mean, so a hurried Enter or
Escape never throws text away. It opens window-modal without blocking the caller (see
`gui/kit/unsaved.py`), and names what would be lost, never the text itself: the question may be
asked on the lock screen, in front of someone else.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class LeaveChoice(Enum):
    """What the person chose."""

    SAVE = "save"
    DISCARD = "discard"
    KEEP = "keep"


class LeaveQuestion(QMessageBox):
    """ "Not saved yet: …" with Save (when it can be), Discard and Keep editing."""

    def __init__(
        self,
        parent: QWidget,
        what: list[str],
        savable: bool,
        chosen: Callable[[LeaveChoice], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leaveQuestion")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(QCoreApplication.translate("Messages", "LIVC-R Desktop"))
        self.setText(self.tr("What you typed is not saved yet."))
        self.setInformativeText("\n".join(f"• {line}" for line in what))
        self.save_button: QPushButton | None = None
        if savable:
            self.save_button = self.addButton(
                self.tr("Save and continue"), QMessageBox.ButtonRole.AcceptRole
            )
            self.save_button.setObjectName("leaveSaveButton")
        self.discard_button = self.addButton(
            self.tr("Discard what I typed"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.discard_button.setObjectName("leaveDiscardButton")
        self.keep_button = self.addButton(
            self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole
        )
        self.keep_button.setObjectName("leaveKeepButton")
        self.setDefaultButton(self.keep_button)
        self.setEscapeButton(self.keep_button)
        self._chosen = chosen
        self.finished.connect(self._answered)

    def _answered(self) -> None:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.save_button:
            self._chosen(LeaveChoice.SAVE)
        elif clicked is self.discard_button:
            self._chosen(LeaveChoice.DISCARD)
        else:
            self._chosen(LeaveChoice.KEEP)
