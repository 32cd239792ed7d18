"""A real round on a real hub: the signatures and batches it pulls commit relaxed (the hub
serves them again), and the round fsyncs the write-ahead log once, after the last of them and
before it writes anything else (docs/sync.md, "Durability of what a round lands")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy.orm import Session

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.cases.involvement import InvolvementService
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync

pytestmark = pytest.mark.slow


def _recording(events: list[str], name: str, real: Callable[[], Any]) -> Callable[[], Any]:
    def call() -> Any:
        events.append(name)
        return real()

    return call


def test_a_round_lands_relaxed_and_makes_it_durable_once(
    laptops: TwoLaptops, monkeypatch: pytest.MonkeyPatch
) -> None:
    partner = laptops.partner_first_sync()
    for n in range(3):
        InvolvementService(partner).add_note(
            laptops.shared_case, f"Notitie {n} van Pieter.", NoteVisibility.TABLE
        )
    _sync(partner, laptops.partner_password)
    coordinator = laptops.coordinator
    db = coordinator.db
    events: list[str] = []
    levels: list[int] = []
    real_relaxed = db.relaxed_write_session

    def relaxed() -> Session:
        events.append("relaxed")
        session = real_relaxed()
        levels.append(int(session.connection().exec_driver_sql("PRAGMA synchronous").scalar() or 0))
        session.rollback()  # the level was read in a transaction of its own
        return session

    monkeypatch.setattr(db, "relaxed_write_session", relaxed)
    monkeypatch.setattr(db, "make_durable", _recording(events, "durable", db.make_durable))
    monkeypatch.setattr(db, "write_session", _recording(events, "full", db.write_session))
    report = _sync(coordinator, laptops.hub.coordinator_password)
    assert getattr(report, "applied", 0) >= 3
    assert levels and set(levels) == {1}  # NORMAL
    assert events.count("durable") == 1
    durable = events.index("durable")
    assert "relaxed" not in events[durable:]
    assert "full" in events[durable:]  # retry, signatures kept, the time of the sync
    with db.write_session() as session, session.begin():
        level = session.connection().exec_driver_sql("PRAGMA synchronous").scalar()
    assert level == 2  # FULL again for everything else
