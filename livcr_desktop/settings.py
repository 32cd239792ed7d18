"""Device settings, each declared once with its type, default and meaning.

These settings belong to this installation and hold nothing secret or personal (interface
language, idle time, window layout). What belongs to the LIVC-R itself (its name, municipalities,
house rules) is stored in the encrypted database through the journal instead. Reading or writing an
undeclared key is an error, so a typo cannot silently create a second setting.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from livcr_desktop.owner_only import replace_private

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """A declared setting."""

    key: str
    type: type
    default: T
    doc: str


UI_LANGUAGE: Setting[str | None] = Setting(
    "ui.language", str, None, "Interface language (nl, fr, de, en); empty: the LIVC-R's language."
)
IDLE_LOCK_MINUTES: Setting[int] = Setting(
    "security.idle_lock_minutes", int, 5, "Minutes without input before the window locks."
)
REMEMBERED_ACCOUNTS: Setting[list[str]] = Setting(
    "security.remembered_accounts",
    list,
    [],
    "Accounts whose data key this device keeps in the OS keyring (ids only; the key is there).",
)
LAST_ACCOUNT: Setting[str | None] = Setting(
    "signin.last_account", str, None, "The account preselected on the sign-in screen."
)
BACKUP_INTERVAL_HOURS: Setting[int] = Setting(
    "backup.interval_hours", int, 24, "Hours between automatic backups (0 switches them off)."
)
BACKUP_KEEP: Setting[int] = Setting(
    "backup.keep", int, 7, "How many automatic backups are kept (older ones are removed)."
)
WINDOW_GEOMETRY: Setting[str | None] = Setting(
    "window.geometry", str, None, "The main window's last size and position (Qt's encoding)."
)
QUARANTINE_CHECKED_BUILD: Setting[str | None] = Setting(
    "sync.quarantine_checked_build",
    str,
    None,
    "The app build that last checked the quarantined operations again (an upgrade rechecks).",
)
QUARANTINE_RECHECK_APPLIED: Setting[int] = Setting(
    "sync.quarantine_recheck_applied",
    int,
    0,
    "How many quarantined operations that recheck applied (the Sync area says so).",
)

DECLARED: dict[str, Setting[Any]] = {
    s.key: s
    for s in (
        UI_LANGUAGE,
        IDLE_LOCK_MINUTES,
        REMEMBERED_ACCOUNTS,
        LAST_ACCOUNT,
        BACKUP_INTERVAL_HOURS,
        BACKUP_KEEP,
        WINDOW_GEOMETRY,
        QUARANTINE_CHECKED_BUILD,
        QUARANTINE_RECHECK_APPLIED,
    )
}


class UnknownSetting(KeyError):
    """A key that was never declared."""


class DeviceSettings:
    """The settings file of one data folder; every write replaces the file atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._values: dict[str, Any] = {}
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if isinstance(raw, dict):
                self._values = {k: v for k, v in raw.items() if k in DECLARED}
        except (OSError, ValueError):
            self._values = {}

    def get(self, setting: Setting[T]) -> T:
        """The stored value, or the default when absent or of the wrong type."""
        self._check(setting)
        value = self._values.get(setting.key, setting.default)
        if value is not None and not isinstance(value, setting.type):
            return setting.default
        return cast(T, value)

    def set(self, setting: Setting[T], value: T) -> None:
        """Store a value and write the file."""
        self._check(setting)
        if value is not None and not isinstance(value, setting.type):
            raise TypeError(f"{setting.key} takes {setting.type.__name__}")
        self._values[setting.key] = value
        self._write()

    def _check(self, setting: Setting[Any]) -> None:
        if DECLARED.get(setting.key) is not setting:
            raise UnknownSetting(setting.key)

    def _write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        replace_private(self.path, json.dumps(self._values, indent=2, sort_keys=True) + "\n")
