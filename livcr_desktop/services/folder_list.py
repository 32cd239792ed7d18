"""The LIVC-Rs on this laptop as the start screen lists them, read without any key.

Each comes from the list file (store/folder_registry.py) merged with the data folders found in
the app's data location, so a lost or damaged list costs nothing but the last-sync times; the
name is the one in the folder's key header when it can be read (what its sign-in screen shows),
the one remembered otherwise. Nothing here loads the database layer: the list paints first.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from livcr_desktop.paths import default_config_dir, numbered_data_dirs
from livcr_desktop.services.access.glance import glance_name
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.folder_registry import (
    REGISTRY_NAME,
    FolderEntry,
    FolderRegistry,
    same_path,
)

__all__ = [
    "FolderListing",
    "FolderOverview",
    "FolderRegistry",
    "default_registry",
    "holds_livcr",
    "overview",
    "record_opened",
    "register",
]

log = logging.getLogger("livcr.services.folders")


def default_registry() -> FolderRegistry:
    """The list file of the person at this laptop."""
    return FolderRegistry(default_config_dir() / REGISTRY_NAME)


@dataclass(frozen=True)
class FolderListing:
    """One LIVC-R on the start screen."""

    path: Path
    name: str
    municipalities: tuple[str, ...]
    last_sync: datetime | None
    last_opened: datetime | None
    missing: bool
    """The folder was moved or deleted (or holds no LIVC-R any more)."""


@dataclass(frozen=True)
class FolderOverview:
    """What the start screen shows: the LIVC-Rs, and why the list was rebuilt, if it was."""

    folders: list[FolderListing]
    list_damaged: bool = False

    @property
    def present(self) -> list[FolderListing]:
        """The folders that can be opened."""
        return [f for f in self.folders if not f.missing]


def _when(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def holds_livcr(path: Path | DataFolder) -> bool:
    """True when the folder exists and holds (part of) an LIVC-R, not only empty sub-folders."""
    folder = path if isinstance(path, DataFolder) else DataFolder(path)
    return folder.root.is_dir() and folder.state() is not FolderState.EMPTY


def _listing(entry: FolderEntry) -> FolderListing:
    folder = DataFolder(Path(entry.path))
    name = entry.name
    present = holds_livcr(folder)
    if present:
        # The name only, read as the first frame reads it (no checks: the list paints before
        # the store's key-file reader loads). When the key file is damaged its sign-in screen
        # explains; the remembered name still tells which LIVC-R it is.
        name = glance_name(folder.root) or name
    return FolderListing(
        path=folder.root,
        name=name,
        municipalities=entry.municipalities,
        last_sync=_when(entry.last_sync),
        last_opened=_when(entry.last_opened),
        missing=not present,
    )


def overview(registry: FolderRegistry, first: Path) -> FolderOverview:
    """The LIVC-Rs of this laptop: those on the list and those found beside `first` (the app's
    own data folder), most recently opened first, then in the order they were added."""
    entries, problem = registry.read_or_empty()
    if problem:
        log.warning("the list of data folders was unusable (%s); rebuilt from the folders", problem)
    for found in (first, *numbered_data_dirs(first)):
        if holds_livcr(DataFolder(found)) and not any(same_path(found, e.path) for e in entries):
            entries.append(FolderEntry(path=str(found.expanduser().resolve())))
    listings = [_listing(entry) for entry in entries]
    order = {id(listing): index for index, listing in enumerate(listings)}
    oldest = datetime.min.replace(tzinfo=UTC)
    listings.sort(key=lambda f: (-(f.last_opened or oldest).timestamp(), order[id(f)]))
    return FolderOverview(listings, list_damaged=problem is not None)


def register(registry: FolderRegistry, folder: DataFolder) -> None:
    """Put an opened folder on the list (with the name its key header shows), never failing
    the start: the list is a convenience."""
    from livcr_desktop.store.errors import HeaderDamaged  # after the first paint

    changes: dict[str, object] = {}
    try:
        header = folder.header.load()[0]
    except (HeaderDamaged, FileNotFoundError):
        pass
    else:
        if header.demo:
            return  # the demo is opened with --demo; it would only lengthen the list
        changes["name"] = header.livcr_name
    try:
        registry.update(folder.root, **changes)
    except OSError:
        log.warning("the list of data folders could not be written")


def record_opened(
    registry: FolderRegistry,
    folder: DataFolder,
    *,
    name: str,
    municipalities: tuple[str, ...],
    last_sync: datetime | None,
    opened: datetime | None = None,
) -> None:
    """Remember what the start screen shows of a folder that was just signed in to or left."""
    changes: dict[str, object] = {
        "name": name,
        "municipalities": municipalities,
        "last_sync": last_sync.astimezone(UTC).isoformat() if last_sync else None,
    }
    if opened is not None:
        changes["last_opened"] = opened.astimezone(UTC).isoformat()
    try:
        registry.update(folder.root, **changes)
    except OSError:
        log.warning("the list of data folders could not be written")
