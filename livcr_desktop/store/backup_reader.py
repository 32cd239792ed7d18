"""Reading a backup file that may come from anywhere, with every size bounded before it is read.

Only a regular file is opened (a FIFO or a device is refused at once, without waiting on it),
and it stays open, so what is checked is what is read. Before the ZIP library parses anything,
the end of the file says how many members there are and how large their directory is; then
exactly the three known members must be there, stored or deflated, not encrypted, each with a
declared size within its limit (the database at most about as large as the file itself, since
encrypted pages do not compress). Members are read in blocks while their bytes are counted and
hashed, so a member that holds more than it declares, or a zip bomb, is stopped within a block.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import struct
import zipfile
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from livcr_desktop.store.backup_format import (
    DB_MEMBER,
    DISK_FULL,
    HEADER_MEMBER,
    MANIFEST_MEMBER,
    ZIP_MAGIC,
    BackupFailed,
    BackupInvalid,
    BackupManifest,
    parse_manifest,
)
from livcr_desktop.store.private_files import PRIVATE_MODE

MAX_MANIFEST = 64 << 10
MAX_HEADER = 1 << 20
MAX_DIRECTORY = 64 << 10
MAX_MEMBERS = 3
BLOCK = 1 << 20
DB_SLACK = 1 << 20
"""The database member may declare at most the file's own size plus this (a ZIP's framing)."""
KNOWN_COMPRESSION = frozenset({zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
_ENCRYPTED = 0x1 | 0x40  # traditional and strong encryption flags
_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"


def open_regular(path: Path) -> BinaryIO:
    """`path` opened for reading when it is a regular file; BackupInvalid otherwise.

    Opened without blocking, so a FIFO is refused at once instead of waiting for a writer.
    """
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except (FileNotFoundError, NotADirectoryError) as exc:
        raise BackupInvalid("missing") from exc
    except IsADirectoryError as exc:
        raise BackupInvalid("not_a_file") from exc
    except OSError as exc:
        raise BackupInvalid("unreadable") from exc
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise BackupInvalid("not_a_file")
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def check_regular_file(path: Path) -> None:
    """Refuse at once anything but a regular file (before a lock is taken or a key asked)."""
    open_regular(path).close()


def _directory_bounds(handle: BinaryIO) -> None:
    """Check the ZIP's end records: few members, a small directory (before zipfile parses it)."""
    size = handle.seek(0, os.SEEK_END)
    tail_size = min(size, 22 + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    at = tail.rfind(_EOCD)
    if at < 0 or len(tail) - at < 22:
        handle.seek(0)
        raise BackupInvalid("truncated" if handle.read(4) == ZIP_MAGIC else "not_a_backup")
    entries, directory = struct.unpack("<xxxxxxxxxxHI", tail[at : at + 16])
    if entries == 0xFFFF or directory == 0xFFFFFFFF:
        locator_at = size - tail_size + at - 20
        if locator_at < 0:
            raise BackupInvalid("damaged")
        handle.seek(locator_at)
        locator = handle.read(20)
        if locator[:4] != _EOCD64_LOCATOR:
            raise BackupInvalid("damaged")
        (offset,) = struct.unpack("<Q", locator[8:16])
        if offset > size - 56:
            raise BackupInvalid("damaged")
        handle.seek(offset)
        record = handle.read(56)
        if record[:4] != _EOCD64:
            raise BackupInvalid("damaged")
        entries, directory = struct.unpack("<QQ", record[32:48])
    if entries > MAX_MEMBERS or directory > MAX_DIRECTORY:
        raise BackupInvalid("damaged")
    handle.seek(0)


class _Archive:
    """An open backup whose ZIP structure passed the checks above."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle = open_regular(path)
        try:
            self.size = os.fstat(self.handle.fileno()).st_size
            _directory_bounds(self.handle)
            self.zip = zipfile.ZipFile(self.handle)
            self.members = self._check_members()
        except BackupInvalid:
            self.handle.close()
            raise
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as exc:
            self.handle.close()
            raise BackupInvalid("damaged") from exc
        except BaseException:
            self.handle.close()
            raise

    def _check_members(self) -> dict[str, zipfile.ZipInfo]:
        infos = self.zip.infolist()
        members = {info.filename: info for info in infos}
        if len(members) != len(infos) or set(members) != {
            DB_MEMBER,
            HEADER_MEMBER,
            MANIFEST_MEMBER,
        }:
            raise BackupInvalid("not_a_backup" if MANIFEST_MEMBER not in members else "damaged")
        limits = {
            MANIFEST_MEMBER: MAX_MANIFEST,
            HEADER_MEMBER: MAX_HEADER,
            DB_MEMBER: self.size + DB_SLACK,
        }
        for name, info in members.items():
            if info.flag_bits & _ENCRYPTED or info.compress_type not in KNOWN_COMPRESSION:
                raise BackupInvalid("damaged")
            if info.file_size > limits[name] or info.compress_size > self.size:
                raise BackupInvalid("damaged")
        return members

    def close(self) -> None:
        self.zip.close()
        self.handle.close()

    def blocks(self, name: str) -> Iterator[bytes]:
        """A member's bytes in blocks, never more than it declares (else BackupInvalid)."""
        info = self.members[name]
        seen = 0
        try:
            with self.zip.open(info) as member:
                while block := member.read(BLOCK):
                    seen += len(block)
                    if seen > info.file_size:
                        raise BackupInvalid("damaged")
                    yield block
        except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError) as exc:
            raise BackupInvalid("damaged") from exc
        except OSError as exc:
            raise BackupInvalid("truncated") from exc
        if seen != info.file_size:
            raise BackupInvalid("damaged")

    def read_small(self, name: str) -> bytes:
        return b"".join(self.blocks(name))

    def manifest(self, now: datetime | None = None) -> BackupManifest:
        try:
            data = json.loads(self.read_small(MANIFEST_MEMBER))
        except (ValueError, RecursionError) as exc:
            raise BackupInvalid("not_a_backup") from exc
        return parse_manifest(data, now=now)

    def header_text(self, manifest: BackupManifest) -> str:
        header_bytes = self.read_small(HEADER_MEMBER)
        if hashlib.sha256(header_bytes).hexdigest() != manifest.header_sha256:
            raise BackupInvalid("checksum")
        try:
            return header_bytes.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BackupInvalid("checksum") from exc


@contextlib.contextmanager
def _archive(path: Path) -> Iterator[_Archive]:
    archive = _Archive(path)
    try:
        yield archive
    finally:
        archive.close()


def read_manifest(path: Path, *, now: datetime | None = None) -> BackupManifest:
    """The manifest of a backup file, checked by type and range; BackupInvalid otherwise."""
    with _archive(path) as archive:
        return archive.manifest(now)


def read_header_text(path: Path, manifest: BackupManifest) -> str:
    """The key header inside a backup, checked against the manifest's sum."""
    with _archive(path) as archive:
        return archive.header_text(manifest)


def database_size(path: Path) -> int:
    """The declared size of the database inside a backup (already bounded by the file's)."""
    with _archive(path) as archive:
        return archive.members[DB_MEMBER].file_size


@contextlib.contextmanager
def extracted(path: Path, workdir: Path) -> Iterator[tuple[BackupManifest, Path, str]]:
    """Unpack a backup into `workdir` after checking its sums: (manifest, db path, header text).

    The database is written in blocks while it is hashed; nothing is believed before its sum
    matched the manifest's.
    """
    db_path = workdir / DB_MEMBER
    try:
        with _archive(path) as archive:
            manifest = archive.manifest()
            header_text = archive.header_text(manifest)
            digest = hashlib.sha256()
            fd = os.open(db_path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
            with os.fdopen(fd, "wb") as out:
                for block in archive.blocks(DB_MEMBER):
                    digest.update(block)
                    out.write(block)
            if digest.hexdigest() != manifest.db_sha256:
                raise BackupInvalid("checksum")
    except OSError as exc:
        with contextlib.suppress(OSError):
            db_path.unlink()
        if exc.errno in DISK_FULL:
            raise BackupFailed(exc.strerror or type(exc).__name__, exc.errno) from exc
        raise BackupInvalid("truncated") from exc
    except BaseException:
        with contextlib.suppress(OSError):
            db_path.unlink()
        raise
    try:
        yield manifest, db_path, header_text
    finally:
        with contextlib.suppress(OSError):
            db_path.unlink()
