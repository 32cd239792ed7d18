"""Backups: a copy on demand to a file of the person's choice, and automatic ones on a schedule.

A backup is written with SQLite's online backup while the app keeps running (see
store/backup.py): it stays encrypted with the LIVC-R's data key and carries its own checksums.
Making one on demand is a right of the coordinator and the IT administrator, because the file
can leave the laptop. Automatic backups are the installation's own housekeeping: they stay in
the data folder's `backups/`, encrypted under the same key as the database beside them, so they
run for whoever is signed in. Both are journaled ("backup.created") with the reason and the file
name, never a key or a path (a path can hold a person's user name).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from livcr_desktop import __version__
from livcr_desktop.domain.accounts import AccountChoice
from livcr_desktop.domain.errors import BackupError, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import Text
from livcr_desktop.services import messages
from livcr_desktop.services.access.key_file import trusted_header
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import BACKUP_INTERVAL_HOURS, BACKUP_KEEP, DeviceSettings
from livcr_desktop.store.backup import (
    SUFFIX,
    BackupFailed,
    BackupInvalid,
    BackupManifest,
    backup_done,
    read_header_text,
    read_manifest,
    write_backup,
)
from livcr_desktop.store.backup_format import created_moment
from livcr_desktop.store.backup_reader import check_regular_file
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.errors import DatabaseUnreadable, HeaderDamaged
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.keyslots import KeyHeader

log = logging.getLogger("livcr.services.backups")

REASON_MANUAL = "manual"
REASON_AUTOMATIC = "automatic"
REASON_PRE_UPGRADE = "pre-upgrade"
REASON_TEXTS: dict[str, Text] = {
    REASON_MANUAL: messages.BACKUP_REASON_MANUAL,
    REASON_AUTOMATIC: messages.BACKUP_REASON_AUTOMATIC,
    REASON_PRE_UPGRADE: messages.BACKUP_REASON_PRE_UPGRADE,
}
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
AUTO_PREFIX = "auto-"
_AUTO_NAME = re.compile(r"^auto-(\d{8}T\d{6}Z)" + re.escape(SUFFIX) + "$")

_INVALID: dict[str, Text] = {
    "missing": messages.BACKUP_MISSING,
    "not_a_backup": messages.BACKUP_NOT_A_BACKUP,
    "unknown_format": messages.BACKUP_UNKNOWN_FORMAT,
    "truncated": messages.BACKUP_DAMAGED,
    "checksum": messages.BACKUP_DAMAGED,
    "damaged": messages.BACKUP_DAMAGED,
    "bad_manifest": messages.BACKUP_DAMAGED,
    "not_a_file": messages.BACKUP_NOT_A_FILE,
    "unreadable": messages.BACKUP_MISSING,
}


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file says about itself: enough for a confirmation dialog."""

    file: Path
    folder_id: str
    livcr_name: str
    created_at: datetime
    reason: str
    operations: int
    schema_revision: str | None
    app_version: str
    accounts: tuple[AccountChoice, ...] = ()
    demo: bool = False

    @property
    def reason_text(self) -> Text:
        """Why the backup was made, as a translatable text."""
        return REASON_TEXTS.get(self.reason, messages.BACKUP_REASON_MANUAL)


def backup_info(
    path: Path, manifest: BackupManifest, header: KeyHeader | None = None
) -> BackupInfo:
    """The person-facing summary of a backup's manifest and header."""
    created = created_moment(manifest.created_at)
    accounts = tuple(
        AccountChoice(slot.account_id or "", slot.username or "", slot.display_name or "")
        for slot in (header.account_slots() if header else [])
    )
    return BackupInfo(
        file=path,
        folder_id=manifest.folder_id,
        livcr_name=manifest.livcr_name,
        created_at=created,
        reason=manifest.reason,
        operations=manifest.operations,
        schema_revision=manifest.schema_revision,
        app_version=manifest.app_version,
        accounts=accounts,
        demo=bool(header and header.demo),
    )


def invalid_backup(error: BackupInvalid, path: Path) -> BackupError:
    """The person's explanation of why a file is not a usable backup."""
    if error.reason == "future":
        return BackupError(messages.BACKUP_FROM_THE_FUTURE, date=_manifest_date(path))
    return BackupError(_INVALID.get(error.reason, messages.BACKUP_DAMAGED), file=str(path))


def _manifest_date(path: Path) -> str:
    """The date a backup claims, for the message that refuses it (read without the range check)."""
    try:
        return str(read_manifest(path, now=datetime(9000, 1, 1, tzinfo=UTC)).created_at)[:10]
    except BackupInvalid:
        return "?"


def check_backup_file(path: Path) -> None:
    """Refuse at once a path that is not a regular file (a FIFO, a device, a folder)."""
    try:
        check_regular_file(path)
    except BackupInvalid as exc:
        raise invalid_backup(exc, path) from exc


def write_failure(error: BackupFailed) -> BackupError:
    """The person's explanation of a failed backup write."""
    if error.disk_full:
        return BackupError(messages.BACKUP_DISK_FULL, reason=error.reason)
    if error.not_writable:
        return BackupError(messages.BACKUP_NOT_WRITABLE, reason=error.reason)
    return BackupError(messages.BACKUP_WRITE_FAILED, reason=error.reason)


def read_backup(path: Path) -> tuple[BackupManifest, KeyHeader]:
    """The manifest and key header of a backup, checked against each other (no key needed)."""
    try:
        manifest = read_manifest(path)
        header = KeyHeader.from_json(read_header_text(path, manifest))
    except BackupInvalid as exc:
        raise invalid_backup(exc, path) from exc
    except HeaderDamaged as exc:
        raise BackupError(messages.BACKUP_DAMAGED) from exc
    if header.folder_id != manifest.folder_id or header.livcr_name != manifest.livcr_name:
        raise BackupError(messages.BACKUP_DAMAGED)
    return manifest, header


def live_header(folder: DataFolder) -> KeyHeader | None:
    """The data folder's own key header, or None when it is missing or unreadable."""
    if folder.state() in (FolderState.EMPTY, FolderState.DATABASE_WITHOUT_HEADER):
        return None
    try:
        header, _ = folder.header.load()
    except HeaderDamaged:
        return None
    return header


def inspect_backup(path: Path, folder: DataFolder | None = None) -> BackupInfo:
    """What a backup holds; BackupError when it is not one, or belongs to another LIVC-R than
    the one in `folder` (an empty folder accepts any LIVC-R)."""
    manifest, header = read_backup(path)
    if folder is not None:
        live = live_header(folder)
        if live is not None and live.folder_id != manifest.folder_id:
            raise BackupError(messages.BACKUP_FOREIGN, name=manifest.livcr_name)
    return backup_info(path, manifest, header)


def _header_of(workspace: Workspace) -> KeyHeader:
    """The copy of the key file a backup carries: one that passes every check with the data
    key, so a changed main copy is never what a restore later brings back."""
    try:
        key = workspace.db.key.raw()
    except DatabaseUnreadable as exc:  # locked or signed out meanwhile
        raise BackupError(messages.BACKUP_INTERRUPTED) from exc
    return trusted_header(workspace.folder.header, key)


def _write(workspace: Workspace, target: Path, reason: str) -> BackupInfo:
    header = _header_of(workspace)
    backup_id = new_id()
    intents = workspace.folder.backups_dir
    try:
        manifest = write_backup(
            engine=workspace.db.engine,
            key=workspace.db.key,
            header_text=header.to_json(),
            folder_id=header.folder_id,
            livcr_name=header.livcr_name,
            target=target,
            reason=reason,
            app_version=__version__,
            intents_dir=intents,
            backup_id=backup_id.replace("-", ""),
        )
    except BackupFailed as exc:
        log.warning("a %s backup could not be written (errno %s)", reason, exc.errno)
        raise write_failure(exc) from exc
    except DatabaseUnreadable as exc:  # locked or signed out while the copy was made
        raise BackupError(messages.BACKUP_INTERRUPTED) from exc
    try:
        with workspace.uow() as uow:
            uow.journal.access(
                "backup",
                backup_id,
                "backup.created",
                reason=reason,
                file=target.name,
                operations=manifest.operations,
            )
        step("backup.journaled")
    except DatabaseUnreadable as exc:
        # A backup that could not be journaled is not kept: every backup is on the record.
        target.unlink(missing_ok=True)
        backup_done(intents, backup_id.replace("-", ""))
        raise BackupError(messages.BACKUP_INTERRUPTED) from exc
    backup_done(intents, backup_id.replace("-", ""))
    log.info("a %s backup was written (%d operations)", reason, manifest.operations)
    return backup_info(target, manifest, header)


def make_backup(workspace: Workspace, target: Path, *, overwrite: bool = False) -> BackupInfo:
    """Back up the open database to `target` (permission: create backups).

    `overwrite` is for the GUI, whose save dialog already asked; the command line never
    overwrites a file.
    """
    workspace.require(Resource.BACKUP, Action.CREATE)
    if target.exists() and (not overwrite or target.is_dir()):
        raise ValidationError(messages.BACKUP_TARGET_EXISTS, field="file", file=str(target))
    return _write(workspace, target, REASON_MANUAL)


# -- automatic backups -----------------------------------------------------------------------


def automatic_backups(folder: DataFolder) -> list[tuple[datetime, Path]]:
    """The automatic backups in the data folder, oldest first (other files are not listed)."""
    found: list[tuple[datetime, Path]] = []
    if not folder.backups_dir.is_dir():
        return found
    for path in folder.backups_dir.iterdir():
        match = _AUTO_NAME.match(path.name)
        if match and path.is_file():
            stamp = datetime.strptime(match.group(1), STAMP_FORMAT).replace(tzinfo=UTC)
            found.append((stamp, path))
    return sorted(found)


def automatic_backup_due(folder: DataFolder, settings: DeviceSettings, now: datetime) -> bool:
    """Whether the newest automatic backup is older than the interval (0 hours: never due).

    A newest backup dated in the future (the clock was set back) does not block new ones.
    """
    hours = settings.get(BACKUP_INTERVAL_HOURS)
    if hours <= 0:
        return False
    existing = automatic_backups(folder)
    if not existing:
        return True
    newest = existing[-1][0]
    return newest > now or now - newest >= timedelta(hours=hours)


def rotate_automatic_backups(folder: DataFolder, keep: int) -> list[Path]:
    """Remove the oldest automatic backups beyond `keep` (at least one is always kept).

    Only files named like automatic backups are ever removed: backups made by hand, before an
    upgrade, and the databases a restore replaced are never touched.
    """
    existing = automatic_backups(folder)
    surplus = existing[: max(0, len(existing) - max(1, keep))]
    removed = []
    for _, path in surplus:
        try:
            path.unlink()
        except OSError:
            log.warning("an old automatic backup could not be removed")
            continue
        removed.append(path)
    return removed


def run_automatic_backup(
    workspace: Workspace, settings: DeviceSettings, *, now: datetime | None = None
) -> BackupInfo | None:
    """Make the automatic backup when one is due, then rotate; None when none was due."""
    now = now or workspace.clock.now()
    folder = workspace.folder
    if not automatic_backup_due(folder, settings, now):
        return None
    target = folder.backups_dir / f"{AUTO_PREFIX}{now.astimezone(UTC):{STAMP_FORMAT}}{SUFFIX}"
    if target.exists():
        return None
    info = _write(workspace, target, REASON_AUTOMATIC)
    rotate_automatic_backups(folder, settings.get(BACKUP_KEEP))
    return info


# -- before a schema upgrade -----------------------------------------------------------------


def backup_before_upgrade(
    folder: DataFolder, db: Database, header: KeyHeader, current: str | None, head: str
) -> None:
    """The backup every schema upgrade is preceded by (kept, never rotated away)."""
    stamp = datetime.now(UTC).strftime(STAMP_FORMAT)
    backup_id = new_id().replace("-", "")
    target = folder.backups_dir / f"pre-upgrade-{current}-to-{head}-{stamp}{SUFFIX}"
    try:
        write_backup(
            engine=db.engine,
            key=db.key,
            header_text=header.to_json(),
            folder_id=header.folder_id,
            livcr_name=header.livcr_name,
            target=target,
            reason=REASON_PRE_UPGRADE,
            app_version=__version__,
            intents_dir=folder.backups_dir,
            backup_id=backup_id,
        )
    except BackupFailed as exc:
        raise write_failure(exc) from exc
    backup_done(folder.backups_dir, backup_id)  # not journaled: the database is being upgraded
