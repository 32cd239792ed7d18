"""Waking up when another laptop pushed: LISTEN on the hub's channel, with a timeout.

The hub's `push` ends with `pg_notify(<database>_pushed, '')`: a notification with no payload
(nothing about who pushed what), only "there is something new, pull now". Notifications are not
stored while nobody listens, so this is a wake-up and never the way data travels: a laptop that
was offline simply pulls from its cursor at its next round, and the background sync still runs a
round at its usual interval when no notification comes.
"""

from __future__ import annotations

from types import TracebackType

import psycopg
from psycopg import sql

from livcr_desktop.hub.client import HubUnreachable, open_connection


def channel_of(database: str) -> str:
    """The channel the hub's push notifies on (see `hub.push` in schema.sql)."""
    return f"{database}_pushed"


class PushListener:
    """One connection that listens for pushes; `wait` blocks until one arrives or time is up.

    Keep it open between rounds: a push made while the listener is open but nobody is in
    `wait` is still delivered at the next `wait` (PostgreSQL queues it on the connection)."""

    def __init__(self, dsn: str, *, connect_timeout: int = 10) -> None:
        self._conn = open_connection(dsn, connect_timeout=connect_timeout)
        try:
            channel = sql.Identifier(channel_of(self._conn.info.dbname))
            self._conn.execute(sql.SQL("LISTEN {}").format(channel))
        except psycopg.OperationalError as exc:
            self._conn.close()
            raise HubUnreachable.of(exc) from exc

    def __enter__(self) -> PushListener:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    def wait(self, timeout: float) -> bool:
        """True as soon as some laptop pushed (or had pushed since the last wait); False when
        `timeout` seconds passed without a push. Several pushes count as one wake-up."""
        woken = False
        try:
            for _notify in self._conn.notifies(timeout=timeout, stop_after=1):
                woken = True
            if woken:
                # Drain what queued up meanwhile: one pull serves them all.
                for _notify in self._conn.notifies(timeout=0):
                    pass
        except psycopg.OperationalError as exc:
            raise HubUnreachable.of(exc) from exc
        return woken


def wait_for_push(dsn: str, timeout: float) -> bool:
    """Wait at most `timeout` seconds for any laptop's push to the hub at `dsn`; True when one
    came. Opens and closes its own connection (a background worker that waits in a loop keeps
    a `PushListener` open instead, so a push between two waits is not missed)."""
    with PushListener(dsn) as listener:
        return listener.wait(timeout)
