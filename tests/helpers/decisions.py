"""A meeting in progress with effective participants, and decisions agreed and signed in it:
shared by the decision tests of the services, the screens and the command line."""

from __future__ import annotations

from datetime import timedelta

from livcr_desktop.domain.cases import CloseReason
from livcr_desktop.domain.decisions import DecisionKind, Position, Proposal
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.workspace import Workspace
from tests.helpers.meetings import Table, agenda_with_two_cases

CLOSE = Proposal(
    DecisionKind.CLOSE_CASE,
    "De casus wordt afgesloten: de school volgt verder op.",
    close_reason=CloseReason.REGULAR_SERVICES,
)
FOLLOW = Proposal(DecisionKind.FOLLOW_UP, "De casus blijft in opvolging bij de LIVC-R.")


def in_progress(table: Table) -> tuple[str, str, str]:
    """The meeting of `agenda_with_two_cases`, started, with the chair and the school present,
    acknowledged and effective on the first item (the school's case)."""
    meeting, first, general, _second = agenda_with_two_cases(table)
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    for member in (table.chair.member_id, table.school.member_id, table.ws.actor.member_id):
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
    for member in (table.chair.member_id, table.school.member_id):
        live.set_effective(first, member, True)
    return meeting, first, general


def all_agree(table: Table, decision: str) -> None:
    decisions = DecisionService(table.ws)
    for person in (table.chair, table.school):
        decisions.record_position(decision, person.member_id, Position.AGREE)


def signed(table: Table, proposal: Proposal = CLOSE) -> tuple[str, str, Workspace]:
    """A decision on the school's case, agreed by both and signed by the chair."""
    _meeting, first, _general = in_progress(table)
    decision = DecisionService(table.ws).propose(first, proposal)
    all_agree(table, decision)
    chair = table.sign_in(table.chair)
    DecisionService(chair).sign(decision, table.chair.passphrase)
    return decision, first, chair
