"""Planning meetings of the operational and strategic tables, and who takes part in them.

A meeting has one chair (the mayor or their representative), who cannot chair two meetings at
once; a series (the second Tuesday of every month) is planned in one go. Participants are the
chair, the coordinator and everyone invited to one of the items; the strategic table invites
its members as a whole, because it never discusses named persons. Every change reads the
meeting and checks permission and status inside the transaction that makes it, so a meeting
started or cancelled on another laptop a moment earlier refuses the change.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.meetings import (
    Attendance,
    MeetingPlan,
    MeetingStatus,
    TableKind,
    overlaps,
)
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.permissions import Action
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.meetings.access import (
    actor_viewer,
    load_meeting,
    meeting_resource,
    require_open,
    visible_items,
    visible_meetings_clause,
)
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import (
    AgendaItemRow,
    ItemInviteeRow,
    MeetingParticipantRow,
    MeetingRow,
    Member,
    RoleAssignment,
)

CHAIR_BUSY = QT_TRANSLATE_NOOP(
    "Meetings",
    "{chair} already chairs a meeting from {start} to {end}. Choose another time or chair.",
)
NOT_A_CHAIR = QT_TRANSLATE_NOOP(
    "Meetings",
    "{name} does not hold the role of chair (mayor or representative) on {day}.",
)
MEMBER_UNKNOWN = QT_TRANSLATE_NOOP(
    "Meetings", "This member is not in the register or no longer active."
)
ONLY_PLANNED = QT_TRANSLATE_NOOP(
    "Meetings", "Only a meeting that has not started yet can be moved or cancelled."
)
REASON_REQUIRED = QT_TRANSLATE_NOOP("Meetings", "Say why the meeting is cancelled.")
STILL_INVITED = QT_TRANSLATE_NOOP(
    "Meetings",
    "{name} is invited to one of the items or chairs the meeting; take them off those first.",
)


@dataclass(frozen=True)
class MeetingSummary:
    """One line of the meetings list."""

    id: str
    table: TableKind
    starts_at: datetime
    ends_at: datetime
    place: str
    chair: str
    status: MeetingStatus
    visible_items: int
    minutes_approved: bool


@dataclass(frozen=True)
class ChairOption:
    """Someone who may chair a meeting."""

    member_id: str
    name: str
    organisation: str


def _roles_holders(session: Session, role: Role, day: datetime) -> list[Member]:
    on = local_date(day)
    return list(
        session.scalars(
            select(Member)
            .join(RoleAssignment, RoleAssignment.member_id == Member.id)
            .where(
                Member.active.is_(True),
                RoleAssignment.role == role.value,
                RoleAssignment.starts_on <= on,
                (RoleAssignment.ends_on.is_(None)) | (RoleAssignment.ends_on >= on),
            )
            .distinct()
            .order_by(Member.full_name)
        )
    )


def ensure_participant(
    journal: JournalWriter, session: Session, meeting: MeetingRow, member_id: str
) -> MeetingParticipantRow:
    """The participant row of a member in a meeting, created (invited) when missing."""
    row = session.scalars(
        select(MeetingParticipantRow).where(
            MeetingParticipantRow.meeting_id == meeting.id,
            MeetingParticipantRow.member_id == member_id,
        )
    ).first()
    if row is None:
        row = MeetingParticipantRow(
            id=new_id(),
            meeting_id=meeting.id,
            member_id=member_id,
            attendance=Attendance.INVITED.value,
            secrecy_acknowledged_at=None,
            version=1,
        )
        journal.created(row, "meeting.participant_added")
        session.flush()
    return row


class MeetingService:
    """Planning, moving and cancelling meetings; the list of meetings; participants."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- reading ---------------------------------------------------------------------------

    def meetings(self, table: TableKind) -> list[MeetingSummary]:
        """The meetings of one table the person may see, newest first."""
        self._ws.require_some(meeting_resource(table), Action.VIEW)
        with self._ws.db.read_session() as session:
            names = {m.id: m.full_name for m in session.scalars(select(Member))}
            rows = list(
                session.scalars(
                    select(MeetingRow)
                    .where(visible_meetings_clause(self._ws, table))
                    .order_by(MeetingRow.starts_at.desc())
                )
            )
            return [
                MeetingSummary(
                    id=m.id,
                    table=TableKind(m.table_kind),
                    starts_at=m.starts_at,
                    ends_at=m.ends_at,
                    place=m.place,
                    chair=names.get(m.chair_member_id, ""),
                    status=MeetingStatus(m.status),
                    visible_items=len(visible_items(session, m, actor_viewer(self._ws, m))),
                    minutes_approved=m.minutes_approved_at is not None,
                )
                for m in rows
            ]

    def chair_options(self, when: datetime) -> list[ChairOption]:
        """Everyone who holds the chair role on that day."""
        self._ws.require_some(meeting_resource(TableKind.OPERATIONAL), Action.VIEW)
        with self._ws.db.read_session() as session:
            return [
                ChairOption(m.id, m.full_name, m.organisation.name)
                for m in _roles_holders(session, Role.CHAIR, when)
            ]

    # -- planning --------------------------------------------------------------------------

    def plan(self, plan: MeetingPlan) -> list[str]:
        """Plan a meeting, or a whole series; returns the new meetings' ids in date order."""
        resource = meeting_resource(plan.table)
        with self._ws.uow() as uow:
            self._ws.require(resource, Action.CREATE)
            plan = plan.validated(self._ws.clock.now())
            series_id = new_id() if len(plan.moments()) > 1 else None
            ids: list[str] = []
            session = uow.session
            chair = self._check_chair(session, plan.chair_member_id or "", plan.starts_at)
            for start, end in plan.moments():
                self._check_chair_free(session, chair, (start, end), exclude=None)
                meeting = MeetingRow(
                    id=new_id(),
                    table_kind=plan.table.value,
                    starts_at=start,
                    ends_at=end,
                    place=plan.place,
                    chair_member_id=chair.id,
                    series_id=series_id,
                    status=MeetingStatus.PLANNED.value,
                    minutes_remarks="",
                    created_at=self._ws.clock.now(),
                    version=1,
                )
                uow.journal.created(meeting, "meeting.planned")
                session.flush()
                ensure_participant(uow.journal, session, meeting, chair.id)
                ensure_participant(uow.journal, session, meeting, self._ws.actor.member_id)
                if plan.table is TableKind.STRATEGIC:
                    for member in _roles_holders(session, Role.STRATEGIC_MEMBER, start):
                        ensure_participant(uow.journal, session, meeting, member.id)
                ids.append(meeting.id)
        return ids

    def reschedule(
        self,
        meeting_id: str,
        starts_at: datetime,
        ends_at: datetime,
        place: str,
        chair_member_id: str,
    ) -> None:
        """Move a meeting that has not started yet (time, place or chair)."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting = load_meeting(self._ws, session, meeting_id, Action.EDIT)
            table = TableKind(meeting.table_kind)
            plan = MeetingPlan(table, starts_at, ends_at, place, chair_member_id).validated(
                self._ws.clock.now()
            )
            require_open(meeting)
            if meeting.status != MeetingStatus.PLANNED.value:
                raise ConflictError(ONLY_PLANNED)
            chair = self._check_chair(session, chair_member_id, starts_at)
            self._check_chair_free(session, chair, (starts_at, ends_at), exclude=meeting_id)
            uow.journal.updated(
                meeting,
                "meeting.rescheduled",
                {
                    "starts_at": plan.starts_at,
                    "ends_at": plan.ends_at,
                    "place": plan.place,
                    "chair_member_id": chair.id,
                },
            )
            ensure_participant(uow.journal, session, meeting, chair.id)

    def cancel(self, meeting_id: str, reason: str) -> None:
        """Cancel a meeting that has not started; its items can be put on another agenda."""
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationError(REASON_REQUIRED, field="reason")
        with self._ws.uow() as uow:
            meeting = load_meeting(self._ws, uow.session, meeting_id, Action.EDIT)
            if meeting.status != MeetingStatus.PLANNED.value:
                raise ConflictError(ONLY_PLANNED)
            uow.journal.updated(
                meeting,
                "meeting.cancelled",
                {"status": MeetingStatus.CANCELLED.value, "cancel_reason": reason},
            )

    # -- participants ----------------------------------------------------------------------

    def add_participant(self, meeting_id: str, member_id: str) -> None:
        """Invite someone to the meeting as a whole (general items, the strategic table)."""
        with self._ws.uow() as uow:
            meeting = load_meeting(self._ws, uow.session, meeting_id, Action.EDIT)
            require_open(meeting)
            member = uow.session.get(Member, member_id)
            if member is None or not member.active:
                raise ValidationError(MEMBER_UNKNOWN, field="member")
            ensure_participant(uow.journal, uow.session, meeting, member_id)

    def remove_participant(self, meeting_id: str, member_id: str) -> None:
        """Withdraw an invitation to the meeting (not while invited to an item or chairing)."""
        with self._ws.uow() as uow:
            session = uow.session
            meeting = load_meeting(self._ws, session, meeting_id, Action.EDIT)
            require_open(meeting)
            member = session.get(Member, member_id)
            name = member.full_name if member else ""
            on_items = session.scalar(
                select(func.count())
                .select_from(ItemInviteeRow)
                .join(AgendaItemRow, AgendaItemRow.id == ItemInviteeRow.item_id)
                .where(
                    AgendaItemRow.meeting_id == meeting_id, ItemInviteeRow.member_id == member_id
                )
            )
            if on_items or meeting.chair_member_id == member_id:
                raise ConflictError(STILL_INVITED, name=name)
            row = session.scalars(
                select(MeetingParticipantRow).where(
                    MeetingParticipantRow.meeting_id == meeting_id,
                    MeetingParticipantRow.member_id == member_id,
                )
            ).first()
            if row is not None:
                uow.journal.deleted(row, "meeting.participant_removed")

    # -- rules -----------------------------------------------------------------------------

    def _check_chair(self, session: Session, member_id: str, when: datetime) -> Member:
        member = session.get(Member, member_id)
        if member is None or not member.active:
            raise ValidationError(MEMBER_UNKNOWN, field="chair")
        if member not in _roles_holders(session, Role.CHAIR, when):
            raise ValidationError(
                NOT_A_CHAIR, field="chair", name=member.full_name, day=local_date(when)
            )
        return member

    @staticmethod
    def _check_chair_free(
        session: Session,
        chair: Member,
        moment: tuple[datetime, datetime],
        exclude: str | None,
    ) -> None:
        others = session.scalars(
            select(MeetingRow).where(
                MeetingRow.chair_member_id == chair.id,
                MeetingRow.status != MeetingStatus.CANCELLED.value,
                MeetingRow.starts_at < moment[1],
                MeetingRow.ends_at > moment[0],
            )
        )
        for other in others:
            if other.id != exclude and overlaps((other.starts_at, other.ends_at), moment):
                raise ConflictError(
                    CHAIR_BUSY, chair=chair.full_name, start=other.starts_at, end=other.ends_at
                )
