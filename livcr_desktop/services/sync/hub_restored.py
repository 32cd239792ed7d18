"""A hub restored from an older backup is filled again by the laptops.

IT restores the hub's database from last night's `pg_dump` after a disk failure: everything
pushed since is gone from the hub, though the laptops still hold it, and the hub's sequences
start again from where the backup stood. Each laptop notices at the start of its round (one
call, `HubClient.positions`): when the hub's copy of its chain ends before what it pushed, it
pushes again from there (the hub's head is the external anchor, so it must hold the whole
chain); when the hub's newest envelope, key or signature stands before this laptop's cursor,
the cursor goes back to it, so what the other laptops push again (and what is new) is not
skipped. What is already here is recognised and applied nothing twice (landing.py), and the
coordinator's round wraps the scope keys again for every laptop the restored hub lacks them for
(sharing.share_scopes compares with the hub's holders).
"""

from __future__ import annotations

from sqlalchemy import select

from livcr_desktop.hub.client import HubClient
from livcr_desktop.services.sync.link import HubLink
from livcr_desktop.store.database import Database
from livcr_desktop.store.models import SyncLinkRow


def notice_restored_hub(db: Database, link: HubLink, client: HubClient) -> bool:
    """Bring this laptop's positions back to the hub's when the hub stands behind them;
    True when it did (the round then pushes and pulls again from there)."""
    hub = client.positions(link.device_id)
    with db.write_session() as session, session.begin():
        row = session.scalars(select(SyncLinkRow)).one()
        behind = (
            hub.chain_seq < row.pushed_seq
            or hub.envelope_seq < row.pulled_cursor
            or hub.key_seq < row.keys_cursor
            or hub.signature_seq < row.signatures_cursor
        )
        if not behind:
            return False
        if hub.chain_seq < row.pushed_seq:
            row.pushed_seq = hub.chain_seq
            row.signatures_pushed_seq = min(row.signatures_pushed_seq, hub.chain_seq)
        row.pulled_cursor = min(row.pulled_cursor, hub.envelope_seq)
        row.keys_cursor = min(row.keys_cursor, hub.key_seq)
        row.signatures_cursor = min(row.signatures_cursor, hub.signature_seq)
    return True
