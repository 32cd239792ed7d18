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
from dataclasses import asdict
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
from livcr_desktop.store.backup_intents import (
    BACKUP_INTENT_PREFIX,
    PARTIAL_SUFFIX,
    TEMP_PREFIX,
    InterruptedBackup,
    backup_done,
    backup_intent_path,
    finish_interrupted_backups,
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
    remove_step_file,
    write_step_file,
)

__all__ = [
    "BACKUP_INTENT_PREFIX",
    "DB_MEMBER",
    "DISK_FULL",
    "FORMAT",
    "FORMAT_VERSION",
    "HEADER_MEMBER",
    "MANIFEST_MEMBER",
    "NOT_WRITABLE",
    "PARTIAL_SUFFIX",
    "SPACE_MARGIN",
    "SUFFIX",
    "TEMP_PREFIX",
    "ZIP_MAGIC",
    "BackupFailed",
    "BackupInvalid",
    "BackupManifest",
    "InterruptedBackup",
    "backup_done",
    "backup_intent_path",
    "database_size",
    "extracted",
    "finish_interrupted_backups",
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
