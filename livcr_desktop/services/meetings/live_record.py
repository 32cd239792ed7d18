"""The record of an item during (and right after) a meeting: its summary, whether it was
postponed, confidential notes on its case and the action points agreed.

Each change reads the item's meeting in the write that makes it and refuses once the minutes are
approved (`require_not_frozen`), so the record and the approved minutes never differ.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.erasure_topic import NO_FREE_TEXT
from livcr_desktop.domain.errors import NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.meetings import ItemKind
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.cases.access import case_facts
from livcr_desktop.services.cases.writes import write_note
from livcr_desktop.services.meetings.access import load_item, meeting_resource, require_not_frozen
from livcr_desktop.services.meetings.live_base import LiveBase
from livcr_desktop.services.meetings.minutes import reseal_draft
from livcr_desktop.store.models import (
    ActionPointRow,
    AgendaItemRow,
    CaseRow,
    ItemInviteeRow,
    MeetingParticipantRow,
    MeetingRow,
)

NOT_A_CASE_ITEM = QT_TRANSLATE_NOOP(
    "LiveMeeting",
    "Notes belong to case items. Write what was said about a topic in its summary.",
)
NOTE_REQUIRED = QT_TRANSLATE_NOOP("LiveMeeting", "The note is empty.")
SUMMARY_TOO_LONG = QT_TRANSLATE_NOOP(
    "LiveMeeting", "A summary may be at most {maximum} characters."
)
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


class LiveRecord(LiveBase):
    """Summaries, postponing, notes and action points of the items of a meeting."""

    def set_summary(self, item_id: str, summary: str) -> None:
        """What the table said and agreed on this item (the text of the minutes)."""
        summary = summary.strip()
        with self._ws.uow() as uow:
            meeting, item = self._item(uow.session, item_id)
            if len(summary) > MAX_SUMMARY:
                raise ValidationError(SUMMARY_TOO_LONG, field="summary", maximum=MAX_SUMMARY)
            if summary and item.kind == ItemKind.ERASURE.value:
                raise ValidationError(NO_FREE_TEXT, field="summary")
            require_not_frozen(meeting)
            if item.summary != summary:
                uow.journal.updated(
                    item, "meeting.summary_written", {"summary": summary}, scope_id=item.case_id
                )
                reseal_draft(self._ws, uow, meeting)

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
            if item.kind == ItemKind.ERASURE.value:
                raise ValidationError(NO_FREE_TEXT, field="note")
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
            if item.kind == ItemKind.ERASURE.value:  # free text, LIVC-R-wide: see erasure_topic
                raise ValidationError(NO_FREE_TEXT, field="description")
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
