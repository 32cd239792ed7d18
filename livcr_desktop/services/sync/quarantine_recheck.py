"""Quarantined operations checked once more after an upgrade of the app.

An operation is quarantined when this build's rules refuse it (not allowed, malformed, ...),
and it stays held, never dropped. A later build may accept it: a rule was wrong (a refusal
logged on a member's laptop was once quarantined as "not allowed"). So the first round after
the build changed puts the quarantined operations back among the waiting ones; the round's
retry (landing.retry_held) checks them with the new rules, applies and journals those that pass
as any received operation, and holds the rest as quarantined again. The Sync area says how many
were applied after the upgrade.

The build is the app's version with a digest of its code (a fix between two releases counts);
it is kept in the folder's device settings (no personal data), so the check is done once per
build, not every round. A round that fails halfway leaves nothing looking merely "waiting":
what it did not reach is quarantined again, and the next round checks again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sqlalchemy import select, update

import livcr_desktop
from livcr_desktop.services.sync.landing import WAITING_REASONS
from livcr_desktop.settings import (
    QUARANTINE_CHECKED_BUILD,
    QUARANTINE_RECHECK_APPLIED,
    DeviceSettings,
)
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import SyncHeldRow

QUARANTINED, WAITING = "quarantined", "waiting"


@cache
def current_build() -> str:
    """This build: the version and a digest of the package's code (version alone in a frozen
    bundle without sources, where a new build is a new version)."""
    root = Path(livcr_desktop.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    return f"{livcr_desktop.__version__}+{digest.hexdigest()[:16]}"


@dataclass(frozen=True)
class Recheck:
    """The quarantined operations put back for one round's retry."""

    op_ids: frozenset[str]
    build: str


def requeue_after_upgrade(db: Database, build: str | None = None) -> Recheck | None:
    """When the build changed since the last check, put the quarantined operations back among
    the waiting ones (their reason kept); None when there is nothing to check."""
    build = build or current_build()
    settings = DeviceSettings(db.folder.settings_path)
    if settings.get(QUARANTINE_CHECKED_BUILD) == build:
        return None
    with db.write_session() as session, session.begin():
        ids = frozenset(
            session.scalars(select(SyncHeldRow.op_id).where(SyncHeldRow.state == QUARANTINED))
        )
        if ids:
            session.execute(
                update(SyncHeldRow).where(SyncHeldRow.op_id.in_(ids)).values(state=WAITING)
            )
    if not ids:
        settings.set(QUARANTINE_CHECKED_BUILD, build)
        return None
    return Recheck(ids, build)


def settle(db: Database, recheck: Recheck, *, round_finished: bool) -> int:
    """After the round: quarantine again what the retry did not reach (still 'waiting' with a
    quarantine reason), remember the build when the round finished; how many were applied."""
    with db.write_session() as session, session.begin():
        still = set(
            session.scalars(select(SyncHeldRow.op_id).where(SyncHeldRow.op_id.in_(recheck.op_ids)))
        )
        session.execute(
            update(SyncHeldRow)
            .where(
                SyncHeldRow.op_id.in_(recheck.op_ids),
                SyncHeldRow.state == WAITING,
                SyncHeldRow.reason.not_in(WAITING_REASONS),
            )
            .values(state=QUARANTINED)
        )
    applied = len(recheck.op_ids) - len(still)
    settings = DeviceSettings(db.folder.settings_path)
    if round_finished:
        settings.set(QUARANTINE_CHECKED_BUILD, recheck.build)
        settings.set(QUARANTINE_RECHECK_APPLIED, applied)
    return applied


def applied_after_upgrade(db: Database) -> int:
    """How many quarantined operations the last recheck after an upgrade applied."""
    return DeviceSettings(db.folder.settings_path).get(QUARANTINE_RECHECK_APPLIED)
