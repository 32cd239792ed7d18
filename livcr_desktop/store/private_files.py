"""Files of the data folder that only their owner may read.

The folder itself is owner-only, but a copy of it (a USB stick, a shared drive, a support
archive) keeps the files' own modes, not the folder's; so every file the app writes there is
created owner-only from its first byte, rather than under the process's umask (usually
readable by all) and narrowed afterwards.
"""

from __future__ import annotations

import os
import secrets
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
    "create_private",
    "open_private_append",
    "private_file",
    "replace_private",
    "touch_private",
]


def touch_private(path: Path) -> None:
    """An empty owner-only file, for a program (SQLite) that would otherwise create it."""
    create_private(path).close()


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
