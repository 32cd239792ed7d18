"""Running a meeting: attendance, the secrecy duty, who effectively takes part in each item,
summaries, confidential notes, action points, and closing.

Only someone present who acknowledged the secrecy duty of art. 458ter §2 Sw. at this meeting can
be an effective participant of an item; the consensus decisions of that item need exactly those
people. The record stays editable (for the draft minutes) until the minutes are approved.
Every change reads the meeting and checks the person's permission and the meeting's status
inside the transaction that makes the change, so a meeting cancelled, or minutes approved, on
another laptop a moment earlier refuses the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import NoReturn

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.errors import ConflictError, NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.meeting_record import closing_meeting
from livcr_desktop.domain.meetings import Attendance, ItemKind, MeetingStatus
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.services.cases.access import case_facts
from livcr_desktop.services.cases.writes import write_note
from livcr_desktop.services.decisions.parties import open_proposals_with_position
from livcr_desktop.services.meetings.access import (
    ITEM_NOT_FOUND,
    load_item,
    load_meeting,
    meeting_resource,
    require_not_frozen,
)
from livcr_desktop.services.meetings.record_check import meeting_record
from livcr_desktop.services.meetings.view import read_meeting
from livcr_desktop.services.unit_of_work import Refusal
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    ActionPointRow,
    AgendaItemRow,
    CaseRow,
    DecisionRow,
    ItemInviteeRow,
    MeetingParticipantRow,
    MeetingRow,
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
NOT_A_CASE_ITEM = QT_TRANSLATE_NOOP(
    "LiveMeeting",
    "Notes belong to case items. Write what was said about a topic in its summary.",
)
NOTE_REQUIRED = QT_TRANSLATE_NOOP("LiveMeeting", "The note is empty.")
SUMMARY_TOO_LONG = QT_TRANSLATE_NOOP(
    "LiveMeeting", "A summary may be at most {maximum} characters."
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
ACTION_REQUIRED = QT_TRANSLATE_NOOP("LiveMeeting", "Describe what has to be done.")
ACTION_OWNER = QT_TRANSLATE_NOOP(
    "LiveMeeting", "The person who takes on an action point must be invited to this item."
)
ACTION_DUE_PAST = QT_TRANSLATE_NOOP(
    "LiveMeeting", "An action point cannot be due before the meeting day ({day})."
)
ACTION_UNKNOWN = QT_TRANSLATE_NOOP("LiveMeeting", "This action point does not exist.")
ACTION_NOT_YOURS = QT_TRANSLATE_NOOP(
    "LiveMeeting", "Only the person who owns an action point, or the coordinator, can tick it off."
)
MAX_SUMMARY = 20_000
MAX_NOTE = 10_000


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


class LiveMeetingService:
    """What happens during (and right after) a meeting."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def _meeting(self, session: Session, meeting_id: str) -> MeetingRow:
        """The meeting, if the person may run it (journaled if not); read with the session of
        the write that changes it."""
        return load_meeting(self._ws, session, meeting_id, Action.EDIT)

    def _item(self, session: Session, item_id: str) -> tuple[MeetingRow, AgendaItemRow]:
        """An item and its meeting, if the person may run that meeting; read with the session
        of the write that changes it."""
        item = session.get(AgendaItemRow, item_id)
        if item is None:
            raise NotFound(ITEM_NOT_FOUND)
        return load_meeting(self._ws, session, item.meeting_id, Action.EDIT), item

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

    # -- the record of an item -------------------------------------------------------------

    def set_summary(self, item_id: str, summary: str) -> None:
        """What the table said and agreed on this item (the text of the minutes)."""
        summary = summary.strip()
        with self._ws.uow() as uow:
            meeting, item = self._item(uow.session, item_id)
            if len(summary) > MAX_SUMMARY:
                raise ValidationError(SUMMARY_TOO_LONG, field="summary", maximum=MAX_SUMMARY)
            require_not_frozen(meeting)
            if item.summary != summary:
                uow.journal.updated(
                    item, "meeting.summary_written", {"summary": summary}, scope_id=item.case_id
                )

    def set_postponed(self, item_id: str, postponed: bool) -> None:
        """Mark an item as not discussed: the next agenda proposes it again."""
        with self._ws.uow() as uow:
            meeting, item = self._item(uow.session, item_id)
            require_not_frozen(meeting)
            if item.postponed != postponed:
                uow.journal.updated(
                    item,
                    "meeting.item_postponed" if postponed else "meeting.item_resumed",
                    {"postponed": postponed},
                    scope_id=item.case_id,
                )

    def add_note(
        self, item_id: str, body: str, visibility: NoteVisibility = NoteVisibility.TABLE
    ) -> str:
        """A confidential note on the case of this item, written during the meeting."""
        body = body.strip()
        if not body:
            raise ValidationError(NOTE_REQUIRED, field="note")
        if len(body) > MAX_NOTE:
            raise ValidationError(SUMMARY_TOO_LONG, field="note", maximum=MAX_NOTE)
        with self._ws.uow() as uow:
            session = uow.session
            meeting, item = load_item(self._ws, session, item_id, Action.VIEW)
            if item.case_id is None:
                raise ValidationError(NOT_A_CASE_ITEM, field="note")
            case = session.get(CaseRow, item.case_id)
            assert case is not None
            self._ws.require(
                Resource.CASE_NOTE,
                Action.CREATE,
                case_facts(session, case, self._ws.actor, self._ws.today()),
                entity="case_file",
                entity_id=case.id,
            )
            require_not_frozen(meeting)
            note = write_note(
                uow.journal,
                session,
                case_id=case.id,
                author_member_id=self._ws.actor.member_id,
                author_organisation_id=self._ws.actor.organisation_id,
                visibility=visibility,
                body=body,
                now=self._ws.clock.now(),
                agenda_item_id=item_id,
            )
            return note.id

    def add_action_point(
        self, item_id: str, owner_member_id: str, description: str, due_on: date
    ) -> str:
        """Who does what by when: shown on the dossier and in the owner's task list."""
        description = " ".join(description.split())
        with self._ws.uow() as uow:
            session = uow.session
            meeting, item = self._item(session, item_id)
            if not description:
                raise ValidationError(ACTION_REQUIRED, field="description")
            require_not_frozen(meeting)
            day = local_date(meeting.starts_at)
            if due_on < day:
                raise ValidationError(ACTION_DUE_PAST, field="due_on", day=day)
            allowed = self._may_own(session, meeting, item, owner_member_id)
            if not allowed:
                raise ValidationError(ACTION_OWNER, field="owner")
            row = ActionPointRow(
                id=new_id(),
                item_id=item_id,
                case_id=item.case_id,
                owner_member_id=owner_member_id,
                description=description,
                due_on=due_on,
                done_on=None,
                created_at=self._ws.clock.now(),
                version=1,
            )
            uow.journal.created(row, "meeting.action_point_added", scope_id=item.case_id)
            return row.id

    def set_action_done(self, action_id: str, done: bool) -> None:
        """Tick an action point off (or undo it): its owner or the coordinator."""
        with self._ws.uow() as uow:
            session = uow.session
            row = session.get(ActionPointRow, action_id)
            if row is None:
                raise NotFound(ACTION_UNKNOWN)
            if row.owner_member_id != self._ws.actor.member_id:
                item = session.get(AgendaItemRow, row.item_id)
                assert item is not None
                meeting = session.get(MeetingRow, item.meeting_id)
                assert meeting is not None
                self._ws.require(
                    meeting_resource(meeting.table_kind),
                    Action.EDIT,
                    entity="action_point",
                    entity_id=action_id,
                    message=ACTION_NOT_YOURS,
                )
            done_on = self._ws.today() if done else None
            if (row.done_on is None) == done:
                uow.journal.updated(
                    row,
                    "meeting.action_point_done" if done else "meeting.action_point_reopened",
                    {"done_on": done_on},
                    scope_id=row.case_id,
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

    @staticmethod
    def _may_own(
        session: Session, meeting: MeetingRow, item: AgendaItemRow, member_id: str
    ) -> bool:
        if item.kind == ItemKind.CASE.value:
            return bool(
                session.scalars(
                    select(ItemInviteeRow).where(
                        ItemInviteeRow.item_id == item.id, ItemInviteeRow.member_id == member_id
                    )
                ).first()
            )
        return bool(
            session.scalars(
                select(MeetingParticipantRow).where(
                    MeetingParticipantRow.meeting_id == meeting.id,
                    MeetingParticipantRow.member_id == member_id,
                )
            ).first()
        )
