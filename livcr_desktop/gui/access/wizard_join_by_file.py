"""The join wizard's route for a laptop that never reaches the hub (an invitation "by file"):
after the fingerprint, save the join request for the coordinator, then import the
coordinator's first bundle. Shown on the fingerprint page instead of "Sync now"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.gui.kit.save_path import default_folder
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background

if TYPE_CHECKING:
    from livcr_desktop.services.bundles.receive import ImportReport
    from livcr_desktop.services.sync.devices import Invitation, JoinedLaptop

ChooseFile = Callable[[QWidget, bool], Path | None]
"""Asks for a file (parent, True to save the request / False to open a bundle); None on
cancel. Tests give their own."""


def choose_request_or_bundle(parent: QWidget, saving: bool) -> Path | None:
    """The save dialog for the join request, or the open dialog for a bundle."""
    if saving:
        chosen, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("JoinByFile", "Save the join request"),
            str(default_folder() / "join-request.json"),
            QCoreApplication.translate("JoinByFile", "Join requests (*.json)"),
        )
    else:
        chosen, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("JoinByFile", "Choose the coordinator's bundle"),
            str(default_folder()),
            QCoreApplication.translate(
                "JoinByFile", "LIVC-R bundles of changes (*.livcr-bundle);;All files (*)"
            ),
        )
    return Path(chosen) if chosen else None


class JoinByFileBox(QWidget):
    """Save the join request; import the first bundle."""

    imported = Signal()

    def __init__(
        self,
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        choose: ChooseFile = choose_request_or_bundle,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("joinByFileBox")
        self._data_dir = data_dir
        self.choose = choose
        self.invitation: Invitation | None = None
        self.joined: JoinedLaptop | None = None
        self.passphrase = ""
        self.busy = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.request_button = QPushButton(self)
        self.request_button.setObjectName("saveJoinRequestButton")
        self.request_button.setAutoDefault(False)
        self.request_button.clicked.connect(self.save_request)
        self.bundle_button = QPushButton(self)
        self.bundle_button.setObjectName("importFirstBundleButton")
        set_role(self.bundle_button, "primary")
        self.bundle_button.setAutoDefault(False)
        self.bundle_button.clicked.connect(self.import_bundle)
        row.addWidget(self.request_button)
        row.addWidget(self.bundle_button)
        row.addStretch()
        layout.addLayout(row)
        self.message = MessageLabel(self, role="notice")
        self.message.setObjectName("joinByFileMessage")
        self.error = MessageLabel(self)
        self.error.setObjectName("joinByFileError")
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        self.retranslate_ui()

    def use(self, invitation: Invitation, joined: JoinedLaptop, passphrase: str) -> None:
        self.invitation, self.joined, self.passphrase = invitation, joined, passphrase

    def save_request(self) -> None:
        from livcr_desktop.services.bundles.first_bundle import write_join_request

        if self.invitation is None or self.joined is None:
            return
        target = self.choose(self, True)
        if target is None:
            return
        try:
            write_join_request(self.invitation, self.joined, target)
        except OSError as error:
            self.error.show_message(str(error.strerror))
            return
        self.error.clear_message()
        self.message.show_message(
            self.tr(
                "Join request saved to {file}. Give it to the coordinator and read the "
                "fingerprint aloud; then import the bundle the coordinator gives you."
            ).format(file=target.name)
        )

    def import_bundle(self) -> None:
        from livcr_desktop.services.access.sign_in import FolderAccess
        from livcr_desktop.services.bundles.first_bundle import first_bundle
        from livcr_desktop.services.folders import DataFolder

        invitation = self.invitation
        if self.busy or invitation is None:
            return
        source = self.choose(self, False)
        if source is None:
            return
        access, passphrase = FolderAccess(DataFolder(self._data_dir)), self.passphrase
        self.busy = True
        self.bundle_button.setEnabled(False)
        self.error.clear_message()
        self.message.show_message(self.tr("Importing the bundle…"))
        run_in_background(
            lambda: first_bundle(access, invitation.account_id, passphrase, source),
            self._imported,
            self._failed,
            parent=self,
        )

    def _imported(self, report: ImportReport) -> None:
        self.busy = False
        self.message.show_message(
            self.tr(
                "Bundle from {sender} imported. Finish, and sign in with your passphrase; "
                "from now on, exchange bundles with the coordinator."
            ).format(sender=report.sender)
        )
        self.imported.emit()

    def _failed(self, error: Exception) -> None:
        self.busy = False
        self.bundle_button.setEnabled(True)
        self.message.clear_message()
        self.error.show_message(
            show_error(error)
            if isinstance(error, DomainError)
            else self.tr("The bundle could not be imported: {reason}").format(
                reason=type(error).__name__
            )
        )

    def retranslate_ui(self) -> None:
        self.request_button.setText(self.tr("Save the join request…"))
        self.bundle_button.setText(self.tr("Import the coordinator's bundle…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
