"""The rotating log file of a data folder, owner-only from its first byte.

Its own module because `logging.handlers` (with socket, pickle and queue) costs a noticeable
part of the way to the sign-in screen: the app opens the file once that screen has painted
(`logs.open_log_file`), the commands at once.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
from pathlib import Path

from livcr_desktop.owner_only import open_private_append


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are owner-only from their first byte, whoever creates them
    (the app, a command, a rollover)."""

    def _open(self) -> io.TextIOWrapper:
        stream = open_private_append(Path(self.baseFilename), self.encoding)
        assert isinstance(stream, io.TextIOWrapper)
        return stream


def rotating_log_file(logs_dir: Path, formatter: logging.Formatter) -> logging.Handler:
    """The handler writing `livcr.log` in `logs_dir` (five older files of 1 MB are kept)."""
    logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    handler = PrivateRotatingFileHandler(
        logs_dir / "livcr.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(formatter)
    return handler
