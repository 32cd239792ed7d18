"""What a backup file is made of, and what its manifest may say (checked by type and range).

The manifest is read from a file that may come from anywhere, so every field is checked for its
type and a sensible range before anything believes it; its numbers are checked again against the
database inside the backup when a restore opens it (services/backup/restore.py).
"""

from __future__ import annotations

import errno
import re
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from typing import Any

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


REASONS = frozenset({"manual", "automatic", "pre-upgrade"})
MAX_OPERATIONS = 10**10
FUTURE_TOLERANCE = timedelta(days=1)
"""A backup may say it was made a little later than this clock says (clocks drift), no more."""
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_REVISION = re.compile(r"^[0-9A-Za-z_]{1,64}$")


def _text(data: dict[str, Any], name: str, limit: int) -> str:
    value = data[name]
    if not isinstance(value, str) or not value or len(value) > limit:
        raise BackupInvalid("bad_manifest")
    return value


def _matching(data: dict[str, Any], name: str, pattern: re.Pattern[str]) -> str:
    value = data[name]
    if not isinstance(value, str) or not pattern.match(value):
        raise BackupInvalid("bad_manifest")
    return value


def created_moment(text: str) -> datetime:
    """The manifest's creation time as an aware moment (an older manifest may lack a zone)."""
    created = datetime.fromisoformat(text)
    return created if created.tzinfo is not None else created.replace(tzinfo=UTC)


def parse_manifest(data: object, *, now: datetime | None = None) -> BackupManifest:
    """A manifest from decoded JSON, every field checked; BackupInvalid says what is wrong."""
    if not isinstance(data, dict):
        raise BackupInvalid("not_a_backup")
    if data.get("format") != FORMAT:
        raise BackupInvalid(
            "unknown_format" if isinstance(data.get("format"), str) else "not_a_backup"
        )
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version != FORMAT_VERSION:
        raise BackupInvalid("unknown_format")
    if set(data) != {f.name for f in fields(BackupManifest)}:
        raise BackupInvalid("bad_manifest")
    created_at = _text(data, "created_at", 40)
    try:
        created = created_moment(created_at)
    except ValueError as exc:
        raise BackupInvalid("bad_manifest") from exc
    if created > (now or datetime.now(UTC)) + FUTURE_TOLERANCE:
        raise BackupInvalid("future")
    revision = data["schema_revision"]
    if revision is not None:
        revision = _matching(data, "schema_revision", _REVISION)
    operations = data["operations"]
    if (
        not isinstance(operations, int)
        or isinstance(operations, bool)
        or not 0 <= operations <= MAX_OPERATIONS
    ):
        raise BackupInvalid("bad_manifest")
    reason = _text(data, "reason", 32)
    if reason not in REASONS:
        raise BackupInvalid("bad_manifest")
    return BackupManifest(
        format=FORMAT,
        version=version,
        folder_id=_matching(data, "folder_id", _ID),
        livcr_name=_text(data, "livcr_name", 300),
        created_at=created_at,
        reason=reason,
        app_version=_text(data, "app_version", 40),
        schema_revision=revision,
        operations=operations,
        db_sha256=_matching(data, "db_sha256", _HEX64),
        header_sha256=_matching(data, "header_sha256", _HEX64),
    )
