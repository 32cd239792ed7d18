"""Small JSON files that say what an interrupted restore or backup was doing.

Each is written to a temporary name, flushed to disk, renamed over the old one and its folder
flushed too, so after a crash it holds either the previous step or the next, never half of one.
The next start reads it to finish or undo the work (store/folder_swap.py, store/backup.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from livcr_desktop.store.private_files import PRIVATE_MODE

MAX_STEP_FILE = 64 << 10
"""A step file is a few hundred bytes; anything larger is not one of ours."""


def fsync_dir(path: Path) -> None:
    """Flush a folder's entries (a rename is durable only once its folder is)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """Flush a file's contents to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_step_file(path: Path, content: dict[str, Any]) -> None:
    """Replace `path` with `content`, durably and in one step."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(json.dumps(content, sort_keys=True))
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def read_step_file(path: Path) -> dict[str, Any] | None:
    """The content of a step file; None when it is absent, too large or not a JSON object."""
    try:
        if path.stat().st_size > MAX_STEP_FILE or not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def remove_step_file(path: Path) -> None:
    """Remove a step file durably (the work it described is finished)."""
    path.with_name(path.name + ".tmp").unlink(missing_ok=True)
    path.unlink(missing_ok=True)
    fsync_dir(path.parent)
