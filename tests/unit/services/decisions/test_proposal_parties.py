"""The consensus rule holds however the live screen is used: whom a proposal is put to is fixed
when it is put, nobody who took a position is taken off the item while it is open, and someone
who left the room is marked so and is not among the people a later proposal is put to."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from livcr_desktop.domain.decisions import Outcome, Position
from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.services.audit.verify import verify_workspace
from livcr_desktop.services.decisions.consensus import (
    LEFT_THE_MEETING,
    NO_CONSENSUS,
    NOBODY_TO_PUT_TO,
    NOT_PUT_TO,
    DecisionService,
)
from livcr_desktop.services.decisions.view import DecisionReader
from livcr_desktop.services.meetings.live import (
    HAS_LEFT,
    TOOK_A_POSITION,
    TOOK_A_POSITION_ATTENDANCE,
    LiveMeetingService,
)
from livcr_desktop.store.models import DecisionRow, ItemInviteeRow, JournalOperation
from tests.helpers.decisions import CLOSE, FOLLOW, in_progress
from tests.helpers.meetings import Table

OBJECTION = "Eerst een gesprek met de ouders."


def outcome(table: Table, item: str, index: int = 0) -> Outcome:
    return DecisionReader(table.ws).for_item(item)[index].outcome


def test_un_ticking_the_objector_is_refused_and_never_turns_an_objection_into_consensus(
    table: Table,
) -> None:
    # The bug found in the walk-through: un-ticking the one who objected made it "Consensus".
    meeting, first, _ = in_progress(table)
    decisions = DecisionService(table.ws)
    live = LiveMeetingService(table.ws)
    proposal = decisions.propose(first, CLOSE)
    decisions.record_position(proposal, table.chair.member_id, Position.AGREE)
    decisions.record_position(proposal, table.school.member_id, Position.OBJECT, OBJECTION)
    with pytest.raises(ConflictError) as caught:
        live.set_effective(first, table.school.member_id, False)
    assert caught.value.message.text == TOOK_A_POSITION
    assert "Sofie School" in caught.value.render() and "De casus wordt" in caught.value.render()
    with pytest.raises(ConflictError) as caught:
        live.set_attendance(meeting, table.school.member_id, Attendance.EXCUSED)
    assert caught.value.message.text == TOOK_A_POSITION_ATTENDANCE
    with table.ws.db.read_session() as session:
        still = session.scalars(
            select(ItemInviteeRow.effective).where(
                ItemInviteeRow.item_id == first,
                ItemInviteeRow.member_id == table.school.member_id,
            )
        ).one()
        refusals = session.scalars(
            select(JournalOperation.payload).where(JournalOperation.kind == "decision.refused")
        ).all()
    assert still is True
    assert sorted(json.loads(p)["attempt"] for p in refusals) == [
        "attendance",
        "remove_participant",
    ]
    assert outcome(table, first) is Outcome.BLOCKED
    chair = table.sign_in(table.chair)
    with pytest.raises(ConflictError) as refused:
        DecisionService(chair).sign(proposal, table.chair.passphrase)
    assert refused.value.message.text == NO_CONSENSUS

    # The way forward: withdraw it; then the school may be taken off the item.
    decisions.withdraw(proposal)
    live.set_effective(first, table.school.member_id, False)
    assert verify_workspace(table.ws).healthy


def test_consensus_is_counted_over_the_people_the_proposal_was_put_to(table: Table) -> None:
    # A tick after the proposal was put neither joins nor leaves the people who decide.
    _meeting, first, _ = in_progress(table)
    decisions = DecisionService(table.ws)
    live = LiveMeetingService(table.ws)
    proposal = decisions.propose(first, FOLLOW)
    coordinator = table.ws.actor.member_id
    with table.ws.db.read_session() as session:
        row = session.get(DecisionRow, proposal)
        assert row is not None
        assert json.loads(row.put_to or "") == sorted(
            [table.chair.member_id, table.school.member_id]
        )
    decisions.record_position(proposal, table.chair.member_id, Position.AGREE)
    live.set_effective(first, table.school.member_id, False)  # no position yet: allowed
    assert outcome(table, first) is Outcome.AWAITING
    live.set_effective(first, table.school.member_id, True)
    decisions.record_position(proposal, table.school.member_id, Position.AGREE)
    assert outcome(table, first) is Outcome.CONSENSUS
    assert coordinator not in {
        p.member_id for p in DecisionReader(table.ws).for_item(first)[0].participants
    }


def test_someone_ticked_after_the_proposal_was_put_needs_a_rewording(table: Table) -> None:
    _meeting, first, _ = in_progress(table)
    decisions = DecisionService(table.ws)
    live = LiveMeetingService(table.ws)
    live.set_effective(first, table.school.member_id, False)
    proposal = decisions.propose(first, FOLLOW)
    live.set_effective(first, table.school.member_id, True)
    with pytest.raises(ValidationError) as caught:
        decisions.record_position(proposal, table.school.member_id, Position.OBJECT, OBJECTION)
    assert caught.value.message.text == NOT_PUT_TO
    reworded = decisions.reword(proposal, FOLLOW)
    decisions.record_position(reworded, table.school.member_id, Position.OBJECT, OBJECTION)
    assert outcome(table, first, 1) is Outcome.BLOCKED


def test_someone_who_leaves_is_marked_and_a_later_proposal_is_not_put_to_them(
    table: Table,
) -> None:
    meeting, first, _ = in_progress(table)
    decisions = DecisionService(table.ws)
    live = LiveMeetingService(table.ws)
    before = decisions.propose(first, FOLLOW)
    live.set_left(meeting, table.school.member_id, True)
    with pytest.raises(ConflictError) as caught:
        decisions.record_position(before, table.school.member_id, Position.AGREE)
    assert caught.value.message.text == LEFT_THE_MEETING
    decisions.record_position(before, table.chair.member_id, Position.AGREE)
    assert outcome(table, first) is Outcome.AWAITING  # put to the school too: it waits

    after = decisions.reword(before, FOLLOW)
    view = DecisionReader(table.ws).for_item(first)[1]
    assert [p.name for p in view.participants] == ["Bram Burgemeester"]
    assert view.left_before == ("Sofie School",)
    assert view.outcome is Outcome.AWAITING
    decisions.record_position(after, table.chair.member_id, Position.AGREE)
    assert outcome(table, first, 1) is Outcome.CONSENSUS

    # Someone who left cannot be ticked again until they are back.
    live.set_effective(first, table.school.member_id, False)
    with pytest.raises(ValidationError) as refused:
        live.set_effective(first, table.school.member_id, True)
    assert refused.value.message.text == HAS_LEFT
    live.set_left(meeting, table.school.member_id, False)
    live.set_effective(first, table.school.member_id, True)
    with table.ws.db.read_session() as session:
        kinds = list(
            session.scalars(
                select(JournalOperation.kind).where(
                    JournalOperation.kind.in_(
                        ["meeting.participant_left", "meeting.participant_returned"]
                    )
                )
            )
        )
    assert kinds == ["meeting.participant_left", "meeting.participant_returned"]
    assert verify_workspace(table.ws).healthy


def test_a_proposal_needs_someone_to_be_put_to(table: Table) -> None:
    meeting, first, _ = in_progress(table)
    live = LiveMeetingService(table.ws)
    live.set_left(meeting, table.chair.member_id, True)
    live.set_left(meeting, table.school.member_id, True)
    with pytest.raises(ValidationError) as caught:
        DecisionService(table.ws).propose(first, FOLLOW)
    assert caught.value.message.text == NOBODY_TO_PUT_TO
