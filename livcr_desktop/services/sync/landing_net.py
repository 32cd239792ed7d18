"""The landing's safety net: a batch whose checking or applying raised is landed again one
operation at a time, and the operation that raises is quarantined instead of failing the round.

The payload check (store/payload_check.py) refuses the values no record can take before
anything reads them. Whatever it misses would raise somewhere in the checker, in `apply_rows`,
or where held-back updates are written at the end of the batch (where the failure cannot be
pinned to its operation). An exception there used to fail the round of every laptop that
pulled that operation, at every round. So the batch is rolled back and landed again on a slow
path: each operation under its own savepoint, its writes done inside it (nothing held back to
the commit), and the one that raises is rolled back alone and quarantined as `malformed`; the
rest land, and the cursor advances with the batch as it would have.

What is not the operation's fault is not caught: a kill (or its stand-in in the tests,
FaultInjected), and a database that cannot be written (locked, full, damaged): those still stop
the round, so nothing is quarantined for a reason that has nothing to do with it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from livcr_desktop.services.sync.report import SyncReport
from livcr_desktop.store.apply_sql import forget_rolled_back, write_now
from livcr_desktop.store.fault_steps import FaultInjected

log = logging.getLogger(__name__)

MALFORMED = "malformed"
"""The reason an operation that raised is quarantined with (shown in the Sync area)."""

_NOT_THE_OPERATION = (
    "locked",
    "busy",
    "disk",
    "full",
    "i/o",
    "readonly",
    "read-only",
    "interrupt",
    "out of memory",
    "not a database",
    "database disk image",
    "closed",
)
"""Words of the database's messages for a failure of the machine, not of one operation."""
_DATABASE_FAILURES = frozenset(
    {"OperationalError", "DatabaseError", "InternalError", "InterfaceError"}
)
"""The driver's (and SQLAlchemy's) names for a database that failed, as opposed to one that
refused a value (IntegrityError, DataError)."""


def caught(exc: BaseException) -> bool:
    """Whether landing again one by one may get past `exc` (it may be an operation's fault).

    Only a database failure's message is read: any other exception's may quote a received
    value, and a value must not be able to say "locked" and so stop every round again."""
    if not isinstance(exc, Exception) or isinstance(exc, (FaultInjected, MemoryError, OSError)):
        return False
    if type(exc).__name__ not in _DATABASE_FAILURES:
        return True
    message = str(exc).lower()
    return not any(word in message for word in _NOT_THE_OPERATION)


@dataclass(frozen=True)
class ReportMark:
    """The counters a landing adds to, as they were before it (to undo a rolled-back try)."""

    pulled: int
    applied: int
    conflicts: int

    @classmethod
    def of(cls, report: SyncReport) -> ReportMark:
        return cls(report.pulled, report.applied, report.conflicts)

    def restore(self, report: SyncReport) -> None:
        report.pulled, report.applied, report.conflicts = self.pulled, self.applied, self.conflicts


def fell_back(exc: BaseException) -> None:
    """Log that a batch is landed again one by one (the exception's type only: its message may
    quote a received value)."""
    log.warning("a received batch raised %s; landing it again one by one", type(exc).__name__)


def land_alone(
    session: Session,
    land: Callable[[], bool],
    undo: Callable[[], None],
    quarantine: Callable[[], None],
) -> bool:
    """Run `land` (one operation's landing; True when applied) under its own savepoint with
    everything it writes written inside it. When it raises: roll it back, forget what the
    transaction remembered of it, `undo` what it noted outside the database, `quarantine` it;
    False then."""
    try:
        with session.begin_nested():
            # SQLAlchemy emits the SAVEPOINT only when the session's connection is asked for
            # inside it; `apply_sql.RawSql` writes on the driver it took before, so ask now.
            session.connection()
            applied = land()
            write_now(session)
            session.flush()
        return applied
    except Exception as exc:
        if not caught(exc):
            raise
        forget_rolled_back(session)
        undo()
        log.warning("a received operation raised %s; quarantined", type(exc).__name__)
        quarantine()
        return False
