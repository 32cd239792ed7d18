"""A strategic meeting that approves the yearly report of a year by signed consensus: shared by
the approval tests of the service and of the screens."""

from __future__ import annotations

from datetime import timedelta

from livcr_desktop.domain.decisions import DecisionKind, Position, Proposal
from livcr_desktop.domain.meetings import Attendance, ItemKind, TableKind
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.live import LiveMeetingService
from tests.helpers.meetings import Table


def report_topic_in_progress(table: Table, year: int) -> str:
    """A strategic meeting under way with the yearly report as its topic, the chair and the
    coordinator present and effective on it; the topic's item id."""
    meeting = table.plan(table=TableKind.STRATEGIC)
    agenda = AgendaService(table.ws)
    item = agenda.add_topic(meeting, ItemKind.YEARLY_EVALUATION, f"Jaarverslag {year}")
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in (table.chair.member_id, table.ws.actor.member_id):
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
        live.set_effective(item, member, True)
    return item


def approve_report(table: Table, year: int) -> str:
    """A strategic meeting with the yearly report as its topic, approved and signed."""
    item = report_topic_in_progress(table, year)
    decisions = DecisionService(table.ws)
    decision = decisions.propose(
        item,
        Proposal(
            DecisionKind.STRATEGIC,
            f"De strategische tafel keurt het jaarverslag {year} goed.",
            report_year=year,
        ),
    )
    for member in (table.chair.member_id, table.ws.actor.member_id):
        decisions.record_position(decision, member, Position.AGREE)
    chair = table.sign_in(table.chair)
    DecisionService(chair).sign(decision, table.chair.passphrase)
    return decision
