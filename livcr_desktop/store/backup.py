"""Encrypted, self-checking backups of a data folder, made while the app keeps running.

A backup file (`*.livcrbackup`) is a ZIP holding three members:
- `livcr.db`: a consistent copy of the database made with SQLite's online backup API, still
  encrypted with the same data key (the copy never exists unencrypted, not even in a temp file);
- `keyslots.json`: the key header at that moment, so the passphrases and the recovery key that
  were valid then open it;
- `manifest.json`: which LIVC-R it belongs to, when and why it was made, the schema revision, the
  number of journal operations and SHA-256 sums of the two other members.
Restoring checks all of that before anything in the live folder is touched.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import secrets
import shutil
import zipfile
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from livcr_desktop.store.backup_format import (
    DB_MEMBER,
    DISK_FULL,
    FORMAT,
    FORMAT_VERSION,
    HEADER_MEMBER,
    MANIFEST_MEMBER,
    NOT_WRITABLE,
    SPACE_MARGIN,
    SUFFIX,
    ZIP_MAGIC,
    BackupFailed,
    BackupInvalid,
    BackupManifest,
)
from livcr_desktop.store.backup_reader import (
    database_size,
    extracted,
    read_header_text,
    read_manifest,
)
from livcr_desktop.store.engine import DataKey, connect_raw
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.step_files import (
    fsync_dir,
    read_step_file,
    remove_step_file,
    write_step_file,
)

__all__ = [
    "DB_MEMBER",
    "DISK_FULL",
    "FORMAT",
    "FORMAT_VERSION",
    "HEADER_MEMBER",
    "MANIFEST_MEMBER",
    "NOT_WRITABLE",
    "SPACE_MARGIN",
    "SUFFIX",
    "ZIP_MAGIC",
    "BackupFailed",
    "BackupInvalid",
    "BackupManifest",
    "database_size",
    "extracted",
    "read_header_text",
    "read_manifest",
]


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _database_size(source: object) -> int:
    """The bytes the database occupies as this connection sees it (WAL pages included)."""
    pages = source.execute("PRAGMA page_count").fetchone()[0]  # type: ignore[attr-defined]
    size = source.execute("PRAGMA page_size").fetchone()[0]  # type: ignore[attr-defined]
    return int(pages) * int(size)


def _reserve(partial: Path, size: int) -> None:
    """Fail early, with the system's own reason, when there is no room for the backup.

    The database copy and the ZIP around it exist side by side for a moment, so the disk needs
    twice the size free. Where the system can reserve space (posix_fallocate), the ZIP's room
    is claimed for real, which also catches quotas and per-file size limits; the reservation
    is released again at once.
    """
    free = shutil.disk_usage(partial.parent).free
    if free < 2 * size + SPACE_MARGIN:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        if hasattr(os, "posix_fallocate"):
            try:
                os.posix_fallocate(fd, 0, size + SPACE_MARGIN)
            except OSError as exc:
                if exc.errno in DISK_FULL:
                    raise
                # Some file systems cannot reserve space; the writes below still fail cleanly.
        os.ftruncate(fd, 0)
    finally:
        os.close(fd)


def snapshot_database(source: object, key: DataKey, target: Path) -> tuple[str | None, int]:
    """Copy an open DB-API connection's database into a new encrypted file; (revision, ops)."""
    copy = connect_raw(target, key)
    try:
        source.backup(copy)  # type: ignore[attr-defined]
        copy.execute("PRAGMA journal_mode = DELETE").fetchone()
        revision_row = copy.execute("SELECT version_num FROM alembic_version").fetchone()
        ops_row = copy.execute("SELECT count(*) FROM journal_operation").fetchone()
    finally:
        copy.close()
    return (revision_row[0] if revision_row else None), int(ops_row[0] if ops_row else 0)


BACKUP_INTENT_PREFIX = ".backup-intent-"
TEMP_PREFIX = ".backup-"
PARTIAL_SUFFIX = ".partial"


def backup_intent_path(intents_dir: Path, backup_id: str) -> Path:
    """The step file of one backup in progress (or one to journal)."""
    return intents_dir / f"{BACKUP_INTENT_PREFIX}{backup_id}.json"


def write_backup(
    *,
    engine: object,
    key: DataKey,
    header_text: str,
    folder_id: str,
    livcr_name: str,
    target: Path,
    reason: str,
    app_version: str,
    intents_dir: Path | None = None,
    backup_id: str | None = None,
) -> BackupManifest:
    """Write a complete backup file to `target`, or nothing at all (BackupFailed).

    Only the target's folder is written to; the live database is only read. With
    `intents_dir` (the data folder's backups/), a step file records the temporary files and,
    once known, the new backup's database sum, so that the next start removes what a crash
    left and knows whether the backup was finished; the caller removes it (`backup_done`)
    once the backup is journaled.
    """
    backup_id = backup_id or secrets.token_hex(8)
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    tmp = target.parent / f"{TEMP_PREFIX}{backup_id}"
    intent: dict[str, object] = {
        "backup_id": backup_id,
        "pid": os.getpid(),
        "target": str(target),
        "reason": reason,
        "db_sha256": None,
    }
    intent_file = None if intents_dir is None else backup_intent_path(intents_dir, backup_id)
    try:
        if intent_file is not None:
            write_step_file(intent_file, intent)
        step("backup.intent_written")
        target.parent.mkdir(parents=True, exist_ok=True)
        raw = engine.raw_connection()  # type: ignore[attr-defined]
        try:
            source = raw.driver_connection
            _reserve(partial, _database_size(source))
            step("backup.space_reserved")
            tmp.mkdir(mode=0o700)
            try:
                db_copy = tmp / DB_MEMBER
                revision, operations = snapshot_database(source, key, db_copy)
                step("backup.database_copied")
                header_bytes = header_text.encode("utf-8")
                manifest = BackupManifest(
                    format=FORMAT,
                    version=FORMAT_VERSION,
                    folder_id=folder_id,
                    livcr_name=livcr_name,
                    created_at=datetime.now(UTC).isoformat(timespec="seconds"),
                    reason=reason,
                    app_version=app_version,
                    schema_revision=revision,
                    operations=operations,
                    db_sha256=_sha256(db_copy),
                    header_sha256=hashlib.sha256(header_bytes).hexdigest(),
                )
                if intent_file is not None:
                    write_step_file(intent_file, {**intent, "db_sha256": manifest.db_sha256})
                step("backup.sum_recorded")
                _write_zip(partial, manifest, db_copy, header_bytes, target)
            finally:
                shutil.rmtree(tmp, ignore_errors=True)
        finally:
            raw.close()
    except OSError as exc:
        _clean_failed(partial, intent_file)
        raise BackupFailed(exc.strerror or type(exc).__name__, exc.errno) from exc
    except sqlcipher.DatabaseError as exc:
        # SQLite reports a failed write of the copy as "disk I/O error" (no errno is exposed).
        _clean_failed(partial, intent_file)
        raise BackupFailed(str(exc) or type(exc).__name__) from exc
    except Exception:
        _clean_failed(partial, intent_file)
        raise
    return manifest


def _write_zip(
    partial: Path, manifest: BackupManifest, db_copy: Path, header_bytes: bytes, target: Path
) -> None:
    with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
        archive.writestr(MANIFEST_MEMBER, json.dumps(asdict(manifest), indent=2))
        archive.write(db_copy, DB_MEMBER)
        archive.writestr(HEADER_MEMBER, header_bytes)
    step("backup.zip_written")
    _fsync_file(partial)
    step("backup.zip_flushed")
    os.replace(partial, target)
    fsync_dir(target.parent)
    step("backup.in_place")


def _clean_failed(partial: Path, intent_file: Path | None) -> None:
    with contextlib.suppress(OSError):
        partial.unlink()
    if intent_file is not None:
        with contextlib.suppress(OSError):
            remove_step_file(intent_file)


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
