"""One sync round: share scope keys (coordinator), push this laptop's operations and signatures,
pull and apply what the others made.

Every step can be cut at any point (network lost, process killed) and simply run again: the hub
ignores what it already holds, and a received operation lands in this laptop's journal and
tables in one transaction with the cursor that says it was received. What cannot be applied yet
(an earlier operation of another device, a missing key or signature, a newer app version) is held
and retried at every round; what must never be applied (a forged or unauthorised operation, a
clock too far ahead) is quarantined and shown. Nothing received is ever dropped.
"""

from __future__ import annotations

from sqlalchemy import select

from livcr_desktop.hub.client import HubClient
from livcr_desktop.hub.prefetch import Prefetched
from livcr_desktop.services.retention.erasure_sync import obey_erasures
from livcr_desktop.services.sync.checker import ManifestBook
from livcr_desktop.services.sync.collector import collector_paused
from livcr_desktop.services.sync.hub_restored import notice_restored_hub
from livcr_desktop.services.sync.keys_received import receive_keys
from livcr_desktop.services.sync.landing import Pulling, land_batch, retry_held
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.services.sync.memos import keep_memo, take_memo
from livcr_desktop.services.sync.opening_process import RAMP, opened_ahead, opening_ready
from livcr_desktop.services.sync.own_pulled import to_land
from livcr_desktop.services.sync.peers import remember_peers
from livcr_desktop.services.sync.push import pending_changes, push
from livcr_desktop.services.sync.report import Progress, SyncReport, count_held
from livcr_desktop.services.sync.sharing import scope_keys, share_scopes
from livcr_desktop.services.sync.signatures_received import keep_signatures, receive_signatures
from livcr_desktop.services.sync.withdrawal import obey_withdrawals
from livcr_desktop.store.database import Database
from livcr_desktop.store.fault_steps import step
from livcr_desktop.store.models import SyncLinkRow, SyncScopeKeyRow

__all__ = ["Progress", "SyncReport", "pending_changes", "sync_round"]
"""What callers use: the round itself, its report, and what waits to go out."""


def _pull(
    db: Database, link: HubLink, client: HubClient, report: SyncReport, progress: Progress | None
) -> None:
    known_devices = client.device_keys()
    remember_peers(db, known_devices)  # for sealed bundles, when no hub is at hand
    device_keys = {
        device_id: sign_public
        for device_id, _member, sign_public, _box, _status in known_devices
        if sign_public
    }
    # What the last round learnt about each record's updates (dropped if a round fails): a
    # fresh memo makes the first update of every record re-read and re-merge its whole
    # history, which grows with every round.
    memo = take_memo(db)
    try:
        received = receive_signatures(db, link, client, refetchable=True)
        with db.read_session() as session:
            keys = scope_keys(session)
        book = ManifestBook(keys, link.livcr_scope_id)
        book.remember(received)
        cursor = _cursor(db)
        total = client.count_after(cursor) if progress is not None else 0
        done = 0
        if progress is not None:
            progress(done, total)
        pulling = Pulling(db, link, book, device_keys, keys, memo, report)
        for scope in _scopes_to_backfill(db):
            # First the past of scopes this laptop was just given (an invitation to a case):
            # the hub served it before the cursor passed, so the cursor alone would never
            # bring it.
            scope_pulled = opened_ahead(client.iter_pull_scope(scope, cursor), keys, link.device_id)
            with Prefetched(scope_pulled) as scope_batches:
                for pulled_batch, ahead in scope_batches:
                    land_batch(pulling, pulled_batch, refetchable=True, ahead=ahead)
            with db.write_session() as session, session.begin():
                for row in session.scalars(
                    select(SyncScopeKeyRow).where(SyncScopeKeyRow.scope_id == scope)
                ):
                    row.backfilled = True
        # The next batch is fetched (hub/prefetch.py) and opened (opening_process.py) while
        # this one lands.
        ramp = RAMP if opening_ready() else ()
        pulled = client.iter_pull(cursor, own_device=link.device_id, ramp=ramp)
        with Prefetched(opened_ahead(pulled, keys, link.device_id)) as batches:
            for pulled_batch, ahead in batches:
                batch = to_land(db, client, pulled_batch, link.device_id)
                land_batch(pulling, batch, advance_cursor=True, refetchable=True, ahead=ahead)
                done += len(pulled_batch)
                if progress is not None:
                    progress(done, max(total, done))
    finally:
        # The signatures and batches committed without waiting for the disk (the hub serves
        # them again if a power cut loses them with their cursors); one fsync makes them all
        # durable before anything is built on them, the round fails or not.
        db.make_durable()
    retry_held(pulling)
    keep_memo(db, memo)  # every batch committed: it holds for the next round
    keep_signatures(db, book)
    if not link.is_coordinator:
        device_members = {device_id: member for device_id, member, _s, _b, _st in known_devices}
        report.cases_removed += len(obey_withdrawals(db, link, device_members))
    report.cases_removed += len(obey_erasures(db))


def _scopes_to_backfill(db: Database) -> list[str]:
    with db.read_session() as session:
        return sorted(
            set(
                session.scalars(
                    select(SyncScopeKeyRow.scope_id).where(SyncScopeKeyRow.backfilled.is_(False))
                )
            )
        )


def _cursor(db: Database) -> int:
    with db.read_session() as session:
        return int(session.scalars(select(SyncLinkRow.pulled_cursor)).one())


def sync_round(
    db: Database, link: HubLink, client: HubClient, *, progress: Progress | None = None
) -> SyncReport:
    """One whole round; safe to cut anywhere and run again."""
    report = SyncReport()
    notice_restored_hub(db, link, client)  # a hub restored from an older backup
    if link.is_coordinator:
        share_scopes(db, link, client, db.clock.today())
        step("sync.scopes_shared")
    receive_keys(db, link, client, report)
    with collector_paused():
        push(db, link, client, report)
        _pull(db, link, client, report, progress)
    with db.write_session() as session, session.begin():
        session.scalars(select(SyncLinkRow)).one().last_synced_at = db.clock.now()
    count_held(db, report)
    return report
