"""Who is involved in a case: invited partners (the need-to-know grant), links to other LIVC-Rs,
and confidential notes with their visibility."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from livcr_desktop.domain.errors import ConflictError, NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.cases.access import active_participation, load_case
from livcr_desktop.services.cases.writes import invite_member, write_note
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseLinkRow, CaseParticipantRow, Member

ALREADY_INVITED = QT_TRANSLATE_NOOP("Cases", "This member is already invited to the case.")
MEMBER_UNKNOWN = QT_TRANSLATE_NOOP(
    "Cases", "This member is not in the register or no longer active."
)
PARTICIPANT_UNKNOWN = QT_TRANSLATE_NOOP("Cases", "This invitation does not exist.")
LINK_NAME_REQUIRED = QT_TRANSLATE_NOOP("Cases", "Enter the name of the other LIVC-R.")
LINK_UNKNOWN = QT_TRANSLATE_NOOP("Cases", "This link does not exist.")
NOTE_REQUIRED = QT_TRANSLATE_NOOP("Cases", "The note is empty.")
NOTE_TOO_LONG = QT_TRANSLATE_NOOP("Cases", "A note may be at most {maximum} characters.")
MAX_NOTE = 10_000


class InvolvementService:
    """Inviting and removing participants, linking other LIVC-Rs, writing notes."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def _authorize(self, uow: UnitOfWork, case_id: str, resource: Resource, action: Action) -> None:
        """Check, within the write that acts on it, that the actor may do this to the case."""
        load_case(self._ws, uow.session, case_id, resource, action)

    def invite(self, case_id: str, member_id: str, since: date | None = None) -> str:
        """Invite a member to discuss a case: from then on they may see it."""
        today = self._ws.today()
        with self._ws.uow() as uow:
            self._authorize(uow, case_id, Resource.CASE, Action.EDIT)
            member = uow.session.get(Member, member_id)
            if member is None or not member.active:
                raise ValidationError(MEMBER_UNKNOWN, field="member")
            already = uow.session.scalars(
                select(CaseParticipantRow).where(
                    CaseParticipantRow.case_id == case_id, active_participation(member_id, today)
                )
            ).first()
            if already is not None:
                raise ConflictError(ALREADY_INVITED)
            return invite_member(uow.journal, case_id, member_id, since or today).id

    def remove(self, participant_id: str) -> None:
        """End an invitation today: the member loses sight of the case, the history stays."""
        today = self._ws.today()
        with self._ws.uow() as uow:
            row = uow.session.get(CaseParticipantRow, participant_id)
            if row is None:
                raise NotFound(PARTICIPANT_UNKNOWN)
            case_id = row.case_id
            self._authorize(uow, case_id, Resource.CASE, Action.EDIT)
            # Removed today means: no longer involved from today on (yesterday was the last
            # day); an invitation made today and removed today was never in force.
            last_day = today - timedelta(days=1)
            if row.until is None or row.until > last_day:
                uow.journal.updated(
                    row, "case.participant_removed", {"until": last_day}, scope_id=case_id
                )

    def link(self, case_id: str, livcr_name: str, contact: str, since: date) -> str:
        """Record that another LIVC-R also discusses the person."""
        name = " ".join(livcr_name.split())
        with self._ws.uow() as uow:
            self._authorize(uow, case_id, Resource.CASE, Action.EDIT)
            if not name:
                raise ValidationError(LINK_NAME_REQUIRED, field="livcr_name")
            row = CaseLinkRow(
                id=new_id(),
                case_id=case_id,
                livcr_name=name,
                contact=" ".join(contact.split()),
                since=since,
                until=None,
                version=1,
            )
            uow.journal.created(row, "case.link_added", scope_id=case_id)
            return row.id

    def end_link(self, link_id: str, until: date) -> None:
        """The other LIVC-R no longer discusses the person."""
        with self._ws.uow() as uow:
            row = uow.session.get(CaseLinkRow, link_id)
            if row is None:
                raise NotFound(LINK_UNKNOWN)
            case_id = row.case_id
            self._authorize(uow, case_id, Resource.CASE, Action.EDIT)
            uow.journal.updated(row, "case.link_ended", {"until": until}, scope_id=case_id)

    def add_note(
        self,
        case_id: str,
        body: str,
        visibility: NoteVisibility,
        *,
        corrects_note_id: str | None = None,
    ) -> str:
        """Write a confidential note; it can never be changed, only corrected by a new note."""
        text = body.strip()
        with self._ws.uow() as uow:
            self._authorize(uow, case_id, Resource.CASE_NOTE, Action.CREATE)
            if not text:
                raise ValidationError(NOTE_REQUIRED, field="body")
            if len(text) > MAX_NOTE:
                raise ValidationError(NOTE_TOO_LONG, field="body", maximum=MAX_NOTE)
            actor = self._ws.actor
            note = write_note(
                uow.journal,
                uow.session,
                case_id=case_id,
                author_member_id=actor.member_id,
                author_organisation_id=actor.organisation_id,
                visibility=visibility,
                body=text,
                now=self._ws.clock.now(),
                corrects_note_id=corrects_note_id,
            )
            return note.id
