"""B's round fetches the next batch on a worker thread while one lands (hub/prefetch.py),
against a real hub and real data folders: batches land in the hub's order, a fetch that fails
halfway leaves the cursor at the last batch landed, and no worker thread outlives the round,
whether it ends well, by the hub or by the landing."""

from __future__ import annotations

import threading

import psycopg
import pytest
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import HubClient, HubUnreachable, PulledEnvelope
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.link import dsn_with_password, read_link
from livcr_desktop.services.sync.round import sync_round
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.fault_steps import ACTION_VARIABLE, STEP_VARIABLE, FaultInjected
from livcr_desktop.store.models import JournalOperation, SyncLinkRow
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync, laptops

__all__ = ["laptops"]  # the fixture, shared with test_two_laptops.py

_BATCH = 3


class _SmallBatches(HubClient):
    """The real client, serving the cursor pull in batches of three, noting each batch and the
    thread that fetched it, and losing the connection at the `fail_at`th fetch if asked."""

    def __init__(self, dsn: str, fail_at: int | None = None) -> None:
        super().__init__(dsn)
        self.fail_at = fail_at
        self.batches: list[list[int]] = []
        self.threads: set[str] = set()

    def pull(
        self, after: int, limit: int = 5000, *, own_device: str | None = None
    ) -> list[PulledEnvelope]:
        self.threads.add(threading.current_thread().name)
        if self.fail_at is not None and len(self.batches) + 1 == self.fail_at:
            raise HubUnreachable("connection lost by the test network")
        batch = super().pull(after, min(limit, _BATCH), own_device=own_device)
        self.batches.append([p.server_seq for p in batch])
        return batch


def _pull_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "livcr-pull"]


def _partner_with_notes_waiting(laptops: TwoLaptops, notes: int) -> Workspace:
    """The partner after its first round, and `notes` new notes of the coordinator on the hub."""
    partner = laptops.partner_first_sync()
    for n in range(notes):
        InvolvementService(laptops.coordinator).add_note(
            laptops.shared_case, f"Opvolggesprek {n + 1} met Jonas.", NoteVisibility.TABLE
        )
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    return partner


def _round(partner: Workspace, client: HubClient) -> None:
    with partner.db.read_session() as session:
        link = read_link(session, partner.db.device_id)
    assert link is not None
    sync_round(partner.db, link, client)


def _client(laptops: TwoLaptops, partner: Workspace, fail_at: int | None = None) -> _SmallBatches:
    with partner.db.read_session() as session:
        link = read_link(session, partner.db.device_id)
    assert link is not None
    return _SmallBatches(dsn_with_password(link.dsn, laptops.partner_password), fail_at)


def _cursor(partner: Workspace) -> int:
    with partner.db.read_session() as session:
        return int(session.scalars(select(SyncLinkRow.pulled_cursor)).one())


def _landed_in_order(partner: Workspace) -> list[str]:
    with partner.db.read_session() as session:
        return list(
            session.scalars(
                select(JournalOperation.op_id)
                .where(JournalOperation.device_id != partner.db.device_id)
                .order_by(JournalOperation.seq)
            )
        )


def _hub_order(laptops: TwoLaptops) -> list[str]:
    with psycopg.connect(laptops.hub.admin_dsn) as conn:
        rows = conn.execute("SELECT op_id::text FROM hub.envelope ORDER BY server_seq").fetchall()
    return [str(r[0]) for r in rows]


def test_batches_land_in_the_hubs_order_fetched_by_the_worker(laptops: TwoLaptops) -> None:
    partner = _partner_with_notes_waiting(laptops, 8)
    before = set(_landed_in_order(partner))
    client = _client(laptops, partner)
    with client:
        _round(partner, client)
    assert len(client.batches) >= 4  # 8 notes and their audit rows, three at a time
    assert client.threads == {"livcr-pull"}
    assert _pull_threads() == []
    new = [op for op in _landed_in_order(partner) if op not in before]
    assert len(new) >= 8
    assert new == [op for op in _hub_order(laptops) if op in set(new)]
    assert _cursor(partner) == client.batches[-2][-1]  # the last batch is the empty one


def test_a_fetch_failing_halfway_leaves_the_cursor_at_the_last_landed_batch(
    laptops: TwoLaptops,
) -> None:
    partner = _partner_with_notes_waiting(laptops, 8)
    start = _cursor(partner)
    client = _client(laptops, partner, fail_at=3)
    with client, pytest.raises(HubUnreachable, match="connection lost by the test network"):
        _round(partner, client)
    assert len(client.batches) == 2
    assert start < client.batches[0][-1] < client.batches[1][-1]
    assert _cursor(partner) == client.batches[1][-1]  # both batches fetched before it landed
    assert _pull_threads() == []
    # The next round goes on from there and brings the rest.
    landed = _cursor(partner)
    client = _client(laptops, partner)
    with client:
        _round(partner, client)
    assert client.batches[0][0] > landed
    assert _cursor(partner) == max(s for b in client.batches for s in b)


def test_no_worker_thread_outlives_a_landing_that_raises(
    laptops: TwoLaptops, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner = _partner_with_notes_waiting(laptops, 8)
    start = _cursor(partner)
    monkeypatch.setenv(STEP_VARIABLE, "sync.batch_landed")
    monkeypatch.setenv(ACTION_VARIABLE, "raise")
    client = _client(laptops, partner)
    with client, pytest.raises(FaultInjected):
        _round(partner, client)
    assert client.threads == {"livcr-pull"}
    assert _pull_threads() == []
    assert _cursor(partner) == start  # the batch and its cursor rolled back together
