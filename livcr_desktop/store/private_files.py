"""Files of the data folder that only their owner may read.

The folder itself is owner-only, but a copy of it (a USB stick, a shared drive, a support
archive) keeps the files' own modes, not the folder's; so every file the app writes there is
created owner-only from its first byte, rather than under the process's umask (usually
readable by all) and narrowed afterwards.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TextIO

PRIVATE_MODE = 0o600


def create_private(path: Path) -> TextIO:
    """A new, empty text file open for writing, readable by its owner only (on Windows the
    user's profile folder already keeps it private); refuses an existing file."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
    return os.fdopen(fd, "w", encoding="utf-8")


def touch_private(path: Path) -> None:
    """An empty owner-only file, for a program (SQLite) that would otherwise create it."""
    create_private(path).close()
