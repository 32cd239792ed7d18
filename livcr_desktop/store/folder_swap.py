"""Swapping a data folder's database for a restored one, so that a crash at any step is survived.

A restore first unpacks and checks the backup in a staging folder (`backups/.restore-…/`). When
every check has passed, it writes a step file, `restore-intent.json`, flushed to disk, that says
what the swap will do: which staged database (with its SHA-256), which `backups/replaced-<time>/`
folder the live files go to, whether the backup's key header is installed, and the new device
id. From then on every move is a rename inside one file system, each flushed:

    -wal aside, -shm aside, database aside, staged database in, key header in, new device id

and the restore is journaled (`backup.restored`) in the restored database before the step file
goes. Whoever opens the folder next (`finish_interrupted_restore`, under the folder's lock) and
finds the step file rolls the swap forward when the staged database is still whole (its sum
holds), or puts the live files back when it is not, then leaves the step file saying what it
did, for the first sign-in to journal (a record needs the key; services/backup/interrupted.py).
Staging folders with no step file are a restore that never reached the swap: they are removed.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.keyslots import KeyHeader
from livcr_desktop.store.private_files import copy_private, replace_private
from livcr_desktop.store.step_files import (
    fsync_dir,
    fsync_file,
    read_step_file,
    remove_step_file,
    write_step_file,
)

INTENT_NAME = "restore-intent.json"
STAGING_PREFIX = ".restore-"
STAGED_HEADER = "keyslots.json"
SWAPPING = "swapping"
TO_JOURNAL = "to_journal"
COMPLETED = "completed"
ROLLED_BACK = "rolled_back"


def recorded_device(folder: DataFolder) -> str | None:
    """The device id on disk, read without creating one (None when absent or unreadable)."""
    try:
        return str(json.loads(folder.device_path.read_text(encoding="utf-8"))["device_id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def intent_path(folder: DataFolder) -> Path:
    """Where the step file of a restore in progress (or one to journal) lives."""
    return folder.root / INTENT_NAME


def _side_files(db_path: Path) -> list[Path]:
    """The database's -wal and -shm (moved first: a stale -wal must never meet another db)."""
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm")]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


@dataclass
class RestoreIntent:
    """What a swap is doing, as its step file records it."""

    restore_id: str
    staging: str
    aside: str
    install_header: bool
    new_device: str
    previous_device: str | None
    db_sha256: str
    account_id: str
    details: dict[str, Any] = field(default_factory=dict)
    phase: str = SWAPPING
    outcome: str | None = None

    @classmethod
    def read(cls, folder: DataFolder) -> RestoreIntent | None:
        """The step file's content, or None when there is none (or it is not one of ours)."""
        data = read_step_file(intent_path(folder))
        if data is None:
            return None
        try:
            intent = cls(**data)
        except TypeError:
            return None
        names_ok = intent.staging.startswith(STAGING_PREFIX) and "/" not in intent.staging
        if not names_ok or "/" in intent.aside or not intent.aside.startswith("replaced-"):
            return None
        return intent

    def write(self, folder: DataFolder) -> None:
        """Record this step durably."""
        write_step_file(intent_path(folder), asdict(self))


class FolderSwap:
    """One swap of a checked, staged database into the data folder; can undo itself."""

    def __init__(self, folder: DataFolder, intent: RestoreIntent) -> None:
        self.folder = folder
        self.intent = intent

    @property
    def aside(self) -> Path:
        """Where the replaced files are kept."""
        return self.folder.backups_dir / self.intent.aside

    @property
    def replaced_dir(self) -> Path | None:
        """The aside folder when it keeps anything (an empty folder replaced nothing)."""
        aside = self.aside
        return aside if aside.is_dir() and any(aside.iterdir()) else None

    @property
    def staging(self) -> Path:
        """The staging folder holding the checked database (and the header to install)."""
        return self.folder.backups_dir / self.intent.staging

    @classmethod
    def prepare(
        cls,
        folder: DataFolder,
        *,
        staged_db: Path,
        header_to_install: KeyHeader | None,
        stamp: str,
        restore_id: str,
        new_device: str,
        account_id: str,
        details: dict[str, Any],
    ) -> FolderSwap:
        """Flush the staged files, copy the live key header aside and write the step file.

        Nothing of the live folder is moved yet; once this returns, a crash rolls forward.
        """
        staging = staged_db.parent
        if header_to_install is not None:
            staged_header = staging / STAGED_HEADER
            replace_private(staged_header, header_to_install.to_json())
            fsync_file(staged_header)
        fsync_file(staged_db)
        fsync_dir(staging)
        step("restore.staged")
        aside = _aside_dir(folder, stamp)
        for path in (folder.header.path, folder.header.backup_path):
            if path.is_file():  # a folder or a device in a key file's place is not kept
                copy_private(path, aside / path.name)
                fsync_file(aside / path.name)
        fsync_dir(aside)
        step("restore.header_copied_aside")
        intent = RestoreIntent(
            restore_id=restore_id,
            staging=staging.name,
            aside=aside.name,
            install_header=header_to_install is not None,
            new_device=new_device,
            previous_device=recorded_device(folder),
            db_sha256=_sha256(staged_db),  # as checked (opening it changed its header)
            account_id=account_id,
            details=details,
        )
        intent.write(folder)
        step("restore.intent_written")
        return cls(folder, intent)

    def move_live_aside(self) -> None:
        """Move the live database and its -wal and -shm into the aside folder."""
        live_db = self.folder.db_path
        for path in [*_side_files(live_db), live_db]:
            if path.exists():
                os.replace(path, self.aside / path.name)
                fsync_dir(self.folder.root)
                fsync_dir(self.aside)
                step(f"restore.moved_aside{path.name[len(live_db.name) :] or '.db'}")

    def put_in(self) -> None:
        """Put the staged database in place, then the backup's header, then the new device id."""
        folder = self.folder
        os.replace(self.staging / folder.db_path.name, folder.db_path)
        fsync_dir(folder.root)
        step("restore.database_put_in")
        _install_header(folder, self.staging, self.intent)
        folder.renew_device_id(self.intent.new_device)
        fsync_dir(folder.root)
        step("restore.device_renewed")

    def finish(self) -> None:
        """The restore is journaled: the step file and the staging folder go."""
        remove_step_file(intent_path(self.folder))
        step("restore.intent_removed")
        shutil.rmtree(self.staging, ignore_errors=True)
        if self.replaced_dir is None:
            with contextlib.suppress(OSError):
                self.aside.rmdir()

    def undo(self) -> None:
        """Put the live files back as they were and forget the swap (a failure in-process)."""
        _roll_back(self.folder, self.intent)
        remove_step_file(intent_path(self.folder))
        shutil.rmtree(self.staging, ignore_errors=True)
        if self.aside.is_dir() and not any(
            (self.aside / p.name).exists() for p in _live_files(self.folder)
        ):
            shutil.rmtree(self.aside, ignore_errors=True)


def _live_files(folder: DataFolder) -> list[Path]:
    return [*_side_files(folder.db_path), folder.db_path]


def _aside_dir(folder: DataFolder, stamp: str) -> Path:
    base = folder.backups_dir / f"replaced-{stamp}"
    candidate, number = base, 1
    while candidate.exists():
        number += 1
        candidate = base.with_name(f"{base.name}-{number}")
    candidate.mkdir(mode=0o700, parents=True)
    fsync_dir(folder.backups_dir)
    return candidate


def _install_header(folder: DataFolder, staging: Path, intent: RestoreIntent) -> None:
    if not intent.install_header:
        return
    staged = staging / STAGED_HEADER
    if staged.exists():
        folder.header.save(KeyHeader.from_json(staged.read_text(encoding="utf-8")))
        fsync_dir(folder.root)
    step("restore.header_put_in")


def _roll_back(folder: DataFolder, intent: RestoreIntent) -> None:
    """Put back what the swap moved; the staged database stays where it is (or is removed)."""
    aside = folder.backups_dir / intent.aside
    staged = folder.backups_dir / intent.staging / folder.db_path.name
    # The restored database was put in already: take it out again, unless the old one is not
    # aside (then the one in place is the old one).
    if not staged.exists() and folder.db_path.exists() and (aside / folder.db_path.name).exists():
        for path in _live_files(folder):
            path.unlink(missing_ok=True)
    for path in _live_files(folder):
        kept = aside / path.name
        if kept.exists() and not path.exists():
            os.replace(kept, path)
    if intent.install_header:
        for path in (folder.header.path, folder.header.backup_path):
            kept = aside / path.name
            if kept.exists():
                copy_private(kept, path)
            else:
                path.unlink(missing_ok=True)
    if intent.previous_device is not None:
        folder.renew_device_id(intent.previous_device)
    fsync_dir(folder.root)


def _sweep_partial_copies(folder: DataFolder) -> None:
    """Remove owner-only copies a kill left half-written (`.keyslots.json.<random>.tmp` and
    the like): they were never renamed into place, so nothing refers to them. The caller holds
    the folder's lock, so no writer of this app is making one right now."""
    for name in (folder.header.path.name, folder.db_path.name):
        for partial in folder.root.glob(f".{name}*.tmp"):
            with contextlib.suppress(OSError):
                partial.unlink()


def finish_interrupted_restore(folder: DataFolder) -> str | None:
    """Complete or undo a restore a crash interrupted; what was done (COMPLETED, ROLLED_BACK)
    or None when there was nothing to do. Needs no key; the caller holds the folder's lock."""
    _sweep_partial_copies(folder)
    if not folder.backups_dir.is_dir():
        return None
    intent = RestoreIntent.read(folder)
    for staging in folder.backups_dir.glob(f"{STAGING_PREFIX}*"):
        if intent is None or staging.name != intent.staging or intent.phase == TO_JOURNAL:
            shutil.rmtree(staging, ignore_errors=True)
    if intent is None:
        with contextlib.suppress(OSError):
            intent_path(folder).unlink(missing_ok=True)  # unreadable: not one of ours
            intent_path(folder).with_name(INTENT_NAME + ".tmp").unlink(missing_ok=True)
        return None
    if intent.phase == TO_JOURNAL:
        return None
    swap = FolderSwap(folder, intent)
    staged = swap.staging / folder.db_path.name
    if staged.exists() and _sha256(staged) == intent.db_sha256:
        swap.move_live_aside()
        swap.put_in()
        intent.outcome = COMPLETED
    elif not staged.exists() and folder.db_path.exists():
        _install_header(folder, swap.staging, intent)  # the database is in: finish the rest
        folder.renew_device_id(intent.new_device)
        intent.outcome = COMPLETED
    else:
        _roll_back(folder, intent)
        intent.outcome = ROLLED_BACK
    intent.phase = TO_JOURNAL
    intent.write(folder)
    shutil.rmtree(swap.staging, ignore_errors=True)
    return intent.outcome


def forget_restore_intent(folder: DataFolder) -> None:
    """The interruption is journaled: the step file goes."""
    remove_step_file(intent_path(folder))
