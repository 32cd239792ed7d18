"""Swapping a data folder's database for a restored one, with a way back.

The live database and its -wal and -shm are moved (never copied, never deleted) into
`backups/replaced-<time>/`, the key header is copied beside them, and the restored database is
renamed into place: every step is a rename inside one file system, so each is atomic. `undo`
puts the folder back exactly as it was when a later step fails.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from pathlib import Path

from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.keyslots import KeyHeader


def recorded_device(folder: DataFolder) -> str | None:
    """The device id on disk, read without creating one (None when absent or unreadable)."""
    try:
        return str(json.loads(folder.device_path.read_text(encoding="utf-8"))["device_id"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _side_files(db_path: Path) -> list[Path]:
    """The database's -wal and -shm (moved first: a stale -wal must never meet another db)."""
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm")]


def _fsync_dir(path: Path) -> None:
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FolderSwap:
    """Moves the live files aside and the restored database in; can undo itself."""

    def __init__(self, folder: DataFolder, stamp: str) -> None:
        self.folder = folder
        self.stamp = stamp
        self.aside: Path | None = None
        self._moved: list[tuple[Path, Path]] = []
        self._header_copies: list[tuple[Path, bytes | None]] = []
        self._device: bytes | None = None

    def _aside_dir(self) -> Path:
        base = self.folder.backups_dir / f"replaced-{self.stamp}"
        candidate, number = base, 1
        while candidate.exists():
            number += 1
            candidate = base.with_name(f"{base.name}-{number}")
        candidate.mkdir(mode=0o700, parents=True)
        return candidate

    def move_live_aside(self) -> None:
        folder = self.folder
        live_db = folder.db_path
        header_files = [folder.header.path, folder.header.backup_path]
        present = [p for p in [*_side_files(live_db), live_db] if p.exists()]
        headers = [p for p in header_files if p.exists()]
        self._header_copies = [(p, p.read_bytes() if p.exists() else None) for p in header_files]
        if folder.device_path.exists():
            self._device = folder.device_path.read_bytes()
        if not present and not headers:
            return
        self.aside = self._aside_dir()
        for path in headers:
            shutil.copy2(path, self.aside / path.name)
        for path in present:
            destination = self.aside / path.name
            os.replace(path, destination)
            self._moved.append((path, destination))
        _fsync_dir(folder.root)

    def put_in(self, db_copy: Path, header: KeyHeader | None) -> None:
        os.replace(db_copy, self.folder.db_path)
        if header is not None:
            self.folder.header.save(header)
        _fsync_dir(self.folder.root)

    def undo(self) -> None:
        """Put everything back as it was (best effort; each step is independent)."""
        folder = self.folder
        for path in [*_side_files(folder.db_path), folder.db_path]:
            with contextlib.suppress(OSError):
                path.unlink()
        for original, destination in reversed(self._moved):
            with contextlib.suppress(OSError):
                os.replace(destination, original)
        for path, content in self._header_copies:
            with contextlib.suppress(OSError):
                if content is None:
                    path.unlink(missing_ok=True)
                elif not path.exists() or path.read_bytes() != content:
                    path.write_bytes(content)
        with contextlib.suppress(OSError):
            if self._device is None:
                folder.device_path.unlink(missing_ok=True)
            else:
                folder.device_path.write_bytes(self._device)
        if self.aside is not None:
            shutil.rmtree(self.aside, ignore_errors=True)
            self.aside = None
