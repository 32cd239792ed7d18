"""The wizard's restore page: bring an LIVC-R to this (empty) data folder from a backup file.

This is how a coordinator moves to a new laptop, or starts again after losing one: choose the
backup, choose an account listed in the backup's own key header, and give that account's
passphrase, or the recovery key from setup (which also asks for a new passphrase). The backup is
checked completely before it is put in place; the wizard then opens the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.backup.actions import ChooseFile, describe_backup
from livcr_desktop.gui.kit.forms import FormFeedback
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.services.backup.backups import BackupInfo, inspect_backup
from livcr_desktop.services.backup.restore import RestoreCredentials
from livcr_desktop.services.workspace import Workspace

RestoreBackup = Callable[[Path, RestoreCredentials], Workspace]
"""Restores a backup file into the wizard's data folder and returns the signed-in workspace."""


def _password_edit(parent: QWidget, name: str) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class RestorePage(QWizardPage):
    """Backup file, account, and passphrase or recovery key; finishing restores the backup."""

    restored = Signal(object)
    """The workspace on the restored data (emitted before the wizard finishes)."""

    def __init__(self, restore: RestoreBackup | None, choose_file: ChooseFile) -> None:
        super().__init__()
        self._restore = restore
        self.choose_file = choose_file
        self.info: BackupInfo | None = None
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("restoreFileEdit")
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("restoreChooseButton")
        self.choose_button.setAutoDefault(False)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.info_label = QLabel(self)
        self.info_label.setObjectName("restoreInfoLabel")
        self.info_label.setWordWrap(True)
        set_role(self.info_label, "hint")
        layout.addWidget(self.info_label)
        self.form = self._build_credentials_form()
        layout.addLayout(self.form)
        self.error = MessageLabel(self)
        self.error.setObjectName("restoreError")
        layout.addWidget(self.error)
        layout.addStretch()
        self.feedback = FormFeedback(self.error, {})
        self.choose_button.clicked.connect(self._choose)
        self.file_edit.editingFinished.connect(self._file_typed)
        self.recovery_radio.toggled.connect(self._method_changed)
        self._method_changed()
        self.retranslate_ui()

    def _build_credentials_form(self) -> QFormLayout:
        form = QFormLayout()
        self.account_label = QLabel(self)
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("restoreAccountCombo")
        self.passphrase_radio = QRadioButton(self)
        self.passphrase_radio.setObjectName("restoreWithPassphraseRadio")
        self.passphrase_radio.setChecked(True)
        self.recovery_radio = QRadioButton(self)
        self.recovery_radio.setObjectName("restoreWithRecoveryKeyRadio")
        self.passphrase_label = QLabel(self)
        self.passphrase_edit = _password_edit(self, "restorePassphraseEdit")
        self.recovery_key_label = QLabel(self)
        self.recovery_key_edit = QLineEdit(self)
        self.recovery_key_edit.setObjectName("restoreRecoveryKeyEdit")
        self.recovery_key_edit.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase_label = QLabel(self)
        self.new_passphrase_edit = _password_edit(self, "restoreNewPassphraseEdit")
        self.confirmation_label = QLabel(self)
        self.confirmation_edit = _password_edit(self, "restoreConfirmationEdit")
        form.addRow(self.account_label, self.account_combo)
        form.addRow("", self.passphrase_radio)
        form.addRow("", self.recovery_radio)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.recovery_key_label, self.recovery_key_edit)
        form.addRow(self.new_passphrase_label, self.new_passphrase_edit)
        form.addRow(self.confirmation_label, self.confirmation_edit)
        return form

    # -- the backup file -------------------------------------------------------------------------

    def _choose(self) -> None:
        start = Path(self.file_edit.text()).parent if self.file_edit.text() else Path.home()
        path = self.choose_file(self, start)
        if path is not None:
            self.load_backup(path)

    def _file_typed(self) -> None:
        text = self.file_edit.text().strip()
        if text and (self.info is None or Path(text) != self.info.file):
            self.load_backup(Path(text))

    def load_backup(self, path: Path) -> None:
        """Read what the backup holds and list its accounts (no key needed yet)."""
        self.file_edit.setText(str(path))
        self.account_combo.clear()
        self.info = None
        try:
            info = inspect_backup(path)
        except DomainError as error:
            self.feedback.show(error)
            self.info_label.clear()
            self.completeChanged.emit()
            return
        self.feedback.clear()
        self.info = info
        for choice in info.accounts:
            self.account_combo.addItem(f"{choice.display_name}  ({choice.username})", choice)
        self._describe()
        self.completeChanged.emit()

    def _describe(self) -> None:
        if self.info is None:
            self.info_label.clear()
            return
        date, reason, operations = describe_backup(self.info)
        self.info_label.setText(
            self.tr("{livcr}: backup of {date} ({reason}), {operations} journal operations").format(
                livcr=self.info.livcr_name, date=date, reason=reason, operations=operations
            )
        )

    # -- passphrase or recovery key --------------------------------------------------------------

    def _method_changed(self) -> None:
        with_key = self.recovery_radio.isChecked()
        self.form.setRowVisible(self.passphrase_edit, not with_key)
        for edit in (self.recovery_key_edit, self.new_passphrase_edit, self.confirmation_edit):
            self.form.setRowVisible(edit, with_key)
        self.feedback.clear()
        self.feedback.fields = (
            {
                "recovery_key": self.recovery_key_edit,
                "passphrase": self.new_passphrase_edit,
                "confirmation": self.confirmation_edit,
            }
            if with_key
            else {"passphrase": self.passphrase_edit}
        )

    def credentials(self) -> RestoreCredentials:
        """What the page holds, as the restore service takes it."""
        choice = self.account_combo.currentData()
        username = choice.username if choice is not None else ""
        if self.recovery_radio.isChecked():
            return RestoreCredentials(
                username,
                recovery_key=self.recovery_key_edit.text(),
                new_passphrase=self.new_passphrase_edit.text(),
                confirmation=self.confirmation_edit.text(),
            )
        return RestoreCredentials(username, passphrase=self.passphrase_edit.text())

    # -- QWizardPage -----------------------------------------------------------------------------

    def isComplete(self) -> bool:
        return self.info is not None and self._restore is not None

    def isFinalPage(self) -> bool:
        return True

    def nextId(self) -> int:
        return -1

    def validatePage(self) -> bool:
        if self.info is None or self._restore is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            workspace = self._restore(self.info.file, self.credentials())
        except DomainError as error:
            self.feedback.show(error)
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        for edit in (self.passphrase_edit, self.new_passphrase_edit, self.confirmation_edit):
            edit.clear()
        self.restored.emit(workspace)
        return True

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setTitle(self.tr("Restore a backup"))
        self.setSubTitle(self.tr("For example on a new laptop, or after a lost one."))
        self.explanation.setText(
            self.tr(
                "Choose a backup file of your LIVC-R (it ends in .livcrbackup). It is checked "
                "completely before it is put in this data folder. Then sign in with your account "
                "as it was in the backup, or with the recovery key from the setup."
            )
        )
        self.choose_button.setText(self.tr("Choose…"))
        self.account_label.setText(self.tr("Account"))
        self.passphrase_radio.setText(self.tr("With the account's passphrase"))
        self.recovery_radio.setText(self.tr("With the recovery key (coordinator)"))
        self.passphrase_label.setText(self.tr("Passphrase"))
        self.recovery_key_label.setText(self.tr("Recovery key"))
        self.new_passphrase_label.setText(self.tr("New passphrase"))
        self.confirmation_label.setText(self.tr("Repeat the new passphrase"))
        self._describe()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
