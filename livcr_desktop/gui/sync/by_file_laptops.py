"""The coordinator's side of a laptop that never reaches the hub, in the Sync area: an
invitation for it (no hub login in it, this laptop's public keys instead), and the approval of
its join request file after typing the fingerprint its owner reads out and confirming, with the
fingerprint shown, the final step of trusting that laptop. Both are local (no hub call); the
laptop then gets its records by bundle (File › Export changes for…, or the Sync area's list of
laptops without a hub)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.gui.kit.final_step_dialog import confirm_final_step
from livcr_desktop.gui.kit.save_path import FileType, PathChooser, default_folder
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel
from livcr_desktop.gui.sync.device_dialogs import ApproveDialog, LaptopInvitationDialog
from livcr_desktop.owner_only import replace_private
from livcr_desktop.services.bundles.enrolment import (
    JoinRequest,
    approve_request,
    check_fingerprint,
    invite_by_file,
    request_owner,
)
from livcr_desktop.services.sync.overview import member_accounts
from livcr_desktop.services.workspace import Workspace

ChooseRequest = Callable[[QWidget], Path | None]

TRUST_FIXES = QT_TRANSLATE_NOOP(
    "ByFileLaptops",
    "The laptop with fingerprint {fingerprint} is trusted as {owner}'s: its bundles are "
    "accepted here, and bundles for {owner} are encrypted for it.",
)
TRUST_AFTERWARDS = QT_TRANSLATE_NOOP(
    "ByFileLaptops",
    "It holds nothing yet: export the first bundle for {owner} and hand it over in person.",
)


def choose_request_file(parent: QWidget) -> Path | None:
    """The open dialog for a join request; None on cancel."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("ByFileLaptops", "Choose the join request"),
        str(default_folder()),
        QCoreApplication.translate("ByFileLaptops", "Join requests (*.json);;All files (*)"),
    )
    return Path(chosen) if chosen else None


class ByFileLaptops(QWidget):
    """Two buttons: invite a laptop without a network, approve its join request."""

    approved = Signal()
    """A laptop joined the roster (the no-hub list reloads)."""

    def __init__(
        self,
        workspace: Workspace,
        error: MessageLabel,
        notice: MessageLabel,
        parent: QWidget | None = None,
        *,
        choose_invitation_path: PathChooser,
        choose_request: ChooseRequest = choose_request_file,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("byFileLaptops")
        self._ws = workspace
        self._error, self._notice = error, notice
        self.choose_invitation_path = choose_invitation_path
        self.choose_request = choose_request
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.invite_button = QPushButton(self)
        self.invite_button.setObjectName("inviteByFileButton")
        self.invite_button.setAutoDefault(False)
        self.invite_button.clicked.connect(self.invite)
        self.approve_button = QPushButton(self)
        self.approve_button.setObjectName("approveRequestButton")
        self.approve_button.setAutoDefault(False)
        self.approve_button.clicked.connect(self.approve)
        row.addWidget(self.invite_button)
        row.addWidget(self.approve_button)
        row.addStretch()
        self.retranslate_ui()

    def invite(self) -> None:
        """An invitation file for a member's laptop that will live on bundles."""
        self._error.clear_message()
        try:
            accounts = member_accounts(self._ws)
        except DomainError as error:
            self._error.show_message(show_error(error))
            return
        dialog = LaptopInvitationDialog(accounts, self)
        if not dialog.exec() or not dialog.username():
            return
        username = dialog.username()
        path = self.choose_invitation_path(self, f"{username}{FileType.INVITATION.suffix}")
        if path is None:
            return
        try:
            invitation = invite_by_file(self._ws, username)
            replace_private(path, invitation.to_json())
        except (DomainError, OSError) as error:
            self._error.show_message(
                show_error(error) if isinstance(error, DomainError) else str(error.strerror)
            )
            return
        self._notice.show_message(
            self.tr(
                "The invitation for a laptop without a network was saved as {file}. Hand it "
                "over in person; the laptop's join request comes back as a file."
            ).format(file=path)
        )

    def approve(self) -> None:
        """Approve a join request file by the fingerprint its owner reads out."""
        self._error.clear_message()
        source = self.choose_request(self)
        if source is None:
            return
        try:
            request = JoinRequest.read(source)
        except (DomainError, OSError) as error:
            self._error.show_message(
                show_error(error) if isinstance(error, DomainError) else str(error.strerror)
            )
            return
        owner = request_owner(self._ws, request)
        dialog = ApproveDialog(owner, self)
        if not dialog.exec():
            return
        typed = dialog.fingerprint()
        try:
            check_fingerprint(request, typed)
        except DomainError as error:
            self._error.show_message(show_error(error))
            return
        if not self._confirm_trust(owner, request.fingerprint):
            return
        try:
            name = approve_request(self._ws, request, typed)
        except DomainError as error:
            self._error.show_message(show_error(error))
            return
        self.approved.emit()
        self._notice.show_message(
            self.tr(
                "{owner}'s laptop is approved. Give it its records with File › Export changes "
                "for… and hand the bundle over."
            ).format(owner=name)
        )

    def _confirm_trust(self, owner: str, shown_fingerprint: str) -> bool:
        """The final step, with the fingerprint shown once more as it was compared aloud."""
        step = FinalStep(
            fixes=(Message(TRUST_FIXES, {"owner": owner, "fingerprint": shown_fingerprint}),),
            afterwards=(Message(TRUST_AFTERWARDS, {"owner": owner}),),
        )
        return confirm_final_step(
            self,
            step,
            object_name="trustLaptopDialog",
            title=self.tr("Approve {owner}'s laptop").format(owner=owner),
            action=self.tr("Approve the laptop"),
        )

    def retranslate_ui(self) -> None:
        self.invite_button.setText(self.tr("Invite a laptop without a network…"))
        self.approve_button.setText(self.tr("Approve a join request…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
