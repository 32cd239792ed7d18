"""The facts of a meeting's record that closing it and approving its minutes are checked
against (`domain/meeting_record.py` says what they mean).

Read with the items the signed-in person sees, numbered as the agenda shows them to them, so
"item 3" in the confirmation is the item 3 on their screen.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.domain.meeting_record import ItemRecord, MeetingRecord
from livcr_desktop.domain.meetings import Attendance, ItemKind
from livcr_desktop.services.meetings.access import actor_viewer, visible_items
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    DecisionRow,
    ItemInviteeRow,
    MeetingParticipantRow,
    MeetingRow,
    Member,
)


def meeting_record(workspace: Workspace, session: Session, meeting: MeetingRow) -> MeetingRecord:
    """The record of a meeting already checked with `load_meeting`."""
    items = visible_items(session, meeting, actor_viewer(workspace, meeting))
    ids = [i.id for i in items]
    effective: dict[str, int] = dict(
        session.execute(
            select(ItemInviteeRow.item_id, func.count())
            .where(ItemInviteeRow.item_id.in_(ids), ItemInviteeRow.effective.is_(True))
            .group_by(ItemInviteeRow.item_id)
        ).all()
    )
    open_proposals: dict[str, int] = dict(
        session.execute(
            select(DecisionRow.item_id, func.count())
            .where(DecisionRow.item_id.in_(ids), DecisionRow.state == DecisionState.OPEN.value)
            .group_by(DecisionRow.item_id)
        ).all()
    )
    missing: list[str] = []
    unacknowledged: list[str] = []
    for row, name in session.execute(
        select(MeetingParticipantRow, Member.full_name)
        .join(Member, Member.id == MeetingParticipantRow.member_id)
        .where(MeetingParticipantRow.meeting_id == meeting.id)
    ).all():
        if row.attendance == Attendance.INVITED.value:
            missing.append(name)
        elif row.attendance == Attendance.PRESENT.value and row.secrecy_acknowledged_at is None:
            unacknowledged.append(name)
    return MeetingRecord(
        items=tuple(
            ItemRecord(
                number=number,
                is_case=item.kind == ItemKind.CASE.value,
                postponed=item.postponed,
                # A proposed erasure has no summary by design: its decision is its record.
                has_summary=bool(item.summary.strip()) or item.kind == ItemKind.ERASURE.value,
                effective_count=effective.get(item.id, 0),
                open_proposals=open_proposals.get(item.id, 0),
            )
            for number, item in enumerate(items, start=1)
        ),
        attendance_missing=tuple(sorted(missing, key=str.casefold)),
        not_acknowledged=tuple(sorted(unacknowledged, key=str.casefold)),
    )
