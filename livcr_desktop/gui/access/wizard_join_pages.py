"""The wizard's "Join an LIVC-R" path, on a member's own laptop: the invitation and a new
passphrase (JoinPage), then the laptop's fingerprint to read to the coordinator and the first
sync once it is approved (FingerprintPage). Afterwards the normal sign-in follows.

Joining talks to the hub and derives keys, so it runs in the background; the page moves on by
itself when it is done. The passphrase stays in memory only until the wizard closes: the first
sync needs it to open the new database.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from livcr_desktop.domain.errors import DomainError, ValidationError
from livcr_desktop.gui.access.wizard_intro_page import PAGE_FINGERPRINT
from livcr_desktop.gui.access.wizard_join_by_file import JoinByFileBox
from livcr_desktop.gui.kit.forms import FormFeedback
from livcr_desktop.gui.kit.text import show_error
from livcr_desktop.gui.kit.widgets import MessageLabel, set_role
from livcr_desktop.gui.kit.worker import run_in_background

if TYPE_CHECKING:
    from livcr_desktop.services.sync.devices import Invitation, JoinedLaptop

ChooseInvitation = Callable[[QWidget], Path | None]


def choose_invitation_file(parent: QWidget) -> Path | None:
    """The open-file dialog for an invitation; None on cancel."""
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("JoinPage", "Choose the invitation"),
        "",
        QCoreApplication.translate("JoinPage", "LIVC-R invitations (*.livcrinvite);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def fingerprint_lines(fingerprint: str) -> str:
    """The fingerprint in groups, four groups to a line, to read aloud."""
    groups = fingerprint.split()
    return "\n".join("  ".join(groups[i : i + 4]) for i in range(0, len(groups), 4))


class JoinPage(QWizardPage):
    """The invitation file and the new data folder's passphrase."""

    def __init__(self, data_dir: Path, choose: ChooseInvitation = choose_invitation_file) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._choose = choose
        self.invitation: Invitation | None = None
        self.joined: JoinedLaptop | None = None
        self.passphrase = ""
        self._busy = False
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        row = QHBoxLayout()
        self.file_edit = QLineEdit(self)
        self.file_edit.setObjectName("invitationFileEdit")
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton(self)
        self.choose_button.setObjectName("chooseInvitationButton")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)
        self.invitation_label = QLabel(self)
        self.invitation_label.setObjectName("invitationSummary")
        self.invitation_label.setWordWrap(True)
        set_role(self.invitation_label, "notice")
        self.invitation_label.hide()  # an empty notice box says nothing: shown once chosen
        layout.addWidget(self.invitation_label)
        form = QFormLayout()
        self.passphrase_label = QLabel(self)
        self.passphrase_edit = QLineEdit(self)
        self.passphrase_edit.setObjectName("joinPassphraseEdit")
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirmation_label = QLabel(self)
        self.confirmation_edit = QLineEdit(self)
        self.confirmation_edit.setObjectName("joinConfirmationEdit")
        self.confirmation_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.passphrase_label, self.passphrase_edit)
        form.addRow(self.confirmation_label, self.confirmation_edit)
        layout.addLayout(form)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        set_role(self.hint, "hint")
        layout.addWidget(self.hint)
        self.error = MessageLabel(self)
        self.error.setObjectName("joinError")
        layout.addWidget(self.error)
        layout.addStretch()
        self.feedback = FormFeedback(
            self.error,
            {"passphrase": self.passphrase_edit, "confirmation": self.confirmation_edit},
        )
        self.retranslate_ui()

    def _choose_file(self) -> None:
        path = self._choose(self)
        if path is not None:
            self.use_invitation(path)

    def use_invitation(self, path: Path) -> bool:
        """Read an invitation file (the button's dialog, or a test); False when it is none."""
        from livcr_desktop.services.sync.devices import Invitation

        self.file_edit.setText(str(path))
        try:
            self.invitation = Invitation.read(path)
        except (DomainError, OSError) as error:
            self.invitation = None
            self.invitation_label.clear()
            self.invitation_label.hide()
            self.error.show_message(
                show_error(error) if isinstance(error, DomainError) else str(error.strerror)
            )
            return False
        self.error.clear_message()
        self.retranslate_ui()
        return True

    def validatePage(self) -> bool:
        if self.joined is not None:
            return True
        if self._busy:
            return False
        if self.invitation is None:
            self.error.show_message(self.tr("Choose the invitation file first."))
            return False
        from livcr_desktop.services.sync.first_sync import join_laptop

        root, invitation = self._data_dir, self.invitation
        passphrase, confirmation = self.passphrase_edit.text(), self.confirmation_edit.text()
        self._set_busy(True)
        run_in_background(
            lambda: join_laptop(root, invitation, passphrase, confirmation),
            lambda joined: self._joined(joined, passphrase),
            self._failed,
            parent=self,
        )
        return False

    def _joined(self, joined: JoinedLaptop, passphrase: str) -> None:
        self._set_busy(False)
        self.joined = joined
        self.passphrase = passphrase
        self.passphrase_edit.clear()
        self.confirmation_edit.clear()
        self.feedback.clear()
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()

    def _failed(self, error: Exception) -> None:
        self._set_busy(False)
        if not isinstance(error, DomainError):
            self.error.show_message(
                self.tr("The laptop could not join: {reason}").format(
                    reason=str(error) or type(error).__name__
                )
            )
            return
        if isinstance(error, ValidationError):
            self.feedback.show(error)
        else:
            self.error.show_message(show_error(error))

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.choose_button, self.passphrase_edit, self.confirmation_edit):
            widget.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:
            wizard.button(wizard.WizardButton.NextButton).setEnabled(not busy)
        if busy:
            self.error.show_message(self.tr("Joining the LIVC-R…"))

    def nextId(self) -> int:
        return PAGE_FINGERPRINT

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setTitle(self.tr("Join an LIVC-R"))
        self.setSubTitle(self.tr("Your own laptop, with the invitation the coordinator gave you."))
        self.intro.setText(
            self.tr(
                "Choose the invitation file the coordinator handed you, and a passphrase for "
                "this laptop. The laptop gets its own data folder that holds only what you may "
                "see."
            )
        )
        self.choose_button.setText(self.tr("Choose the invitation…"))
        if self.invitation is not None:
            self.invitation_label.setText(
                self.tr("Invitation to {livcr} for {member}.").format(
                    livcr=self.invitation.livcr_name, member=self.invitation.display_name
                )
            )
        self.invitation_label.setVisible(self.invitation is not None)
        self.passphrase_label.setText(self.tr("Passphrase"))
        self.confirmation_label.setText(self.tr("Repeat the passphrase"))
        self.hint.setText(
            self.tr(
                "The passphrase protects this laptop's data. Use at least 12 characters; a "
                "short sentence that only you know is best."
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class _ProgressRelay(QObject):
    progressed = Signal(int, int)
    """(changes received, changes to receive), once per batch the hub serves."""


class FingerprintPage(QWizardPage):
    """The fingerprint to read to the coordinator, and "Sync now" once it is approved."""

    def __init__(self, join_page: JoinPage, data_dir: Path) -> None:
        super().__init__()
        self._join_page = join_page
        self._data_dir = data_dir
        self.synced = False
        self._busy = False
        layout = QVBoxLayout(self)
        self.instruction = QLabel(self)
        self.instruction.setWordWrap(True)
        layout.addWidget(self.instruction)
        self.fingerprint_label = QLabel(self)
        self.fingerprint_label.setObjectName("fingerprintLabel")
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.fingerprint_label, "recovery-key")
        layout.addWidget(self.fingerprint_label)
        self.after = QLabel(self)
        self.after.setWordWrap(True)
        set_role(self.after, "hint")
        layout.addWidget(self.after)
        row = QHBoxLayout()
        self.sync_button = QPushButton(self)
        self.sync_button.setObjectName("firstSyncButton")
        set_role(self.sync_button, "primary")
        self.sync_button.setAutoDefault(False)
        self.sync_button.clicked.connect(self.sync_now)
        row.addWidget(self.sync_button)
        row.addStretch()
        layout.addLayout(row)
        self.by_file = JoinByFileBox(data_dir, self)
        self.by_file.imported.connect(self._by_file_imported)
        self.by_file.hide()
        layout.addWidget(self.by_file)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("firstSyncProgress")
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.message = MessageLabel(self, role="notice")
        self.message.setObjectName("firstSyncMessage")
        self.error = MessageLabel(self)
        self.error.setObjectName("firstSyncError")
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addStretch()
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._progressed)
        self.retranslate_ui()

    def initializePage(self) -> None:
        joined = self._join_page.joined
        if joined is not None:
            self.fingerprint_label.setText(fingerprint_lines(joined.fingerprint))
        invitation = self._join_page.invitation
        by_file = invitation is not None and invitation.by_file
        if by_file and invitation is not None and joined is not None:
            self.by_file.use(invitation, joined, self._join_page.passphrase)
        self.by_file.setVisible(by_file)
        self.sync_button.setVisible(not by_file)
        self.retranslate_ui()

    def _by_file_imported(self) -> None:
        self.synced = True
        self.completeChanged.emit()

    def sync_now(self) -> None:
        """The first sync (the coordinator must have approved this laptop)."""
        from livcr_desktop.services.access.sign_in import FolderAccess
        from livcr_desktop.services.folders import DataFolder
        from livcr_desktop.services.sync.first_sync import first_sync

        invitation = self._join_page.invitation
        if self._busy or invitation is None:
            return
        passphrase, relay = self._join_page.passphrase, self._relay
        access = FolderAccess(DataFolder(self._data_dir))
        self._busy = True
        self.sync_button.setEnabled(False)
        self.progress.setRange(0, 0)  # busy until the hub says how much there is
        self.progress.show()
        self.error.clear_message()
        self.message.show_message(self.tr("Syncing…"))
        run_in_background(
            lambda: first_sync(
                access,
                invitation.account_id,
                passphrase,
                hub_password=invitation.password,
                progress=relay.progressed.emit,
            ),
            self._synced,
            self._failed,
            parent=self,
        )

    def _progressed(self, done: int, total: int) -> None:
        """A long first sync fills the bar batch by batch, and says how far it is."""
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.message.show_message(
            self.tr("Syncing… {count} of {total} changes received").format(
                count=f"{done:,}".replace(",", " "), total=f"{total:,}".replace(",", " ")
            )
        )

    def _synced(self, _report: object) -> None:
        self._busy = False
        self.progress.hide()
        self.synced = True
        self.message.show_message(
            self.tr("This laptop is synced. Finish, and sign in with your passphrase.")
        )
        self.completeChanged.emit()

    def _failed(self, error: Exception) -> None:
        self._busy = False
        self.progress.hide()
        self.sync_button.setEnabled(True)
        self.message.clear_message()
        self.error.show_message(
            show_error(error)
            if isinstance(error, DomainError)
            else self.tr("The sync failed: {reason}").format(reason=type(error).__name__)
        )

    def isComplete(self) -> bool:
        return not self._busy and not self.by_file.busy

    def nextId(self) -> int:
        return -1

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setTitle(self.tr("This laptop's fingerprint"))
        self.setSubTitle(self.tr("The coordinator approves the laptop by this fingerprint."))
        self.instruction.setText(
            self.tr(
                "Read this fingerprint to the coordinator, in person or by phone. The "
                "coordinator types it in the Sync area and approves this laptop."
            )
        )
        if self.by_file.isVisibleTo(self):
            self.after.setText(
                self.tr(
                    "This laptop does not use the hub. Save the join request and give it to "
                    "the coordinator with the fingerprint; import the bundle the coordinator "
                    "gives you back, before you finish: the laptop opens once its records have "
                    "arrived."
                )
            )
        else:
            self.after.setText(
                self.tr(
                    "Once it is approved, sync now to receive what you may see. You can also "
                    "finish now: the first sign-in syncs when the hub can be reached."
                )
            )
        self.sync_button.setText(self.tr("Sync now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
