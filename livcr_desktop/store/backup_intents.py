"""What a crashed backup leaves behind, and its clean-up at the next start (no key needed).

Kept apart from `backup.py` so the app's start can finish interrupted backups before the sign-in
screen without loading the database engine (SQLAlchemy, SQLCipher): see
services/backup/interrupted.py.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from livcr_desktop.store.backup_format import BackupInvalid
from livcr_desktop.store.backup_reader import read_manifest
from livcr_desktop.store.step_files import read_step_file, remove_step_file, write_step_file

BACKUP_INTENT_PREFIX = ".backup-intent-"
TEMP_PREFIX = ".backup-"
PARTIAL_SUFFIX = ".partial"


def backup_intent_path(intents_dir: Path, backup_id: str) -> Path:
    """The step file of one backup in progress (or one to journal)."""
    return intents_dir / f"{BACKUP_INTENT_PREFIX}{backup_id}.json"


def backup_done(intents_dir: Path, backup_id: str) -> None:
    """The backup is on the record (or needs none): its step file goes."""
    remove_step_file(backup_intent_path(intents_dir, backup_id))


@dataclass(frozen=True)
class InterruptedBackup:
    """A backup a crash interrupted, as its step file and the files left tell it."""

    backup_id: str
    file: str
    reason: str
    completed: bool
    path: Path


def _pid_alive(pid: object) -> bool:
    if not isinstance(pid, int) or isinstance(pid, bool) or pid <= 0:
        return False
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists, owned by someone else
    return True


def finish_interrupted_backups(
    intents_dir: Path, *, clean_up: bool = True
) -> list[InterruptedBackup]:
    """Remove what crashed backups left (the `.partial` file, the `.backup-…` copy) and say,
    per backup, whether it was finished; backups of processes still running are left alone.

    The step file stays, marked, until the interruption is journaled (`backup_done`). Without
    `clean_up`, only the backups already cleaned up are listed (nothing is touched).
    """
    found: list[InterruptedBackup] = []
    if not intents_dir.is_dir():
        return found
    for path in sorted(intents_dir.glob(f"{BACKUP_INTENT_PREFIX}*.json")):
        data = read_step_file(path)
        backup_id = str(data.get("backup_id", "")) if data else ""
        target_text = data.get("target") if data else None
        if not data or not isinstance(target_text, str) or not backup_id.isalnum():
            with contextlib.suppress(OSError):
                remove_step_file(path)
            continue
        if not data.get("interrupted") and (not clean_up or _pid_alive(data.get("pid"))):
            continue
        target = Path(target_text)
        with contextlib.suppress(OSError):
            target.with_name(target.name + PARTIAL_SUFFIX).unlink(missing_ok=True)
        shutil.rmtree(target.parent / f"{TEMP_PREFIX}{backup_id}", ignore_errors=True)
        completed = bool(data.get("completed"))
        if not data.get("interrupted"):
            completed = _is_that_backup(target, data.get("db_sha256"))
            with contextlib.suppress(OSError):
                write_step_file(path, {**data, "interrupted": True, "completed": completed})
        found.append(
            InterruptedBackup(backup_id, target.name, str(data.get("reason", "")), completed, path)
        )
    return found


def _is_that_backup(target: Path, db_sha256: object) -> bool:
    """Whether `target` is the backup whose database has this sum (a finished backup)."""
    if not isinstance(db_sha256, str):
        return False
    try:
        return read_manifest(target).db_sha256 == db_sha256
    except BackupInvalid:
        return False
