"""Invitations: per invitee, the agenda of only their items, by case code, never by name.

The calendar file (.ics) that goes with it carries no personal data at all: not the invitee,
not the chair, not a case code; just the table, the LIVC-R, the time and the place.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.invitations import Invitation, InvitationItem
from livcr_desktop.domain.meetings import ItemKind, TableKind
from livcr_desktop.domain.permissions import Action
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.meetings.access import (
    invitee_viewer,
    load_meeting,
    meeting_resource,
    visible_items,
)
from livcr_desktop.services.meetings.view import member_names
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    CaseRow,
    LivcrProfileRow,
    MeetingParticipantRow,
    MunicipalityRow,
)

NOT_INVITED = QT_TRANSLATE_NOOP("Invitations", "{name} is not a participant of this meeting.")


@dataclass(frozen=True)
class InviteeLine:
    """A participant to whom an invitation can be made, with how many items they have."""

    member_id: str
    name: str
    organisation: str
    items: int


class InvitationService:
    """Composing invitations (the PDF and calendar files are written by `meeting_exports`)."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def invitees(self, meeting_id: str) -> list[InviteeLine]:
        """Everyone taking part in the meeting, with the number of items on their agenda."""
        with self._ws.db.read_session() as session:
            meeting = load_meeting(self._ws, session, meeting_id, Action.VIEW)
            self._ws.require(
                meeting_resource(meeting.table_kind),
                Action.EXPORT,
                entity="meeting",
                entity_id=meeting_id,
            )
            names = member_names(session)
            lines = [
                InviteeLine(
                    p.member_id,
                    *names.get(p.member_id, ("", "")),
                    len(visible_items(session, meeting, invitee_viewer(p.member_id))),
                )
                for p in session.scalars(
                    select(MeetingParticipantRow).where(
                        MeetingParticipantRow.meeting_id == meeting_id
                    )
                )
            ]
        return sorted(lines, key=lambda line: line.name.casefold())

    def invitation(self, meeting_id: str, member_id: str) -> Invitation:
        """The invitation of one participant: only the items they may see."""
        with self._ws.db.read_session() as session:
            meeting = load_meeting(self._ws, session, meeting_id, Action.VIEW)
            self._ws.require(
                meeting_resource(meeting.table_kind),
                Action.EXPORT,
                entity="meeting",
                entity_id=meeting_id,
            )
            names = member_names(session)
            participant = session.scalars(
                select(MeetingParticipantRow).where(
                    MeetingParticipantRow.meeting_id == meeting_id,
                    MeetingParticipantRow.member_id == member_id,
                )
            ).first()
            if participant is None:
                raise ValidationError(
                    NOT_INVITED, field="member", name=names.get(member_id, ("", ""))[0]
                )
            towns = {m.id: m.name for m in session.scalars(select(MunicipalityRow))}
            items = visible_items(session, meeting, invitee_viewer(member_id))
            codes = {
                c.id: c.code
                for c in session.scalars(
                    select(CaseRow).where(CaseRow.id.in_([i.case_id for i in items if i.case_id]))
                )
            }
            profile = session.scalars(select(LivcrProfileRow)).first()
            return Invitation(
                meeting_id=meeting.id,
                livcr_name=profile.name if profile else "",
                table=TableKind(meeting.table_kind),
                starts_at=meeting.starts_at,
                ends_at=meeting.ends_at,
                place=meeting.place,
                chair=names.get(meeting.chair_member_id, ("", ""))[0],
                invitee_member_id=member_id,
                invitee=names.get(member_id, ("", ""))[0],
                invitee_organisation=names.get(member_id, ("", ""))[1],
                items=tuple(
                    InvitationItem(
                        number,
                        ItemKind(item.kind),
                        codes.get(item.case_id or "", "") or item.title,
                        towns.get(item.municipality_id or "", ""),
                    )
                    for number, item in enumerate(items, start=1)
                ),
            )
