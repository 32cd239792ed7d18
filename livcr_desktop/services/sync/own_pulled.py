"""This laptop's own operations as the hub serves them back: without their bodies.

The cursor pull brings back everything this laptop pushed (the hub's order is one for all
laptops). Its own operations are in its journal already, so the landing passes over them,
except one whose payload a withdrawal erased here since (services/sync/restore.py): that one
lands again, and needs its sealed body. Those few are fetched whole; the rest of a round's own
envelopes (a quarter of a coordinator's round in the benchmark) no longer travel.
"""

from __future__ import annotations

from livcr_desktop.hub.client import HubClient, PulledEnvelope
from livcr_desktop.services.sync.restore import erased_among
from livcr_desktop.store.database import Database


def with_own_bodies(
    db: Database, client: HubClient, batch: list[PulledEnvelope]
) -> list[PulledEnvelope]:
    """`batch` with the body of every envelope that came without one and whose operation's
    payload is erased here (the only own operations the landing opens)."""
    bare = [p.envelope.op_id for p in batch if not p.envelope.body]
    if not bare:
        return batch
    with db.read_session() as session:
        erased = erased_among(session, bare)
    if not erased:
        return batch
    whole = {p.envelope.op_id: p for p in client.envelopes(sorted(erased))}
    return [whole.get(p.envelope.op_id, p) for p in batch]
