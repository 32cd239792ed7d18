"""Files only their owner may read, created so from their first byte.

A file created under the process's umask (usually 022) is readable by every user of the laptop
until someone narrows it, and a copy of the data folder (a USB stick, a support archive) keeps
the files' own modes. So the app never creates a file in the data folder any other way than
through these functions. A foundation module, so the settings and the logs can use it too.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import TextIO

PRIVATE_MODE = 0o600


def create_private(path: Path) -> TextIO:
    """A new, empty text file open for writing, readable by its owner only (on Windows the
    user's profile folder already keeps it private); refuses an existing file."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_MODE)
    return os.fdopen(fd, "w", encoding="utf-8")


def replace_private(target: Path, text: str) -> None:
    """Replace `target` with `text` through a new owner-only file beside it (a torn write
    leaves the old file whole; the new one is never readable by others, not even for a moment)."""
    partial = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    try:
        with create_private(partial) as handle:
            handle.write(text)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def open_private_append(path: Path, encoding: str | None = None) -> TextIO:
    """A text file open for appending, created owner-only when it does not exist yet."""
    fd = os.open(path, os.O_CREAT | os.O_APPEND | os.O_WRONLY, PRIVATE_MODE)
    return os.fdopen(fd, "a", encoding=encoding or "utf-8")
