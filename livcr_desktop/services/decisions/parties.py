"""Who a proposal is put to, who had left the room, and who took a position on an open proposal.

Read inside the transaction that writes: proposing fixes the parties from these reads, and the
live meeting asks here before it lets anyone off an item. This module imports only the store,
so the meeting services can use it without importing the decision services.
"""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.decisions import DecisionState, legacy_put_to
from livcr_desktop.store.models import (
    AgendaItemRow,
    DecisionPositionRow,
    DecisionRow,
    ItemInviteeRow,
    MeetingParticipantRow,
)


def effective_members(session: Session, item_id: str) -> frozenset[str]:
    """The effective participants of an item, as ticked in the meeting now."""
    return frozenset(
        session.scalars(
            select(ItemInviteeRow.member_id).where(
                ItemInviteeRow.item_id == item_id, ItemInviteeRow.effective.is_(True)
            )
        )
    )


def left_members(session: Session, meeting_id: str) -> dict[str, datetime]:
    """The participants of a meeting who left the room, with the moment they left."""
    return {
        row.member_id: row.left_at
        for row in session.scalars(
            select(MeetingParticipantRow).where(
                MeetingParticipantRow.meeting_id == meeting_id,
                MeetingParticipantRow.left_at.is_not(None),
            )
        )
        if row.left_at is not None
    }


def _ids(stored: str | None) -> frozenset[str]:
    return frozenset(json.loads(stored)) if stored else frozenset()


def encode_ids(ids: frozenset[str]) -> str:
    """A set of member ids as stored on a proposal: a sorted JSON list."""
    return json.dumps(sorted(ids))


def put_to_of(session: Session, decision: DecisionRow) -> frozenset[str]:
    """The people a proposal was put to (fixed when it was put)."""
    if decision.put_to is not None:
        return _ids(decision.put_to)
    positioned = session.scalars(
        select(DecisionPositionRow.member_id).where(DecisionPositionRow.decision_id == decision.id)
    )
    return legacy_put_to(effective_members(session, decision.item_id), frozenset(positioned))


def left_before_of(decision: DecisionRow) -> frozenset[str]:
    """The item's effective participants who had left the room when the proposal was put."""
    return _ids(decision.left_before)


def open_proposals_with_position(
    session: Session, member_id: str, *, item_id: str | None = None, meeting_id: str | None = None
) -> list[DecisionRow]:
    """The open proposals (of one item, or of every item of a meeting) on which a member took a
    position, oldest first: while one is open, that person cannot be taken off the item."""
    query = (
        select(DecisionRow)
        .join(DecisionPositionRow, DecisionPositionRow.decision_id == DecisionRow.id)
        .where(
            DecisionPositionRow.member_id == member_id,
            DecisionRow.state == DecisionState.OPEN.value,
        )
        .order_by(DecisionRow.proposed_at)
    )
    if item_id is not None:
        query = query.where(DecisionRow.item_id == item_id)
    if meeting_id is not None:
        query = query.join(AgendaItemRow, AgendaItemRow.id == DecisionRow.item_id).where(
            AgendaItemRow.meeting_id == meeting_id
        )
    return list(session.scalars(query))
