"""Logging: named loggers, a rotating file in the data folder, and an in-memory tail.

What is logged are events and ids, never personal data: messages are written by us with ids only,
and exception texts (which may quote a name the user typed, or a value from a query) are
withheld; the exception's type and stack frames are enough to find a bug.
"""

from __future__ import annotations

import collections
import io
import logging
import logging.handlers
import traceback
from pathlib import Path
from types import TracebackType

from livcr_desktop.owner_only import open_private_append

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class PrivacyFormatter(logging.Formatter):
    """Formats exceptions as type and stack frames, without the exception's message."""

    def formatException(self, ei: ExcInfo | tuple[None, None, None]) -> str:
        exc_type, _exc, tb = ei
        frames = "".join(traceback.format_tb(tb)) if tb else ""
        name = exc_type.__qualname__ if exc_type else "Exception"
        return f"Traceback (most recent call last):\n{frames}{name}: (message withheld)"


class TailHandler(logging.Handler):
    """Keeps the last lines in memory for a 'show log' window and bug reports."""

    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self.lines: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(PrivacyFormatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


TAIL = TailHandler()


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log whose files are owner-only from their first byte, whoever creates them
    (the app, a command, a rollover)."""

    def _open(self) -> io.TextIOWrapper:
        stream = open_private_append(Path(self.baseFilename), self.encoding)
        assert isinstance(stream, io.TextIOWrapper)
        return stream


def configure_logging(logs_dir: Path | None, *, verbose: bool = False) -> None:
    """Send the 'livcr' loggers to the tail, and to a rotating file when a folder is known."""
    root = logging.getLogger("livcr")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    for handler in list(root.handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            root.removeHandler(handler)
            handler.close()
    if TAIL not in root.handlers:
        root.addHandler(TAIL)
    if logs_dir is not None:
        logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
        file_handler = PrivateRotatingFileHandler(
            logs_dir / "livcr.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        file_handler.setFormatter(PrivacyFormatter(LOG_FORMAT))
        root.addHandler(file_handler)
