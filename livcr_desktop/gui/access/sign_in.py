"""The sign-in window: who is signing in, with which passphrase (or remembered key).

Key derivation takes a fifth of a second on purpose, so signing in runs off the GUI thread and
the window stays responsive. The window paints first, with what can be known without the key
(`FolderFront`); the ways in (`FolderAccess`, with the store and SQLAlchemy) are imported by the
time they are needed: in the background while the passphrase is typed (gui/shell/warm_up.py).

Errors say what to do next: try again, use the recovery key, or open another data folder.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QListWidgetItem, QWidget

from livcr_desktop.gui.generated.ui_sign_in import Ui_SignInForm
from livcr_desktop.gui.kit.icons import icon
from livcr_desktop.gui.kit.language_combo import fill_language_combo, selected_language
from livcr_desktop.gui.kit.text import show_error, show_text
from livcr_desktop.gui.kit.widgets import MessageLabel, preset_role, replace_widget
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.access.glance import GlancedAccount, GlanceFront
from livcr_desktop.settings import LAST_ACCOUNT, UI_LANGUAGE, DeviceSettings

if TYPE_CHECKING:  # only named: the first frame loads nothing of the domain or the store
    from livcr_desktop.domain.accounts import AccountChoice
    from livcr_desktop.domain.organisations import Role
    from livcr_desktop.services.access.folder_front import FolderFront
    from livcr_desktop.services.access.sign_in import FolderAccess
    from livcr_desktop.services.workspace import Workspace

    Account = AccountChoice | GlancedAccount


def ways_in(front: FolderFront | GlanceFront) -> FolderAccess:
    """The folder's ways in behind the front the window shows (a glance's full front, made by
    then, or made here with its checks). Imported here, when a sign-in starts: the background
    warm-up has loaded it by then (else this import waits for it)."""
    from livcr_desktop.services.access.sign_in import FolderAccess

    return FolderAccess.through(front.full() if isinstance(front, GlanceFront) else front)


class _ProgressRelay(QObject):
    """Carries a first sync's progress from the worker thread to the window."""

    progressed = Signal(int, int)


class SignInWindow(QWidget):
    """Lists the accounts of the data folder and signs one in."""

    signed_in = Signal(object)
    other_folder_requested = Signal()

    def __init__(
        self,
        access: FolderFront | GlanceFront,
        settings: DeviceSettings,
        languages: LanguageManager,
        *,
        demo_passphrase: str | None = None,
        demo_roles: Mapping[str, tuple[Role, str | None]] | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("signInWindow")
        self.ui = Ui_SignInForm()
        self.ui.setupUi(self)
        self.setWindowIcon(icon("livcr"))
        self.resize(520, 560)
        self._access = access
        self._settings = settings
        self._languages = languages
        self._demo_passphrase = demo_passphrase
        self._demo_roles = demo_roles or {}
        self._busy = False
        self._choices: list[Account] = []
        self._keyring_available = True
        """Until the background check says otherwise (`keyring_checked`)."""
        self.error = MessageLabel(self)
        replace_widget(self.ui.errorLabel, self.error)
        self.error.setObjectName("signInError")
        self.first_sync_note = MessageLabel(self, role="notice")
        self.first_sync_note.setObjectName("firstSyncNote")
        self.ui.outerLayout.addWidget(self.first_sync_note)
        self._first_sync_relay = _ProgressRelay(self)
        self._first_sync_relay.progressed.connect(self._first_sync_progressed)
        # The first frame names no `Qt` enum (see kit/widgets.preset_role): nothing here was
        # shown yet, and the accounts are kept in `_choices` rather than in item data roles.
        preset_role(self.ui.livcrNameLabel, "title")
        preset_role(self.ui.demoLabel, "demo")
        preset_role(self.ui.signInButton, "primary")
        preset_role(self.ui.recoveryButton, "link")
        preset_role(self.ui.otherFolderButton, "link")
        self.ui.accountList.setMaximumHeight(180)
        self.ui.outerLayout.addStretch()
        fill_language_combo(self.ui.languageCombo, languages.language)
        header = access.header()
        self._is_demo = header.demo
        self.ui.livcrNameLabel.setText(header.livcr_name)
        self.ui.demoLabel.setVisible(header.demo)
        self._fill_accounts(access.accounts())
        self.ui.accountList.currentItemChanged.connect(self._account_changed)
        self.ui.signInButton.clicked.connect(self.sign_in)
        self.ui.passphraseEdit.returnPressed.connect(self.sign_in)
        self.ui.recoveryButton.clicked.connect(self._use_recovery_key)
        self.ui.otherFolderButton.clicked.connect(self.other_folder_requested.emit)
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        self.retranslate_ui()
        self._account_changed()

    def _fill_accounts(self, accounts: Sequence[Account]) -> None:
        last = self._settings.get(LAST_ACCOUNT)
        self._choices = list(accounts)
        self.ui.accountList.clear()
        for choice in accounts:
            self.ui.accountList.addItem(QListWidgetItem())
            if choice.account_id == last:
                self.ui.accountList.setCurrentRow(self.ui.accountList.count() - 1)
        self._name_accounts()
        if self.ui.accountList.currentRow() < 0 and self.ui.accountList.count():
            self.ui.accountList.setCurrentRow(0)

    def _name_accounts(self) -> None:
        """'Name  (user name)', and in the demo the role beside it: a newcomer trying the demo
        must know whom to sign in as (the roles live in the database, still closed here)."""
        for row, choice in enumerate(self._choices):
            text = f"{choice.display_name}  ({choice.username})"
            role = self._demo_roles.get(choice.username)
            if role is not None:
                label = show_text(role[0].short_label)
                text += f"  ·  {label}, {role[1]}" if role[1] else f"  ·  {label}"
            self.ui.accountList.item(row).setText(text)

    def accounts_checked(self, accounts: list[AccountChoice]) -> None:
        """The accounts the full checks read (after the first frame's glance): the list is
        filled again only when they differ, keeping the chosen account and what was typed."""
        seen = [(a.account_id, a.username, a.display_name) for a in self._choices]
        if seen == [(a.account_id, a.username, a.display_name) for a in accounts]:
            return
        chosen = self.selected_account()
        blocked = self.ui.accountList.blockSignals(True)
        self._fill_accounts(accounts)
        for row, choice in enumerate(self._choices):
            if choice.account_id == chosen:
                self.ui.accountList.setCurrentRow(row)
        self.ui.accountList.blockSignals(blocked)
        self._account_changed()

    def show_demo_roles(self, roles: Mapping[str, tuple[Role, str | None]]) -> None:
        """The demo accounts' roles beside their names (given after the first paint: they are
        the domain's, which the first frame does not load)."""
        self._demo_roles = roles
        self._name_accounts()

    def selected_account(self) -> str | None:
        """The id of the selected account."""
        row = self.ui.accountList.currentRow()
        return self._choices[row].account_id if 0 <= row < len(self._choices) else None

    def select_account(self, username: str) -> None:
        """Select an account by user name (for scripted starts and tests)."""
        for row, choice in enumerate(self._choices):
            if choice.username == username:
                self.ui.accountList.setCurrentRow(row)
                return

    def _account_changed(self) -> None:
        account = self.selected_account()
        remembered = bool(account) and self._access.is_remembered(account or "", self._settings)
        self.ui.rememberCheck.setChecked(remembered)
        self.ui.rememberCheck.setEnabled(self._keyring_available)
        self.error.clear_message()
        self.retranslate_ui()
        self.ui.passphraseEdit.setFocus()

    def keyring_checked(self, available: bool) -> None:
        """The keyring's answer (looked up in the background): without one, nothing can be
        remembered on this device."""
        self._keyring_available = available
        self.ui.rememberCheck.setEnabled(available)

    def _language_chosen(self) -> None:
        language = selected_language(self.ui.languageCombo)
        self._settings.set(UI_LANGUAGE, language.value)
        self._languages.set_language(language)

    def sign_in(self) -> None:
        """Sign the selected account in, with the typed passphrase or the remembered key."""
        account = self.selected_account()
        if account is None or self._busy:
            return
        passphrase = self.ui.passphraseEdit.text()
        remember = self.ui.rememberCheck.isChecked()
        use_remembered = not passphrase and self._access.is_remembered(account, self._settings)
        self._set_busy(True)

        front = self._access

        relay = self._first_sync_relay

        def work() -> tuple[FolderAccess, Workspace]:
            access = ways_in(front)
            if use_remembered:
                return access, access.sign_in_remembered(account)
            # A laptop that just joined receives its records (and its owner's account) first.
            from livcr_desktop.services.sync.first_sync import sign_in_after_first_sync

            return access, sign_in_after_first_sync(
                access,
                account,
                passphrase,
                progress=relay.progressed.emit,
            )

        run_in_background(
            work,
            lambda opened: self._signed_in(*opened, remember, use_remembered),
            self._failed,
            parent=self,
        )

    def _first_sync_progressed(self, done: int, total: int) -> None:
        self.first_sync_note.show_message(
            self.tr("First sync of this laptop: {count} of {total} changes received…").format(
                count=f"{done:,}".replace(",", " "), total=f"{total:,}".replace(",", " ")
            )
        )

    def _signed_in(
        self, access: FolderAccess, workspace: Workspace, remember: bool, used_remembered: bool
    ) -> None:
        from livcr_desktop.domain.errors import DomainError

        self._access = access
        self._set_busy(False)
        self.ui.passphraseEdit.clear()
        self._settings.set(LAST_ACCOUNT, workspace.actor.account_id)
        if not used_remembered and remember != self._access.is_remembered(
            workspace.actor.account_id, self._settings
        ):
            # Remembering is a convenience: when the keyring refuses, the sign-in still stands.
            with contextlib.suppress(DomainError):
                access.set_remembered(workspace, remember, self._settings)
        self.signed_in.emit(workspace)

    def _failed(self, error: Exception) -> None:
        from livcr_desktop.domain.errors import AuthenticationError, DomainError

        self._set_busy(False)
        self.first_sync_note.clear_message()
        if not isinstance(error, DomainError):
            raise error
        if isinstance(error, AuthenticationError) and not self.ui.passphraseEdit.text():
            self.ui.rememberCheck.setChecked(False)
        self.error.show_message(show_error(error))
        self.ui.passphraseEdit.selectAll()
        self.ui.passphraseEdit.setFocus()

    def _set_busy(self, busy: bool) -> None:
        from PySide6.QtCore import Qt  # not before the first paint (see kit/widgets.preset_role)

        self._busy = busy
        self.ui.signInButton.setEnabled(not busy)
        if busy:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        else:
            QGuiApplication.restoreOverrideCursor()

    def _use_recovery_key(self) -> None:
        from livcr_desktop.gui.access.recovery_dialog import RecoveryDialog

        self._access = ways_in(self._access)
        dialog = RecoveryDialog(self._access, self)
        if dialog.exec() and dialog.workspace is not None:
            self.signed_in.emit(dialog.workspace)

    def retranslate_ui(self) -> None:
        """Set the texts in the current language."""
        self.setWindowTitle(self.tr("Sign in – LIVC-R Desktop"))
        self.ui.demoLabel.setText(
            self.tr(
                "Demo data folder: every person and case here is fictional. "
                "Every demo account has the passphrase {passphrase}"
            ).format(passphrase=self._demo_passphrase or "")
            if self._is_demo and self._demo_passphrase
            else self.tr("Demo data folder: every person and case here is fictional.")
        )
        self._name_accounts()
        account = self.selected_account()
        if account and self._access.is_remembered(account, self._settings):
            self.ui.passphraseEdit.setPlaceholderText(
                self.tr("Remembered on this device: leave empty and sign in")
            )
        else:
            self.ui.passphraseEdit.setPlaceholderText("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.retranslate_ui()
            fill_language_combo(self.ui.languageCombo, self._languages.language)
        super().changeEvent(event)
