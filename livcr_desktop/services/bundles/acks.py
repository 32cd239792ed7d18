"""What a bundle tells its recipients this laptop holds of each device (the manifest's `acks`):
their next bundle for this laptop starts after it (export.py reads it back from sync_peer).

Per device, the highest sequence through which this laptop holds, without a hole, everything
of that device that *the recipient could send*:

- the complete ranges bundles brought (the author's own, the coordinator's);
- the ranges the recipient itself relayed here: it can only ever relay what it may see, and
  it relayed all of that, so its next relay need not repeat them (another laptop, the
  coordinator above all, could send more, so only the recipient's own relays count for it);
- what this laptop pulled from a hub: the hub serves a device's operations in the order the
  device pushed them, so once an operation of it was pulled, everything before it in the
  scopes this laptop holds was pulled too. Only operations that no bundle brought count
  (those may run ahead of the last pull), none from the first held back.

A scope given later that still waits for its past (`backfilled` false: the round that brought
its key was cut before it pulled that past) does not hold these back. Its missing operations
are exactly the backfill's own range: that scope's envelopes up to the pull cursor, all on the
hub (a device pushes its chain in order, so what of it was pulled sits on the hub with
everything before it), and the next round pulls them whatever this laptop acknowledged. So
what was applied is acknowledged and relays to this laptop do not repeat meanwhile; what a
relay brings of that scope's past before the backfill ran is found in the journal when the
backfill pulls it, and applied once.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.bundle_manifest import DeviceRange, covered_through
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.store.models import (
    JournalOperation,
    SyncBundleRangeRow,
    SyncBundleSeenRow,
    SyncHeldRow,
    SyncLinkRow,
)


def acks_for(session: Session, link: HubLink, recipients: Iterable[str]) -> dict[str, int]:
    """What this laptop acknowledges, per device, to the laptops a bundle is for."""
    to = set(recipients)
    ranges: dict[str, list[DeviceRange]] = {}
    every: dict[str, list[DeviceRange]] = {}
    rows = session.execute(
        select(SyncBundleRangeRow, SyncBundleSeenRow.sender_device_id).join(
            SyncBundleSeenRow, SyncBundleSeenRow.bundle_id == SyncBundleRangeRow.bundle_id
        )
    )
    for row, sender in rows:
        rng = DeviceRange(row.after_seq, row.through_seq)
        every.setdefault(row.device_id, []).append(rng)
        if row.complete or sender in to:
            ranges.setdefault(row.device_id, []).append(rng)
    acks = {device: covered_through(found) for device, found in ranges.items()}
    for device, seq in _pulled_from_hub(session, link, every).items():
        acks[device] = max(acks.get(device, 0), seq)
    return {device: seq for device, seq in acks.items() if seq > 0}


def _pulled_from_hub(
    session: Session, link: HubLink, bundled: dict[str, list[DeviceRange]]
) -> dict[str, int]:
    """Per other device, the last of its operations that can only have come from the hub,
    capped before the first one held back."""
    if not link.dsn or _pull_cursor(session) == 0:
        return {}
    held = dict(
        session.execute(
            select(SyncHeldRow.device_id, func.min(SyncHeldRow.device_seq)).group_by(
                SyncHeldRow.device_id
            )
        ).all()
    )
    found: dict[str, int] = {}
    query = (
        select(JournalOperation.device_id, JournalOperation.device_seq)
        .where(JournalOperation.device_id != link.device_id)
        .order_by(JournalOperation.device_id, JournalOperation.device_seq.desc())
    )
    for device, seq in session.execute(query):
        if device in found:
            continue
        limit = held.get(device)
        if limit is not None and seq >= limit:
            continue
        if any(r.after_seq < seq <= r.through_seq for r in bundled.get(device, ())):
            continue
        found[device] = int(seq)
    return found


def _pull_cursor(session: Session) -> int:
    return int(session.scalar(select(SyncLinkRow.pulled_cursor)) or 0)
