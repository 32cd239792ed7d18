"""Composing a feedback form: the coordinator fills in a draft that a signed decision opened,
item by item, with the secrecy guard checking every text as it is kept.

A draft changes freely until the table approves it; an approved form never changes (a change is
a new version, approved again by consensus). Every change reads the form and checks that it is
still a draft inside the transaction that makes the change, so a form approved or withdrawn on
another laptop a moment earlier is refused, never changed; every refused attempt is journaled.
Reading a form is journaled as an access event, like opening a dossier.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ConflictError, NotFound
from livcr_desktop.domain.feedback import (
    FormContent,
    FormHeader,
    FormPurpose,
    FormStatus,
    ItemSection,
    clean_item,
)
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.meetings import MeetingStatus
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource
from livcr_desktop.domain.retention import is_minor
from livcr_desktop.domain.secrecy_guard import (
    Passage,
    SecrecyOverlap,
    confirmation_fingerprint,
)
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text
from livcr_desktop.services.cases.access import load_case
from livcr_desktop.services.feedback.content import (
    GuardState,
    content_of,
    guard_index,
    guard_items,
    items_of,
    load_form,
    refuse,
)
from livcr_desktop.services.meetings.view import member_names
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseRow,
    FeedbackFormRow,
    FeedbackItemRow,
    MeetingRow,
    PersonRow,
)

NOT_A_DRAFT = QT_TRANSLATE_NOOP(
    "FeedbackForm",
    "This feedback form is “{status}” and can no longer change. A change means a new version, "
    "approved again by consensus.",
)
ITEM_NOT_FOUND = QT_TRANSLATE_NOOP("FeedbackForm", "This item is not on the form any more.")
NOT_APPROVED_YET = QT_TRANSLATE_NOOP(
    "FeedbackForm", "Only an approved form gets a new version; change the draft itself instead."
)
DRAFT_EXISTS = QT_TRANSLATE_NOOP(
    "FeedbackForm", "A new version of this form is already being drafted."
)
NO_RUNNING_MEETING = QT_TRANSLATE_NOOP(
    "FeedbackForm",
    "The case is not on the agenda of a meeting that is running: the table approves a form "
    "during its meeting.",
)
APPROVAL_WORDING = QT_TRANSLATE_NOOP(
    "FeedbackForm", "Approve feedback form no. {number} to the LTF ({purpose})."
)


@dataclass(frozen=True)
class ItemView:
    """One free text of a form, with the guard's verdict."""

    id: str
    section: ItemSection
    position: int
    text: str
    passages: tuple[Passage, ...]
    state: GuardState
    confirmed_by: str
    confirmed_at: datetime | None


@dataclass(frozen=True)
class FormSummary:
    """A form in a list."""

    id: str
    case_id: str
    case_code: str
    number: int
    purpose: FormPurpose
    status: FormStatus
    language: str
    created_at: datetime
    approved_at: datetime | None
    transmitted_on: date | None


@dataclass(frozen=True)
class FormView:
    """Everything about one form that its reader may see."""

    summary: FormSummary
    content: FormContent
    items: tuple[ItemView, ...]
    content_hash: str | None
    transmitted_to: str
    transmitted_by: str
    acknowledged_on: date | None
    ltf_answer: str
    replaced_by_id: str | None
    missing: tuple[Text, ...]
    may_edit: bool
    may_export: bool
    may_transmit: bool
    subject_minor: bool = False
    """Whether the person is under 18 today: the youth-protection rules apply to what flows."""

    @property
    def blocked(self) -> int:
        """How many texts the guard still stops."""
        return sum(1 for item in self.items if item.state is GuardState.BLOCKED)


def summary_of(form: FeedbackFormRow, case_code: str) -> FormSummary:
    """The list view of a form row."""
    return FormSummary(
        id=form.id,
        case_id=form.case_id,
        case_code=case_code,
        number=form.version_number,
        purpose=FormPurpose(form.purpose),
        status=FormStatus(form.status),
        language=form.language,
        created_at=form.created_at,
        approved_at=form.approved_at,
        transmitted_on=form.transmitted_on,
    )


class FeedbackService:
    """Reading and composing feedback forms."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- reading -----------------------------------------------------------------------------

    def forms_for_case(self, case_id: str) -> list[FormSummary]:
        """The forms of a case, newest first (for the dossier)."""
        with self._ws.db.read_session() as session:
            case = load_case(self._ws, session, case_id, Resource.CASE, Action.VIEW)
            facts = RecordFacts(municipality_id=case.municipality_id, involved=True)
            if not self._ws.may(Resource.FEEDBACK_FORM, Action.VIEW, facts):
                return []
            rows = session.scalars(
                select(FeedbackFormRow)
                .where(FeedbackFormRow.case_id == case_id)
                .order_by(FeedbackFormRow.created_at.desc())
            )
            return [summary_of(row, case.code) for row in rows]

    def form(self, form_id: str, *, journal: bool = True) -> FormView:
        """One form as its reader may see it (journaled; a screen that already opened the form
        reads it again after each change with `journal=False`)."""
        with self._ws.db.read_session() as session:
            form = load_form(self._ws, session, form_id)
            view = self._view(session, form)
        if not journal:
            return view
        with self._ws.uow() as uow:
            uow.journal.access(
                "feedback_form",
                form_id,
                "access.feedback_form_opened",
                scope_id=view.summary.case_id,
            )
        return view

    def _view(self, session: Session, form: FeedbackFormRow) -> FormView:
        case = session.get(CaseRow, form.case_id)
        assert case is not None
        status = FormStatus(form.status)
        facts = RecordFacts(municipality_id=form.municipality_id)
        may_edit = status is FormStatus.DRAFT and self._ws.may(
            Resource.FEEDBACK_FORM, Action.EDIT, facts
        )
        names = member_names(session)
        # Only whoever composes sees the guard's verdict: it is about confidential records.
        verdicts = guard_items(session, form) if may_edit else {}
        items = tuple(
            ItemView(
                id=row.id,
                section=ItemSection(row.section),
                position=row.position,
                text=row.text,
                passages=verdicts[row.id].passages if row.id in verdicts else (),
                state=verdicts[row.id].state if row.id in verdicts else GuardState.CLEAN,
                confirmed_by=names.get(row.confirmed_by or "", ("", ""))[0],
                confirmed_at=row.confirmed_at,
            )
            for row in items_of(session, form.id)
        )
        content = content_of(session, form)
        replaced_by = session.scalars(
            select(FeedbackFormRow.id).where(FeedbackFormRow.replaces_id == form.id)
        ).first()
        return FormView(
            summary=summary_of(form, case.code),
            content=content,
            items=items,
            content_hash=form.content_hash,
            transmitted_to=form.transmitted_to,
            transmitted_by=names.get(form.transmitted_by or "", ("", ""))[0],
            acknowledged_on=form.acknowledged_on,
            ltf_answer=form.ltf_answer,
            replaced_by_id=replaced_by,
            missing=content.missing_for_approval() if status is FormStatus.DRAFT else (),
            may_edit=may_edit,
            may_export=self._ws.may(Resource.FEEDBACK_FORM, Action.EXPORT, facts),
            may_transmit=status in (FormStatus.SIGNED, FormStatus.TRANSMITTED)
            and self._ws.may(Resource.FEEDBACK_FORM, Action.TRANSMIT, facts),
            subject_minor=is_minor(
                session.scalar(select(PersonRow.birth_date).where(PersonRow.id == case.person_id)),
                self._ws.today(),
            ),
        )

    def consultation_choices(self, form_id: str) -> list[date]:
        """The days the case was on the agenda of the operational table (to pick from)."""
        with self._ws.db.read_session() as session:
            form = load_form(self._ws, session, form_id)
            starts = session.scalars(
                select(MeetingRow.starts_at)
                .join(AgendaItemRow, AgendaItemRow.meeting_id == MeetingRow.id)
                .where(
                    AgendaItemRow.case_id == form.case_id,
                    MeetingRow.status.in_(
                        [MeetingStatus.IN_PROGRESS.value, MeetingStatus.HELD.value]
                    ),
                )
            )
            from livcr_desktop.services.feedback.decision_effects import BRUSSELS

            return sorted({moment.astimezone(BRUSSELS).date() for moment in starts})

    # -- composing ---------------------------------------------------------------------------

    def _draft(self, session: Session, form_id: str, attempt: str) -> FeedbackFormRow:
        """A form the person may edit, refused (journaled) unless it is still a draft. Read with
        the session of the write that changes it: checked and changed under one write lock."""
        form = load_form(self._ws, session, form_id, Action.EDIT)
        if form.status != FormStatus.DRAFT.value:
            refuse(
                self._ws,
                form,
                attempt,
                ConflictError(NOT_A_DRAFT, status=FormStatus(form.status).label),
            )
        return form

    def save_header(self, form_id: str, header: FormHeader) -> None:
        """The language, the LTF, the reference, the consultations and the answers; the form is
        checked to be a draft by the write that changes it, so a form approved or withdrawn
        meanwhile (on another laptop) is refused rather than changed after the fact."""
        cleaned = header.validated(self._ws.today())
        with self._ws.uow() as uow:
            form = self._draft(uow.session, form_id, "edit")
            wanted = {
                "language": cleaned.language.value,
                "ltf_name": cleaned.ltf_name,
                "ltf_reference": cleaned.ltf_reference,
                "consultation_dates": json.dumps(
                    [d.isoformat() for d in cleaned.consultation_dates]
                ),
                "followed_up": cleaned.followed_up.value,
                "trajectory": cleaned.trajectory.value,
                "service_kind": cleaned.service_kind.value if cleaned.service_kind else None,
            }
            changes: dict[str, object] = {k: v for k, v in wanted.items() if getattr(form, k) != v}
            if changes:
                changes["updated_at"] = self._ws.clock.now()
                uow.journal.updated(form, "feedback_form.updated", changes, scope_id=form.case_id)

    def check_text(self, form_id: str, text: str) -> tuple[Passage, ...]:
        """The passages of a text that overlap the case's confidential texts (nothing is kept)."""
        with self._ws.db.read_session() as session:
            form = load_form(self._ws, session, form_id, Action.EDIT)
            return guard_index(session, form.case_id).check(text)

    def save_item(
        self,
        form_id: str,
        item_id: str | None,
        section: ItemSection,
        text: str,
        *,
        confirm: bool = False,
    ) -> str:
        """Keep one text of the form. A text that overlaps confidential information is kept
        only when `confirm` says, on the record, that the overlap is not covered by secrecy;
        otherwise SecrecyOverlap names the passages and nothing is kept."""
        cleaned = clean_item(text)
        with self._ws.uow() as uow:
            session = uow.session
            form = self._draft(session, form_id, "edit")
            case_id = form.case_id
            existing: FeedbackItemRow | None = None
            if item_id is not None:
                existing = session.get(FeedbackItemRow, item_id)
                if existing is None or existing.form_id != form_id:
                    raise NotFound(ITEM_NOT_FOUND)
            passages = guard_index(session, case_id).check(cleaned)
            if not passages or confirm:
                return self._keep_item(
                    uow, form, existing, section=section, cleaned=cleaned, passages=passages
                )
            # Nothing is kept but that the guard stopped a text: this unit of work commits that
            # entry, then the caller learns which passages to look at.
            uow.journal.access(
                "feedback_form",
                form_id,
                "feedback_form.guard_stopped",
                scope_id=case_id,
                passages=len(passages),
            )
        raise SecrecyOverlap(passages)

    def _keep_item(
        self,
        uow: UnitOfWork,
        form: FeedbackFormRow,
        existing: FeedbackItemRow | None,
        *,
        section: ItemSection,
        cleaned: str,
        passages: tuple[Passage, ...],
    ) -> str:
        """Add or change a text the guard let through (or whose overlap was confirmed)."""
        now = self._ws.clock.now()
        confirmation = {
            "confirmed_by": self._ws.actor.member_id if passages else None,
            "confirmed_at": now if passages else None,
            "confirmed_fingerprint": confirmation_fingerprint(cleaned, passages)
            if passages
            else None,
        }
        case_id = form.case_id
        if existing is None:
            row = FeedbackItemRow(
                id=new_id(),
                form_id=form.id,
                section=section.value,
                position=self._next_position(uow.session, form.id, section),
                text=cleaned,
                version=1,
                **confirmation,
            )
            uow.journal.created(row, "feedback_item.added", scope_id=case_id)
        else:
            row = existing
            uow.journal.updated(
                row, "feedback_item.changed", {"text": cleaned, **confirmation}, scope_id=case_id
            )
        if passages:
            uow.journal.access(
                "feedback_item",
                row.id,
                "feedback_item.secrecy_confirmed",
                scope_id=case_id,
                passages=len(passages),
            )
        return row.id

    def remove_item(self, item_id: str) -> None:
        """Take a text off a draft."""
        with self._ws.uow() as uow:
            row = uow.session.get(FeedbackItemRow, item_id)
            if row is None:
                raise NotFound(ITEM_NOT_FOUND)
            form = self._draft(uow.session, row.form_id, "edit")
            uow.journal.deleted(row, "feedback_item.removed", scope_id=form.case_id)

    def move_item(self, item_id: str, offset: int) -> None:
        """Move a text up (-1) or down (+1) within its section."""
        with self._ws.uow() as uow:
            row = uow.session.get(FeedbackItemRow, item_id)
            if row is None:
                raise NotFound(ITEM_NOT_FOUND)
            form = self._draft(uow.session, row.form_id, "edit")
            case_id = form.case_id
            siblings = [r for r in items_of(uow.session, form.id) if r.section == row.section]
            index = next(i for i, r in enumerate(siblings) if r.id == item_id)
            other = index + offset
            if not 0 <= other < len(siblings):
                return
            first, second = siblings[index], siblings[other]
            a, b = first.position, second.position
            uow.journal.updated(first, "feedback_item.changed", {"position": b}, scope_id=case_id)
            uow.journal.updated(second, "feedback_item.changed", {"position": a}, scope_id=case_id)

    @staticmethod
    def _next_position(session: Session, form_id: str, section: ItemSection) -> int:
        last = session.scalar(
            select(func.max(FeedbackItemRow.position)).where(
                FeedbackItemRow.form_id == form_id, FeedbackItemRow.section == section.value
            )
        )
        return (last or 0) + 1
