"""What a laptop writes after a round is stamped after everything the round applied, though
the landing observes only each batch's latest stamp (not every operation's): a partner whose
clock runs two minutes ahead (within the hub's drift) writes notes, the coordinator's next
stamp still sorts after the last of them."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from livcr_desktop.domain.hlc import HybridLogicalClock
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.store.models import JournalOperation
from tests.integration.hub.test_two_laptops import TwoLaptops, _sync

pytestmark = pytest.mark.slow


def test_the_next_stamp_follows_the_latest_one_applied(laptops: TwoLaptops) -> None:
    partner = laptops.partner_first_sync()
    ahead = int(datetime.now(UTC).timestamp() * 1000) + 120_000
    partner.db._hlc = HybridLogicalClock(None, wall_ms=lambda: ahead)
    for n in range(3):
        InvolvementService(partner).add_note(
            laptops.shared_case, f"Notitie {n} van Pieter.", NoteVisibility.TABLE
        )
    _sync(partner, laptops.partner_password)
    with partner.db.read_session() as session:
        stamps = list(
            session.scalars(
                select(JournalOperation.hlc).where(
                    JournalOperation.device_id == partner.db.device_id
                )
            )
        )
    coordinator = laptops.coordinator
    report = _sync(coordinator, laptops.hub.coordinator_password)
    assert getattr(report, "applied", 0) >= 3
    assert coordinator.db.hlc.tick().encode() > max(stamps)
