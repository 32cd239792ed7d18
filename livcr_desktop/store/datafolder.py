"""The data folder: where one LIVC-R's encrypted database, key header, logs and backups live.

Which state a folder is in decides what the app may do with it: only an empty folder may receive a
new database; anything else is opened, repaired from a backup, or left alone, never overwritten.

The app's start uses this module before its sign-in screen paints, so it imports the key file's
reader and the domain's ids only where they are used (see services/access/glance.py).
"""

from __future__ import annotations

import json
import os
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from livcr_desktop.owner_only import PRIVATE_MODE, create_private

if TYPE_CHECKING:
    from livcr_desktop.store.header_file import HeaderFile

DB_NAME = "livcr.db"
HEADER_NAME = "keyslots.json"
STAGING_PREFIX = ".setup-"
"""The hidden folder a setup builds the new LIVC-R in; left behind only when it was killed."""


class FolderState(Enum):
    """What a data folder holds."""

    EMPTY = "empty"
    READY = "ready"
    DATABASE_WITHOUT_HEADER = "database_without_header"
    HEADER_WITHOUT_DATABASE = "header_without_database"


class DataFolder:
    """Paths inside one data folder, and the facts about it that need no key."""

    def __init__(self, root: Path) -> None:
        self.root = root.expanduser().resolve()

    @property
    def db_path(self) -> Path:
        """The SQLCipher database (with -wal and -shm beside it while open)."""
        return self.root / DB_NAME

    @property
    def header(self) -> HeaderFile:
        """The key-slot header and its backup copy."""
        from livcr_desktop.store.header_file import HeaderFile

        return HeaderFile(self.root / HEADER_NAME)

    @property
    def logs_dir(self) -> Path:
        """Rotating log files (no personal data is ever logged)."""
        return self.root / "logs"

    @property
    def backups_dir(self) -> Path:
        """Automatic backups, including the one made before each schema upgrade."""
        return self.root / "backups"

    @property
    def lock_path(self) -> Path:
        """The lock file that keeps a second app instance away from this folder."""
        return self.root / "livcr.lock"

    @property
    def settings_path(self) -> Path:
        """Device settings that are not secret (interface language, idle time ...)."""
        return self.root / "settings.json"

    @property
    def attempts_path(self) -> Path:
        """Failed sign-in counters (ids and times only)."""
        return self.root / "signin-attempts.json"

    @property
    def device_path(self) -> Path:
        """This installation's device id, used to chain its journal operations."""
        return self.root / "device.json"

    def state(self) -> FolderState:
        """Which of the four states the folder is in."""
        has_db = self.db_path.exists()
        has_header = any(  # as HeaderFile.exists, without loading the key file's reader
            os.path.lexists(self.root / name) for name in (HEADER_NAME, HEADER_NAME + ".bak")
        )
        if has_db and has_header:
            return FolderState.READY
        if has_db:
            return FolderState.DATABASE_WITHOUT_HEADER
        if has_header:
            return FolderState.HEADER_WITHOUT_DATABASE
        return FolderState.EMPTY

    def setup_interrupted(self) -> bool:
        """A key file without a database, with the staging folder of a setup still beside it:
        the setup never finished, so this folder never held a LIVC-R (nothing is damaged)."""
        return self.state() is FolderState.HEADER_WITHOUT_DATABASE and any(
            self.root.glob(f"{STAGING_PREFIX}*")
        )

    def ensure_dirs(self) -> None:
        """Create the folder and its sub-folders, readable by the owner only, and narrow the
        files that an earlier version left readable by all (it created the database, its -wal
        and the device id under the process's umask)."""
        for path in (self.root, self.logs_dir, self.backups_dir):
            path.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                path.chmod(0o700)
                for child in path.iterdir():
                    if child.is_file() and child.stat().st_mode & 0o077:
                        child.chmod(PRIVATE_MODE)

    def device_id(self) -> str:
        """The device id of this installation, created on first use."""
        try:
            data = json.loads(self.device_path.read_text(encoding="utf-8"))
            return str(data["device_id"])
        except (OSError, ValueError, KeyError):
            return self.renew_device_id()

    def renew_device_id(self, device: str | None = None) -> str:
        """Give this installation a fresh device id (after a restore, the old chain is closed);
        `device` when the id was chosen beforehand (a restore records it before the swap, so
        one finished after a crash gives the same id)."""
        from livcr_desktop.domain.ids import new_id

        device = device or new_id()
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.device_path.with_suffix(".tmp")
        tmp.unlink(missing_ok=True)
        with create_private(tmp) as handle:
            handle.write(json.dumps({"device_id": device}) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.device_path)
        return device
