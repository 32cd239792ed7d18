"""Who may see which meeting and which of its items: the need-to-know of the agenda.

Every path that shows an item (agenda, live meeting, projector, minutes, extracts, invitations)
goes through `visible_items`, so a partner invited to item 3 never sees items 1, 2 and 4 anywhere.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError, NotFound
from livcr_desktop.domain.meetings import ItemAccess, ItemKind, MeetingStatus, TableKind
from livcr_desktop.domain.meetings import item_visible as rule_item_visible
from livcr_desktop.domain.permissions import Action, Resource, Scope, scopes
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    AgendaItemRow,
    ItemInviteeRow,
    MeetingParticipantRow,
    MeetingRow,
)

MEETING_NOT_FOUND = QT_TRANSLATE_NOOP("Meetings", "This meeting does not exist.")
ITEM_NOT_FOUND = QT_TRANSLATE_NOOP("Meetings", "This agenda item does not exist.")
NOT_YOUR_MEETING = QT_TRANSLATE_NOOP(
    "Meetings", "You are not invited to this meeting, so you cannot see it."
)
NOT_YOUR_ITEM = QT_TRANSLATE_NOOP(
    "Meetings", "You are not invited to this agenda item, so you cannot see it."
)
MEETING_CLOSED = QT_TRANSLATE_NOOP(
    "Meetings", "This meeting has been held or cancelled; its record can no longer change."
)
MINUTES_FROZEN = QT_TRANSLATE_NOOP(
    "Meetings",
    "The minutes of this meeting are approved and frozen. Record a correction as an amendment.",
)


def meeting_resource(table: TableKind | str) -> Resource:
    """The permission resource of a meeting: the operational or the strategic table."""
    if TableKind(table) is TableKind.STRATEGIC:
        return Resource.STRATEGIC_MEETING
    return Resource.MEETING


@dataclass(frozen=True)
class Viewer:
    """Whose eyes an agenda is filtered for: the signed-in person, or one invitee (for their
    invitation or extract, which show only that person's own items)."""

    member_id: str
    sees_every_item: bool = False
    chair_municipalities: frozenset[str] = frozenset()


def sees_every_meeting(workspace: Workspace, table: TableKind) -> bool:
    """Whether the signed-in person sees every meeting of this table (not every item)."""
    granted = scopes(
        workspace.actor.roles_on(workspace.today()), meeting_resource(table), Action.VIEW
    )
    return Scope.ALL in granted


def actor_viewer(workspace: Workspace, meeting: MeetingRow) -> Viewer:
    """The signed-in person as a viewer of this meeting's items.

    Every item of an operational meeting is seen by whoever sees every case (the coordinator);
    a strategic meeting has no case items, so whoever sees every strategic meeting sees them all.
    """
    roles = workspace.actor.roles_on(workspace.today())
    if TableKind(meeting.table_kind) is TableKind.STRATEGIC:
        every = Scope.ALL in scopes(roles, Resource.STRATEGIC_MEETING, Action.VIEW)
    else:
        every = Scope.ALL in scopes(roles, Resource.CASE, Action.VIEW)
    return Viewer(
        member_id=workspace.actor.member_id,
        sees_every_item=every,
        chair_municipalities=frozenset(workspace.actor.chair_municipalities(workspace.today())),
    )


def invitee_viewer(member_id: str) -> Viewer:
    """One invitee, for what is sent to them: only the items they are invited to."""
    return Viewer(member_id=member_id)


def visible_items(session: Session, meeting: MeetingRow, viewer: Viewer) -> list[AgendaItemRow]:
    """The items of a meeting this viewer may see, in agenda order."""
    items = list(
        session.scalars(
            select(AgendaItemRow)
            .where(AgendaItemRow.meeting_id == meeting.id)
            .order_by(AgendaItemRow.position)
        )
    )
    if not items:
        return []
    invited = set(
        session.scalars(
            select(ItemInviteeRow.item_id).where(
                ItemInviteeRow.member_id == viewer.member_id,
                ItemInviteeRow.item_id.in_([i.id for i in items]),
            )
        )
    )
    takes_part = takes_part_in(session, meeting.id, viewer.member_id)
    return [
        item
        for item in items
        if rule_item_visible(
            ItemAccess(
                sees_all_meetings=viewer.sees_every_item,
                chairs_this_meeting=meeting.chair_member_id == viewer.member_id,
                invited_to_item=item.id in invited,
                chairs_item_municipality=item.municipality_id in viewer.chair_municipalities,
                is_case_item=item.kind == ItemKind.CASE.value,
                takes_part_in_meeting=takes_part,
            )
        )
    ]


def takes_part_in(session: Session, meeting_id: str, member_id: str) -> bool:
    """Whether the member is one of the meeting's participants."""
    return bool(
        session.scalar(
            select(
                exists().where(
                    MeetingParticipantRow.meeting_id == meeting_id,
                    MeetingParticipantRow.member_id == member_id,
                )
            )
        )
    )


def load_meeting(
    workspace: Workspace, session: Session, meeting_id: str, action: Action = Action.VIEW
) -> MeetingRow:
    """A meeting the person may reach with this action (a refusal is journaled).

    Viewing needs either the table's ALL scope, or a part in this meeting: chairing it, taking
    part in it, being invited to one of its items, or chairing for the municipality of one of
    its case items.
    """
    meeting = session.get(MeetingRow, meeting_id)
    if meeting is None:
        raise NotFound(MEETING_NOT_FOUND)
    table = TableKind(meeting.table_kind)
    resource = meeting_resource(table)
    if action is Action.VIEW and not sees_every_meeting(workspace, table):
        member_id = workspace.actor.member_id
        has_part = (
            meeting.chair_member_id == member_id
            or takes_part_in(session, meeting.id, member_id)
            or bool(visible_items(session, meeting, actor_viewer(workspace, meeting)))
        )
        if not has_part:
            workspace.refuse(
                resource, action, entity="meeting", entity_id=meeting_id, message=NOT_YOUR_MEETING
            )
        workspace.require_some(resource, action)
        return meeting
    workspace.require(resource, action, entity="meeting", entity_id=meeting_id)
    return meeting


def load_item(
    workspace: Workspace, session: Session, item_id: str, action: Action = Action.VIEW
) -> tuple[MeetingRow, AgendaItemRow]:
    """An agenda item with its meeting, when the person may see (or change) it."""
    item = session.get(AgendaItemRow, item_id)
    if item is None:
        raise NotFound(ITEM_NOT_FOUND)
    meeting = load_meeting(workspace, session, item.meeting_id, action)
    if action is Action.VIEW and item not in visible_items(
        session, meeting, actor_viewer(workspace, meeting)
    ):
        workspace.refuse(
            meeting_resource(meeting.table_kind),
            action,
            entity="agenda_item",
            entity_id=item_id,
            message=NOT_YOUR_ITEM,
        )
    return meeting, item


def require_open(meeting: MeetingRow) -> None:
    """Refuse changes to the agenda or record of a meeting that is over or frozen."""
    if meeting.minutes_approved_at is not None:
        raise ConflictError(MINUTES_FROZEN)
    if meeting.status in (MeetingStatus.HELD.value, MeetingStatus.CANCELLED.value):
        raise ConflictError(MEETING_CLOSED)


def require_not_frozen(meeting: MeetingRow) -> None:
    """Refuse changes to the record (summaries, attendance ...) once the minutes are approved."""
    if meeting.minutes_approved_at is not None:
        raise ConflictError(MINUTES_FROZEN)
    if meeting.status == MeetingStatus.CANCELLED.value:
        raise ConflictError(MEETING_CLOSED)


def visible_meetings_clause(workspace: Workspace, table: TableKind) -> ColumnElement[bool]:
    """A WHERE clause on meeting that keeps the meetings of this table the person may see."""
    actor = workspace.actor
    if sees_every_meeting(workspace, table):
        return MeetingRow.table_kind == table.value
    parts: list[ColumnElement[bool]] = [
        MeetingRow.chair_member_id == actor.member_id,
        exists().where(
            MeetingParticipantRow.meeting_id == MeetingRow.id,
            MeetingParticipantRow.member_id == actor.member_id,
        ),
        exists().where(
            AgendaItemRow.meeting_id == MeetingRow.id,
            ItemInviteeRow.item_id == AgendaItemRow.id,
            ItemInviteeRow.member_id == actor.member_id,
        ),
    ]
    chairs = actor.chair_municipalities(workspace.today())
    if chairs:
        parts.append(
            exists().where(
                AgendaItemRow.meeting_id == MeetingRow.id,
                AgendaItemRow.municipality_id.in_(sorted(chairs)),
            )
        )
    return (MeetingRow.table_kind == table.value) & or_(*parts)


def member_ids_of(session: Session, item_ids: Iterable[str]) -> dict[str, list[str]]:
    """The invitees of each item, in invitation order of their rows."""
    result: dict[str, list[str]] = {}
    ids = list(item_ids)
    if not ids:
        return result
    for row in session.scalars(select(ItemInviteeRow).where(ItemInviteeRow.item_id.in_(ids))):
        result.setdefault(row.item_id, []).append(row.member_id)
    return result
