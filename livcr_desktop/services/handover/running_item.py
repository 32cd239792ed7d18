"""The case's item in a meeting that is running (or just held, minutes not approved yet): where
the table decides a hand-over, as it approves a feedback form."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.meetings import MeetingStatus
from livcr_desktop.store.models import AgendaItemRow, MeetingRow


def running_item(session: Session, case_id: str) -> str | None:
    """The item id, or None when the case is on no such meeting's agenda."""
    return session.scalars(
        select(AgendaItemRow.id)
        .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
        .where(
            AgendaItemRow.case_id == case_id,
            AgendaItemRow.postponed.is_(False),
            MeetingRow.status.in_([MeetingStatus.IN_PROGRESS.value, MeetingStatus.HELD.value]),
            MeetingRow.minutes_approved_at.is_(None),
        )
        .order_by(MeetingRow.starts_at.desc())
    ).first()
