"""An exclusive lock on a small file beside the one being changed, for read-modify-writes.

The atomic replace (owner_only.replace_private) keeps a file whole, but two writers that each
read, change and replace it still lose one change: the start screen registers a folder in the
background while the sign-in records when it was opened, and the later replace wins. Holding
this lock around the read and the write makes them one step, between threads (the threading
lock: POSIX record locks do not exclude a process's own threads) and between processes (the
lock file: `flock` on POSIX, `msvcrt.locking` on Windows; both are released by the system if
the process dies, so a crash never leaves the list locked).
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from livcr_desktop.owner_only import PRIVATE_MODE

_thread_locks: dict[str, threading.Lock] = {}
_guard = threading.Lock()


def _thread_lock(path: Path) -> threading.Lock:
    key = os.path.normcase(str(path.absolute()))
    with _guard:
        return _thread_locks.setdefault(key, threading.Lock())


@contextmanager
def exclusive(lock_path: Path) -> Iterator[None]:
    """Only one holder at a time, in this process and in any other, of `lock_path`."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with _thread_lock(lock_path):
        fd = os.open(lock_path, os.O_CREAT | os.O_RDWR, PRIVATE_MODE)
        try:
            _lock(fd)
            try:
                yield
            finally:
                _unlock(fd)
        finally:
            os.close(fd)


if sys.platform == "win32":  # pragma: no cover - the laptops' system, not the test machine's
    import msvcrt

    def _lock(fd: int) -> None:
        while True:  # LK_LOCK gives up after ten seconds; a list write takes milliseconds
            try:
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                time.sleep(0.01)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
