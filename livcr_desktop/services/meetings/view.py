"""One meeting as the signed-in person may see it: its agenda, participants and record.

Opening a meeting is journaled as an access (its agenda names cases). Items the person may not
see are not in the view at all: not greyed out, not counted, not numbered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.meetings import Attendance, ItemKind, MeetingStatus, TableKind
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource
from livcr_desktop.domain.retention import RetentionRule, is_minor
from livcr_desktop.services.cases.access import case_facts
from livcr_desktop.services.meetings.access import (
    actor_viewer,
    load_meeting,
    meeting_resource,
    visible_items,
)
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    ActionPointRow,
    AgendaItemRow,
    CaseNoteRow,
    CaseRow,
    ItemInviteeRow,
    MeetingParticipantRow,
    MeetingRow,
    Member,
    MunicipalityRow,
    PersonRow,
    RetentionProposalRow,
)


@dataclass(frozen=True)
class ParticipantView:
    """Someone taking part in the meeting."""

    member_id: str
    name: str
    organisation: str
    attendance: Attendance
    secrecy_acknowledged_at: datetime | None
    is_chair: bool
    left_at: datetime | None = None
    """When they left the room before the end (None: still there, or never came)."""


@dataclass(frozen=True)
class InviteeView:
    """Someone invited to one item, and whether they effectively took part in it."""

    member_id: str
    name: str
    organisation: str
    effective: bool


@dataclass(frozen=True)
class ActionPointView:
    """An action point as shown on an item, the dossier or a task list."""

    id: str
    owner_member_id: str
    owner: str
    description: str
    due_on: date
    done_on: date | None


@dataclass(frozen=True)
class ItemView:
    """One agenda item the person may see."""

    id: str
    number: int
    """1-based number among the items this person sees."""
    kind: ItemKind
    case_id: str | None
    code: str
    """The case code (case items) or ''."""
    title: str
    """The topic's title, or '' for a case item."""
    subject_name: str
    """The name of the person concerned; '' when the reader may not see the case."""
    municipality: str
    summary: str
    postponed: bool
    invitees: tuple[InviteeView, ...]
    action_points: tuple[ActionPointView, ...]
    note_count: int
    subject_minor: bool = False
    """Whether the person concerned is under 18 on the meeting's day (only for a reader who may
    see the case): the youth-protection rules apply."""
    turned_eighteen_on: date | None = None
    """The day the person concerned turned 18, when retention put the case on this agenda for
    its review at 18 (only for a reader who may see the case): the agenda line says why the
    case is there, as the proposal did."""

    @property
    def heading(self) -> str:
        """What identifies the item without a name: the case code, or the topic's title."""
        return self.code or self.title


@dataclass(frozen=True)
class MeetingView:
    """A meeting with the items and record this person may see."""

    id: str
    table: TableKind
    starts_at: datetime
    ends_at: datetime
    place: str
    chair_member_id: str
    chair: str
    status: MeetingStatus
    cancel_reason: str
    series_id: str | None
    participants: tuple[ParticipantView, ...]
    items: tuple[ItemView, ...]
    remarks: str
    minutes_approved_at: datetime | None
    may_edit: bool
    may_approve: bool
    reader_member_id: str

    @property
    def frozen(self) -> bool:
        """Whether the minutes are approved (the record can no longer change)."""
        return self.minutes_approved_at is not None

    def participant(self, member_id: str) -> ParticipantView | None:
        """The participant with this member id, if any."""
        return next((p for p in self.participants if p.member_id == member_id), None)


def member_names(session: Session) -> dict[str, tuple[str, str]]:
    """Every member's (name, organisation) by id."""
    return {m.id: (m.full_name, m.organisation.name) for m in session.scalars(select(Member))}


def action_point_view(row: ActionPointRow, names: dict[str, tuple[str, str]]) -> ActionPointView:
    """An action point row as a view."""
    return ActionPointView(
        row.id,
        row.owner_member_id,
        names.get(row.owner_member_id, ("", ""))[0],
        row.description,
        row.due_on,
        row.done_on,
    )


def reviews_at_eighteen(session: Session, item_ids: list[str]) -> dict[str, date]:
    """The items retention put on an agenda for a review at 18, with the day the person
    turned 18 (the proposal row keeps why the case is there; the item itself is a plain case
    item)."""
    rows = session.execute(
        select(RetentionProposalRow.agenda_item_id, RetentionProposalRow.due_on).where(
            RetentionProposalRow.agenda_item_id.in_(item_ids),
            RetentionProposalRow.rule == RetentionRule.EIGHTEENTH_BIRTHDAY.value,
        )
    )
    return {row.agenda_item_id: row.due_on for row in rows}


def read_meeting(workspace: Workspace, session: Session, meeting: MeetingRow) -> MeetingView:
    """The view of a meeting already checked with `load_meeting` (no journal entry)."""
    names = member_names(session)
    towns = {m.id: m.name for m in session.scalars(select(MunicipalityRow))}
    items = visible_items(session, meeting, actor_viewer(workspace, meeting))
    ids = [i.id for i in items]
    invitees: dict[str, list[InviteeView]] = {}
    for row in session.scalars(
        select(ItemInviteeRow).where(ItemInviteeRow.item_id.in_(ids)).order_by(ItemInviteeRow.id)
    ):
        name, organisation = names.get(row.member_id, ("", ""))
        invitees.setdefault(row.item_id, []).append(
            InviteeView(row.member_id, name, organisation, row.effective)
        )
    actions: dict[str, list[ActionPointView]] = {}
    for action in session.scalars(
        select(ActionPointRow)
        .where(ActionPointRow.item_id.in_(ids))
        .order_by(ActionPointRow.due_on, ActionPointRow.created_at)
    ):
        actions.setdefault(action.item_id, []).append(action_point_view(action, names))
    notes: dict[str, int] = {}
    for item_id in session.scalars(
        select(CaseNoteRow.agenda_item_id).where(CaseNoteRow.agenda_item_id.in_(ids))
    ):
        if item_id:
            notes[item_id] = notes.get(item_id, 0) + 1
    reviews = reviews_at_eighteen(session, ids)
    today = workspace.today()
    views = []
    for number, item in enumerate(items, start=1):
        code = subject = ""
        minor = False
        review: date | None = None
        if item.case_id:
            case = session.get(CaseRow, item.case_id)
            assert case is not None
            code = case.code
            if workspace.may(
                Resource.CASE, Action.VIEW, case_facts(session, case, workspace.actor, today)
            ):
                subject = case.subject_name
                born = session.scalar(
                    select(PersonRow.birth_date).where(PersonRow.id == case.person_id)
                )
                minor = is_minor(born, local_date(meeting.starts_at))
                review = reviews.get(item.id)
        views.append(
            ItemView(
                id=item.id,
                number=number,
                kind=ItemKind(item.kind),
                case_id=item.case_id,
                code=code,
                title=item.title,
                subject_name=subject,
                municipality=towns.get(item.municipality_id or "", ""),
                summary=item.summary,
                postponed=item.postponed,
                invitees=tuple(sorted(invitees.get(item.id, []), key=lambda i: i.name.casefold())),
                action_points=tuple(actions.get(item.id, [])),
                note_count=notes.get(item.id, 0),
                subject_minor=minor,
                turned_eighteen_on=review,
            )
        )
    participants = tuple(
        sorted(
            (
                ParticipantView(
                    p.member_id,
                    *names.get(p.member_id, ("", "")),
                    Attendance(p.attendance),
                    p.secrecy_acknowledged_at,
                    p.member_id == meeting.chair_member_id,
                    p.left_at,
                )
                for p in session.scalars(
                    select(MeetingParticipantRow).where(
                        MeetingParticipantRow.meeting_id == meeting.id
                    )
                )
            ),
            key=lambda p: (not p.is_chair, p.name.casefold()),
        )
    )
    if not actor_viewer(workspace, meeting).sees_every_item:
        # Attendance tells who came for what: a partner sees only the people of their items.
        people = {i.member_id for item in views for i in item.invitees}
        people |= {meeting.chair_member_id, workspace.actor.member_id}
        participants = tuple(p for p in participants if p.member_id in people)
    table = TableKind(meeting.table_kind)
    return MeetingView(
        id=meeting.id,
        table=table,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        chair_member_id=meeting.chair_member_id,
        chair=names.get(meeting.chair_member_id, ("", ""))[0],
        status=MeetingStatus(meeting.status),
        cancel_reason=meeting.cancel_reason,
        series_id=meeting.series_id,
        participants=participants,
        items=tuple(views),
        remarks=meeting.minutes_remarks,
        minutes_approved_at=meeting.minutes_approved_at,
        may_edit=workspace.may(meeting_resource(table), Action.EDIT, RecordFacts()),
        may_approve=(
            workspace.may(Resource.MINUTES, Action.APPROVE)
            and meeting.chair_member_id == workspace.actor.member_id
        ),
        reader_member_id=workspace.actor.member_id,
    )


def open_meeting(workspace: Workspace, meeting_id: str) -> MeetingView:
    """Read a meeting for the signed-in person (journaled as an access)."""
    with workspace.db.read_session() as session:
        meeting = load_meeting(workspace, session, meeting_id, Action.VIEW)
        view = read_meeting(workspace, session, meeting)
    with workspace.uow() as uow:
        uow.journal.access("meeting", meeting_id, "access.meeting_opened")
    return view


def refresh_meeting(workspace: Workspace, meeting_id: str) -> MeetingView:
    """Read a meeting again after a change made on its open page (attendance ticked, an item
    moved). The opening of the page was journaled by `open_meeting`; re-reading what the
    person is already looking at is not a new access, so it is not journaled again (a live
    meeting re-reads dozens of times). The permission check runs every time."""
    with workspace.db.read_session() as session:
        meeting = load_meeting(workspace, session, meeting_id, Action.VIEW)
        return read_meeting(workspace, session, meeting)


def item_row(session: Session, item_id: str) -> AgendaItemRow | None:
    """An agenda item row (for services that checked access already)."""
    return session.get(AgendaItemRow, item_id)
