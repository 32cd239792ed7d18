"""What one sync round did: counted while it runs, and what waits on this laptop afterwards
(for the status bar, the Sync area and `livcr sync`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select

from livcr_desktop.store.database import Database
from livcr_desktop.store.models import SyncHeldRow

Progress = Callable[[int, int], None]
"""Told (done, total) while a round pulls: a long first sync shows how far it is."""


@dataclass
class SyncReport:
    """What one round did, for the status bar and `livcr sync`."""

    pushed: int = 0
    pulled: int = 0
    applied: int = 0
    waiting: int = 0
    quarantined: int = 0
    conflicts: int = 0
    keys_received: int = 0
    cases_removed: int = 0
    """Cases taken off this laptop because its owner may no longer see them."""
    held_reasons: dict[str, int] = field(default_factory=dict)
    applied_after_upgrade: int = 0
    """Quarantined operations that passed the checks of a new build of the app and were
    applied (services/sync/quarantine_recheck.py)."""


def count_held(db: Database, report: SyncReport) -> None:
    """Fill in what is held on this laptop after the round, waiting or quarantined, by reason."""
    with db.read_session() as session:
        report.waiting = int(
            session.scalar(
                select(func.count()).select_from(SyncHeldRow).where(SyncHeldRow.state == "waiting")
            )
            or 0
        )
        report.quarantined = int(
            session.scalar(
                select(func.count())
                .select_from(SyncHeldRow)
                .where(SyncHeldRow.state == "quarantined")
            )
            or 0
        )
        for reason, count in session.execute(
            select(SyncHeldRow.reason, func.count()).group_by(SyncHeldRow.reason)
        ):
            report.held_reasons[str(reason)] = int(count)
