"""This laptop's list of data folders, one per LIVC-R, kept in the per-user config folder.

A CAW counsellor or a school director may sit in the LIVC-Rs of several municipalities: one
laptop then holds one data folder per LIVC-R, and the start screen lists them. The list is a
small JSON file read with the standard library only (the start screen paints before SQLAlchemy
and `cryptography` load), bounded in size, and written atomically and owner-only.

What it holds in clear is what the sign-in screen already shows to anyone at the laptop (the
LIVC-R's name, read from the key header beside the database) plus the member municipalities'
names, the time of the last sync and of the last opening: public facts about a public body and
this laptop's use of it, never a person, a case or a wording. The list is a convenience, never a
source of truth: a lost or damaged list is rebuilt from the data folders themselves, and what it
says about a folder is replaced by what the folder says when it is opened.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from livcr_desktop.owner_only import replace_private
from livcr_desktop.store.file_lock import exclusive

FORMAT = "livcr-folders"
FORMAT_VERSION = 1
REGISTRY_NAME = "data-folders.json"
MAX_REGISTRY_BYTES = 256_000
"""A few hundred bytes per folder; a file larger than this is not read at all."""
MAX_FOLDERS = 200
MAX_TEXT = 300


class RegistryProblem(Exception):
    """Why the list could not be read (it is then rebuilt from the folders themselves)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class FolderEntry:
    """One data folder as the list remembers it (times in UTC, ISO 8601)."""

    path: str
    name: str = ""
    municipalities: tuple[str, ...] = field(default_factory=tuple)
    last_sync: str | None = None
    last_opened: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The entry as stored."""
        return {
            "path": self.path,
            "name": self.name,
            "municipalities": list(self.municipalities),
            "last_sync": self.last_sync,
            "last_opened": self.last_opened,
        }

    @classmethod
    def from_json(cls, data: object) -> FolderEntry | None:
        """An entry from its stored form; None for anything that is not one."""
        if not isinstance(data, dict):
            return None
        path = data.get("path")
        if not isinstance(path, str) or not path or len(path) > 4096:
            return None
        places = data.get("municipalities")
        return cls(
            path=path,
            name=_text(data.get("name")) or "",
            municipalities=tuple(
                t for t in (_text(m) for m in (places if isinstance(places, list) else [])) if t
            )[:50],
            last_sync=_text(data.get("last_sync")),
            last_opened=_text(data.get("last_opened")),
        )


def _text(value: object) -> str | None:
    return value[:MAX_TEXT] if isinstance(value, str) and value else None


def same_path(a: str | Path, b: str | Path) -> bool:
    """True when both name the same folder (after ~ and symbolic links)."""
    return os.path.normcase(str(Path(a).expanduser().resolve())) == os.path.normcase(
        str(Path(b).expanduser().resolve())
    )


class FolderRegistry:
    """The list file: read bounded and leniently, written whole or not at all."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self) -> list[FolderEntry]:
        """The entries; [] when there is no list yet; RegistryProblem when it is unusable."""
        try:
            info = self.path.stat()
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise RegistryProblem("unreadable") from exc
        if not stat.S_ISREG(info.st_mode):
            raise RegistryProblem("not a file")
        if info.st_size > MAX_REGISTRY_BYTES:
            raise RegistryProblem("too large")
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(MAX_REGISTRY_BYTES + 1)
        except OSError as exc:
            raise RegistryProblem("unreadable") from exc
        if len(raw) > MAX_REGISTRY_BYTES:
            raise RegistryProblem("too large")
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            raise RegistryProblem("garbled") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise RegistryProblem("not a list of data folders")
        folders = data.get("folders")
        if not isinstance(folders, list):
            raise RegistryProblem("garbled")
        entries: list[FolderEntry] = []
        for item in folders[:MAX_FOLDERS]:
            entry = FolderEntry.from_json(item)
            if entry is not None and not any(same_path(entry.path, e.path) for e in entries):
                entries.append(entry)
        return entries

    def read_or_empty(self) -> tuple[list[FolderEntry], str | None]:
        """The entries and, when the list was unusable, why (the entries are then [])."""
        try:
            return self.read(), None
        except RegistryProblem as problem:
            return [], problem.reason

    def write(self, entries: list[FolderEntry]) -> None:
        """Replace the list (a temporary owner-only file renamed over it)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = {
            "format": FORMAT,
            "version": FORMAT_VERSION,
            "folders": [entry.to_json() for entry in entries[:MAX_FOLDERS]],
        }
        replace_private(self.path, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    @property
    def lock_path(self) -> Path:
        """The lock file held while the list is read, changed and written back (the start
        screen's background registration and a sign-in may change it at the same moment)."""
        return self.path.with_name(self.path.name + ".lock")

    @property
    def damaged_path(self) -> Path:
        """Where an unusable list is kept aside when a new one replaces it (for IT to look at)."""
        return self.path.with_name(self.path.name + ".damaged")

    def _current(self) -> list[FolderEntry]:
        """The entries before a change; an unusable list is moved aside, never written over."""
        entries, problem = self.read_or_empty()
        if problem is not None:
            with contextlib.suppress(OSError):
                os.replace(self.path, self.damaged_path)
        return entries

    def update(self, path: Path, **changes: Any) -> FolderEntry:
        """Add the folder or change what the list says about it; an unusable list is replaced
        (it is rebuilt from the folders at the next start, so nothing is lost)."""
        with exclusive(self.lock_path):
            return self._update(path, changes)

    def _update(self, path: Path, changes: dict[str, Any]) -> FolderEntry:
        entries = self._current()
        for index, entry in enumerate(entries):
            if same_path(entry.path, path):
                changed = replace(entry, **changes)
                if changed == entry and self.path.is_file():
                    return entry  # every start registers its folder: no write when known
                entries[index] = changed
                break
        else:
            entries.append(FolderEntry(path=str(path), **changes))
            index = len(entries) - 1
        self.write(entries)
        return entries[index]

    def remove(self, path: Path) -> None:
        """Take a folder off the list (the folder itself, if it exists, is left as it is)."""
        with exclusive(self.lock_path):
            entries = self._current()
            self.write([entry for entry in entries if not same_path(entry.path, path)])

    def relocate(self, old: Path, new: Path) -> None:
        """The folder was moved: the entry follows it (an entry already at `new` is merged)."""
        with exclusive(self.lock_path):
            entries = self._current()
            moved = next((e for e in entries if same_path(e.path, old)), FolderEntry(path=str(old)))
            kept = [e for e in entries if not same_path(e.path, old) and not same_path(e.path, new)]
            kept.append(replace(moved, path=str(new)))
            self.write(kept)
