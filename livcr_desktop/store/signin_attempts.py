"""Failed sign-in attempts per account on this device, for a growing delay between tries.

The counter sits beside the database (it must work while the database is still locked), and a
copy of it inside both copies of the key file: deleting signin-attempts.json alone does not
reset the slowdown, the larger count of the two wins. It slows down guessing at the keyboard;
the real protection against offline guessing is the key derivation of the slots. When the
account finally signs in, the count is written to the journal.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from livcr_desktop.store.header_file import HeaderFile
from livcr_desktop.store.private_files import replace_private

FREE_TRIES = 3
MAX_DELAY_SECONDS = 60
MAX_FILE_BYTES = 1_000_000


@dataclass(frozen=True)
class AttemptState:
    """Failures since the last successful sign-in."""

    failures: int
    last_failure: datetime | None


def _state(raw: object) -> AttemptState:
    if not isinstance(raw, dict):
        return AttemptState(0, None)
    failures, last = raw.get("failures"), raw.get("last_failure")
    try:
        when = datetime.fromisoformat(last) if isinstance(last, str) else None
    except ValueError:
        when = None
    count = failures if isinstance(failures, int) and not isinstance(failures, bool) else 0
    return AttemptState(max(0, count), when)


def _later(a: datetime | None, b: datetime | None) -> datetime | None:
    if a is None or b is None:
        return a or b
    try:
        return max(a, b)
    except TypeError:  # one naive, one aware: a hand-edited file
        return a


class SignInAttempts:
    """The attempts file of one data folder, and its copy in the key file."""

    def __init__(self, path: Path, header: HeaderFile | None = None) -> None:
        self.path = path
        self.header = header or HeaderFile(path.with_name("keyslots.json"))

    def _load(self) -> dict[str, Any]:
        try:
            if self.path.stat().st_size > MAX_FILE_BYTES or not self.path.is_file():
                return {}
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save(self, data: dict[str, Any]) -> None:
        replace_private(self.path, json.dumps(data, indent=2) + "\n")
        self.header.write_attempts(data)

    def state(self, account_id: str) -> AttemptState:
        """The failures recorded for an account: the larger of the file's and the key file's."""
        own = _state(self._load().get(account_id))
        kept = _state(self.header.read_attempts().get(account_id))
        return AttemptState(
            max(own.failures, kept.failures), _later(own.last_failure, kept.last_failure)
        )

    def wait_seconds(self, account_id: str, now: datetime) -> int:
        """Seconds to wait before the next try is accepted (0: go ahead)."""
        state = self.state(account_id)
        if state.failures < FREE_TRIES or state.last_failure is None:
            return 0
        delay = min(2 ** (state.failures - FREE_TRIES), MAX_DELAY_SECONDS)
        ready = state.last_failure + timedelta(seconds=delay)
        try:
            return max(0, int((ready - now).total_seconds() + 0.999))
        except TypeError:
            return int(delay)

    def _all(self) -> dict[str, Any]:
        """Both records merged, account by account."""
        data = self._load()
        for account_id in set(data) | set(self.header.read_attempts()):
            state = self.state(account_id)
            data[account_id] = {
                "failures": state.failures,
                "last_failure": state.last_failure.isoformat() if state.last_failure else None,
            }
        return data

    def record_failure(self, account_id: str, now: datetime) -> AttemptState:
        """Count one more failure."""
        data = self._all()
        failures = self.state(account_id).failures + 1
        data[account_id] = {"failures": failures, "last_failure": now.isoformat()}
        self._save(data)
        return AttemptState(failures, now)

    def clear(self, account_id: str) -> AttemptState:
        """Reset after a successful sign-in; returns what was there (to journal it)."""
        state = self.state(account_id)
        data = self._all()
        if account_id in data:
            del data[account_id]
            self._save(data)
        return state
