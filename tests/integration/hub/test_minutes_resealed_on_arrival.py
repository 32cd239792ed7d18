"""A change to held draft minutes made on another laptop (the chair signs a decision of the
meeting on their own laptop) reaches the coordinator's laptop by a sync round: the app reseals
the draft at the end of that round, so the chair's approval is not refused as stale while
nobody opened the minutes on the coordinator's laptop. Through a real hub."""

from __future__ import annotations

from datetime import timedelta

from livcr_desktop.domain.decisions import Position
from livcr_desktop.domain.meetings import Attendance, ItemKind
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.meetings.minutes_reseal_arrived import (
    journal_head,
    reseal_after_arrival,
)
from livcr_desktop.services.sync.in_app import run_round
from livcr_desktop.services.sync.link import remember_password
from livcr_desktop.store.models import MeetingRow
from tests.helpers.decisions import FOLLOW
from tests.helpers.meetings import Table
from tests.integration.hub import test_minutes_joint_chair as joint_chair
from tests.integration.hub.laptops import LAPTOP_PASSPHRASE, Laptop, LaptopFleet

fleet = joint_chair.fleet
"""The coordinator's laptop and the chair's own, on a fresh hub (test_minutes_joint_chair.py)."""


def held_with_a_decision_to_sign(table: Table) -> tuple[str, str]:
    """A meeting held on the coordinator's laptop whose case item has an agreed decision that
    the chair has not signed yet. (meeting, decision)"""
    meeting = table.plan()
    agenda = AgendaService(table.ws)
    item = agenda.add_case(meeting, table.case_school)
    agenda.add_topic(meeting, ItemKind.GENERAL, "Goedkeuring vorig verslag")
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in (table.chair.member_id, table.school.member_id, table.ws.actor.member_id):
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
    for member in (table.chair.member_id, table.school.member_id):
        live.set_effective(item, member, True)
    live.set_summary(item, "De school volgt op.")
    decisions = DecisionService(table.ws)
    decision = decisions.propose(item, FOLLOW)
    for person in (table.chair, table.school):
        decisions.record_position(decision, person.member_id, Position.AGREE)
    live.finish(meeting)
    return meeting, decision


def seal_set(laptop: Laptop, meeting: str) -> str | None:
    with laptop.db.read_session() as session:
        row = session.get(MeetingRow, meeting)
        assert row is not None
        return row.minutes_seal_set


def test_a_signature_from_the_chairs_laptop_is_sealed_at_the_end_of_the_round(
    fleet: LaptopFleet,
) -> None:
    table, coordinator = fleet.table, fleet.coordinator
    chair = fleet.members[table.chair.username]
    meeting, decision = held_with_a_decision_to_sign(table)
    for laptop in (coordinator, chair, coordinator, chair):
        laptop.sync()
    sealed_before = seal_set(coordinator, meeting)
    assert sealed_before is not None and seal_set(chair, meeting) == sealed_before

    DecisionService(chair.workspace).sign(decision, LAPTOP_PASSPHRASE)
    chair.sync()
    # The coordinator's app syncs in the background; nobody opens the minutes there.
    assert remember_password(coordinator.workspace, coordinator.hub_password)
    assert run_round(coordinator.workspace).applied
    assert seal_set(coordinator, meeting) != sealed_before
    chair.sync()
    assert seal_set(chair, meeting) == seal_set(coordinator, meeting)
    service = MinutesService(chair.workspace)
    assert service.approval_check(meeting).blocking == ()
    assert service.approve(meeting)

    # Nothing arrived: nothing is composed or written.
    head = journal_head(coordinator.db)
    assert reseal_after_arrival(coordinator.workspace, head) == 0
    assert journal_head(coordinator.db) == head
