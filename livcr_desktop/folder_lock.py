"""The lock that keeps a data folder to one process: the running app, or a restore.

Qt's QLockFile records the process id and host, and a lock whose process is gone is taken over
(stale lock time 0), so a crash never leaves a folder locked for good. The command line uses the
same lock as the app: a restore must never swap the database under a running app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile


def lock_folder(lock_path: Path, *, wait_ms: int = 300) -> QLockFile | None:
    """Take the folder's lock, or None when another process holds it."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # a lock whose process is gone is removed by Qt itself
    if not lock.tryLock(wait_ms):
        return None
    return lock
