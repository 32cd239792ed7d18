"""Composing a hand-over: the coordinator names the receiving LIVC-R, the contact person and the
free texts; the secrecy guard checks every text as it is kept, exactly as on a feedback form.

A draft changes freely until the table decides (services/handover/decision_effects.py freezes
it). Every change reads the draft inside the transaction that changes it, so a hand-over decided
or withdrawn on another laptop a moment earlier is refused, never changed; refusals are journaled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.decisions import DecisionKind, Proposal
from livcr_desktop.domain.errors import ConflictError, NotFound, ValidationError
from livcr_desktop.domain.handover import (
    RECEIVER_REQUIRED,
    Contact,
    HandoverContent,
    HandoverStatus,
    check_text_count,
    clean_text,
)
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.permissions import Action, RecordFacts, Resource
from livcr_desktop.domain.secrecy_guard import Passage, SecrecyOverlap, confirmation_fingerprint
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from livcr_desktop.services.cases.access import load_case
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.feedback.content import GuardState, guard_index
from livcr_desktop.services.handover.content import (
    TextVerdict,
    content_of,
    facts_of,
    load_handover,
    refuse,
    stored_texts,
    verdicts,
)
from livcr_desktop.services.handover.running_item import running_item
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, HandoverRow, OtherLivcrRow

NOT_A_DRAFT = QT_TRANSLATE_NOOP(
    "Handover", "This hand-over is “{status}” and can no longer change."
)
CASE_CLOSED = QT_TRANSLATE_NOOP(
    "Handover", "Case {code} is closed: a closed case is not handed over."
)
DRAFT_EXISTS = QT_TRANSLATE_NOOP(
    "Handover", "A hand-over of this case is already being drafted: continue that one."
)
TEXT_NOT_FOUND = QT_TRANSLATE_NOOP("Handover", "This text is not on the hand-over any more.")
NO_RUNNING_MEETING = QT_TRANSLATE_NOOP(
    "Handover",
    "The case is not on the agenda of a meeting that is running: the table decides a hand-over "
    "during its meeting.",
)
PROPOSAL_WORDING = QT_TRANSLATE_NOOP(
    "Handover", "Hand case {code} over to {livcr}, where the person now lives."
)


@dataclass(frozen=True)
class HandoverSummary:
    """A hand-over in the dossier's list."""

    id: str
    status: HandoverStatus
    receiver: str
    created_on: date


@dataclass(frozen=True)
class HandoverView:
    """Everything about one hand-over its reader may see."""

    id: str
    case_id: str
    status: HandoverStatus
    content: HandoverContent
    texts: tuple[TextVerdict, ...]
    missing: tuple[Text, ...]
    may_edit: bool

    @property
    def blocked(self) -> int:
        return sum(1 for t in self.texts if t.state is GuardState.BLOCKED)


class HandoverService:
    """Reading and composing hand-overs."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def view(self, handover_id: str, *, journal: bool = True) -> HandoverView:
        """One hand-over (journaled as access unless a screen reads it again after a change)."""
        with self._ws.db.read_session() as session:
            row = load_handover(self._ws, session, handover_id)
            status = HandoverStatus(row.status)
            may_edit = status is HandoverStatus.DRAFT and self._ws.may(
                Resource.HANDOVER, Action.EDIT, facts_of(row)
            )
            content = content_of(session, row, self._ws.today())
            view = HandoverView(
                id=row.id,
                case_id=row.case_id,
                status=status,
                content=content,
                texts=tuple(verdicts(session, row)) if may_edit else (),
                missing=content.missing_for_approval() if may_edit else (),
                may_edit=may_edit,
            )
        if journal:
            with self._ws.uow() as uow:
                uow.journal.access(
                    "handover", handover_id, "access.handover_opened", scope_id=view.case_id
                )
        return view

    def for_case(self, case_id: str) -> list[HandoverSummary]:
        """The hand-overs of a case, newest first (none for whoever may not see them)."""
        with self._ws.db.read_session() as session:
            case = load_case(self._ws, session, case_id, Resource.CASE, Action.VIEW)
            if not self._ws.may(Resource.HANDOVER, Action.VIEW, facts_of_case(case)):
                return []
            rows = session.execute(
                select(HandoverRow, OtherLivcrRow.name)
                .join(OtherLivcrRow, OtherLivcrRow.id == HandoverRow.receiving_livcr_id)
                .where(HandoverRow.case_id == case_id)
                .order_by(HandoverRow.created_at.desc())
            ).all()
            return [
                HandoverSummary(row.id, HandoverStatus(row.status), name, row.created_at.date())
                for row, name in rows
            ]

    def start(self, case_id: str, receiving_livcr_id: str) -> str:
        """A new draft hand-over of a case to a registered LIVC-R; returns its id."""
        now = self._ws.clock.now()
        with self._ws.uow() as uow:
            session = uow.session
            case = load_case(self._ws, session, case_id, Resource.CASE, Action.VIEW)
            self._ws.require(
                Resource.HANDOVER, Action.CREATE, facts_of_case(case), entity="case_file"
            )
            if CaseStatus(case.status) is CaseStatus.CLOSED:
                raise ConflictError(CASE_CLOSED, code=case.code)
            receiver = session.get(OtherLivcrRow, receiving_livcr_id)
            if receiver is None or not receiver.active:
                raise ValidationError(RECEIVER_REQUIRED, field="receiver")
            draft = session.scalars(
                select(HandoverRow.id).where(
                    HandoverRow.case_id == case_id,
                    HandoverRow.status == HandoverStatus.DRAFT.value,
                )
            ).first()
            if draft is not None:
                raise ConflictError(DRAFT_EXISTS)
            row = HandoverRow(
                id=new_id(),
                case_id=case_id,
                municipality_id=case.municipality_id,
                receiving_livcr_id=receiving_livcr_id,
                status=HandoverStatus.DRAFT.value,
                contact_name="",
                contact_organisation="",
                contact_phone="",
                contact_email="",
                texts="[]",
                created_at=now,
                updated_at=now,
                version=1,
            )
            uow.journal.created(row, "handover.created", scope_id=case_id)
            return row.id

    def _draft(self, session: Session, handover_id: str, attempt: str) -> HandoverRow:
        row = load_handover(self._ws, session, handover_id, Action.EDIT)
        if row.status != HandoverStatus.DRAFT.value:
            refuse(
                self._ws,
                row,
                attempt,
                ConflictError(NOT_A_DRAFT, status=HandoverStatus(row.status).label),
            )
        return row

    def save_details(self, handover_id: str, receiving_livcr_id: str, contact: Contact) -> None:
        """The receiving LIVC-R and the contact person."""
        cleaned = contact.validated()
        with self._ws.uow() as uow:
            row = self._draft(uow.session, handover_id, "edit")
            receiver = uow.session.get(OtherLivcrRow, receiving_livcr_id)
            if receiver is None or not receiver.active:
                raise ValidationError(RECEIVER_REQUIRED, field="receiver")
            wanted = {
                "receiving_livcr_id": receiving_livcr_id,
                "contact_name": cleaned.name,
                "contact_organisation": cleaned.organisation,
                "contact_phone": cleaned.phone,
                "contact_email": cleaned.email,
            }
            changes: dict[str, object] = {k: v for k, v in wanted.items() if getattr(row, k) != v}
            if changes:
                changes["updated_at"] = self._ws.clock.now()
                uow.journal.updated(row, "handover.updated", changes, scope_id=row.case_id)

    def check_text(self, handover_id: str, text: str) -> tuple[Passage, ...]:
        """The passages of a text that overlap the case's confidential texts (nothing kept)."""
        with self._ws.db.read_session() as session:
            row = load_handover(self._ws, session, handover_id, Action.EDIT)
            return guard_index(session, row.case_id).check(text)

    def save_text(
        self, handover_id: str, index: int | None, text: str, *, confirm: bool = False
    ) -> int:
        """Keep one free text (a new one when `index` is None); returns its index. A text that
        overlaps confidential information is kept only when `confirm` says, on the record, that
        the overlap is not covered by secrecy; otherwise SecrecyOverlap names the passages."""
        cleaned = clean_text(text)
        with self._ws.uow() as uow:
            row = self._draft(uow.session, handover_id, "edit")
            texts = stored_texts(row)
            if index is not None and not 0 <= index < len(texts):
                raise NotFound(TEXT_NOT_FOUND)
            if index is None:
                check_text_count(len(texts) + 1)
            passages = guard_index(uow.session, row.case_id).check(cleaned)
            if passages and not confirm:
                uow.journal.access(
                    "handover",
                    handover_id,
                    "handover.guard_stopped",
                    scope_id=row.case_id,
                    passages=len(passages),
                )
            else:
                item = {
                    "text": cleaned,
                    "confirmed_fingerprint": confirmation_fingerprint(cleaned, passages)
                    if passages
                    else None,
                    "confirmed_by": self._ws.actor.member_id if passages else None,
                }
                if index is None:
                    texts.append(item)
                    index = len(texts) - 1
                else:
                    texts[index] = item
                uow.journal.updated(
                    row,
                    "handover.text_kept",
                    {"texts": json.dumps(texts), "updated_at": self._ws.clock.now()},
                    scope_id=row.case_id,
                    confirmed=bool(passages),
                )
                return index
        raise SecrecyOverlap(passages)

    def remove_text(self, handover_id: str, index: int) -> None:
        with self._ws.uow() as uow:
            row = self._draft(uow.session, handover_id, "edit")
            texts = stored_texts(row)
            if not 0 <= index < len(texts):
                raise NotFound(TEXT_NOT_FOUND)
            del texts[index]
            uow.journal.updated(
                row,
                "handover.text_removed",
                {"texts": json.dumps(texts), "updated_at": self._ws.clock.now()},
                scope_id=row.case_id,
            )

    def withdraw(self, handover_id: str) -> None:
        """The table decided not to hand the case over (the draft stays on record)."""
        with self._ws.uow() as uow:
            row = self._draft(uow.session, handover_id, "withdraw")
            uow.journal.updated(
                row,
                "handover.withdrawn",
                {"status": HandoverStatus.WITHDRAWN.value, "updated_at": self._ws.clock.now()},
                scope_id=row.case_id,
            )

    def propose(self, handover_id: str, translate: Translate) -> str:
        """Put the hand-over to the effective participants of the case's item in the meeting
        that is running (the wording in the interface language). Returns the decision's id."""
        with self._ws.db.read_session() as session:
            row = load_handover(self._ws, session, handover_id, Action.EDIT)
            item_id = running_item(session, row.case_id)
            content = content_of(session, row, self._ws.today())
            if item_id is None:
                refuse(self._ws, row, "propose", ConflictError(NO_RUNNING_MEETING))
        assert item_id is not None
        wording = PROPOSAL_WORDING.render(
            translate, code=content.case_code, livcr=content.receiver.name
        )
        proposal = Proposal(DecisionKind.HAND_OVER, wording, handover_id=handover_id)
        return DecisionService(self._ws).propose(item_id, proposal)


def facts_of_case(case: CaseRow) -> RecordFacts:
    return RecordFacts(municipality_id=case.municipality_id)
