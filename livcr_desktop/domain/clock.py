"""Time as the rules see it: always timezone-aware UTC, replaceable in tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    """Where services read the current time from (a controllable clock in tests)."""

    def now(self) -> datetime:
        """The current moment, timezone-aware, in UTC."""
        ...

    def today(self) -> date:
        """The current date (local calendar day of the LIVC-R)."""
        ...


class SystemClock:
    """The machine's clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return datetime.now().date()


class ManualClock:
    """A clock that only moves when told to: for tests of due dates and reminders."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._now.date()

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward."""
        self._now += delta

    def set(self, moment: datetime) -> None:
        """Jump to a moment."""
        self._now = moment.astimezone(UTC)
