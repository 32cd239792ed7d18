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
import hashlib
import json
import os
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from livcr_desktop.store.engine import DataKey, connect_raw
from livcr_desktop.store.errors import StoreError

SUFFIX = ".livcrbackup"
FORMAT = "livcr-backup"
FORMAT_VERSION = 1
DB_MEMBER = "livcr.db"
HEADER_MEMBER = "keyslots.json"
MANIFEST_MEMBER = "manifest.json"


class BackupFailed(StoreError):
    """Writing a backup failed (disk full, no permission ...); the live database is untouched."""


class BackupInvalid(StoreError):
    """A file is not a usable backup of this LIVC-R; `reason` says why (a stable code)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class BackupManifest:
    """What a backup says about itself."""

    format: str
    version: int
    folder_id: str
    livcr_name: str
    created_at: str
    reason: str
    app_version: str
    schema_revision: str | None
    operations: int
    db_sha256: str
    header_sha256: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


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
) -> BackupManifest:
    """Write a complete backup file to `target`, or nothing at all (BackupFailed)."""
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".backup-", dir=target.parent) as tmp:
            db_copy = Path(tmp) / DB_MEMBER
            raw = engine.raw_connection()  # type: ignore[attr-defined]
            try:
                revision, operations = snapshot_database(raw.driver_connection, key, db_copy)
            finally:
                raw.close()
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
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_STORED) as archive:
                archive.writestr(MANIFEST_MEMBER, json.dumps(asdict(manifest), indent=2))
                archive.write(db_copy, DB_MEMBER)
                archive.writestr(HEADER_MEMBER, header_bytes)
            _fsync_file(partial)
            os.replace(partial, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupFailed(exc.strerror or type(exc).__name__) from exc
    except Exception:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return manifest


def read_manifest(path: Path) -> BackupManifest:
    """The manifest of a backup file; BackupInvalid when the file is not a backup at all."""
    try:
        with zipfile.ZipFile(path) as archive:
            data = json.loads(archive.read(MANIFEST_MEMBER))
        manifest = BackupManifest(**data)
    except FileNotFoundError as exc:
        raise BackupInvalid("missing") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError) as exc:
        raise BackupInvalid("not_a_backup") from exc
    if manifest.format != FORMAT or manifest.version != FORMAT_VERSION:
        raise BackupInvalid("unknown_format")
    return manifest


@contextlib.contextmanager
def extracted(path: Path, workdir: Path) -> Iterator[tuple[BackupManifest, Path, str]]:
    """Unpack a backup into `workdir` after checking its sums: (manifest, db path, header text)."""
    manifest = read_manifest(path)
    try:
        with zipfile.ZipFile(path) as archive:
            archive.extract(DB_MEMBER, workdir)
            header_bytes = archive.read(HEADER_MEMBER)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise BackupInvalid("truncated") from exc
    db_path = workdir / DB_MEMBER
    if _sha256(db_path) != manifest.db_sha256:
        raise BackupInvalid("checksum")
    if hashlib.sha256(header_bytes).hexdigest() != manifest.header_sha256:
        raise BackupInvalid("checksum")
    try:
        yield manifest, db_path, header_bytes.decode("utf-8")
    finally:
        with contextlib.suppress(OSError):
            db_path.unlink()


def copy_aside(source: Path, target_dir: Path) -> Path:
    """Move a live file aside (kept, never deleted) before it is replaced by a restore."""
    target_dir.mkdir(parents=True, exist_ok=True)
    destination = target_dir / source.name
    shutil.move(str(source), destination)
    return destination
