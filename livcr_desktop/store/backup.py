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
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlcipher3.dbapi2 as sqlcipher

from livcr_desktop.store.engine import DataKey, connect_raw
from livcr_desktop.store.errors import StoreError

SUFFIX = ".livcrbackup"
FORMAT = "livcr-backup"
FORMAT_VERSION = 1
DB_MEMBER = "livcr.db"
HEADER_MEMBER = "keyslots.json"
MANIFEST_MEMBER = "manifest.json"
ZIP_MAGIC = b"PK\x03\x04"
SPACE_MARGIN = 1 << 20
"""Room kept free beyond the estimated size (manifest, header, ZIP directory, file system)."""

DISK_FULL = frozenset(
    code for code in (errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", None)) if code is not None
)
"""Errors that mean 'no room': a full disk, a per-file size limit, a user's quota."""
NOT_WRITABLE = frozenset({errno.EACCES, errno.EPERM, errno.EROFS})


class BackupFailed(StoreError):
    """Writing a backup failed (disk full, no permission ...); the live database is untouched.

    `errno` is the operating system's error number when one is known; SQLite's own errors
    (it reports a failed write as "disk I/O error") carry none.
    """

    def __init__(self, reason: str, errno_code: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.errno = errno_code

    @property
    def disk_full(self) -> bool:
        """True when the failure means there was no room to write."""
        return self.errno in DISK_FULL

    @property
    def not_writable(self) -> bool:
        """True when the place cannot be written to at all."""
        return self.errno in NOT_WRITABLE


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
) -> BackupManifest:
    """Write a complete backup file to `target`, or nothing at all (BackupFailed).

    Only the target's folder is written to; the live database is only read.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        raw = engine.raw_connection()  # type: ignore[attr-defined]
        try:
            source = raw.driver_connection
            _reserve(partial, _database_size(source))
            with tempfile.TemporaryDirectory(prefix=".backup-", dir=target.parent) as tmp:
                db_copy = Path(tmp) / DB_MEMBER
                revision, operations = snapshot_database(source, key, db_copy)
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
        finally:
            raw.close()
    except OSError as exc:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupFailed(exc.strerror or type(exc).__name__, exc.errno) from exc
    except sqlcipher.DatabaseError as exc:
        # SQLite reports a failed write of the copy as "disk I/O error" (no errno is exposed).
        with contextlib.suppress(OSError):
            partial.unlink()
        raise BackupFailed(str(exc) or type(exc).__name__) from exc
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
    except (FileNotFoundError, IsADirectoryError) as exc:
        raise BackupInvalid("missing") from exc
    except zipfile.BadZipFile as exc:
        # A ZIP that starts like one but has no directory at its end was cut off.
        raise BackupInvalid("truncated" if _starts_like_zip(path) else "not_a_backup") from exc
    except (KeyError, ValueError, TypeError, OSError, EOFError) as exc:
        raise BackupInvalid("not_a_backup") from exc
    if manifest.format != FORMAT or manifest.version != FORMAT_VERSION:
        raise BackupInvalid("unknown_format")
    return manifest


def _starts_like_zip(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(ZIP_MAGIC)) == ZIP_MAGIC
    except OSError:
        return False


def read_header_text(path: Path, manifest: BackupManifest) -> str:
    """The key header inside a backup, checked against the manifest's sum."""
    try:
        with zipfile.ZipFile(path) as archive:
            header_bytes = archive.read(HEADER_MEMBER)
    except (zipfile.BadZipFile, KeyError, OSError, EOFError) as exc:
        raise BackupInvalid("truncated") from exc
    if hashlib.sha256(header_bytes).hexdigest() != manifest.header_sha256:
        raise BackupInvalid("checksum")
    try:
        return header_bytes.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BackupInvalid("checksum") from exc


def database_size(path: Path) -> int:
    """The size of the database inside a backup (to check for room before unpacking it)."""
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.getinfo(DB_MEMBER).file_size
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise BackupInvalid("truncated") from exc


@contextlib.contextmanager
def extracted(path: Path, workdir: Path) -> Iterator[tuple[BackupManifest, Path, str]]:
    """Unpack a backup into `workdir` after checking its sums: (manifest, db path, header text)."""
    manifest = read_manifest(path)
    try:
        with zipfile.ZipFile(path) as archive:
            archive.extract(DB_MEMBER, workdir)
            header_bytes = archive.read(HEADER_MEMBER)
    except OSError as exc:
        if exc.errno in DISK_FULL:
            with contextlib.suppress(OSError):
                (workdir / DB_MEMBER).unlink()
            raise BackupFailed(exc.strerror or type(exc).__name__, exc.errno) from exc
        raise BackupInvalid("truncated") from exc
    except (zipfile.BadZipFile, KeyError, EOFError) as exc:
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
