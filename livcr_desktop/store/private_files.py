"""Files of the data folder that only their owner may read.

The folder itself is owner-only, but a copy of it (a USB stick, a shared drive, a support
archive) keeps the files' own modes, not the folder's; so every file the app writes there is
created owner-only from its first byte, rather than under the process's umask (usually
readable by all) and narrowed afterwards.
"""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from livcr_desktop.owner_only import (
    PRIVATE_MODE,
    create_private,
    open_private_append,
    replace_private,
)

__all__ = [
    "PRIVATE_MODE",
    "copy_private",
    "create_private",
    "open_private_append",
    "private_file",
    "replace_private",
    "touch_private",
]


def touch_private(path: Path) -> None:
    """An empty owner-only file, for a program (SQLite) that would otherwise create it."""
    create_private(path).close()


def copy_private(source: Path, target: Path) -> None:
    """Copy `source` to `target` (replacing it) through a new owner-only file, flushed to disk.

    `shutil.copy2` creates the copy under the umask and only then copies the source's mode, so
    the copy is readable by all for a moment, and for good when the source was; a file put
    back or kept aside by a restore must be as private as any other.
    """
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
    try:
        with os.fdopen(os.open(partial, flags, PRIVATE_MODE), "wb") as out:
            with source.open("rb") as data:
                shutil.copyfileobj(data, out)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextmanager
def private_file(target: Path) -> Iterator[Path]:
    """A new owner-only file beside `target` for an export to write (by path, as ReportLab
    does); when the block ends without error it replaces `target`, otherwise it is removed.

    An export leaves the data folder for a place the person chose (Documents, a shared drive),
    where the umask would make it readable by all; and writing over a file the person chose to
    replace would keep that file's looser mode. Replacing it with a file created owner-only
    avoids both, and nothing half-written ever stands under the chosen name.
    """
    partial = target.with_name(f".{target.name}.{secrets.token_hex(6)}.part")
    touch_private(partial)
    try:
        yield partial
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
