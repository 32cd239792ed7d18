"""Replacing the recovery key (the coordinator, when the printed sheet may have been seen)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.domain.account_steps import renewing_recovery_key
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.gui.kit.final_step_dialog import confirm_final_step
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, save_path_chooser
from livcr_desktop.gui.kit.screen_fit import FittedDialog
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.shell.language import current_language
from livcr_desktop.services.access.recovery import export_recovery_sheet, renew_recovery_key
from livcr_desktop.services.workspace import Workspace

SHEET_NAME = "livcr-recovery-key.pdf"

choose_pdf_path = save_path_chooser(
    QT_TRANSLATE_NOOP("RecoveryRenewal", "Save the recovery sheet"), FileType.PDF
)


class RenewedKeyDialog(FittedDialog):
    """Shows the new recovery key once, with its printable sheet."""

    def __init__(
        self,
        workspace: Workspace,
        recovery_key: str,
        parent: QWidget | None = None,
        choose_path: PathChooser = choose_pdf_path,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("renewedKeyDialog")
        self._ws = workspace
        self.recovery_key = recovery_key
        self._choose_path = choose_path
        layout = QVBoxLayout(self)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.key_label = QLabel(self)
        self.key_label.setObjectName("renewedKeyLabel")
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_role(self.key_label, "recovery-key")
        groups = recovery_key.split("-")
        self.key_label.setText("  ".join(groups[:5]) + "\n" + "  ".join(groups[5:]))
        layout.addWidget(self.key_label)
        self.pdf_button = QPushButton(icon("pdf"), "", self)
        self.pdf_button.setObjectName("renewedKeyPdfButton")
        self.pdf_button.setAutoDefault(False)
        self.pdf_button.clicked.connect(self.save_pdf)
        layout.addWidget(self.pdf_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.notice = MessageLabel(self, role="notice")
        layout.addWidget(self.notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def save_pdf(self) -> None:
        """Write the sheet for the new key (journaled as an export)."""
        path = self._choose_path(self, SHEET_NAME)
        if path is None:
            return
        try:
            export_recovery_sheet(self._ws, self.recovery_key, path, current_language())
        except DomainError as error:
            self.notice.show_message(show_error(error))
            return
        self.notice.show_message(
            self.tr("Saved as {file}. Print it, lock it away, and delete the file.").format(
                file=path
            )
        )

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("New recovery key"))
        self.explanation.setText(
            self.tr(
                "This is the new recovery key; the old sheet no longer works. It is shown "
                "only now: print the sheet or write the key down and lock it away."
            )
        )
        self.pdf_button.setText(self.tr("Save the recovery sheet as PDF…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def renew_with_confirmation(parent: QWidget, workspace: Workspace) -> None:
    """Confirm, replace the recovery key, and show the new one."""
    title = QCoreApplication.translate("RecoveryRenewal", "Create a new recovery key")
    if not confirm_final_step(
        parent,
        renewing_recovery_key(),
        object_name="renewRecoveryKeyDialog",
        title=title,
        action=title,
    ):
        return
    try:
        key = renew_recovery_key(workspace)
    except DomainError as error:
        QMessageBox.warning(parent, title, show_error(error))
        return
    RenewedKeyDialog(workspace, key, parent).exec()
