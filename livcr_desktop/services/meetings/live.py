"""Running a meeting: attendance, the secrecy duty, who effectively takes part in each item,
summaries, confidential notes, action points, and closing (the record of each item, from its
summary to its action points, is written by `live_record.LiveRecord`).

Only someone present who acknowledged the secrecy duty of art. 458ter §2 Sw. at this meeting can
be an effective participant of an item; the consensus decisions of that item need exactly those
people. The record stays editable (for the draft minutes) until the minutes are approved.
Every change reads the meeting and checks the person's permission and the meeting's status
inside the transaction that makes the change, so a meeting cancelled, or minutes approved, on
another laptop a moment earlier refuses the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.meeting_record import closing_meeting
from livcr_desktop.domain.meetings import Attendance, ItemKind, MeetingStatus
from livcr_desktop.domain.permissions import Action
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.services.decisions.parties import open_proposals_with_position
from livcr_desktop.services.meetings.access import load_item, require_not_frozen
from livcr_desktop.services.meetings.live_record import (
    ACTION_DUE_PAST,
    ACTION_NOT_YOURS,
    ACTION_OWNER,
    ACTION_REQUIRED,
    ACTION_UNKNOWN,
    MAX_NOTE,
    MAX_SUMMARY,
    NOT_A_CASE_ITEM,
    NOTE_REQUIRED,
    SUMMARY_TOO_LONG,
    LiveRecord,
)
from livcr_desktop.services.meetings.minutes import reseal_draft
from livcr_desktop.services.meetings.record_check import meeting_record
from livcr_desktop.services.meetings.view import read_meeting
from livcr_desktop.services.unit_of_work import Refusal
from livcr_desktop.store.models import (
    AgendaItemRow,
    DecisionRow,
    ItemInviteeRow,
    MeetingParticipantRow,
    Member,
)

TOO_EARLY = QT_TRANSLATE_NOOP(
    "LiveMeeting", "This meeting is planned for {day}; it can be started from that day on."
)
NOT_PLANNED = QT_TRANSLATE_NOOP("LiveMeeting", "Only a planned meeting can be started.")
NOT_RUNNING = QT_TRANSLATE_NOOP("LiveMeeting", "The meeting is not in progress.")
NOT_PARTICIPANT = QT_TRANSLATE_NOOP("LiveMeeting", "{name} is not a participant of this meeting.")
NOT_PRESENT = QT_TRANSLATE_NOOP(
    "LiveMeeting", "Mark {name} as present first: only those present acknowledge the secrecy duty."
)
NO_ACKNOWLEDGEMENT = QT_TRANSLATE_NOOP(
    "LiveMeeting",
    "{name} has not acknowledged the secrecy duty (art. 458ter §2 Sw.) at this meeting yet, "
    "so they cannot take part in the discussion of a case.",
)
NOT_INVITED_TO_ITEM = QT_TRANSLATE_NOOP(
    "LiveMeeting", "{name} is not invited to this item. Add them to its invitees first."
)
ATTENDANCE_MISSING = QT_TRANSLATE_NOOP(
    "LiveMeeting", "Record the attendance of every participant before closing the meeting: {names}."
)
TOOK_A_POSITION = QT_TRANSLATE_NOOP(
    "LiveMeeting",
    "{name} took a position on the open proposal “{wording}”, so they stay an effective "
    "participant of this item while it is open. Withdraw the proposal or reword it first; a new "
    "wording is put to those taking part at that moment.",
)
TOOK_A_POSITION_ATTENDANCE = QT_TRANSLATE_NOOP(
    "LiveMeeting",
    "{name} took a position on the open proposal “{wording}”, so they were present. If they "
    "have gone, choose “Has left” beside their name on the item.",
)
HAS_LEFT = QT_TRANSLATE_NOOP(
    "LiveMeeting",
    "{name} has left the meeting. Choose “Back in the meeting” beside their name first.",
)
NOT_LEFT = QT_TRANSLATE_NOOP("LiveMeeting", "{name} is not marked as having left the meeting.")


__all__ = [
    "ACTION_DUE_PAST",
    "ACTION_NOT_YOURS",
    "ACTION_OWNER",
    "ACTION_REQUIRED",
    "ACTION_UNKNOWN",
    "ATTENDANCE_MISSING",
    "HAS_LEFT",
    "MAX_NOTE",
    "MAX_SUMMARY",
    "NOTE_REQUIRED",
    "NOT_A_CASE_ITEM",
    "NOT_INVITED_TO_ITEM",
    "NOT_LEFT",
    "NOT_PARTICIPANT",
    "NOT_PLANNED",
    "NOT_PRESENT",
    "NOT_RUNNING",
    "NO_ACKNOWLEDGEMENT",
    "SUMMARY_TOO_LONG",
    "TOOK_A_POSITION",
    "TOOK_A_POSITION_ATTENDANCE",
    "TOO_EARLY",
    "LiveMeetingService",
    "ProjectorView",
]
"""What callers use; the record of the items lives in `live_record`."""


@dataclass(frozen=True)
class ProjectorView:
    """What the second screen shows: the current item only."""

    number: int
    kind: ItemKind
    heading: str
    municipality: str
    name: str
    """The person's name, only when the chair revealed it; '' otherwise."""


def _short(wording: str, limit: int = 80) -> str:
    """A proposal's wording short enough to quote in a message."""
    return wording if len(wording) <= limit else wording[: limit - 1].rstrip() + "…"


class LiveMeetingService(LiveRecord):
    """What happens during (and right after) a meeting (the record of its items is kept by
    `LiveRecord`)."""

    # -- the meeting -----------------------------------------------------------------------

    def start(self, meeting_id: str) -> None:
        """Open the meeting: from now on attendance and the record are kept."""
        with self._ws.uow() as uow:
            meeting = self._meeting(uow.session, meeting_id)
            if meeting.status != MeetingStatus.PLANNED.value:
                raise ConflictError(NOT_PLANNED)
            day = local_date(meeting.starts_at)
            if self._ws.today() < day:
                raise ConflictError(TOO_EARLY, day=day)
            uow.journal.updated(
                meeting, "meeting.started", {"status": MeetingStatus.IN_PROGRESS.value}
            )

    def closing_check(self, meeting_id: str) -> FinalStep:
        """What closing the meeting fixes for good, what its record still lacks and what
        stops it (shown before the coordinator confirms; `finish` checks again as it writes)."""
        with self._ws.db.read_session() as session:
            meeting = self._meeting(session, meeting_id)
            return closing_meeting(meeting_record(self._ws, session, meeting))

    def finish(self, meeting_id: str) -> None:
        """Close the meeting once everyone's attendance is recorded; the minutes can follow."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting = self._meeting(session, meeting_id)
            if meeting.status != MeetingStatus.IN_PROGRESS.value:
                raise ConflictError(NOT_RUNNING)
            missing = [
                member.full_name
                for p in session.scalars(
                    select(MeetingParticipantRow).where(
                        MeetingParticipantRow.meeting_id == meeting_id,
                        MeetingParticipantRow.attendance == Attendance.INVITED.value,
                    )
                )
                if (member := session.get(Member, p.member_id)) is not None
            ]
            if missing:
                raise ValidationError(
                    ATTENDANCE_MISSING, field="attendance", names=", ".join(sorted(missing))
                )
            uow.journal.updated(meeting, "meeting.held", {"status": MeetingStatus.HELD.value})
            reseal_draft(self._ws, uow, meeting)

    # -- people ----------------------------------------------------------------------------

    def set_attendance(self, meeting_id: str, member_id: str, attendance: Attendance) -> None:
        """Record whether a participant is present, excused or absent."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting = self._meeting(session, meeting_id)
            require_not_frozen(meeting)
            row = self._participant(session, meeting_id, member_id)
            changes: dict[str, object] = {"attendance": attendance.value}
            if attendance is not Attendance.PRESENT:
                positioned = open_proposals_with_position(session, member_id, meeting_id=meeting_id)
                if positioned:
                    self._refuse_removal(
                        session, positioned[0], member_id, "attendance", TOOK_A_POSITION_ATTENDANCE
                    )
                # Someone not present neither acknowledges nor takes part in any item.
                changes["secrecy_acknowledged_at"] = None
                if row.left_at is not None:
                    changes["left_at"] = None
                for invitee in self._invitations(session, meeting_id, member_id):
                    if invitee.effective:
                        uow.journal.updated(
                            invitee, "meeting.effective_changed", {"effective": False}
                        )
            if row.attendance != attendance.value or "secrecy_acknowledged_at" in changes:
                uow.journal.updated(row, "meeting.attendance_recorded", changes)

    def acknowledge_secrecy(self, meeting_id: str, member_id: str) -> None:
        """Record that a participant present acknowledged the secrecy duty of art. 458ter §2."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting = self._meeting(session, meeting_id)
            require_not_frozen(meeting)
            row = self._participant(session, meeting_id, member_id)
            if row.attendance != Attendance.PRESENT.value:
                raise ValidationError(
                    NOT_PRESENT, field="secrecy", name=self._name(session, member_id)
                )
            if row.secrecy_acknowledged_at is None:
                uow.journal.updated(
                    row,
                    "meeting.secrecy_acknowledged",
                    {"secrecy_acknowledged_at": self._ws.clock.now()},
                )

    def set_left(self, meeting_id: str, member_id: str, left: bool) -> None:
        """Record that a participant present left the room (or came back).

        They stay effective participants of the items they took part in (the minutes say so),
        but a proposal put while they are gone is not put to them, and says that they left.
        """
        with self._ws.uow() as uow:
            session = uow.session
            meeting = self._meeting(session, meeting_id)
            require_not_frozen(meeting)
            if meeting.status != MeetingStatus.IN_PROGRESS.value:
                raise ConflictError(NOT_RUNNING)
            row = self._participant(session, meeting_id, member_id)
            name = self._name(session, member_id)
            if left and row.attendance != Attendance.PRESENT.value:
                raise ValidationError(NOT_PRESENT, field="left", name=name)
            if not left and row.left_at is None:
                raise ValidationError(NOT_LEFT, field="left", name=name)
            if left and row.left_at is None:
                uow.journal.updated(
                    row, "meeting.participant_left", {"left_at": self._ws.clock.now()}
                )
            elif not left:
                uow.journal.updated(row, "meeting.participant_returned", {"left_at": None})

    def set_effective(self, item_id: str, member_id: str, effective: bool) -> None:
        """Record whether an invitee effectively takes part in the discussion of this item."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting, item = self._item(session, item_id)
            meeting_id = meeting.id
            require_not_frozen(meeting)
            invitee = session.scalars(
                select(ItemInviteeRow).where(
                    ItemInviteeRow.item_id == item_id, ItemInviteeRow.member_id == member_id
                )
            ).first()
            name = self._name(session, member_id)
            if invitee is None and effective and self._joins_topic(session, item, member_id):
                # A topic is for all the meeting's participants: one who takes part in its
                # discussion becomes its invitee here (a case item has its own invitees).
                invitee = ItemInviteeRow(
                    id=new_id(), item_id=item.id, member_id=member_id, effective=False, version=1
                )
                uow.journal.created(invitee, "meeting.invitee_added")
            if invitee is None:
                raise ValidationError(NOT_INVITED_TO_ITEM, field="effective", name=name)
            if effective:
                row = self._participant(session, meeting_id, member_id)
                if row.attendance != Attendance.PRESENT.value:
                    raise ValidationError(NOT_PRESENT, field="effective", name=name)
                if row.secrecy_acknowledged_at is None:
                    raise ValidationError(NO_ACKNOWLEDGEMENT, field="effective", name=name)
                if row.left_at is not None and not invitee.effective:
                    raise ValidationError(HAS_LEFT, field="effective", name=name)
            elif invitee.effective:
                positioned = open_proposals_with_position(session, member_id, item_id=item_id)
                if positioned:
                    self._refuse_removal(
                        session, positioned[0], member_id, "remove_participant", TOOK_A_POSITION
                    )
            if invitee.effective != effective:
                uow.journal.updated(
                    invitee,
                    "meeting.effective_changed",
                    {"effective": effective},
                    scope_id=item.case_id,
                )

    # -- the projector ---------------------------------------------------------------------

    def projector(self, item_id: str, *, reveal_name: bool = False) -> ProjectorView:
        """The current item as the second screen shows it; revealing the name is journaled."""
        with self._ws.db.read_session() as session:
            meeting, _item = load_item(self._ws, session, item_id, Action.VIEW)
            view = next(
                i for i in read_meeting(self._ws, session, meeting).items if i.id == item_id
            )
        name = view.subject_name if reveal_name else ""
        if reveal_name and view.case_id:
            with self._ws.uow() as uow:
                uow.journal.access(
                    "case_file", view.case_id, "access.name_projected", scope_id=view.case_id
                )
        return ProjectorView(view.number, view.kind, view.heading, view.municipality, name)

    # -- helpers ---------------------------------------------------------------------------

    def _refuse_removal(
        self,
        session: Session,
        decision: DecisionRow,
        member_id: str,
        attempt: str,
        message: Text,
    ) -> NoReturn:
        """Refuse taking someone off an item while their position on an open proposal stands
        (journaled on the proposal it protects); nothing of the attempt is kept."""
        error = ConflictError(
            message, name=self._name(session, member_id), wording=_short(decision.wording)
        )
        self._ws.refuse_with(
            Refusal(
                "decision",
                decision.id,
                "decision.refused",
                {"attempt": attempt, "reason": error.code},
                scope_id=decision.case_id,
            ),
            error,
        )

    @staticmethod
    def _name(session: Session, member_id: str) -> str:
        member = session.get(Member, member_id)
        return member.full_name if member else ""

    def _participant(
        self, session: Session, meeting_id: str, member_id: str
    ) -> MeetingParticipantRow:
        row = session.scalars(
            select(MeetingParticipantRow).where(
                MeetingParticipantRow.meeting_id == meeting_id,
                MeetingParticipantRow.member_id == member_id,
            )
        ).first()
        if row is None:
            raise ValidationError(
                NOT_PARTICIPANT, field="member", name=self._name(session, member_id)
            )
        return row

    @staticmethod
    def _joins_topic(session: Session, item: AgendaItemRow, member_id: str) -> bool:
        """Whether a member may take part in a topic: it is not a case item and they are a
        participant of its meeting."""
        if item.case_id is not None or item.kind == ItemKind.CASE.value:
            return False
        return (
            session.scalars(
                select(MeetingParticipantRow).where(
                    MeetingParticipantRow.meeting_id == item.meeting_id,
                    MeetingParticipantRow.member_id == member_id,
                )
            ).first()
            is not None
        )

    @staticmethod
    def _invitations(session: Session, meeting_id: str, member_id: str) -> list[ItemInviteeRow]:
        return list(
            session.scalars(
                select(ItemInviteeRow)
                .join(AgendaItemRow, AgendaItemRow.id == ItemInviteeRow.item_id)
                .where(
                    AgendaItemRow.meeting_id == meeting_id, ItemInviteeRow.member_id == member_id
                )
            )
        )
