"""One restore of one backup file into one data folder, once the person's key is known: room
checked, the backup unpacked and checked (restore_checks.py), then the live database moved aside
and the backup's put in its place (store/folder_swap.py), the schema brought up to date, the
erasures made since the backup applied again and the restore journaled; any failure during the
swap puts the old files back.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from typing import Any

from livcr_desktop.domain.clock import Clock
from livcr_desktop.domain.errors import BackupError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.services import messages
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
from livcr_desktop.services.backup.restore_checks import RestoreKey, check_candidate, foreign_folder
from livcr_desktop.services.retention.erasure_restore import CarriedErasures, read_register, reapply
from livcr_desktop.services.workspace import Workspace, load_actor
from livcr_desktop.store.backup import (
    BackupFailed,
    BackupInvalid,
    BackupManifest,
    database_size,
    extracted,
)
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.engine import DataKey, key_decrypts
from livcr_desktop.store.errors import DatabaseUnreadable
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.folder_swap import FolderSwap
from livcr_desktop.store.keyslots import KeyHeader
from livcr_desktop.store.migrate import prepare_schema

log = logging.getLogger("livcr.services.restore")


SPACE_MARGIN = 4 << 20


@dataclass(frozen=True)
class RestoreResult:
    """A finished restore: what was restored, where the replaced data is kept, and the open
    workspace on the restored database (the caller closes it or continues in it)."""

    backup: BackupInfo
    replaced_dir: Path | None
    workspace: Workspace


def repair_key_file(folder: DataFolder, header: KeyHeader) -> None:
    """Rewrite both copies of the live key file from the good one, as a sign-in does."""
    try:
        folder.header.save(header)
        log.info("the key file was rewritten from its good copy")
    except OSError:
        log.warning("the key file could not be repaired", exc_info=True)


class RestoreRun:
    """One restore of one backup file into one data folder."""

    def __init__(self, folder: DataFolder, path: Path, clock: Clock) -> None:
        self.folder = folder
        self.path = path
        self.clock = clock

    def run(
        self,
        unlock: Callable[[KeyHeader, KeyHeader | None], RestoreKey],
        *,
        before_swap: Callable[[], None] | None = None,
        demo: bool | None = None,
    ) -> RestoreResult:
        folder = self.folder
        manifest, backup_header = read_backup(self.path)
        info = backup_info(self.path, manifest, backup_header)
        empty = folder.state() is FolderState.EMPTY
        live = None if empty else live_header(folder)
        if live is not None and foreign_folder(folder, manifest.folder_id):
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
                check_candidate(db_copy, unlocked, self.clock, checked)
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
        unlocked: RestoreKey,
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
            repair_key_file(folder, unlocked.header)
        log.info("a backup was restored (%d operations)", info.operations)
        return RestoreResult(info, replaced, workspace)
