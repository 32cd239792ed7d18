"""B's round opens large batches in the opening process (services/sync/opening_process.py)
while the batch before lands, against a real hub, real data folders and a real second process:
everything lands as it would have, nothing of it is opened in the round's own process; a
process killed before the round leaves the round to open everything itself, and the next
large batch starts a new one; `LIVCR_OPEN_IN_PROCESS=1` keeps every batch in the round."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.journal import Operation
from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.services.sync import landing, opening_process
from livcr_desktop.services.sync.opened import Keys
from livcr_desktop.services.sync.opening_process import opening_ready, start_opening_process
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseNoteRow
from tests.integration.hub.test_pull_prefetched import (
    _client,
    _partner_with_notes_waiting,
    _round,
)
from tests.integration.hub.test_two_laptops import TwoLaptops, laptops

__all__ = ["laptops"]  # the fixture, shared with test_two_laptops.py

NOTES = 12


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """Batches of a few envelopes count as large, and the round's first ones are smaller."""
    monkeypatch.setattr(opening_process, "MIN_BATCH", 2)
    monkeypatch.setattr(opening_process, "RAMP", (3, 5))


@pytest.fixture
def opened_here(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The op ids the round opened in its own process."""
    opened: list[str] = []
    real = landing.open_one

    def counted(env: Envelope, keys: Keys) -> Operation | str:
        opened.append(env.op_id)
        return real(env, keys)

    monkeypatch.setattr(landing, "open_one", counted)
    yield opened


def _process_up() -> None:
    start_opening_process()
    deadline = time.monotonic() + 60
    while not opening_ready():
        assert time.monotonic() < deadline, "the opening process did not start"
        time.sleep(0.05)


def _notes(partner: Workspace) -> int:
    with partner.db.read_session() as session:
        return int(session.scalar(select(func.count()).select_from(CaseNoteRow)) or 0)


def test_large_batches_are_opened_in_the_opening_process(
    laptops: TwoLaptops, small_batches: None, opened_here: list[str]
) -> None:
    partner = _partner_with_notes_waiting(laptops, NOTES)
    before = _notes(partner)
    _process_up()
    opened_here.clear()
    client = _client(laptops, partner)
    with client:
        _round(partner, client)
    assert _notes(partner) == before + NOTES
    assert opened_here == []  # every envelope was opened by the process
    assert len(client.batches) >= 4  # batches of three (the test's client), so several overlap


def test_a_killed_opening_process_leaves_the_round_to_open_everything(
    laptops: TwoLaptops, small_batches: None, opened_here: list[str]
) -> None:
    partner = _partner_with_notes_waiting(laptops, NOTES)
    before = _notes(partner)
    _process_up()
    pool = opening_process._OPENER._pool
    assert pool is not None
    for pid in list(pool._processes):  # the process dies between two rounds
        os.kill(pid, signal.SIGKILL)
    opened_here.clear()
    client = _client(laptops, partner)
    with client:
        _round(partner, client)
    assert _notes(partner) == before + NOTES
    assert len(opened_here) >= NOTES  # opened in the round instead
    _process_up()  # and the next large batch may start a new one


def test_the_opening_process_can_be_turned_off(
    laptops: TwoLaptops,
    small_batches: None,
    opened_here: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    partner = _partner_with_notes_waiting(laptops, NOTES)
    before = _notes(partner)
    _process_up()
    monkeypatch.setenv("LIVCR_OPEN_IN_PROCESS", "1")
    opened_here.clear()
    client = _client(laptops, partner)
    with client:
        _round(partner, client)
    assert _notes(partner) == before + NOTES
    assert len(opened_here) >= NOTES
