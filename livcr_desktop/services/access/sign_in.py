"""Signing in: from a data folder on disk to a workspace with an open, decrypted database.

Every way in (passphrase, remembered key, recovery key) ends in the same `_open`: open the
database with the unwrapped key, bring its schema up to date (after an automatic backup), load the
person's roles, and journal the sign-in together with any failed attempts before it.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from sqlalchemy.orm import configure_mappers

from livcr_desktop.domain.errors import AuthenticationError, DataFolderError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.passphrase import check_confirmation, check_passphrase
from livcr_desktop.domain.recovery import parse_recovery_key
from livcr_desktop.domain.slot_rule import SLOT_RETIRED
from livcr_desktop.services import messages
from livcr_desktop.services.access.folder_front import FolderFront
from livcr_desktop.services.access.key_file import key_file_problem
from livcr_desktop.services.access.signing_keys import (
    active_key,
    opens_signing_key,
    signer_at_sign_in,
)
from livcr_desktop.services.access.slot_rule import apply_slot_rule
from livcr_desktop.services.backup.backups import backup_before_upgrade
from livcr_desktop.services.backup.interrupted import journal_interrupted_work
from livcr_desktop.services.workspace import Workspace, load_actor
from livcr_desktop.settings import REMEMBERED_ACCOUNTS, DeviceSettings
from livcr_desktop.store import keyslots, signing
from livcr_desktop.store.database import Database
from livcr_desktop.store.engine import load_dialect
from livcr_desktop.store.errors import (
    DatabaseUnreadable,
    HeaderDamaged,
    SchemaTooNew,
    SlotLocked,
)
from livcr_desktop.store.header_unlock import Unlocked, unlock
from livcr_desktop.store.keyring_vault import VaultUnavailable
from livcr_desktop.store.keyslots import KeyHeader, Passphrase
from livcr_desktop.store.migrate import prepare_schema
from livcr_desktop.store.signin_attempts import FREE_TRIES
from livcr_desktop.store.signing import Signer

log = logging.getLogger("livcr.services.auth")


def warm_up() -> None:
    """Do now what the first sign-in of the process would otherwise do on its way: load the
    database dialect and configure the mappers of every model (SQLAlchemy does both at the
    first query). Called in the background while the sign-in screen waits for a passphrase
    (gui/shell/warm_up.py)."""
    load_dialect()
    configure_mappers()


def wrong_passphrase_on_top(failures: int) -> AuthenticationError:
    """A wrong passphrase on top of an open session: how many tries are left before each next
    try waits a little longer (see store/signin_attempts.py)."""
    left = FREE_TRIES - failures
    if left > 0:
        return AuthenticationError(messages.WRONG_PASSPHRASE_ON_TOP, tries=left)
    return AuthenticationError(messages.WRONG_PASSPHRASE_ON_TOP_SLOWED)


class FolderAccess(FolderFront):
    """Opens one data folder for one person (what it knows without a key: `FolderFront`)."""

    @classmethod
    def through(cls, front: FolderFront) -> FolderAccess:
        """The ways in to the folder a sign-in screen shows (the same vault and counters)."""
        if isinstance(front, cls):
            return front
        return cls(front.folder, clock=front.clock, vault=front.vault)

    def _account_slot(self, header: KeyHeader, account_id: str) -> keyslots.KeySlot:
        slot = header.slot_for_account(account_id)
        if slot is None:
            if header.retired_for(account_id) is not None:
                raise AuthenticationError(SLOT_RETIRED)
            raise AuthenticationError(messages.UNKNOWN_ACCOUNT)
        return slot

    # -- ways in ------------------------------------------------------------------------------

    def sign_in(self, account_id: str, passphrase: str) -> Workspace:
        """Sign in with a passphrase (a growing delay after repeated failures)."""
        secret = Passphrase(passphrase)  # one derivation opens the slot and the signing key
        unlocked = self._unwrap_for(account_id, secret)
        return self._open(unlocked, account_id, method="passphrase", passphrase=secret)

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
        workspace = self._open(Unlocked(data_key, header, False), account_id, method="remembered")
        workspace.signer = self._remembered_signer(header.folder_id, workspace)
        return workspace

    def _remembered_signer(self, folder_id: str, workspace: Workspace) -> Signer | None:
        """The person's own signing key from the keyring, while it is still their active key
        (a reset retires it); without one the device vouches only for the session records."""
        try:
            remembered = self.vault.recall_signing_key(folder_id, workspace.actor.account_id)
        except VaultUnavailable:
            return None
        if remembered is None:
            return None
        key_id, raw = remembered
        with workspace.db.read_session() as session:
            row = active_key(session, workspace.actor.member_id)
        if row is None or row.id != key_id:
            return None
        return Signer(key_id, signing.private_from_raw(raw))

    def sign_in_with_recovery(
        self, recovery_key: str, account_id: str, new_passphrase: str, confirmation: str
    ) -> Workspace:
        """Reopen with the recovery key and give a coordinator's account a new passphrase."""
        choice = next((a for a in self.accounts() if a.account_id == account_id), None)
        if choice is None:
            raise AuthenticationError(messages.UNKNOWN_ACCOUNT)
        if self.header().recovery_slot() is None:
            raise AuthenticationError(messages.NO_RECOVERY_SLOT)
        secret = parse_recovery_key(recovery_key)
        check_passphrase(new_passphrase, personal_words=(choice.username, choice.display_name))
        check_confirmation(new_passphrase, confirmation)
        try:
            unlocked = unlock(self.folder.header, KeyHeader.recovery_slot, secret)
        except SlotLocked as exc:
            raise AuthenticationError(messages.WRONG_RECOVERY_KEY) from exc
        except HeaderDamaged as exc:
            raise key_file_problem(exc) from exc
        new_secret = Passphrase(new_passphrase)  # the new signing key and slot share it
        workspace = self._open(
            unlocked,
            account_id,
            method="recovery_key",
            required_role=Role.COORDINATOR,
            passphrase=new_secret,
        )
        header, data_key = unlocked.header, unlocked.key
        header.add_slot(
            data_key,
            new_secret,
            kind="account",
            kdf=keyslots.ACCOUNT_KDF,
            account_id=account_id,
            username=choice.username,
            display_name=choice.display_name,
        )
        self.folder.header.save(header)
        with workspace.uow() as uow:
            # the signing key under the forgotten passphrase was retired when _open made one
            # under the new passphrase
            uow.journal.access("account", account_id, "account.passphrase_reset_by_recovery")
        return workspace

    # -- on top of another session, and the idle lock ----------------------------------------

    def open_for_sync(self, account_id: str, passphrase: str) -> Database:
        """The database under this account's passphrase, without signing in: a laptop that
        just joined holds no records yet (its owner's account arrives with the first sync), and
        a sync round needs the data key, not a session."""
        unlocked = self._unwrap_for(account_id, Passphrase(passphrase))
        self.attempts.clear(account_id)
        try:
            return Database.open(self.folder, unlocked.key, clock=self.clock)
        except DatabaseUnreadable as exc:
            raise DataFolderError(messages.DATABASE_UNREADABLE) from exc

    def _unwrap_for(
        self, account_id: str, passphrase: Passphrase, *, on_top: bool = False
    ) -> Unlocked:
        """The data key, trying the backup copy of the key file before anything is counted:
        a failure counts only when both copies are intact and refuse the passphrase. On top of
        an open session (a chair signing in a meeting) a wrong passphrase is said as such, with
        the tries left: the recovery key, which reopens a locked folder, is no help there."""
        if account_id not in {a.account_id for a in self.accounts()}:
            raise AuthenticationError(messages.UNKNOWN_ACCOUNT)
        if self.header().retired_for(account_id) is not None:
            raise AuthenticationError(SLOT_RETIRED)
        now = datetime.now(UTC)
        wait = self.attempts.wait_seconds(account_id, now)
        if wait:
            raise AuthenticationError(messages.TOO_MANY_ATTEMPTS, seconds=wait)
        try:
            return unlock(
                self.folder.header,
                lambda header: header.slot_for_account(account_id),
                passphrase,
            )
        except SlotLocked as exc:
            failures = self.attempts.record_failure(account_id, now).failures
            log.info("a wrong passphrase was refused")
            if on_top:
                raise wrong_passphrase_on_top(failures) from exc
            raise AuthenticationError(messages.WRONG_PASSPHRASE) from exc
        except HeaderDamaged as exc:
            log.warning("the key file is damaged (%s); no attempt counted", exc.fault.value)
            raise key_file_problem(exc) from exc

    def sign_in_on_top(self, base: Workspace, account_id: str, passphrase: str) -> Workspace:
        """Let a second person (the chair, to sign) act on the same open database for a moment.

        The passphrase is proven by unwrapping that person's own slot; the session below keeps
        running and nothing of it is closed. `drop_back` ends the session on top.
        """
        if base.on_top_of is not None:
            raise AuthenticationError(messages.ALREADY_ON_TOP)
        if account_id == base.actor.account_id:
            raise AuthenticationError(messages.ON_TOP_SAME_PERSON)
        secret = Passphrase(passphrase)
        with_slot = self.header().slot_for_account(account_id) is not None
        if with_slot:
            key = self._unwrap_for(account_id, secret, on_top=True).key
            if key != base.db.key.raw():
                raise DataFolderError(messages.DATABASE_UNREADABLE)
        with base.db.read_session() as session:
            actor = load_actor(session, account_id)
        if actor is None:
            raise AuthenticationError(messages.ACCOUNT_ENDED)
        if not with_slot:
            # No slot here (the slot rule): the passphrase is proven by opening the person's own
            # signing key, which needs the same slowdown after failures as a slot.
            self._prove_with_signing_key(base, actor.member_id, account_id, secret)
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
                uow, actor.member_id, secret, self.clock.now()
            )
            uow.journal.access(
                "account", account_id, "auth.on_top_signed_in", under=base.actor.account_id
            )
        return on_top

    def _prove_with_signing_key(
        self, base: Workspace, member_id: str, account_id: str, secret: Passphrase
    ) -> None:
        now = datetime.now(UTC)
        wait = self.attempts.wait_seconds(account_id, now)
        if wait:
            raise AuthenticationError(messages.TOO_MANY_ATTEMPTS, seconds=wait)
        with base.db.read_session() as session:
            opened = opens_signing_key(session, member_id, secret)
        if not opened:
            self.attempts.record_failure(account_id, now)
            log.info("a wrong passphrase was refused")
            raise AuthenticationError(messages.WRONG_PASSPHRASE)

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
        secret = Passphrase(passphrase)
        key = self._unwrap_for(workspace.actor.account_id, secret).key
        try:
            workspace.db = Database.open(self.folder, key, clock=self.clock)
        except DatabaseUnreadable as exc:
            raise DataFolderError(messages.DATABASE_UNREADABLE) from exc
        self.attempts.clear(workspace.actor.account_id)
        workspace.refresh_actor()
        with workspace.uow() as uow:
            workspace.signer = uow.signer = signer_at_sign_in(
                uow, workspace.actor.member_id, secret, self.clock.now()
            )
            uow.journal.access("account", workspace.actor.account_id, "auth.unlocked")

    # -- remembering on this device ----------------------------------------------------------

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
                if workspace.signer is not None:
                    self.vault.remember_signing_key(
                        header.folder_id,
                        account_id,
                        workspace.signer.key_id,
                        signing.private_raw(workspace.signer.private),
                    )
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

    def _repair_key_file(self, header: KeyHeader) -> None:
        """Rewrite both copies from the good one (a damaged or older copy is replaced)."""
        try:
            self.folder.header.save(header)
            log.info("the key file was rewritten from its good copy")
        except OSError:
            log.warning("the key file could not be repaired", exc_info=True)

    # -- the common path ----------------------------------------------------------------------

    def _open(
        self,
        unlocked: Unlocked,
        account_id: str,
        *,
        method: str,
        required_role: Role | None = None,
        passphrase: str | Passphrase | None = None,
    ) -> Workspace:
        header, data_key = unlocked.header, unlocked.key
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
            retired = apply_slot_rule(self.folder, header, data_key, db, self.clock.today())
            if account_id in {r.account_id for r in retired}:
                raise AuthenticationError(SLOT_RETIRED)
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
        if unlocked.repair:
            self._repair_key_file(header)
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
        journal_interrupted_work(workspace)
        log.info("signed in (%s)", method)
        return workspace
