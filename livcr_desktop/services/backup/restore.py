"""Restoring a backup: everything is checked before anything in the data folder is touched.

The checks, in order: the file is a backup and its sums hold; it belongs to this LIVC-R (same
folder id as the live key header); the key opens it; SQLite's integrity check, SQLCipher's page
check and every device's journal chain pass; its schema is not newer than this app; and the
person restoring holds the right to restore *in the backup* too. Only then is the live database
(with its -wal and -shm) moved aside into `backups/replaced-<time>/`, where it is kept, and the
backup's database put in its place. The installation gets a new device id, so the journal chain
this device wrote after the backup is closed and a fresh one starts. Any failure during the swap
puts the old files back.

The live key header stays in place when it is readable: it holds today's passphrases and today's
recovery key (a recovery key renewed since the backup must not come back to life). The backup's
header is used only for an empty folder (a new laptop) or when the live one is lost.

Here: who restores (signed in, or by an account's passphrase or the recovery key without a
workspace) and what that person's key opens. The checks of the unpacked backup are in
restore_checks.py, the swap of the files in restore_run.py.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from livcr_desktop.domain.accounts import AccountChoice
from livcr_desktop.domain.clock import Clock, SystemClock
from livcr_desktop.domain.errors import AuthenticationError, BackupError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.passphrase import check_confirmation, check_passphrase
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.recovery import parse_recovery_key
from livcr_desktop.services import messages
from livcr_desktop.services.access.key_file import key_file_problem
from livcr_desktop.services.access.signing_keys import active_key, passphrase_changed
from livcr_desktop.services.backup.backups import live_header, read_backup
from livcr_desktop.services.backup.restore_checks import RestoreKey
from livcr_desktop.services.backup.restore_run import RestoreResult, RestoreRun
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import keyslots
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.errors import HeaderDamaged, SlotLocked
from livcr_desktop.store.header_file import Copy
from livcr_desktop.store.header_unlock import SlotPicker, Unlocked, trusted_copy, unlock_copies
from livcr_desktop.store.keyslots import KeyHeader, KeySlot, normalise_passphrase
from livcr_desktop.store.signin_attempts import SignInAttempts
from livcr_desktop.store.signing import Signer

__all__ = [
    "RestoreCredentials",
    "RestoreResult",
    "accounts_for_restore",
    "restore_signed_in",
    "restore_with_credentials",
]

log = logging.getLogger("livcr.services.restore")


@dataclass(frozen=True)
class RestoreCredentials:
    """Who restores without being signed in: an account's passphrase, or the recovery key.

    With the recovery key, `new_passphrase` (and its confirmation) optionally gives the
    coordinator's account a new passphrase at once, as signing in with the recovery key does.
    """

    username: str
    passphrase: str | None = None
    recovery_key: str | None = None
    new_passphrase: str | None = None
    confirmation: str | None = None


def restore_signed_in(workspace: Workspace, path: Path) -> RestoreResult:
    """Restore while signed in (the GUI): the workspace's key and person; closes the workspace
    once every check passed and returns a new one on the restored database."""
    workspace.require(Resource.BACKUP, Action.RESTORE)

    def unlock(backup: KeyHeader, live: KeyHeader | None) -> RestoreKey:
        key = workspace.db.key.raw()
        header = backup if live is None else _trusted_or(workspace.folder, key, live)
        return RestoreKey(key, workspace.actor.account_id, "signed_in", None, header)

    signer = workspace.signer  # taken before the old workspace is closed
    result = RestoreRun(workspace.folder, path, workspace.clock).run(
        unlock, before_swap=workspace.close, demo=workspace.demo
    )
    _keep_signing(result.workspace, signer)
    return result


def _keep_signing(workspace: Workspace, signer: Signer | None) -> None:
    """The person goes on working after the restore: their key opened at sign-in keeps signing
    while the restored database still holds it as their active key (an older backup may not)."""
    if signer is None:
        return
    with workspace.db.read_session() as session:
        row = active_key(session, workspace.actor.member_id)
    if row is not None and row.id == signer.key_id:
        workspace.signer = signer


def restore_with_credentials(
    folder: DataFolder, path: Path, credentials: RestoreCredentials, *, clock: Clock | None = None
) -> RestoreResult:
    """Restore without a signed-in workspace (command line, wizard on a new laptop).

    The data key comes from the live key header (or, in an empty folder or one whose header is
    lost, from the backup's own); the live database is not opened, so it may be damaged.
    """
    clock = clock or SystemClock()
    folder.root.mkdir(mode=0o700, parents=True, exist_ok=True)  # a new laptop's folder
    attempts = SignInAttempts(folder.attempts_path, folder.header)

    def unlock(backup: KeyHeader, live: KeyHeader | None) -> RestoreKey:
        # The live key file is opened as at sign-in: both copies tried before anything is
        # counted, damage named as such; the backup's own header by the same rules.
        copies: tuple[Copy, Copy] = (backup, None) if live is None else folder.header.read_both()
        slot = _account_slot(copies, credentials.username)

        def opened(pick: SlotPicker, secret: bytes) -> Unlocked:
            try:
                return unlock_copies(*copies, pick, secret)
            except HeaderDamaged as exc:
                log.warning("a key file is damaged (%s); no attempt counted", exc.fault.value)
                if live is None:
                    raise BackupError(messages.BACKUP_DAMAGED) from exc
                raise key_file_problem(exc) from exc

        if credentials.recovery_key:
            secret = parse_recovery_key(credentials.recovery_key)
            if credentials.new_passphrase is not None:
                check_passphrase(
                    credentials.new_passphrase,
                    personal_words=(slot.username or "", slot.display_name or ""),
                )
                check_confirmation(credentials.new_passphrase, credentials.confirmation or "")
            if not any(isinstance(c, KeyHeader) and c.recovery_slot() for c in copies):
                raise AuthenticationError(messages.NO_RECOVERY_SLOT)
            try:
                got = opened(KeyHeader.recovery_slot, secret)
            except SlotLocked as exc:
                raise AuthenticationError(messages.WRONG_RECOVERY_KEY) from exc
            return RestoreKey(
                got.key,
                slot.account_id or "",
                "recovery_key",
                Role.COORDINATOR,
                got.header,
                got.repair and live is not None,
            )
        account_id = slot.account_id or ""
        now = datetime.now(UTC)
        wait = attempts.wait_seconds(account_id, now)
        if wait:
            raise AuthenticationError(messages.TOO_MANY_ATTEMPTS, seconds=wait)
        try:
            got = opened(
                lambda copy: copy.slot_for_account(account_id),
                normalise_passphrase(credentials.passphrase or ""),
            )
        except SlotLocked as exc:
            attempts.record_failure(account_id, now)
            log.info("a restore with a wrong passphrase was refused")
            raise AuthenticationError(messages.WRONG_PASSPHRASE) from exc
        return RestoreKey(
            got.key, account_id, "passphrase", None, got.header, got.repair and live is not None
        )

    result = RestoreRun(folder, path, clock).run(unlock)
    workspace = result.workspace
    account_id = workspace.actor.account_id
    failed = attempts.clear(account_id)
    with workspace.uow() as uow:
        if failed.failures:
            uow.journal.access(
                "account",
                account_id,
                "auth.failed_attempts",
                failures=failed.failures,
                last_failure=failed.last_failure,
            )
    if credentials.recovery_key and credentials.new_passphrase is not None:
        _set_new_passphrase(workspace, credentials.new_passphrase)
    return result


def accounts_for_restore(folder: DataFolder, path: Path) -> list[AccountChoice]:
    """The accounts whose passphrase can restore `path` into `folder`: those of the folder's own
    key header, or of the backup's when the folder is empty or its header is lost."""
    _, backup = read_backup(path)
    header = live_header(folder) or backup
    return [
        AccountChoice(slot.account_id or "", slot.username or "", slot.display_name or "")
        for slot in header.account_slots()
    ]


def _account_slot(copies: tuple[Copy, Copy], username: str) -> KeySlot:
    """The account's slot in either copy (one copy may have lost it)."""
    wanted = username.strip().lower()
    for copy in copies:
        if not isinstance(copy, KeyHeader):
            continue
        for slot in copy.account_slots():
            if (slot.username or "") == wanted:
                return slot
    raise AuthenticationError(messages.UNKNOWN_ACCOUNT)


def _trusted_or(folder: DataFolder, key: bytes, live: KeyHeader) -> KeyHeader:
    """The live copy that passes every check with the signed-in person's key, else the one read."""
    try:
        return trusted_copy(folder.header, key)
    except HeaderDamaged:
        return live


def _set_new_passphrase(workspace: Workspace, passphrase: str) -> None:
    header, _ = workspace.folder.header.load()
    account_id = workspace.actor.account_id
    old = header.slot_for_account(account_id)
    header.add_slot(
        workspace.db.key.raw(),
        normalise_passphrase(passphrase),
        kind="account",
        kdf=keyslots.ACCOUNT_KDF,
        account_id=account_id,
        username=old.username if old else workspace.actor.username,
        display_name=old.display_name if old else workspace.actor.display_name,
    )
    workspace.folder.header.save(header)
    with workspace.uow() as uow:
        uow.journal.access("account", account_id, "account.passphrase_reset_by_recovery")
        passphrase_changed(uow, workspace.actor.member_id, None, passphrase, workspace.clock.now())
