"""Signing in: from a data folder on disk to a workspace with an open, decrypted database.

Every way in (passphrase, remembered key, recovery key) ends in the same `_open`: open the
database with the unwrapped key, bring its schema up to date (after an automatic backup), load the
person's roles, and journal the sign-in together with any failed attempts before it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from livcr_desktop.domain.accounts import AccountChoice
from livcr_desktop.domain.clock import Clock, SystemClock
from livcr_desktop.domain.errors import AuthenticationError, DataFolderError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.passphrase import check_confirmation, check_passphrase
from livcr_desktop.domain.recovery import parse_recovery_key
from livcr_desktop.services import messages
from livcr_desktop.services.access.signing_keys import signer_at_sign_in
from livcr_desktop.services.backup.backups import backup_before_upgrade
from livcr_desktop.services.workspace import Workspace, load_actor
from livcr_desktop.settings import REMEMBERED_ACCOUNTS, DeviceSettings
from livcr_desktop.store import keyslots
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.errors import DatabaseUnreadable, HeaderDamaged, SchemaTooNew, SlotLocked
from livcr_desktop.store.keyring_vault import DeviceVault, VaultUnavailable
from livcr_desktop.store.keyslots import KeyHeader, normalise_passphrase
from livcr_desktop.store.migrate import prepare_schema
from livcr_desktop.store.signin_attempts import SignInAttempts

log = logging.getLogger("livcr.services.auth")


class FolderAccess:
    """Opens one data folder for one person."""

    def __init__(
        self, folder: DataFolder, *, clock: Clock | None = None, vault: DeviceVault | None = None
    ) -> None:
        self.folder = folder
        self.clock = clock or SystemClock()
        self.vault = vault or DeviceVault()
        self.attempts = SignInAttempts(folder.attempts_path)
        self.header_from_backup = False

    # -- what can be known without a key ------------------------------------------------------

    def header(self) -> KeyHeader:
        """The key header; DataFolderError with a way forward when the folder is not usable."""
        state = self.folder.state()
        if state is FolderState.DATABASE_WITHOUT_HEADER:
            raise DataFolderError(messages.HEADER_MISSING)
        if state is FolderState.HEADER_WITHOUT_DATABASE:
            raise DataFolderError(messages.DATABASE_MISSING)
        try:
            header, from_backup = self.folder.header.load()
        except HeaderDamaged as exc:
            raise DataFolderError(messages.HEADER_DAMAGED) from exc
        if from_backup:
            log.warning("the key header was unreadable; using its backup copy")
        self.header_from_backup = from_backup
        return header

    def accounts(self) -> list[AccountChoice]:
        """Every account that can sign in here, in creation order."""
        return [
            AccountChoice(slot.account_id or "", slot.username or "", slot.display_name or "")
            for slot in self.header().account_slots()
        ]

    def _account_slot(self, header: KeyHeader, account_id: str) -> keyslots.KeySlot:
        slot = header.slot_for_account(account_id)
        if slot is None:
            raise AuthenticationError(messages.UNKNOWN_ACCOUNT)
        return slot

    # -- ways in ------------------------------------------------------------------------------

    def sign_in(self, account_id: str, passphrase: str) -> Workspace:
        """Sign in with a passphrase (a growing delay after repeated failures)."""
        header = self.header()
        data_key = self._unwrap_for(account_id, passphrase)
        return self._open(header, data_key, account_id, method="passphrase", passphrase=passphrase)

    def sign_in_remembered(self, account_id: str) -> Workspace:
        """Sign in with the key this device remembers for the account."""
        header = self.header()
        self._account_slot(header, account_id)
        try:
            data_key = self.vault.recall(header.folder_id, account_id)
        except VaultUnavailable as exc:
            raise AuthenticationError(messages.KEYRING_UNAVAILABLE) from exc
        if data_key is None:
            raise AuthenticationError(messages.REMEMBERED_KEY_MISSING)
        return self._open(header, data_key, account_id, method="remembered")

    def sign_in_with_recovery(
        self, recovery_key: str, account_id: str, new_passphrase: str, confirmation: str
    ) -> Workspace:
        """Reopen with the recovery key and give a coordinator's account a new passphrase."""
        header = self.header()
        slot = self._account_slot(header, account_id)
        recovery = header.recovery_slot()
        if recovery is None:
            raise AuthenticationError(messages.NO_RECOVERY_SLOT)
        secret = parse_recovery_key(recovery_key)
        check_passphrase(
            new_passphrase, personal_words=(slot.username or "", slot.display_name or "")
        )
        check_confirmation(new_passphrase, confirmation)
        try:
            data_key = recovery.unwrap(header.folder_id, secret)
        except SlotLocked as exc:
            raise AuthenticationError(messages.WRONG_RECOVERY_KEY) from exc
        workspace = self._open(
            header,
            data_key,
            account_id,
            method="recovery_key",
            required_role=Role.COORDINATOR,
            passphrase=new_passphrase,
        )
        header.add_slot(
            data_key,
            normalise_passphrase(new_passphrase),
            kind="account",
            kdf=keyslots.ACCOUNT_KDF,
            account_id=account_id,
            username=slot.username,
            display_name=slot.display_name,
        )
        self.folder.header.save(header)
        with workspace.uow() as uow:
            # the signing key under the forgotten passphrase was retired when _open made one
            # under the new passphrase
            uow.journal.access("account", account_id, "account.passphrase_reset_by_recovery")
        return workspace

    # -- on top of another session, and the idle lock ----------------------------------------

    def _unwrap_for(self, account_id: str, passphrase: str) -> bytes:
        header = self.header()
        slot = self._account_slot(header, account_id)
        now = datetime.now(UTC)
        wait = self.attempts.wait_seconds(account_id, now)
        if wait:
            raise AuthenticationError(messages.TOO_MANY_ATTEMPTS, seconds=wait)
        try:
            return slot.unwrap(header.folder_id, normalise_passphrase(passphrase))
        except SlotLocked as exc:
            self.attempts.record_failure(account_id, now)
            log.info("a wrong passphrase was refused")
            raise AuthenticationError(messages.WRONG_PASSPHRASE) from exc

    def sign_in_on_top(self, base: Workspace, account_id: str, passphrase: str) -> Workspace:
        """Let a second person (the chair, to sign) act on the same open database for a moment.

        The passphrase is proven by unwrapping that person's own slot; the session below keeps
        running and nothing of it is closed. `drop_back` ends the session on top.
        """
        if base.on_top_of is not None:
            raise AuthenticationError(messages.ALREADY_ON_TOP)
        if account_id == base.actor.account_id:
            raise AuthenticationError(messages.ON_TOP_SAME_PERSON)
        key = self._unwrap_for(account_id, passphrase)
        if key != base.db.key.raw():
            raise DataFolderError(messages.DATABASE_UNREADABLE)
        with base.db.read_session() as session:
            actor = load_actor(session, account_id)
        if actor is None:
            raise AuthenticationError(messages.ACCOUNT_ENDED)
        self.attempts.clear(account_id)
        on_top = Workspace(
            self.folder,
            base.db,
            actor,
            demo=base.demo,
            on_top_of=base.actor,
            changes=base.changes,
        )
        with on_top.uow() as uow:
            on_top.signer = uow.signer = signer_at_sign_in(
                uow, actor.member_id, passphrase, self.clock.now()
            )
            uow.journal.access(
                "account", account_id, "auth.on_top_signed_in", under=base.actor.account_id
            )
        return on_top

    def drop_back(self, on_top: Workspace) -> None:
        """End a session on top; the one below simply continues."""
        if on_top.on_top_of is None or on_top.db.closed:
            return
        with on_top.uow() as uow:
            uow.journal.access(
                "account",
                on_top.actor.account_id,
                "auth.on_top_signed_out",
                under=on_top.on_top_of.account_id,
            )

    def lock(self, workspace: Workspace) -> None:
        """Idle lock: journal it, close every connection and wipe the key from memory."""
        if workspace.db.closed:
            return
        with workspace.uow() as uow:
            uow.journal.access("account", workspace.actor.account_id, "auth.locked")
        workspace.signer = None
        workspace.db.close()

    def unlock(self, workspace: Workspace, passphrase: str) -> None:
        """Reopen the database for the person who was signed in, with their passphrase."""
        if not workspace.db.closed:
            return
        key = self._unwrap_for(workspace.actor.account_id, passphrase)
        try:
            workspace.db = Database.open(self.folder, key, clock=self.clock)
        except DatabaseUnreadable as exc:
            raise DataFolderError(messages.DATABASE_UNREADABLE) from exc
        self.attempts.clear(workspace.actor.account_id)
        workspace.refresh_actor()
        with workspace.uow() as uow:
            workspace.signer = uow.signer = signer_at_sign_in(
                uow, workspace.actor.member_id, passphrase, self.clock.now()
            )
            uow.journal.access("account", workspace.actor.account_id, "auth.unlocked")

    # -- remembering on this device ----------------------------------------------------------

    def is_remembered(self, account_id: str, settings: DeviceSettings) -> bool:
        """Whether this device was told to remember the account (the keyring may disagree)."""
        return account_id in settings.get(REMEMBERED_ACCOUNTS)

    def set_remembered(
        self, workspace: Workspace, remember: bool, settings: DeviceSettings
    ) -> None:
        """Keep (or drop) the signed-in account's copy of the data key in the OS keyring."""
        header = self.header()
        account_id = workspace.actor.account_id
        remembered = [a for a in settings.get(REMEMBERED_ACCOUNTS) if a != account_id]
        try:
            if remember:
                self.vault.remember(header.folder_id, account_id, workspace.db.key.raw())
                remembered.append(account_id)
            else:
                self.vault.forget(header.folder_id, account_id)
        except VaultUnavailable as exc:
            settings.set(REMEMBERED_ACCOUNTS, remembered)
            raise AuthenticationError(messages.KEYRING_UNAVAILABLE) from exc
        settings.set(REMEMBERED_ACCOUNTS, remembered)
        with workspace.uow() as uow:
            uow.journal.access(
                "account",
                account_id,
                "account.remembered_on_device" if remember else "account.forgotten_on_device",
            )

    # -- the common path ----------------------------------------------------------------------

    def _open(
        self,
        header: KeyHeader,
        data_key: bytes,
        account_id: str,
        *,
        method: str,
        required_role: Role | None = None,
        passphrase: str | None = None,
    ) -> Workspace:
        try:
            db = Database.open(self.folder, data_key, clock=self.clock)
        except DatabaseUnreadable as exc:
            raise DataFolderError(messages.DATABASE_UNREADABLE) from exc
        try:
            prepare_schema(
                db.engine,
                before_upgrade=lambda current, head: backup_before_upgrade(
                    self.folder, db, header, current, head
                ),
                device_id=db.device_id,
            )
            with db.read_session() as session:
                actor = load_actor(session, account_id)
        except SchemaTooNew as exc:
            db.close()
            raise DataFolderError(messages.SCHEMA_TOO_NEW) from exc
        except Exception:
            db.close()
            raise
        if actor is None:
            db.close()
            raise AuthenticationError(messages.ACCOUNT_ENDED)
        if required_role is not None and not actor.has_role(required_role, self.clock.today()):
            db.close()
            raise AuthenticationError(messages.RECOVERY_NEEDS_COORDINATOR)
        if self.header_from_backup:
            self.folder.header.save(header)  # repair the damaged main copy
            self.header_from_backup = False
        failed = self.attempts.clear(account_id)
        workspace = Workspace(self.folder, db, actor, demo=header.demo)
        with workspace.uow() as uow:
            if passphrase is not None:
                workspace.signer = uow.signer = signer_at_sign_in(
                    uow, actor.member_id, passphrase, self.clock.now()
                )
            if failed.failures:
                uow.journal.access(
                    "account",
                    account_id,
                    "auth.failed_attempts",
                    failures=failed.failures,
                    last_failure=failed.last_failure,
                )
            uow.journal.access("account", account_id, "auth.signed_in", method=method)
        log.info("signed in (%s)", method)
        return workspace
