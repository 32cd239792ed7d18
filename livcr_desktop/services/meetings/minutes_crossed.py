"""Minutes approved over a seal set that this laptop had already sealed anew: a crossing.

A chair approving on their own laptop signs the seal set the coordinator's laptop wrote
(minutes_seal_set.py). If the coordinator changes the draft meanwhile (a case item's summary),
their laptop seals it anew; when the approval then arrives, the approved minutes are the
earlier set: the chair signed that, every laptop can check its hash, and the screen and PDF
print its text (minutes_sealed.sealed_texts reads the approved item texts from the journal).
The later change is in no approved minutes, and before this module nobody was told.

A crossing is recognised from what this laptop holds: approved minutes whose snapshot is a
seal set in its journal (`minutes.sealed` with that very text, written here or received), while
the meeting's seal set is a later, different one. Minutes approved from the draft itself (on the
laptop that holds every case) match no seal set when they differ from it, so they never count.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.irreversible import joined
from livcr_desktop.domain.minutes_seal_set import changed_after
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message, Text
from livcr_desktop.services.meetings.minutes_seal_set import SEALED_KIND
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import JournalOperation, MeetingRow, Member

CROSSED = QT_TRANSLATE_NOOP(
    "Minutes",
    "{chair} approved the minutes of the meeting of {day} as they were sealed for approval, "
    "before a later change on this laptop. The approved minutes are that earlier text: the "
    "screen and the PDF show exactly what {chair} signed. Not in them: what was changed "
    "afterwards in {changes}. Add an amendment to these minutes for what must be corrected, "
    "or bring it to the next meeting.",
)
ITEM_PART = QT_TRANSLATE_NOOP("Minutes", "item {number} ({heading})")
GENERAL_PART = QT_TRANSLATE_NOOP("Minutes", "the general part (attendance, remarks)")


@dataclass(frozen=True)
class CrossedApproval:
    """Approved minutes that miss a change sealed after the set the chair signed."""

    meeting_id: str
    day: date
    chair: str
    parts: tuple[Text | Message, ...]
    """What changed afterwards: items by number and heading, the general part."""

    def message(self) -> Message:
        """What the coordinator reads in the minutes view and the Sync area."""
        return Message(
            CROSSED, {"chair": self.chair, "day": self.day, "changes": joined(list(self.parts))}
        )


def crossed_approval(session: Session, meeting: MeetingRow) -> CrossedApproval | None:
    """The crossing of these minutes, or None (not approved, or approved as last sealed)."""
    approved, later = meeting.minutes_snapshot, meeting.minutes_seal_set
    if approved is None or later is None or approved == later:
        return None
    if not _sealed_here(session, meeting.id, approved):
        return None
    changes = changed_after(json.loads(approved), json.loads(later))
    parts: list[Text | Message] = [
        Message(ITEM_PART, {"number": number, "heading": heading})
        for number, heading in changes.items
    ]
    if changes.general:
        parts.append(GENERAL_PART)
    if not parts:
        return None
    chair = session.get(Member, meeting.minutes_approved_by or "")
    return CrossedApproval(
        meeting.id, local_date(meeting.starts_at), chair.full_name if chair else "?", tuple(parts)
    )


def crossed_approvals(session: Session) -> list[CrossedApproval]:
    """Every crossing on this laptop, oldest meeting first (for the Sync area)."""
    found = []
    for meeting in session.scalars(
        select(MeetingRow)
        .where(
            MeetingRow.minutes_snapshot.is_not(None),
            MeetingRow.minutes_seal_set.is_not(None),
            MeetingRow.minutes_snapshot != MeetingRow.minutes_seal_set,
        )
        .order_by(MeetingRow.starts_at)
    ):
        crossing = crossed_approval(session, meeting)
        if crossing is not None:
            found.append(crossing)
    return found


def crossings_to_tell(workspace: Workspace, meeting_id: str | None = None) -> list[CrossedApproval]:
    """The crossings to tell the signed-in person: of one meeting, or all; none for whoever may
    not edit minutes (the amendment is theirs to add)."""
    if not workspace.may(Resource.MINUTES, Action.EDIT):
        return []
    with workspace.db.read_session() as session:
        if meeting_id is None:
            return crossed_approvals(session)
        meeting = session.get(MeetingRow, meeting_id)
        crossing = None if meeting is None else crossed_approval(session, meeting)
        return [] if crossing is None else [crossing]


def _sealed_here(session: Session, meeting_id: str, text: str) -> bool:
    """Whether the journal holds a sealing of this meeting with exactly this seal set (a few
    per meeting: one per change of its draft)."""
    journal = JournalOperation.__table__
    for (payload,) in session.execute(
        select(journal.c.payload).where(
            journal.c.entity == "meeting",
            journal.c.entity_id == meeting_id,
            journal.c.kind == SEALED_KIND,
        )
    ):
        if (json.loads(payload).get("fields") or {}).get("minutes_seal_set") == text:
            return True
    return False
