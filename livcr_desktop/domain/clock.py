"""Time as the rules see it: always timezone-aware UTC, replaceable in tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

BRUSSELS = ZoneInfo("Europe/Brussels")
"""Every LIVC-R is in Belgium: calendar days (a meeting's day, a role's first day, a due date)
are Brussels days, whatever the laptop's own time zone."""


def local_date(moment: datetime) -> date:
    """The Brussels calendar day of a moment (a meeting at 00:30 is on that day, not the UTC
    day before)."""
    return moment.astimezone(BRUSSELS).date()


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
        return local_date(self.now())


class ManualClock:
    """A clock that only moves when told to: for tests of due dates and reminders."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("ManualClock needs a timezone-aware start")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return local_date(self._now)

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward."""
        self._now += delta

    def set(self, moment: datetime) -> None:
        """Jump to a moment."""
        self._now = moment.astimezone(UTC)
