"""The key file on disk: read only when it is a sensible regular file, written atomically
(temporary file, fsync, rename) and mirrored to a backup copy, so a torn write never loses the
only copy of the key slots (store/keyslots.py holds what the file says).
"""

from __future__ import annotations

import os
import secrets
import stat
from pathlib import Path
from typing import Any

from livcr_desktop.store.errors import HeaderDamaged, HeaderFault
from livcr_desktop.store.keyslots import MAX_HEADER_BYTES, KeyHeader
from livcr_desktop.store.private_files import create_private

Copy = KeyHeader | HeaderDamaged | None
"""One copy of the key file as read: the header, what is wrong with it, or None when absent."""


def read_limited(path: Path) -> str:
    """A key file's text, read only when it is a regular file of sensible size (a folder, a
    device, a FIFO or a huge file in its place is refused before anything is read)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise HeaderDamaged("cannot stat", HeaderFault.UNREADABLE) from exc
    if not stat.S_ISREG(info.st_mode):
        raise HeaderDamaged("not a regular file", HeaderFault.NOT_A_FILE)
    if info.st_size > MAX_HEADER_BYTES:
        raise HeaderDamaged("too large", HeaderFault.TOO_LARGE)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_HEADER_BYTES + 1)
    except OSError as exc:
        raise HeaderDamaged("cannot read", HeaderFault.UNREADABLE) from exc
    if len(data) > MAX_HEADER_BYTES:
        raise HeaderDamaged("too large", HeaderFault.TOO_LARGE)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HeaderDamaged("not UTF-8", HeaderFault.GARBLED) from exc


class HeaderFile:
    """The header on disk: an atomically replaced file plus an identical backup copy."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.backup_path = path.with_name(path.name + ".bak")

    def exists(self) -> bool:
        """True when the header or its backup copy is present (whatever its state)."""
        return any(os.path.lexists(p) for p in (self.path, self.backup_path))

    def read_copy(self, path: Path) -> Copy:
        """One copy as read, never raising."""
        try:
            return KeyHeader.from_json(read_limited(path))
        except FileNotFoundError:
            return None
        except HeaderDamaged as exc:
            return exc

    def read_both(self) -> tuple[Copy, Copy]:
        """The main copy and the backup copy."""
        return self.read_copy(self.path), self.read_copy(self.backup_path)

    def load(self) -> tuple[KeyHeader, bool]:
        """The header, and whether it had to come from the backup copy (the main one is damaged).

        Without a key this can only tell damage the checksums see; `store/header_unlock.py`
        also falls back when a slot does not open or the MAC disagrees."""
        main, backup = self.read_both()
        if isinstance(main, KeyHeader):
            return main, False
        if isinstance(backup, KeyHeader):
            return backup, True
        first = main if isinstance(main, HeaderDamaged) else backup
        fault = first.fault if isinstance(first, HeaderDamaged) else HeaderFault.GARBLED
        raise HeaderDamaged("header and its backup are unreadable", fault)

    def save(self, header: KeyHeader) -> None:
        """Write both copies atomically (temporary file, fsync, rename), owner-only."""
        text = header.to_json()
        for target in (self.path, self.backup_path):
            atomic_write(target, text)

    def write_attempts(self, attempts: dict[str, Any]) -> None:
        """Keep a copy of the failed sign-in counters in both copies that can be read, so
        deleting signin-attempts.json does not reset the slowdown."""
        for target in (self.path, self.backup_path):
            copy = self.read_copy(target)
            if isinstance(copy, KeyHeader) and copy.attempts != attempts:
                copy.attempts = dict(attempts)
                atomic_write(target, copy.to_json())

    def read_attempts(self) -> dict[str, Any]:
        """The counters kept in the key file (the main copy, else the backup copy)."""
        for copy in self.read_both():
            if isinstance(copy, KeyHeader):
                return copy.attempts
        return {}


def atomic_write(target: Path, text: str) -> None:
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    with create_private(tmp) as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(target.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
