"""A strategic-table meeting whose "House rules" item the table decides on: shared by the
house rules tests of the services and the screens."""

from __future__ import annotations

from datetime import timedelta

from livcr_desktop.domain.decisions import DecisionKind, Position, Proposal
from livcr_desktop.domain.erasure_topic import erasure_wording
from livcr_desktop.domain.meetings import Attendance, ItemKind, TableKind
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.retention.due import RetentionService
from livcr_desktop.store.models import AgendaItemRow
from tests.helpers.meetings import Table


def strategic_proposal(table: Table, kind: ItemKind = ItemKind.HOUSE_RULES) -> tuple[str, str]:
    """A strategic-table meeting tomorrow with one topic, started, and a strategic decision on
    it agreed by the chair and the coordinator, not signed yet: (decision, meeting)."""
    meeting = table.plan(table=TableKind.STRATEGIC)
    agenda = AgendaService(table.ws)
    item = agenda.add_topic(meeting, kind, "Huishoudelijk reglement")
    people = (table.chair.member_id, table.ws.actor.member_id)
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in people:
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
        live.set_effective(item, member, True)
    decisions = DecisionService(table.ws)
    decision = decisions.propose(
        item, Proposal(DecisionKind.STRATEGIC, "Het huishoudelijk reglement wordt aangenomen.")
    )
    for member in people:
        decisions.record_position(decision, member, Position.AGREE)
    return decision, meeting


def strategic_decision(table: Table, kind: ItemKind = ItemKind.HOUSE_RULES) -> str:
    """The strategic proposal above, signed by the chair, and the meeting finished."""
    decision, meeting = strategic_proposal(table, kind)
    chair = table.sign_in(table.chair)
    DecisionService(chair).sign(decision, table.chair.passphrase)
    LiveMeetingService(table.ws).finish(meeting)
    return decision


def decide_erasure(table: Table, case_id: str, rule: RetentionRule | None) -> str:
    """Propose the erasure of a case that reached its term (`rule`; None: that has a granted
    erasure request) to an operational meeting in three days, hold the meeting, and have the
    table agree and the chair sign a decision on the proposal's item. Returns the decision id."""
    meeting = table.plan(days=3)
    retention = RetentionService(table.ws)
    item = (
        retention.propose_requested_erasure(case_id)
        if rule is None
        else retention.propose_erasure(case_id, rule)
    )
    table.clock.advance(timedelta(days=3, hours=5))
    people = (table.chair.member_id, table.ws.actor.member_id)
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in people:
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
        live.set_effective(item, member, True)
    decisions = DecisionService(table.ws)
    with table.ws.db.read_session() as session:
        row = session.get(AgendaItemRow, item)
        assert row is not None and row.kind == ItemKind.ERASURE.value
        wording = erasure_wording(row.title)  # an erasure's wording is fixed
    decision = decisions.propose(item, Proposal(DecisionKind.FREE_TEXT, wording))
    for member in people:
        decisions.record_position(decision, member, Position.AGREE)
    chair = table.sign_in(table.chair)
    DecisionService(chair).sign(decision, table.chair.passphrase)
    live.finish(meeting)
    return decision


def erasure_in_progress(table: Table) -> tuple[str, str]:
    """The welfare case (closed at screening) proposed for erasure to an operational meeting
    that is now running, the chair and the coordinator present and effective on the proposed
    erasure: (meeting, item)."""
    CaseService(table.ws).screen(table.case_welfare, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    table.clock.advance(timedelta(days=400))
    meeting = table.plan(days=3)
    item = RetentionService(table.ws).propose_erasure(
        table.case_welfare, RetentionRule.NOT_PAST_SCREENING
    )
    table.clock.advance(timedelta(days=3, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in (table.chair.member_id, table.ws.actor.member_id):
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
        live.set_effective(item, member, True)
    return meeting, item
