"""The life of a form around its composition: putting it to the table for approval, a new
version of an approved form, and withdrawing a draft the table decided not to send.

Approval itself is not here and nowhere else in the services: a form is approved only by a
signed decision of the table (see `feedback.decision_effects`, whose check also runs inside the
transaction that puts the approval to the table). A new version and a withdrawal check the form's
status inside the transaction that acts on it.
"""

from __future__ import annotations

from sqlalchemy import select

from livcr_desktop.domain.decisions import DecisionKind, Proposal
from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.feedback import FormPurpose, FormStatus
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.meetings import MeetingStatus
from livcr_desktop.domain.permissions import Action
from livcr_desktop.domain.text import Translate
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.feedback.composing import (
    APPROVAL_WORDING,
    DRAFT_EXISTS,
    NO_RUNNING_MEETING,
    NOT_A_DRAFT,
    NOT_APPROVED_YET,
)
from livcr_desktop.services.feedback.content import items_of, load_form, refuse
from livcr_desktop.services.feedback.decision_effects import next_number
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import AgendaItemRow, FeedbackFormRow, FeedbackItemRow, MeetingRow


class FeedbackLifecycle:
    """Proposing approval, new versions and withdrawal."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def approval_item(self, form_id: str) -> str | None:
        """The case's item in a meeting that is running (or just held), where the table can
        approve the form; None when there is none."""
        with self._ws.db.read_session() as session:
            form = load_form(self._ws, session, form_id)
            return session.scalars(
                select(AgendaItemRow.id)
                .join(MeetingRow, MeetingRow.id == AgendaItemRow.meeting_id)
                .where(
                    AgendaItemRow.case_id == form.case_id,
                    AgendaItemRow.postponed.is_(False),
                    MeetingRow.status.in_(
                        [MeetingStatus.IN_PROGRESS.value, MeetingStatus.HELD.value]
                    ),
                    MeetingRow.minutes_approved_at.is_(None),
                )
                .order_by(MeetingRow.starts_at.desc())
            ).first()

    def propose_approval(self, form_id: str, translate: Translate) -> str:
        """Put the approval of a draft to the effective participants of the case's item; the
        wording is written in the interface language. Returns the decision's id."""
        item_id = self.approval_item(form_id)
        with self._ws.db.read_session() as session:
            form = load_form(self._ws, session, form_id)
            number, purpose = form.version_number, FormPurpose(form.purpose)
            if item_id is None:
                refuse(self._ws, form, "propose", ConflictError(NO_RUNNING_MEETING))
        assert item_id is not None
        wording = APPROVAL_WORDING.render(translate, number=number, purpose=purpose.label)
        proposal = Proposal(DecisionKind.APPROVE_FEEDBACK_FORM, wording, feedback_form_id=form_id)
        return DecisionService(self._ws).propose(item_id, proposal)

    def new_version(self, form_id: str) -> str:
        """A draft copy of an approved form, to change and approve again. The texts are copied
        without their confirmations: whoever changes the form confirms again. Checked by the
        write that copies, so two laptops never both start a new version."""
        now = self._ws.clock.now()
        with self._ws.uow() as uow:
            session = uow.session
            old = load_form(self._ws, session, form_id, Action.EDIT)
            if not FormStatus(old.status).approved:
                refuse(self._ws, old, "new_version", ConflictError(NOT_APPROVED_YET))
            later = session.scalars(
                select(FeedbackFormRow.id).where(
                    FeedbackFormRow.replaces_id == form_id,
                    FeedbackFormRow.status == FormStatus.DRAFT.value,
                )
            ).first()
            if later is not None:
                refuse(self._ws, old, "new_version", ConflictError(DRAFT_EXISTS))
            copy = FeedbackFormRow(
                id=new_id(),
                case_id=old.case_id,
                municipality_id=old.municipality_id,
                purpose=old.purpose,
                status=FormStatus.DRAFT.value,
                version_number=next_number(session, old.case_id),
                language=old.language,
                ltf_name=old.ltf_name,
                ltf_reference=old.ltf_reference,
                consultation_dates=old.consultation_dates,
                followed_up=old.followed_up,
                trajectory=old.trajectory,
                service_kind=old.service_kind,
                decision_ids=old.decision_ids,
                created_from_decision_id=old.created_from_decision_id,
                created_at=now,
                replaces_id=old.id,
                updated_at=now,
                version=1,
            )
            uow.journal.created(copy, "feedback_form.created", scope_id=old.case_id)
            for item in items_of(session, old.id):
                uow.journal.created(
                    FeedbackItemRow(
                        id=new_id(),
                        form_id=copy.id,
                        section=item.section,
                        position=item.position,
                        text=item.text,
                        version=1,
                    ),
                    "feedback_item.added",
                    scope_id=old.case_id,
                )
            return copy.id

    def withdraw(self, form_id: str) -> None:
        """The table decided not to send this draft (it stays on record as withdrawn)."""
        with self._ws.uow() as uow:
            form = load_form(self._ws, uow.session, form_id, Action.EDIT)
            if form.status != FormStatus.DRAFT.value:
                refuse(
                    self._ws,
                    form,
                    "withdraw",
                    ConflictError(NOT_A_DRAFT, status=FormStatus(form.status).label),
                )
            uow.journal.updated(
                form,
                "feedback_form.withdrawn",
                {"status": FormStatus.WITHDRAWN.value, "updated_at": self._ws.clock.now()},
                scope_id=form.case_id,
            )
