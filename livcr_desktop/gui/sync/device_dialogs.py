"""The coordinator's dialogs for laptops: approving one by its fingerprint, and choosing whom an
invitation is for. Revoking goes through the kit's final-step confirmation (sync_area.py)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from livcr_desktop.gui.kit.widgets import MessageLabel, set_role


class ApproveDialog(QDialog):
    """Asks the coordinator to type the fingerprint the laptop's owner reads out: typing it
    (rather than ticking "it matches") is the comparison."""

    def __init__(self, owner: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approveDeviceDialog")
        self.setWindowTitle(self.tr("Approve a laptop"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Ask {owner} to read out the fingerprint their laptop shows, in person or by "
                "phone, and type it here. Only a laptop with exactly this fingerprint is "
                "approved: this is what keeps a stranger's laptop out."
            ).format(owner=owner),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.fingerprint_edit = QLineEdit(self)
        self.fingerprint_edit.setObjectName("fingerprintEdit")
        self.fingerprint_edit.setPlaceholderText("XXXX XXXX XXXX …")
        set_role(self.fingerprint_edit, "recovery-key")
        layout.addWidget(self.fingerprint_edit)
        self.error = MessageLabel(self)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.approve_button = buttons.addButton(
            self.tr("Approve this laptop"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setObjectName("approveDeviceButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def fingerprint(self) -> str:
        """What the coordinator typed."""
        return self.fingerprint_edit.text()


class LaptopInvitationDialog(QDialog):
    """Whom the invitation is for, and how it travels (in person only)."""

    def __init__(self, accounts: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inviteDialog")
        self.setWindowTitle(self.tr("Invite a member's laptop"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.account_combo = QComboBox(self)
        self.account_combo.setObjectName("inviteAccountCombo")
        for username, name in accounts:
            self.account_combo.addItem(f"{name}  ({username})", username)
        form.addRow(self.tr("Member"), self.account_combo)
        layout.addLayout(form)
        notice = MessageLabel(self, role="notice")
        notice.show_message(
            self.tr(
                "The invitation opens the hub for one laptop. Hand the file over in person (on "
                "a USB stick, for example), never by e-mail, and delete it once the laptop has "
                "joined."
            )
        )
        layout.addWidget(notice)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.write_button = buttons.addButton(
            self.tr("Write the invitation…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.write_button.setObjectName("writeInvitationButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def username(self) -> str:
        """The chosen account's user name."""
        return str(self.account_combo.currentData() or "")
