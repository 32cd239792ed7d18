"""The first frame's look at a data folder: its name and its accounts, from the key file's JSON.

The sign-in screen must paint with Qt alone (issue 19: at most 1.5 times a bare window). The full
reading of the key file (`folder_front.FolderFront`: every slot's checksum, both copies, the
domain's errors and texts, the store's folder, attempt and backup files) costs more than building
the window, so the first frame reads only what it shows: the LIVC-R's name, whether it is the
demo, and the accounts, straight from the main copy's JSON. The full checks run right after the
paint, in the background (gui/shell/warm_up.py), and any refusal they make is shown then.

Only an ordinary folder gets a glance: anything unusual (no database, no main key file, a file
that is not what it should be, what a crash leaves behind: a staging folder, a restore's step
file, a backup's, a half-written copy) gives None, and the start takes the full way before its
first paint, as it always did, so each of those cases keeps its own message and repair.

No dataclasses, no domain, no store: this module and `json` are all the first frame loads.
"""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from livcr_desktop.settings import REMEMBERED_ACCOUNTS, DeviceSettings

if TYPE_CHECKING:
    from livcr_desktop.services.access.folder_front import FolderFront

DB_NAME = "livcr.db"
HEADER_NAME = "keyslots.json"
"""As in store/datafolder.py (a unit test keeps them equal; importing it would load the store)."""
KEY_FILE_FORMAT = "livcr-keyslots"
KNOWN_VERSIONS = (1, 2, 3)
"""The key file's format and versions store/keyslots.py reads (kept equal by the same test)."""
MAX_HEADER_BYTES = 1_000_000
RESTORE_STEP_FILE = "restore-intent.json"


class GlancedAccount(NamedTuple):
    """An account as the sign-in list shows it (the fields of domain.accounts.AccountChoice)."""

    account_id: str
    username: str
    display_name: str


class Glance(NamedTuple):
    """What the first frame shows of a data folder."""

    livcr_name: str
    demo: bool
    accounts: list[GlancedAccount]


def _ordinary(root: Path) -> bool:
    """True when nothing a crash or an earlier version left needs the full checks first."""
    try:
        with os.scandir(root) as entries:
            names = {entry.name for entry in entries}
        if DB_NAME not in names or HEADER_NAME not in names or RESTORE_STEP_FILE in names:
            return False
        if any(name.startswith(".") for name in names):  # staging folder, half-written copy
            return False
        backups = root / "backups"
        if backups.is_dir():
            with os.scandir(backups) as entries:
                if any(entry.name.startswith(".") for entry in entries):  # a backup's step file
                    return False
    except OSError:
        return False
    return True


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _read(path: Path) -> dict[str, object] | None:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_HEADER_BYTES:
            return None
        data = json.loads(path.read_bytes().decode("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def glance_name(root: Path) -> str | None:
    """The LIVC-R's name as its key file gives it (the main copy, else the backup copy), for
    the list of this laptop's LIVC-Rs: a name only, so no checks (its sign-in screen makes
    them); None when neither copy gives one."""
    for name in (HEADER_NAME, HEADER_NAME + ".bak"):
        data = _read(root / name)
        if data is not None and data.get("format") == KEY_FILE_FORMAT:
            text = _text(data.get("livcr_name"))
            if text:
                return text
    return None


def glance(root: Path) -> Glance | None:
    """The name, demo flag and accounts of the data folder at `root`, or None when the folder
    is anything but ordinary (the full checks then come before the first paint)."""
    if not _ordinary(root):
        return None
    data = _read(root / HEADER_NAME)
    if data is None or data.get("format") != KEY_FILE_FORMAT:
        return None
    if data.get("version") not in KNOWN_VERSIONS or not isinstance(data.get("demo", False), bool):
        return None
    slots, retired = data.get("slots"), data.get("retired", [])
    if not isinstance(slots, list) or not slots or not isinstance(retired, list):
        return None
    accounts: list[GlancedAccount] = []
    for slot in slots:
        if not isinstance(slot, dict):
            return None
        if slot.get("kind") == "account":
            accounts.append(
                GlancedAccount(
                    _text(slot.get("account_id")),
                    _text(slot.get("username")),
                    _text(slot.get("display_name")),
                )
            )
    known = {a.account_id for a in accounts}
    for item in retired:  # retired accounts stay listed: signing in tells them why
        if not isinstance(item, list) or len(item) != 4:
            return None
        if item[0] not in known:
            accounts.append(GlancedAccount(_text(item[0]), _text(item[1]), _text(item[2])))
    return Glance(_text(data.get("livcr_name")), bool(data.get("demo", False)), accounts)


class GlanceFront:
    """What the sign-in screen asks of a folder (as `FolderFront`), answered from the glance
    until the full front exists: `full()` makes it once (the warm-up does, in the background,
    right after the first paint; signing in does, if it comes first)."""

    def __init__(self, root: Path, seen: Glance) -> None:
        self.root = root
        self.seen = seen
        self._full: FolderFront | None = None
        self._lock = threading.Lock()

    def header(self) -> Glance:
        """The LIVC-R's name and whether it is the demo (`livcr_name`, `demo`)."""
        return self.seen

    def accounts(self) -> list[GlancedAccount]:
        """The accounts the main copy of the key file lists (retired ones included)."""
        return list(self.seen.accounts)

    def is_remembered(self, account_id: str, settings: DeviceSettings) -> bool:
        """Whether this device was told to remember the account (as FolderFront says)."""
        return account_id in settings.get(REMEMBERED_ACCOUNTS)

    def full(self) -> FolderFront:
        """The folder's full front, with every check of the key file (made once; imports the
        store and the domain, so never before the first paint)."""
        with self._lock:
            if self._full is None:
                from livcr_desktop.services.access.folder_front import FolderFront
                from livcr_desktop.store.datafolder import DataFolder

                self._full = FolderFront(DataFolder(self.root))
            return self._full
