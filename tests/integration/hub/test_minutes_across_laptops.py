"""Minutes approved on the chair's own laptop reach the others through a real hub: the approval
travels LIVC-R-wide with each case item only sealed, each case item's frozen text in its case's
scope (minutes format 3). The coordinator's laptop shows every item, the school partner's its own
item and a line for the other case's, nothing is held back or quarantined, and the minutes'
hash verifies on every laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.minutes import MinutesDocument
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.meetings.minutes import MinutesService, compose_minutes, minutes_intact
from livcr_desktop.store.models import MeetingRow, SyncHeldRow
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import Table, make_table, run_meeting
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import Laptop, LaptopFleet
from tests.integration.hub.test_erasure_everywhere import erase_now


@pytest.fixture
def fleet(tmp_path: Path, hub_db: HubDatabase) -> Iterator[LaptopFleet]:
    table: Table = make_table(make_livcr(tmp_path / "coordinator"))
    made = LaptopFleet(table, hub_db, tmp_path)
    made.enrol(table.chair)
    made.enrol(table.school)
    yield made
    made.close()
    for workspace in table.workspaces:
        workspace.close()
    table.livcr.workspace.close()


def _sync_all(fleet: LaptopFleet) -> None:
    for _ in range(2):
        for laptop in fleet.laptops:
            laptop.sync()


def _minutes_there(laptop: Laptop, meeting_id: str) -> MinutesDocument:
    """The approved minutes as that laptop composes them; their hash checked, nothing held."""
    with laptop.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(SyncHeldRow)) == 0, laptop.name
        meeting = session.get(MeetingRow, meeting_id)
        assert meeting is not None and meeting.minutes_approved_at is not None, laptop.name
        assert minutes_intact(session, meeting), laptop.name
        assert verify_session(session).record_problems == [], laptop.name
        return compose_minutes(session, meeting)


def test_minutes_approved_on_the_chairs_laptop_show_each_laptop_its_items(
    fleet: LaptopFleet,
) -> None:
    table = fleet.table
    meeting, first, _general, second = run_meeting(table)
    _sync_all(fleet)
    chair, school = fleet.members["bram.b"], fleet.members["sofie.s"]
    digest = MinutesService(chair.workspace).approve(meeting)
    _sync_all(fleet)

    full = _minutes_there(fleet.coordinator, meeting)
    assert full.approval is not None and full.approval.content_hash == digest
    assert all(i.sealed is None for i in full.items)
    by_id = {i.item_id: i for i in full.items}
    assert "ouders" in by_id[first].summary and "OCMW" in by_id[second].summary
    with table.ws.db.read_session() as session:
        assert verify_session(session).healthy

    partial = _minutes_there(school, meeting)
    assert partial.approval is not None and partial.approval.content_hash == digest
    seen = {i.item_id: i for i in partial.items}
    assert seen[first].summary == by_id[first].summary and seen[first].sealed is None
    assert seen[second].sealed is not None and seen[second].summary == ""
    assert partial.content_hash() == digest


def test_an_erased_case_item_shows_as_erased_where_the_case_never_was(
    fleet: LaptopFleet,
) -> None:
    """The welfare case, never on the school partner's laptop, is erased: that laptop shows its
    item as erased (from the register, which names the case's code) and the hash still checks."""
    table = fleet.table
    meeting, _first, _general, second = run_meeting(table)
    MinutesService(table.sign_in(table.chair)).approve(meeting)
    _sync_all(fleet)
    erase_now(table.ws, table.case_welfare)
    _sync_all(fleet)
    for laptop in (fleet.coordinator, fleet.members["sofie.s"]):
        item = next(i for i in _minutes_there(laptop, meeting).items if i.item_id == second)
        assert item.erased is not None and item.sealed is None, laptop.name
        assert item.erased.erased_on == table.clock.today()
