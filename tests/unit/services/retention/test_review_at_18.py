"""The review at 18 proposed from the retention list puts the case itself on the next
operational meeting's agenda: a case item in the case's scope with the invitees of "Add a
case…", linked to the proposal, never a LIVC-R-wide topic; an item already there is reused; a
closed case is refused and nothing is written."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.view import refresh_meeting
from livcr_desktop.services.retention.due import REVIEW_OF_CLOSED_CASE, RetentionService
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseRow,
    ItemInviteeRow,
    JournalOperation,
    RetentionProposalRow,
)
from tests.helpers.factories import make_case
from tests.helpers.meetings import Table

BIRTHDAY = date(2027, 5, 17)
REVIEW = RetentionRule.EIGHTEENTH_BIRTHDAY


def _minor_turned_eighteen(table: Table, outcome: ScreeningOutcome) -> str:
    """A girl born in 2009 whose case the school's partner is invited to, screened with
    `outcome`; the clock on her 18th birthday."""
    minor = make_case(table.livcr, "Lina", "Minderjarig", birth_year=2009)
    InvolvementService(table.ws).invite(minor, table.school.member_id)
    CaseService(table.ws).screen(minor, outcome, "Screening.")
    table.clock.set(datetime.combine(BIRTHDAY, time(8), tzinfo=UTC))
    return minor


def _items(table: Table, meeting: str) -> list[AgendaItemRow]:
    with table.ws.db.read_session() as session:
        return list(
            session.scalars(select(AgendaItemRow).where(AgendaItemRow.meeting_id == meeting))
        )


def test_the_review_puts_the_case_itself_on_the_agenda(table: Table) -> None:
    minor = _minor_turned_eighteen(table, ScreeningOutcome.TO_TABLE)
    meeting = table.plan(days=3)
    service = RetentionService(table.ws)
    item_id = service.propose_erasure(minor, REVIEW)
    (item,) = _items(table, meeting)
    assert item.id == item_id
    assert (item.kind, item.case_id, item.title) == (ItemKind.CASE.value, minor, "")
    with table.ws.db.read_session() as session:
        case = session.get(CaseRow, minor)
        assert case is not None and item.municipality_id == case.municipality_id
        invited = set(
            session.scalars(
                select(ItemInviteeRow.member_id).where(ItemInviteeRow.item_id == item_id)
            )
        )
        (proposal,) = session.scalars(select(RetentionProposalRow))
        scopes = {
            op.kind: op.scope_id
            for op in session.scalars(
                select(JournalOperation).where(
                    JournalOperation.entity_id.in_([item_id, proposal.id])
                )
            )
        }
    coordinator = table.ws.actor.member_id
    assert invited == {table.chair.member_id, coordinator, table.school.member_id}
    assert (proposal.case_id, proposal.rule, proposal.due_on) == (minor, REVIEW.value, BIRTHDAY)
    assert (proposal.meeting_id, proposal.agenda_item_id) == (meeting, item_id)
    # Everything the table writes about it is in the case's scope, erased with the case.
    assert scopes == {"meeting.item_added": minor, "retention.erasure_proposed": minor}
    (due,) = [d for d in service.due().cases if d.case_id == minor]
    assert due.proposed_for == BIRTHDAY + timedelta(days=3)
    with pytest.raises(ConflictError):  # once is enough
        service.propose_erasure(minor, REVIEW)


def test_a_case_already_on_the_agenda_is_linked_not_added_again(table: Table) -> None:
    minor = _minor_turned_eighteen(table, ScreeningOutcome.TO_TABLE)
    meeting = table.plan(days=3)
    on_agenda = AgendaService(table.ws).add_case(meeting, minor)
    assert RetentionService(table.ws).propose_erasure(minor, REVIEW) == on_agenda
    assert [i.id for i in _items(table, meeting)] == [on_agenda]
    with table.ws.db.read_session() as session:
        (proposal,) = session.scalars(select(RetentionProposalRow))
    assert proposal.agenda_item_id == on_agenda


def test_the_review_of_a_closed_case_is_refused_and_nothing_is_written(table: Table) -> None:
    minor = _minor_turned_eighteen(table, ScreeningOutcome.NO_ACTION)  # closed at screening
    meeting = table.plan(days=3)
    assert any(
        d.case_id == minor and d.rule is REVIEW for d in RetentionService(table.ws).due().cases
    )
    with pytest.raises(ConflictError) as refused:
        RetentionService(table.ws).propose_erasure(minor, REVIEW)
    assert refused.value.message.text == REVIEW_OF_CLOSED_CASE
    assert _items(table, meeting) == []
    with table.ws.db.read_session() as session:
        assert session.scalar(select(func.count()).select_from(RetentionProposalRow)) == 0


def test_the_table_closes_the_case_at_its_review_by_a_decision_on_the_case(table: Table) -> None:
    from livcr_desktop.domain.cases import CaseStatus
    from livcr_desktop.domain.decisions import Position
    from livcr_desktop.domain.meetings import Attendance
    from livcr_desktop.services.decisions.consensus import DecisionService
    from livcr_desktop.services.meetings.live import LiveMeetingService
    from livcr_desktop.services.meetings.live_record import LiveRecord
    from livcr_desktop.store.models import DecisionRow
    from tests.helpers.decisions import CLOSE

    minor = _minor_turned_eighteen(table, ScreeningOutcome.TO_TABLE)
    meeting = table.plan(days=3)
    item = RetentionService(table.ws).propose_erasure(minor, REVIEW)
    table.clock.advance(timedelta(days=3, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    people = (table.chair.member_id, table.school.member_id, table.ws.actor.member_id)
    for member in people:
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
    for member in people[:2]:
        live.set_effective(item, member, True)
    LiveRecord(table.ws).set_summary(item, "Lina is 18: de school volgt verder op.")
    decisions = DecisionService(table.ws)
    decision = decisions.propose(item, CLOSE)
    for member in people[:2]:
        decisions.record_position(decision, member, Position.AGREE)
    chair = table.sign_in(table.chair)
    DecisionService(chair).sign(decision, table.chair.passphrase)
    with table.ws.db.read_session() as session:
        row = session.get(DecisionRow, decision)
        case = session.get(CaseRow, minor)
        summary_scopes = set(
            session.scalars(
                select(JournalOperation.scope_id).where(
                    JournalOperation.entity_id == item,
                    JournalOperation.kind != "meeting.item_added",
                )
            )
        )
    assert row is not None and row.case_id == minor
    assert case is not None and case.status == CaseStatus.CLOSED.value
    assert summary_scopes == {minor}  # the summary is the case's, erased with it


def test_the_agenda_says_why_the_case_is_there_to_those_who_may_see_it(table: Table) -> None:
    """The item is a plain case item; the proposal row tells the agenda it is the review at
    18. A case added by hand says nothing of the kind."""
    minor = _minor_turned_eighteen(table, ScreeningOutcome.TO_TABLE)
    other = make_case(table.livcr, "Omar", "Volwassen", birth_year=1990)
    CaseService(table.ws).screen(other, ScreeningOutcome.TO_TABLE, "Screening.")
    meeting = table.plan(days=3)
    by_hand = AgendaService(table.ws).add_case(meeting, other)
    review = RetentionService(table.ws).propose_erasure(minor, REVIEW)
    items = {i.id: i for i in refresh_meeting(table.ws, meeting).items}
    assert items[review].turned_eighteen_on == BIRTHDAY
    assert items[by_hand].turned_eighteen_on is None
