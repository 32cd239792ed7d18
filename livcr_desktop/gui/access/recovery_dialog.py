"""Reopening the data with the recovery key and choosing a new passphrase for a coordinator."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.forms import FormFeedback
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.workspace import Workspace


class RecoveryDialog(FittedDialog):
    """Recovery key + coordinator account + new passphrase; `workspace` is set on success."""

    def __init__(self, access: FolderAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self._access = access
        self.workspace: Workspace | None = None
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        set_role(self.explanation, "hint")
        layout.addWidget(self.explanation)
        form = QFormLayout()
        self.key_label = QLabel(self)
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("recoveryKeyEdit")
        self.key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.account_label = QLabel(self)
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("recoveryAccountCombo")
        for choice in access.accounts():
            self.account_combo.addItem(
                f"{choice.display_name}  ({choice.username})", choice.account_id
            )
        self.passphrase_label = QLabel(self)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("recoveryPassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation_label = QLabel(self)
        self.confirmation_edit = QLineEdit(self)
        self.confirmation_edit.setObjectName("recoveryConfirmationEdit")
        self.confirmation_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.key_label, self.key_edit)
        form.addRow(self.account_label, self.account_combo)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.confirmation_label, self.confirmation_edit)
        layout.addLayout(form)
        self.error = MessageLabel(self)
        self.error.setObjectName("recoveryError")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._recover)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.feedback = FormFeedback(
            self.error,
            {
                "recovery_key": self.key_edit,
                "passphrase": self.passphrase_edit,
                "confirmation": self.confirmation_edit,
            },
        )
        self.setMinimumWidth(560)
        self.retranslate_ui()

    def _recover(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace = self._access.sign_in_with_recovery(
                self.key_edit.text(),
                str(self.account_combo.currentData()),
                self.passphrase_edit.text(),
                self.confirmation_edit.text(),
            )
        except DomainError as error:
            self.feedback.show(error)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.accept()

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Use the recovery key"))
        self.explanation.setText(
            self.tr(
                "Type the recovery key from the printed sheet. A coordinator then chooses a new "
                "passphrase; the old one stops working. This is recorded in the audit trail."
            )
        )
        self.key_label.setText(self.tr("Recovery key"))
        self.account_label.setText(self.tr("Coordinator account"))
        self.passphrase_label.setText(self.tr("New passphrase"))
        self.confirmation_label.setText(self.tr("Repeat the new passphrase"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
