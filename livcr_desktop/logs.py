"""Logging: named loggers, a rotating file in the data folder, and an in-memory tail.

What is logged are events and ids, never personal data: messages are written by us with ids only,
and exception texts (which may quote a name the user typed, or a value from a query) are
withheld; the exception's type and stack frames are enough to find a bug.

The app's start opens the file only once the sign-in screen has painted (`file_later`, then
`open_log_file`): what is logged before waits in memory and is written first, in order.
"""

from __future__ import annotations

import collections
import logging
import traceback
from pathlib import Path
from types import TracebackType

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


class _UntilTheFileOpens(logging.Handler):
    """Keeps the records logged before the log file is open; then hands them, and whatever a
    thread logs while the file is being put in its place, to the file."""

    def __init__(self, logs_dir: Path, capacity: int = 10_000) -> None:
        super().__init__()
        self.logs_dir = logs_dir
        self.records: collections.deque[logging.LogRecord] = collections.deque(maxlen=capacity)
        self.file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is not None:
            self.file.handle(record)
        else:
            self.records.append(record)


def configure_logging(
    logs_dir: Path | None, *, verbose: bool = False, file_later: bool = False
) -> None:
    """Send the 'livcr' loggers to the tail, and to a rotating file when a folder is known
    (with `file_later`, once `open_log_file` is called)."""
    root = logging.getLogger("livcr")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    for handler in list(root.handlers):
        if isinstance(handler, logging.FileHandler | _UntilTheFileOpens):
            root.removeHandler(handler)
            handler.close()
    if TAIL not in root.handlers:
        root.addHandler(TAIL)
    if logs_dir is not None:
        if file_later:
            root.addHandler(_UntilTheFileOpens(logs_dir))
        else:
            from livcr_desktop.log_file import rotating_log_file

            root.addHandler(rotating_log_file(logs_dir, PrivacyFormatter(LOG_FORMAT)))


def open_log_file() -> None:
    """Open the log file that `configure_logging(..., file_later=True)` left for later, and
    write what was logged meanwhile; nothing to do when it is open already."""
    from livcr_desktop.log_file import rotating_log_file

    root = logging.getLogger("livcr")
    for waiting in [h for h in root.handlers if isinstance(h, _UntilTheFileOpens)]:
        file_handler = rotating_log_file(waiting.logs_dir, PrivacyFormatter(LOG_FORMAT))
        waiting.acquire()
        try:
            while waiting.records:
                file_handler.handle(waiting.records.popleft())
            waiting.file = file_handler
        finally:
            waiting.release()
        root.addHandler(file_handler)
        root.removeHandler(waiting)
