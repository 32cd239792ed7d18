"""This laptop's own operations as the hub serves them back: without their bodies, and mostly
not landed at all.

The cursor pull brings back everything this laptop pushed (the hub's order is one for all
laptops). Its own operations are in its journal already, so the landing passes over them,
except one whose payload a withdrawal erased here since (services/sync/restore.py): that one
lands again, and needs its sealed body. Those few are fetched whole; the rest of a round's own
envelopes (a quarter of a coordinator's round in the benchmark) no longer travel, and are not
handed to the landing either: it would only look each of them up in the journal to pass over
it (half of the coordinator's pull of 10,000 of its own).
"""

from __future__ import annotations

from livcr_desktop.hub.client import HubClient, PulledEnvelope
from livcr_desktop.services.sync.restore import erased_of_device
from livcr_desktop.store.database import Database


def to_land(
    db: Database, client: HubClient, batch: list[PulledEnvelope], own_device: str
) -> list[PulledEnvelope]:
    """What of a pulled batch the landing must see: every other device's envelope; of this
    laptop's own (which come without a body), those whose payload is erased here, fetched whole;
    and the batch's last envelope whatever it is, because the landing moves the cursor to it."""
    bare = [p.envelope for p in batch if p.envelope.device_id == own_device and not p.envelope.body]
    if not bare:
        return batch
    with db.read_session() as session:
        erased = erased_of_device(
            session,
            own_device,
            min(env.device_seq for env in bare),
            max(env.device_seq for env in bare),
        ) & {env.op_id for env in bare}
    whole = {p.envelope.op_id: p for p in client.envelopes(sorted(erased))} if erased else {}
    last = batch[-1]
    kept: list[PulledEnvelope] = []
    for pulled in batch:
        env = pulled.envelope
        if env.device_id == own_device and not env.body:
            if env.op_id in erased:
                kept.append(whole.get(env.op_id, pulled))
                continue
            if pulled is not last:
                continue  # in the journal already: the landing would pass over it
        kept.append(pulled)
    return kept
