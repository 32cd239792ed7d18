"""Guests, refusals and representations at an operational-table item, during the meeting.

A guest is recorded only with the secrecy acknowledgement the guest signed in the app (the
moment is stored, as for members); a refusal only with its motivation; a representation only
with who represents and in which function. Each check runs inside the write, with the meeting
read in the same transaction, so a meeting closed on another laptop refuses the change. Every
record is journaled in the item's case scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError, NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.item_people import (
    ACKNOWLEDGEMENT_NEEDED,
    GuestDraft,
    StanceDraft,
    StanceKind,
)
from livcr_desktop.domain.meetings import MeetingStatus
from livcr_desktop.domain.permissions import Action
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.meetings.access import ITEM_NOT_FOUND, load_meeting, require_not_frozen
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    AgendaItemRow,
    ItemGuestRow,
    ItemInviteeRow,
    ItemStanceRow,
    MeetingRow,
    Member,
)

NOT_RUNNING = QT_TRANSLATE_NOOP(
    "ItemPeople", "Guests, refusals and representations are recorded while the meeting runs."
)
NOT_INVITED = QT_TRANSLATE_NOOP("ItemPeople", "{name} is not invited to this item.")
ALREADY_EFFECTIVE = QT_TRANSLATE_NOOP(
    "ItemPeople",
    "{name} takes part in this item; untick the participation before recording a refusal or a "
    "representation.",
)


@dataclass(frozen=True)
class ItemGuest:
    """A guest as the item shows them."""

    id: str
    full_name: str
    organisation: str
    function_title: str
    acknowledged_at: datetime


@dataclass(frozen=True)
class ItemStance:
    """A refusal or representation as the item shows it."""

    id: str
    member_id: str
    member_name: str
    kind: StanceKind
    motivation: str
    representative_name: str
    representative_function: str


class ItemPeopleService:
    """Recording guests, refusals and representations at an item (who runs the meeting)."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def _running_item(self, session: Session, item_id: str) -> tuple[MeetingRow, AgendaItemRow]:
        item = session.get(AgendaItemRow, item_id)
        if item is None:
            raise NotFound(ITEM_NOT_FOUND)
        meeting = load_meeting(self._ws, session, item.meeting_id, Action.EDIT)
        require_not_frozen(meeting)
        if meeting.status != MeetingStatus.IN_PROGRESS.value:
            raise ConflictError(NOT_RUNNING)
        return meeting, item

    def add_guest(self, item_id: str, draft: GuestDraft, *, acknowledged: bool) -> str:
        """Record a guest who acknowledged the secrecy duty in the app; returns the guest's id."""
        with self._ws.uow() as uow:
            _meeting, item = self._running_item(uow.session, item_id)
            draft = draft.validated()
            if not acknowledged:
                raise ValidationError(ACKNOWLEDGEMENT_NEEDED, field="acknowledgement")
            row = ItemGuestRow(
                id=new_id(),
                item_id=item_id,
                full_name=draft.full_name,
                organisation=draft.organisation,
                function_title=draft.function_title,
                secrecy_acknowledged_at=self._ws.clock.now(),
                recorded_by=self._ws.actor.member_id,
                version=1,
            )
            uow.journal.created(row, "meeting.guest_acknowledged", scope_id=item.case_id)
        return row.id

    def record_stance(self, item_id: str, draft: StanceDraft) -> str:
        """Record that an invited partner refused to take part, or was represented."""
        with self._ws.uow() as uow:
            session = uow.session
            _meeting, item = self._running_item(session, item_id)
            draft = draft.validated()
            member = session.get(Member, draft.member_id)
            name = member.full_name if member else "?"
            invitee = session.scalars(
                select(ItemInviteeRow).where(
                    ItemInviteeRow.item_id == item_id,
                    ItemInviteeRow.member_id == draft.member_id,
                )
            ).first()
            if invitee is None:
                raise ValidationError(NOT_INVITED, field="member", name=name)
            if invitee.effective:
                raise ValidationError(ALREADY_EFFECTIVE, field="member", name=name)
            row = ItemStanceRow(
                id=new_id(),
                item_id=item_id,
                member_id=draft.member_id,
                kind=draft.kind.value,
                motivation=draft.motivation,
                representative_name=draft.representative_name,
                representative_function=draft.representative_function,
                recorded_at=self._ws.clock.now(),
                recorded_by=self._ws.actor.member_id,
                version=1,
            )
            uow.journal.created(
                row,
                "meeting.participation_refused"
                if draft.kind is StanceKind.REFUSAL
                else "meeting.partner_represented",
                scope_id=item.case_id,
            )
        return row.id

    def of_item(self, item_id: str) -> tuple[list[ItemGuest], list[ItemStance]]:
        """The guests and the refusals and representations of an item (who may see the item)."""
        with self._ws.db.read_session() as session:
            item = session.get(AgendaItemRow, item_id)
            if item is None:
                raise NotFound(ITEM_NOT_FOUND)
            load_meeting(self._ws, session, item.meeting_id, Action.VIEW)
            guests = [
                ItemGuest(
                    g.id, g.full_name, g.organisation, g.function_title, g.secrecy_acknowledged_at
                )
                for g in session.scalars(
                    select(ItemGuestRow).where(ItemGuestRow.item_id == item_id)
                )
            ]
            stances = [
                ItemStance(
                    s.id,
                    s.member_id,
                    name,
                    StanceKind(s.kind),
                    s.motivation,
                    s.representative_name,
                    s.representative_function,
                )
                for s, name in session.execute(
                    select(ItemStanceRow, Member.full_name)
                    .join(Member, Member.id == ItemStanceRow.member_id)
                    .where(ItemStanceRow.item_id == item_id)
                )
            ]
        return guests, stances
