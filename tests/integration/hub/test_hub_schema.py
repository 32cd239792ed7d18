"""The hub's own guarantees, against a real PostgreSQL: what each login may read and write,
pushes that are idempotent and keep each device's chain, and LIVC-Rs that cannot see each other."""

from __future__ import annotations

import secrets
from collections.abc import Iterator

import psycopg
import pytest

from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.journal import GENESIS_HASH
from livcr_desktop.hub.admin import SCHEMA_VERSION, HubAdminError, init_hub
from livcr_desktop.hub.client import HubClient, HubRefused, HubUnreachable
from livcr_desktop.hub.envelopes import Envelope
from tests.integration.hub.conftest import HubDatabase


def _envelope(device_id: str, seq: int, prev: str, scope: str, body: bytes = b"x" * 40) -> Envelope:
    return Envelope(
        op_id=new_id(),
        scope_id=scope,
        device_id=device_id,
        device_seq=seq,
        hlc=f"{1_700_000_000_000 + seq:015d}-00000",
        prev_hash=prev,
        hash=secrets.token_hex(32),
        key_epoch=1,
        schema_version=1,
        body=body,
    )


def _chain(
    device_id: str, scope: str, count: int, start: int = 1, prev: str = GENESIS_HASH
) -> list[Envelope]:
    out = []
    for seq in range(start, start + count):
        env = _envelope(device_id, seq, prev, scope)
        out.append(env)
        prev = env.hash
    return out


class World:
    """A coordinator's device and one approved member device on a fresh hub."""

    def __init__(self, hub: HubDatabase) -> None:
        self.hub = hub
        self.livcr_id = new_id()
        self.coord_device = new_id()
        self.clients: list[HubClient] = []
        self.coordinator = self.client(hub.coordinator_dsn)
        self.coordinator.connect_coordinator(
            livcr_id=self.livcr_id,
            device_id=self.coord_device,
            member_id=new_id(),
            sign_public="aa" * 32,
            box_public="bb" * 32,
        )

    def client(self, dsn: str) -> HubClient:
        client = HubClient(dsn)
        self.clients.append(client)
        return client

    def close(self) -> None:
        for client in self.clients:
            client.close()

    def member_device(self, *, approve: bool = True) -> tuple[str, HubClient, str]:
        device_id = new_id()
        login = f"{self.hub.database}_d_{device_id[-12:]}"
        password = secrets.token_urlsafe(16)
        self.coordinator.invite_device(
            device_id=device_id, member_id=new_id(), login=login, password=password
        )
        client = self.client(self.hub.login_dsn(login, password))
        client.enrol(sign_public="cc" * 32, box_public="dd" * 32)
        if approve:
            self.coordinator.approve(device_id)
        return device_id, client, login


@pytest.fixture
def world(hub_db: HubDatabase) -> Iterator[World]:
    made = World(hub_db)
    yield made
    made.close()


def test_init_is_idempotent_and_says_what_it_found(hub_db: HubDatabase) -> None:
    again = init_hub(hub_db.admin_dsn)
    assert again.previous_version == SCHEMA_VERSION
    assert again.schema_version == SCHEMA_VERSION


def test_init_refuses_a_hub_newer_than_the_app(hub_db: HubDatabase) -> None:
    with psycopg.connect(hub_db.admin_dsn, autocommit=True) as conn:
        conn.execute("UPDATE hub.meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(HubAdminError, match="newer"):
        init_hub(hub_db.admin_dsn)


def test_init_says_when_the_server_cannot_be_reached(hub_db: HubDatabase) -> None:
    with pytest.raises(HubAdminError, match="Cannot connect"):
        init_hub(f"host=/nonexistent dbname={hub_db.database}")


def test_a_push_twice_inserts_nothing_the_second_time(world: World) -> None:
    scope = new_id()
    batch = _chain(world.coord_device, scope, 5)
    assert world.coordinator.push(batch) == 5
    assert world.coordinator.push(batch) == 0
    assert world.coordinator.chain_head(world.coord_device) == (5, batch[-1].hash)


def test_a_batch_sent_again_with_new_operations_after_it_adds_only_the_new(
    world: World,
) -> None:
    """The acknowledgement of a push was lost; the next push starts where the laptop thinks
    it is: what the hub holds is checked one by one, the rest continues the chain, in order."""
    scope = new_id()
    batch = _chain(world.coord_device, scope, 6)
    assert world.coordinator.push(batch[:4]) == 4
    assert world.coordinator.push(batch[2:]) == 2
    assert world.coordinator.chain_head(world.coord_device) == (6, batch[-1].hash)
    with psycopg.connect(world.hub.admin_dsn) as conn:
        held = conn.execute(
            "SELECT op_id::text, device_seq FROM hub.envelope ORDER BY server_seq"
        ).fetchall()
    assert held == [(e.op_id, e.device_seq) for e in batch]


def test_a_push_that_does_not_continue_the_chain_is_refused_whole(world: World) -> None:
    scope = new_id()
    first = _chain(world.coord_device, scope, 3)
    world.coordinator.push(first)
    skipping = _chain(world.coord_device, scope, 2, start=5, prev=first[-1].hash)
    with pytest.raises(HubRefused, match="does not continue the chain"):
        world.coordinator.push(skipping)
    relinked = _chain(world.coord_device, scope, 2, start=4, prev="f" * 64)
    with pytest.raises(HubRefused, match="does not continue the chain"):
        world.coordinator.push(relinked)
    assert world.coordinator.chain_head(world.coord_device) == (3, first[-1].hash)


def test_an_operation_changed_after_it_reached_the_hub_is_refused(world: World) -> None:
    scope = new_id()
    batch = _chain(world.coord_device, scope, 2)
    world.coordinator.push(batch)
    forged = [batch[0], Envelope(**{**batch[1].__dict__, "hash": "e" * 64})]
    with pytest.raises(HubRefused, match="differs"):
        world.coordinator.push(forged)


def test_a_device_pulls_only_the_scopes_it_is_a_member_of(world: World) -> None:
    shared, other = new_id(), new_id()
    device, member, _login = world.member_device()
    world.coordinator.push(
        _chain(world.coord_device, shared, 3)
        + _chain(world.coord_device, other, 2, start=4, prev="0" * 64)[:0]
    )
    head = world.coordinator.chain_head(world.coord_device)
    assert head is not None
    world.coordinator.push(_chain(world.coord_device, other, 2, start=4, prev=head[1]))
    world.coordinator.set_scope_members(shared, [world.coord_device, device])
    world.coordinator.set_scope_members(other, [world.coord_device])
    pulled = member.pull(0)
    assert {p.envelope.scope_id for p in pulled} == {shared}
    assert len(pulled) == 3
    assert len(world.coordinator.pull(0)) == 5


def test_the_members_of_many_scopes_are_set_in_one_call(world: World) -> None:
    """What the coordinator's round sends: every scope's members at once, a scope left to
    nobody included; the same as one `set_scope_members` per scope."""
    device, member, _login = world.member_device()
    shared, kept, emptied = new_id(), new_id(), new_id()
    world.coordinator.push(_chain(world.coord_device, shared, 2))
    head = world.coordinator.chain_head(world.coord_device)
    assert head is not None
    world.coordinator.push(_chain(world.coord_device, emptied, 1, start=3, prev=head[1]))
    world.coordinator.set_scope_members(emptied, [world.coord_device, device])
    world.coordinator.set_members_of_scopes(
        {shared: [world.coord_device, device], kept: [world.coord_device], emptied: []}
    )
    assert {p.envelope.scope_id for p in member.pull(0)} == {shared}
    with psycopg.connect(world.hub.admin_dsn) as conn:
        rows = conn.execute(
            "SELECT scope_id::text, device_id::text FROM hub.scope_member"
        ).fetchall()
    assert sorted(rows) == sorted(
        [(shared, world.coord_device), (shared, device), (kept, world.coord_device)]
    )


def test_a_member_device_cannot_push_into_a_scope_it_is_not_in(world: World) -> None:
    device, member, _login = world.member_device()
    with pytest.raises(HubRefused, match="not a member of the scope"):
        member.push(_chain(device, new_id(), 1))


def test_a_device_not_yet_approved_can_neither_push_nor_pull(world: World) -> None:
    device, member, _login = world.member_device(approve=False)
    scope = new_id()
    world.coordinator.push(_chain(world.coord_device, scope, 2))
    world.coordinator.set_scope_members(scope, [world.coord_device, device])
    assert member.pull(0) == []
    with pytest.raises(HubRefused, match="not approved"):
        member.push(_chain(device, scope, 1))


def test_devices_never_touch_the_tables_directly(world: World) -> None:
    _device, member, _login = world.member_device()
    for statement in (
        "SELECT * FROM hub.device",
        "SELECT * FROM hub.scope_member",
        "SELECT * FROM hub.chain_head",
        "DELETE FROM hub.envelope",
        "UPDATE hub.envelope SET body = 'x'",
        "INSERT INTO hub.meta VALUES ('livcr_id', 'x')",
    ):
        with pytest.raises(HubRefused):
            member._call(statement)
    with pytest.raises(HubRefused, match="permission denied"):
        member.devices()
    with pytest.raises(HubRefused):
        member.set_scope_members(new_id(), [])


def test_a_revoked_device_is_served_nothing_and_cannot_sign_in(world: World) -> None:
    device, member, login = world.member_device()
    scope = new_id()
    world.coordinator.push(_chain(world.coord_device, scope, 2))
    world.coordinator.set_scope_members(scope, [world.coord_device, device])
    assert len(member.pull(0)) == 2
    world.coordinator.revoke(device)
    assert member.pull(0) == []
    member.close()
    with pytest.raises(HubUnreachable):
        HubClient(world.hub.login_dsn(login, "whatever"))


def test_scope_keys_are_served_only_to_the_device_they_are_wrapped_for(world: World) -> None:
    device, member, _login = world.member_device()
    other_device, other, _ = world.member_device()
    scope = new_id()
    world.coordinator.set_scope_members(scope, [world.coord_device, device, other_device])
    world.coordinator.put_scope_keys(scope, 1, {device: b"for-member", other_device: b"for-other"})
    assert [k.wrapped for k in member.scope_keys()] == [b"for-member"]
    assert [k.wrapped for k in other.scope_keys()] == [b"for-other"]


def test_one_hub_serves_one_livcr(world: World) -> None:
    with pytest.raises(HubRefused, match="another LIVC-R"):
        world.coordinator.connect_coordinator(
            livcr_id=new_id(),
            device_id=new_id(),
            member_id=new_id(),
            sign_public="aa" * 32,
            box_public="bb" * 32,
        )


def test_a_login_of_one_livcr_cannot_open_another_livcr_hub(
    world: World, hub_db: HubDatabase
) -> None:
    second_db = hub_db.server.new_database()
    init_hub(hub_db.server.dsn(second_db))
    with pytest.raises(HubUnreachable):
        HubClient(
            hub_db.server.dsn(second_db, hub_db.coordinator_login, hub_db.coordinator_password)
        )


def test_a_stamp_far_ahead_of_the_hub_clock_is_marked(world: World) -> None:
    scope = new_id()
    env = _envelope(world.coord_device, 1, GENESIS_HASH, scope)
    ahead = Envelope(**{**env.__dict__, "hlc": "999999999999999-00000"})
    world.coordinator.push([ahead])
    world.coordinator.set_scope_members(scope, [world.coord_device])
    [pulled] = world.coordinator.pull(0)
    assert pulled.clock_ahead
