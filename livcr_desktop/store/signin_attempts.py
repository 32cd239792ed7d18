"""Failed sign-in attempts per account on this device, for a growing delay between tries.

The counter sits beside the database (it must work while the database is still locked). It slows
down guessing at the keyboard; the real protection against offline guessing is the key derivation
of the slots. When the account finally signs in, the count is written to the journal.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

FREE_TRIES = 3
MAX_DELAY_SECONDS = 60


@dataclass(frozen=True)
class AttemptState:
    """Failures since the last successful sign-in."""

    failures: int
    last_failure: datetime | None


class SignInAttempts:
    """The attempts file of one data folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, dict[str, object]]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            return data if isinstance(data, dict) else {}
        except (OSError, ValueError):
            return {}

    def _save(self, data: dict[str, dict[str, object]]) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(data, indent=2), encoding="utf-8")
        os.replace(tmp, self.path)

    def state(self, account_id: str) -> AttemptState:
        """The failures recorded for an account."""
        raw = self._load().get(account_id, {})
        last = raw.get("last_failure")
        return AttemptState(
            failures=int(raw.get("failures", 0) or 0),  # type: ignore[call-overload]
            last_failure=datetime.fromisoformat(last) if isinstance(last, str) else None,
        )

    def wait_seconds(self, account_id: str, now: datetime) -> int:
        """Seconds to wait before the next try is accepted (0: go ahead)."""
        state = self.state(account_id)
        if state.failures < FREE_TRIES or state.last_failure is None:
            return 0
        delay = min(2 ** (state.failures - FREE_TRIES), MAX_DELAY_SECONDS)
        ready = state.last_failure + timedelta(seconds=delay)
        return max(0, int((ready - now).total_seconds() + 0.999))

    def record_failure(self, account_id: str, now: datetime) -> AttemptState:
        """Count one more failure."""
        data = self._load()
        failures = int(data.get(account_id, {}).get("failures", 0) or 0) + 1  # type: ignore[call-overload]
        data[account_id] = {"failures": failures, "last_failure": now.isoformat()}
        self._save(data)
        return AttemptState(failures, now)

    def clear(self, account_id: str) -> AttemptState:
        """Reset after a successful sign-in; returns what was there (to journal it)."""
        data = self._load()
        state = self.state(account_id)
        if account_id in data:
            del data[account_id]
            self._save(data)
        return state
