"""A laptop's push seals the next batch while the hub stores the one before
(hub/overlapped_push.py), against a real hub: everything arrives in order, the first refusal
ends the push with nothing after it sent, and the sealing really runs during a push."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Sequence
from dataclasses import replace

import psycopg
import pytest

from livcr_desktop.domain.ids import new_id
from livcr_desktop.hub.admin import init_hub
from livcr_desktop.hub.client import HubClient, HubRefused
from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.hub.overlapped_push import push_while_sealing
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.test_hub_schema import World, _chain, world

__all__ = ["world"]  # the fixture, shared with test_hub_schema.py


def _held(world: World) -> list[int]:
    """The device sequences the hub holds of the coordinator's device, in the hub's order."""
    with psycopg.connect(world.hub.admin_dsn) as conn:
        rows = conn.execute(
            "SELECT device_seq FROM hub.envelope WHERE device_id = %s ORDER BY server_seq",
            (world.coord_device,),
        ).fetchall()
    return [int(r[0]) for r in rows]


def test_every_batch_arrives_in_device_order(world: World) -> None:
    scope = new_id()
    world.coordinator.set_scope_members(scope, [world.coord_device])
    chain = _chain(world.coord_device, scope, 7)
    assert push_while_sealing(world.coordinator, iter(chain), batch_size=3) == 7
    assert _held(world) == [1, 2, 3, 4, 5, 6, 7]
    assert world.coordinator.chain_head(world.coord_device) == (7, chain[-1].hash)
    # Sent again (a lost acknowledgement): nothing new, nothing refused.
    assert push_while_sealing(world.coordinator, iter(chain), batch_size=3) == 0
    assert push_while_sealing(world.coordinator, iter([]), batch_size=3) == 0


def test_a_refused_batch_ends_the_push_with_nothing_after_it_sent(world: World) -> None:
    scope = new_id()
    world.coordinator.set_scope_members(scope, [world.coord_device])
    chain = _chain(world.coord_device, scope, 8)
    chain[3] = replace(chain[3], prev_hash="f" * 64)  # batch 2 breaks the chain
    with pytest.raises(HubRefused, match="does not continue the chain"):
        push_while_sealing(world.coordinator, iter(chain), batch_size=3)
    assert _held(world) == [1, 2, 3]  # batch 1 stays; batch 3 (7, 8) never left
    assert world.coordinator.chain_head(world.coord_device) == (3, chain[2].hash)


class _WaitingClient(HubClient):
    """Holds each push until the next batch has been sealed (or gives up after a while)."""

    def __init__(self, dsn: str, sealed_next: threading.Event) -> None:
        super().__init__(dsn)
        self.sealed_next = sealed_next
        self.overlapped: list[bool] = []

    def push(self, envelopes: Sequence[Envelope]) -> int:
        if len(self.overlapped) == 0:
            self.overlapped.append(self.sealed_next.wait(timeout=30))
        return super().push(envelopes)


def test_the_next_batch_is_sealed_while_the_hub_stores_one(hub_db: HubDatabase) -> None:
    world = World(hub_db)
    try:
        scope = new_id()
        world.coordinator.set_scope_members(scope, [world.coord_device])
        chain = _chain(world.coord_device, scope, 4)
        sealed_next = threading.Event()

        def sealing() -> Iterator[Envelope]:
            for n, env in enumerate(chain):
                if n == 2:  # the first of the second batch: sealed while the first is pushed
                    sealed_next.set()
                yield env

        client = _WaitingClient(hub_db.coordinator_dsn, sealed_next)
        world.clients.append(client)
        assert push_while_sealing(client, sealing(), batch_size=2) == 4
        assert client.overlapped == [True]
        assert _held(world) == [1, 2, 3, 4]
    finally:
        world.close()


def test_a_device_whose_chain_the_hub_holds_cannot_be_deleted(world: World) -> None:
    """The envelope's device has no foreign key of its own (checked once per row, it was a tenth
    of a push); the chain head's, written by the same push, keeps the device all the same, and
    `hub init` takes the old key off a hub made before."""
    scope = new_id()
    world.coordinator.set_scope_members(scope, [world.coord_device])
    world.coordinator.push(_chain(world.coord_device, scope, 2))
    with psycopg.connect(world.hub.admin_dsn, autocommit=True) as conn:
        with pytest.raises(psycopg.errors.ForeignKeyViolation):
            conn.execute("DELETE FROM hub.device WHERE device_id = %s", (world.coord_device,))
        conn.execute(
            "ALTER TABLE hub.envelope ADD CONSTRAINT envelope_device_id_fkey"
            " FOREIGN KEY (device_id) REFERENCES hub.device"
        )
    init_hub(world.hub.admin_dsn)
    with psycopg.connect(world.hub.admin_dsn) as conn:
        keys = conn.execute(
            "SELECT conname FROM pg_constraint WHERE conrelid = 'hub.envelope'::regclass"
            " AND contype = 'f'"
        ).fetchall()
    assert keys == []
    world.coordinator.push(_chain(world.coord_device, scope, 1, start=3, prev=_last_hash(world)))
    assert _held(world) == [1, 2, 3]


def _last_hash(world: World) -> str:
    head = world.coordinator.chain_head(world.coord_device)
    assert head is not None
    return head[1]
