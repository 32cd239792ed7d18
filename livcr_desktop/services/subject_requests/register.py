"""The register of data-subject requests: the coordinator registers and answers them, the
data-protection officer reads the register (read-only, with no case content beyond the code).

Every change is a journaled operation of the request's case, in a part of the case's scope that
only the coordinator's laptop holds (services/sync/scopes.py); every reading of the register is
journaled as an access.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select

from livcr_desktop.domain.errors import NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.subject_requests import (
    DECIDE_FIRST,
    AnswerRecord,
    InformedRecord,
    InformedWhom,
    LegalGround,
    Outcome,
    RequestDecision,
    RequestDraft,
    Requester,
    RequestKind,
    check_extension,
    due_on,
    is_overdue,
)
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseRow, SubjectRequestRow

REQUEST_NOT_FOUND = QT_TRANSLATE_NOOP("SubjectRequests", "This request is not in the register.")
CASE_NOT_FOUND = QT_TRANSLATE_NOOP("SubjectRequests", "There is no case with this code.")

ENTITY = "subject_request"


@dataclass(frozen=True)
class RequestEntry:
    """One request as the register shows it. For the data-protection officer the free texts
    that may tell about the case (the note, the answer's summary) are left empty."""

    id: str
    case_id: str
    case_code: str
    kind: RequestKind
    received_on: date
    requester: Requester
    requester_name: str
    note: str
    outcome: Outcome
    decided_on: date | None
    ground: LegalGround | None
    ground_note: str
    extended_on: date | None
    extension_reason: str
    informed_whom: InformedWhom | None
    informed_on: date | None
    answer_sent_on: date | None
    answer_summary: str
    due_on: date
    overdue: bool


class SubjectRequestService:
    """Registering, deciding and answering data-subject requests; reading the register."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    # -- reading ---------------------------------------------------------------------------------

    def entries(self) -> list[RequestEntry]:
        """Every request, the open ones first by due date, then the answered ones (journaled)."""
        self._ws.require(Resource.SUBJECT_REQUEST, Action.VIEW, entity="subject_requests")
        entries = self._read()
        with self._ws.uow() as uow:
            uow.journal.access("subject_requests", "-", "access.subject_requests_opened")
        return entries

    def entry(self, request_id: str) -> RequestEntry:
        """One request (for a dialog; the register's opening was journaled)."""
        self._ws.require(Resource.SUBJECT_REQUEST, Action.VIEW, entity=ENTITY)
        found = [e for e in self._read(request_id) if e.id == request_id]
        if not found:
            raise NotFound(REQUEST_NOT_FOUND)
        return found[0]

    def case_of_code(self, code: str) -> str:
        """The id of the case with this code (the coordinator types the code)."""
        with self._ws.db.read_session() as session:
            case_id = session.scalar(select(CaseRow.id).where(CaseRow.code == code.strip()))
        if case_id is None:
            raise ValidationError(CASE_NOT_FOUND, field="case")
        return case_id

    def _read(self, request_id: str | None = None) -> list[RequestEntry]:
        today = self._ws.today()
        content = self._ws.may(Resource.SUBJECT_REQUEST, Action.EDIT)
        # The DPO's laptop holds the register but not the cases: the code the request kept.
        query = select(
            SubjectRequestRow, func.coalesce(CaseRow.code, SubjectRequestRow.case_code)
        ).outerjoin(CaseRow, CaseRow.id == SubjectRequestRow.case_id)
        if request_id is not None:
            query = query.where(SubjectRequestRow.id == request_id)
        with self._ws.db.read_session() as session:
            rows = session.execute(query).all()
        entries = [_entry(row, code, today, content=content) for row, code in rows]
        entries.sort(key=lambda e: (e.answer_sent_on is not None, e.due_on, e.case_code))
        return entries

    # -- writing ---------------------------------------------------------------------------------

    def register(self, draft: RequestDraft) -> str:
        """Register a request received about the person of a case; returns its id."""
        today, now = self._ws.today(), self._ws.clock.now()
        with self._ws.uow() as uow:
            self._ws.require(Resource.SUBJECT_REQUEST, Action.CREATE, entity=ENTITY)
            draft = draft.validated(today)
            case = uow.session.get(CaseRow, draft.case_id)
            if case is None:
                raise ValidationError(CASE_NOT_FOUND, field="case")
            row = SubjectRequestRow(
                id=new_id(),
                case_id=draft.case_id,
                case_code=case.code,
                kind=draft.kind.value,
                received_on=draft.received_on,
                requester=draft.requester.value,
                requester_name=draft.requester_name,
                note=draft.note,
                outcome=Outcome.PENDING.value,
                ground_note="",
                extension_reason="",
                answer_summary="",
                registered_by=self._ws.actor.member_id,
                registered_at=now,
                updated_at=now,
                version=1,
            )
            uow.journal.created(row, "subject_request.registered", scope_id=draft.case_id)
        return row.id

    def decide(self, request_id: str, decision: RequestDecision) -> None:
        """Record the decision and its legal ground (a changed decision is a new operation)."""
        with self._ws.uow() as uow:
            row = self._editable(uow, request_id)
            decision = decision.validated(self._ws.today(), row.received_on)
            changes = {
                "outcome": decision.outcome.value,
                "decided_on": decision.decided_on,
                "legal_ground": decision.ground.value if decision.ground else None,
                "ground_note": decision.ground_note,
            }
            uow.journal.updated(
                row, "subject_request.decided", self._stamped(changes), scope_id=row.case_id
            )

    def extend(self, request_id: str, reason: str) -> None:
        """Extend the term by two months (once, within the first month, with a reason)."""
        today = self._ws.today()
        with self._ws.uow() as uow:
            row = self._editable(uow, request_id)
            reason = check_extension(row.received_on, row.extended_on is not None, reason, today)
            changes = {"extended_on": today, "extension_reason": reason}
            uow.journal.updated(
                row, "subject_request.extended", self._stamped(changes), scope_id=row.case_id
            )

    def record_informed(self, request_id: str, informed: InformedRecord) -> None:
        """Record that (and when) the person or their parents were told of the decision."""
        with self._ws.uow() as uow:
            row = self._editable(uow, request_id)
            if row.outcome == Outcome.PENDING.value:
                raise ValidationError(DECIDE_FIRST, field="outcome")
            informed = informed.validated(self._ws.today(), row.received_on)
            changes = {"informed_whom": informed.whom.value, "informed_on": informed.on}
            uow.journal.updated(
                row, "subject_request.informed", self._stamped(changes), scope_id=row.case_id
            )

    def record_answer(self, request_id: str, answer: AnswerRecord) -> None:
        """Record the answer sent, and its date: the request is then answered."""
        with self._ws.uow() as uow:
            row = self._editable(uow, request_id)
            if row.outcome == Outcome.PENDING.value:
                raise ValidationError(DECIDE_FIRST, field="outcome")
            answer = answer.validated(self._ws.today(), row.received_on)
            changes = {"answer_sent_on": answer.sent_on, "answer_summary": answer.summary}
            uow.journal.updated(
                row, "subject_request.answered", self._stamped(changes), scope_id=row.case_id
            )

    def _editable(self, uow: UnitOfWork, request_id: str) -> SubjectRequestRow:
        self._ws.require(Resource.SUBJECT_REQUEST, Action.EDIT, entity=ENTITY, entity_id=request_id)
        row = uow.session.get(SubjectRequestRow, request_id)
        if row is None:
            raise NotFound(REQUEST_NOT_FOUND)
        return row

    def _stamped(self, changes: dict[str, Any]) -> dict[str, Any]:
        return {**changes, "updated_at": self._ws.clock.now()}


def _entry(row: SubjectRequestRow, code: str, today: date, *, content: bool) -> RequestEntry:
    extended = row.extended_on is not None
    return RequestEntry(
        id=row.id,
        case_id=row.case_id,
        case_code=code,
        kind=RequestKind(row.kind),
        received_on=row.received_on,
        requester=Requester(row.requester),
        requester_name=row.requester_name,
        note=row.note if content else "",
        outcome=Outcome(row.outcome),
        decided_on=row.decided_on,
        ground=LegalGround(row.legal_ground) if row.legal_ground else None,
        ground_note=row.ground_note,
        extended_on=row.extended_on,
        extension_reason=row.extension_reason,
        informed_whom=InformedWhom(row.informed_whom) if row.informed_whom else None,
        informed_on=row.informed_on,
        answer_sent_on=row.answer_sent_on,
        answer_summary=row.answer_summary if content else "",
        due_on=due_on(row.received_on, extended),
        overdue=is_overdue(row.received_on, extended, row.answer_sent_on, today),
    )
