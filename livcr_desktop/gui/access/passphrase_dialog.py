"""Changing one's own passphrase: from the menu, and obligatorily after an initial one."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from livcr_desktop.gui.kit.form_dialog import FormDialog
from livcr_desktop.services.access.accounts import AccountService
from livcr_desktop.services.workspace import Workspace


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class ChangePassphraseDialog(FormDialog):
    """Current passphrase, new passphrase, repeated; `required` when it replaces an initial one."""

    def __init__(
        self, workspace: Workspace, *, required: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, object_name="changePassphraseDialog", submit=self._save)
        self._service = AccountService(workspace)
        self._required = required
        self.current_edit = _password_edit(self, "currentPassphraseEdit")
        self.new_edit = _password_edit(self, "newPassphraseEdit")
        self.confirmation_edit = _password_edit(self, "newPassphraseConfirmationEdit")
        self.current_label = self.add_row("current", self.current_edit)
        self.new_label = self.add_row("passphrase", self.new_edit)
        self.confirmation_label = self.add_row("confirmation", self.confirmation_edit)
        self.retranslate_ui()

    def _save(self) -> None:
        self._service.change_own_passphrase(
            self.current_edit.text(), self.new_edit.text(), self.confirmation_edit.text()
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.set_intro(
            self.tr(
                "You signed in with an initial passphrase that someone else chose. Replace it "
                "now with your own; cancelling signs you out."
            )
            if self._required
            else self.tr(
                "Your passphrase protects the key to all data of the LIVC-R. Use at least 12 "
                "characters; a short sentence that only you know is best."
            )
        )
        self.current_label.setText(
            self.tr("Initial passphrase") if self._required else self.tr("Current passphrase")
        )
        self.new_label.setText(self.tr("New passphrase"))
        self.confirmation_label.setText(self.tr("Repeat the new passphrase"))
