"""What the landing's safety net lands again one by one, and what it lets stop the round: a
failure of the machine (a kill, a locked or full database, the disk) is never blamed on an
operation and quarantined, and a received value cannot pass itself off as one."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import exc as sa_exc

from livcr_desktop.services.sync.landing_net import caught
from livcr_desktop.store.fault_steps import FaultInjected


@pytest.mark.parametrize(
    "error",
    [
        TypeError("unhashable type: 'list'"),
        ValueError("invalid literal for int() with base 10: 'database is locked'"),
        KeyError("case_id"),
        OverflowError("Python int too large to convert to SQLite INTEGER"),
        sqlite3.IntegrityError("NOT NULL constraint failed: case_note.body"),
        sqlite3.OperationalError("no such column: kleur"),
        sa_exc.IntegrityError(
            "INSERT", {}, sqlite3.IntegrityError("FOREIGN KEY constraint failed")
        ),
    ],
)
def test_what_an_operation_may_cause_is_landed_again(error: Exception) -> None:
    assert caught(error)


@pytest.mark.parametrize(
    "error",
    [
        FaultInjected("sync.batch_landed"),
        MemoryError(),
        OSError(28, "No space left on device"),
        KeyboardInterrupt(),
        sqlite3.OperationalError("database is locked"),
        sqlite3.OperationalError("database or disk is full"),
        sqlite3.OperationalError("disk I/O error"),
        sqlite3.DatabaseError("database disk image is malformed"),
        sa_exc.OperationalError("COMMIT", {}, sqlite3.OperationalError("database is locked")),
    ],
)
def test_a_failure_of_the_machine_stops_the_round(error: BaseException) -> None:
    assert not caught(error)
