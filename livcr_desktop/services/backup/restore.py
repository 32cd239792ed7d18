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
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import AccountChoice, Actor
from livcr_desktop.domain.clock import Clock, SystemClock
from livcr_desktop.domain.errors import AuthenticationError, BackupError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.passphrase import check_confirmation, check_passphrase
from livcr_desktop.domain.permissions import Action, Resource, allows
from livcr_desktop.domain.recovery import parse_recovery_key
from livcr_desktop.services import messages
from livcr_desktop.services.access.key_file import key_file_problem
from livcr_desktop.services.access.signing_keys import active_key, passphrase_changed
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.backup.backups import (
    STAMP_FORMAT,
    BackupInfo,
    backup_before_upgrade,
    backup_info,
    invalid_backup,
    live_header,
    read_backup,
    write_failure,
)
from livcr_desktop.services.retention.erasure_restore import (
    CarriedErasures,
    read_register,
    reapply,
)
from livcr_desktop.services.workspace import Workspace, load_actor
from livcr_desktop.store import keyslots
from livcr_desktop.store.backup import (
    BackupFailed,
    BackupInvalid,
    BackupManifest,
    database_size,
    extracted,
)
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.engine import DataKey, key_decrypts, make_engine
from livcr_desktop.store.errors import DatabaseUnreadable, HeaderDamaged, SlotLocked
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.folder_swap import FolderSwap
from livcr_desktop.store.header_file import Copy
from livcr_desktop.store.header_unlock import SlotPicker, Unlocked, trusted_copy, unlock_copies
from livcr_desktop.store.keyslots import KeyHeader, KeySlot, normalise_passphrase
from livcr_desktop.store.migrate import (
    SCHEMA_HEAD,
    current_revision,
    known_revisions,
    prepare_schema,
)
from livcr_desktop.store.models import JournalOperation
from livcr_desktop.store.signin_attempts import SignInAttempts
from livcr_desktop.store.signing import Signer

log = logging.getLogger("livcr.services.restore")
SPACE_MARGIN = 4 << 20


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


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore: what was restored, where the replaced data is kept, and the open
    workspace on the restored database (the caller closes it or continues in it)."""

    backup: BackupInfo
    replaced_dir: Path | None
    workspace: Workspace


@dataclass(frozen=True)
class _Unlocked:
    key: bytes
    account_id: str
    method: str
    needs: Role | None  # None: the right to restore; else this role (the recovery key)
    header: KeyHeader
    """The copy of the key header the key came from (the live one's good copy, or the
    backup's own)."""
    repair: bool = False
    """The live key file's copies are rewritten from `header` once the restore succeeded."""


def restore_signed_in(workspace: Workspace, path: Path) -> RestoreResult:
    """Restore while signed in (the GUI): the workspace's key and person; closes the workspace
    once every check passed and returns a new one on the restored database."""
    workspace.require(Resource.BACKUP, Action.RESTORE)

    def unlock(backup: KeyHeader, live: KeyHeader | None) -> _Unlocked:
        key = workspace.db.key.raw()
        header = backup if live is None else _trusted_or(workspace.folder, key, live)
        return _Unlocked(key, workspace.actor.account_id, "signed_in", None, header)

    signer = workspace.signer  # taken before the old workspace is closed
    result = _Restore(workspace.folder, path, workspace.clock).run(
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

    def unlock(backup: KeyHeader, live: KeyHeader | None) -> _Unlocked:
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
            return _Unlocked(
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
        return _Unlocked(
            got.key, account_id, "passphrase", None, got.header, got.repair and live is not None
        )

    result = _Restore(folder, path, clock).run(unlock)
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


def _foreign(folder: DataFolder, folder_id: str) -> bool:
    """No readable copy of the live key file belongs to the backup's LIVC-R (a copy whose id
    was changed must not hide the good one)."""
    copies = [c for c in folder.header.read_both() if isinstance(c, KeyHeader)]
    return bool(copies) and all(c.folder_id != folder_id for c in copies)


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


def _check_candidate(
    db_path: Path, unlocked: _Unlocked, clock: Clock, manifest: BackupManifest
) -> None:
    """Open the unpacked backup and run every check; raises BackupError on the first failure.

    The manifest's numbers are counted again in the database, not believed.
    """
    key = DataKey(unlocked.key)
    try:
        engine = make_engine(db_path, key, pool_size=1)
    except DatabaseUnreadable as exc:
        key.wipe()
        raise BackupError(messages.BACKUP_KEY_MISMATCH) from exc
    try:
        with Session(engine) as session:
            revision = current_revision(session.connection())
            if revision is None:
                raise BackupError(messages.BACKUP_FAILS_CHECKS)
            if revision != SCHEMA_HEAD and revision not in known_revisions():
                raise BackupError(messages.BACKUP_SCHEMA_TOO_NEW)
            operations = session.scalar(select(func.count()).select_from(JournalOperation))
            if operations != manifest.operations or revision != manifest.schema_revision:
                raise BackupError(messages.BACKUP_MANIFEST_MISMATCH)
            report = verify_session(session)
            actor = load_actor(session, unlocked.account_id)
    except DatabaseUnreadable as exc:
        raise BackupError(messages.BACKUP_KEY_MISMATCH) from exc
    except (DBAPIError, sqlcipher.DatabaseError) as exc:
        raise BackupError(messages.BACKUP_FAILS_CHECKS) from exc
    except (ValueError, TypeError, KeyError, LookupError) as exc:
        # a value the journal or the tables cannot hold (a payload that is not JSON ...)
        log.warning("a backup holds malformed values; it was not restored")
        raise BackupError(messages.BACKUP_FAILS_CHECKS) from exc
    finally:
        engine.dispose()
        key.wipe()
    if not report.healthy:
        log.warning("a backup failed its integrity or chain check; it was not restored")
        raise BackupError(messages.BACKUP_FAILS_CHECKS)
    if not _may_restore(actor, unlocked, clock):
        raise BackupError(messages.BACKUP_NO_RIGHT_IN_BACKUP)


def _may_restore(actor: Actor | None, unlocked: _Unlocked, clock: Clock) -> bool:
    if actor is None:
        return False
    if unlocked.needs is not None:
        return actor.has_role(unlocked.needs, clock.today())
    return allows(actor, clock.today(), Resource.BACKUP, Action.RESTORE)


def _repair_key_file(folder: DataFolder, header: KeyHeader) -> None:
    """Rewrite both copies of the live key file from the good one, as a sign-in does."""
    try:
        folder.header.save(header)
        log.info("the key file was rewritten from its good copy")
    except OSError:
        log.warning("the key file could not be repaired", exc_info=True)


class _Restore:
    """One restore of one backup file into one data folder."""

    def __init__(self, folder: DataFolder, path: Path, clock: Clock) -> None:
        self.folder = folder
        self.path = path
        self.clock = clock

    def run(
        self,
        unlock: Callable[[KeyHeader, KeyHeader | None], _Unlocked],
        *,
        before_swap: Callable[[], None] | None = None,
        demo: bool | None = None,
    ) -> RestoreResult:
        folder = self.folder
        manifest, backup_header = read_backup(self.path)
        info = backup_info(self.path, manifest, backup_header)
        empty = folder.state() is FolderState.EMPTY
        live = None if empty else live_header(folder)
        if live is not None and _foreign(folder, manifest.folder_id):
            raise BackupError(messages.BACKUP_FOREIGN, name=manifest.livcr_name)
        unlocked = unlock(backup_header, live)
        if live is not None and unlocked.header.folder_id != manifest.folder_id:
            raise BackupError(messages.BACKUP_FOREIGN, name=manifest.livcr_name)
        if not empty and live is None and not self._key_opens_live(unlocked.key):
            # No readable header to compare ids with: the backup's key must open the live db.
            raise BackupError(messages.BACKUP_IDENTITY_UNKNOWN)
        try:
            folder.ensure_dirs()
            self._check_room()
            workdir = Path(tempfile.mkdtemp(prefix=".restore-", dir=folder.backups_dir))
        except OSError as exc:
            raise BackupError(
                messages.BACKUP_RESTORE_FAILED, reason=exc.strerror or type(exc).__name__
            ) from exc
        try:
            with extracted(self.path, workdir) as (checked, db_copy, _header_text):
                if checked != manifest:
                    raise BackupInvalid("checksum")  # the file changed since it was read
                _check_candidate(db_copy, unlocked, self.clock, checked)
                # The erasures made since the backup go with the folder, not with the backup.
                erasures = None if empty else read_register(folder.db_path, db_copy, unlocked.key)
                if before_swap is not None:
                    before_swap()
                header_to_install = backup_header if live is None else None
                return self._swap(
                    info,
                    manifest=checked,
                    db_copy=db_copy,
                    header_to_install=header_to_install,
                    header=unlocked.header,
                    unlocked=unlocked,
                    demo=demo,
                    erasures=erasures,
                )
        except BackupInvalid as exc:
            raise invalid_backup(exc, self.path) from exc
        except BackupFailed as exc:
            raise BackupError(
                messages.BACKUP_NO_ROOM_TO_RESTORE, megabytes=self._needed() >> 20
            ) from exc
        except OSError as exc:  # before the swap: nothing was changed
            raise BackupError(
                messages.BACKUP_RESTORE_FAILED, reason=exc.strerror or type(exc).__name__
            ) from exc
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _key_opens_live(self, key: bytes) -> bool:
        db_path = self.folder.db_path
        return db_path.exists() and key_decrypts(db_path, DataKey(key))

    def _needed(self) -> int:
        try:
            return database_size(self.path) + SPACE_MARGIN
        except BackupInvalid as exc:
            raise invalid_backup(exc, self.path) from exc

    def _check_room(self) -> None:
        needed = self._needed()
        if shutil.disk_usage(self.folder.backups_dir).free < needed:
            raise BackupError(messages.BACKUP_NO_ROOM_TO_RESTORE, megabytes=needed >> 20)

    def _swap(
        self,
        info: BackupInfo,
        *,
        manifest: BackupManifest,
        db_copy: Path,
        header_to_install: KeyHeader | None,
        header: KeyHeader,
        unlocked: _Unlocked,
        demo: bool | None,
        erasures: CarriedErasures | None = None,
    ) -> RestoreResult:
        folder = self.folder
        details: dict[str, Any] = {
            "file": self.path.name,
            "backup_created_at": info.created_at.isoformat(),
            "backup_reason": info.reason,
            "operations": info.operations,
            "method": unlocked.method,
        }
        try:
            swap = FolderSwap.prepare(
                folder,
                staged_db=db_copy,
                header_to_install=header_to_install,
                stamp=self.clock.now().astimezone(UTC).strftime(STAMP_FORMAT),
                restore_id=new_id(),
                new_device=new_id(),
                account_id=unlocked.account_id,
                details=details,
            )
        except OSError as exc:
            raise BackupError(
                messages.BACKUP_RESTORE_FAILED, reason=exc.strerror or type(exc).__name__
            ) from exc
        db: Database | None = None
        try:
            swap.move_live_aside()
            swap.put_in()
            db = Database.open(folder, unlocked.key, clock=self.clock)
            opened = db
            prepare_schema(
                db.engine,
                before_upgrade=lambda current, head: backup_before_upgrade(
                    folder, opened, header, current, head
                ),
                device_id=db.device_id,
            )
            step("restore.schema_ready")
            if erasures is not None and erasures.operations:
                with db.write_session() as session, session.begin():
                    reapply(session, erasures)
                step("restore.erasures_reapplied")
            with db.read_session() as session:
                actor = load_actor(session, unlocked.account_id)
            if actor is None:  # pragma: no cover - checked on the unpacked copy already
                raise BackupError(messages.BACKUP_NO_RIGHT_IN_BACKUP)
            workspace = Workspace(folder, db, actor, demo=header.demo if demo is None else demo)
            with workspace.uow() as uow:
                uow.journal.access(
                    "backup",
                    swap.intent.restore_id,
                    "backup.restored",
                    replaced=swap.replaced_dir.name if swap.replaced_dir else None,
                    previous_device=swap.intent.previous_device,
                    **details,
                )
                if unlocked.method != "signed_in":
                    uow.journal.access(
                        "account", actor.account_id, "auth.signed_in", method=unlocked.method
                    )
            step("restore.journaled")
        except BaseException as exc:
            if db is not None:
                db.close()
            swap.undo()
            log.warning("a restore failed while swapping files; the old files were put back")
            if isinstance(exc, BackupError):
                raise
            if isinstance(exc, BackupFailed):
                raise write_failure(exc) from exc
            if isinstance(exc, OSError | DatabaseUnreadable):
                reason = exc.strerror if isinstance(exc, OSError) else None
                raise BackupError(
                    messages.BACKUP_PUT_BACK, reason=reason or type(exc).__name__
                ) from exc
            raise
        replaced = swap.replaced_dir
        swap.finish()
        if unlocked.repair:
            _repair_key_file(folder, unlocked.header)
        log.info("a backup was restored (%d operations)", info.operations)
        return RestoreResult(info, replaced, workspace)
