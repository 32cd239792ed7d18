"""What has reached its retention term on a day, and proposing its erasure to the table.

For the coordinator and the data-protection officer (Resource.RETENTION): case codes, the rule
of the house rules and the due date, never a name, so the DPO (who sees no case content) can run
the check, also from the command line. Reading the list is journaled.

A granted erasure request (register of data-subject requests) can be proposed the same way
without a term (`propose_requested_erasure`), for house rules that let the table decide.

"Propose erasure" puts a topic on the agenda of the next planned operational-table meeting (the
title holds the case code and the rule, never a name) and records the proposal, so the list
says where each case stands. The review at 18 is no erasure: it puts the case itself on that
agenda as a case item, so what the table says and decides about it stays within the case.
What the table then decides is its own decision; nothing here erases data.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.errors import ConflictError, NotFound
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.meetings import ItemKind, MeetingStatus, TableKind, check_item
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.retention import (
    ERASURE_REQUEST_RULE,
    CaseFacts,
    RetentionRule,
    due_on_day,
)
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Translate, identity_translate
from livcr_desktop.services.cases.access import load_case
from livcr_desktop.services.meetings.case_item import (
    add_case_item,
    default_invitees,
    item_of_case,
    next_position,
)
from livcr_desktop.services.retention.house_rules import rules_in_force
from livcr_desktop.services.subject_requests.granted import granted_erasure_request
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseErasureRow,
    CaseRow,
    DecisionRow,
    MeetingRow,
    PersonRow,
    RetentionProposalRow,
    SignalRow,
)

NO_MEETING_PLANNED = QT_TRANSLATE_NOOP(
    "Retention",
    "No operational-table meeting is planned: plan the next meeting, then propose the erasure "
    "for its agenda.",
)
NOT_DUE = QT_TRANSLATE_NOOP(
    "Retention", "Case {code} has not reached this term under the house rules in force."
)
ALREADY_PROPOSED = QT_TRANSLATE_NOOP(
    "Retention", "The erasure of case {code} is already proposed for the meeting of {day}."
)
CASE_NOT_FOUND = QT_TRANSLATE_NOOP("Retention", "This case was not found.")
TOPIC_TITLE = QT_TRANSLATE_NOOP(
    "Retention", "Proposed erasure of case {code} under the house rules: {rule} on {day}"
)
REQUEST_TITLE = QT_TRANSLATE_NOOP(
    "Retention", "Proposed erasure of case {code} on a granted erasure request (decided on {day})"
)
NO_GRANTED_REQUEST = QT_TRANSLATE_NOOP(
    "Retention",
    "Case {code} has no granted erasure request in the register of data-subject requests (or "
    "was erased already).",
)
REVIEW_OF_CLOSED_CASE = QT_TRANSLATE_NOOP(
    "Retention",
    "Case {code} is closed: there is no follow-up to review at 18. The erasure terms of the "
    "house rules apply to it.",
)


@dataclass(frozen=True)
class DueCase:
    """A case that reached a term on the day asked about: no name, no content."""

    case_id: str
    code: str
    rule: RetentionRule
    due_on: date
    proposed_for: date | None
    """The day of the meeting its erasure (or review) was proposed for, if it was."""


@dataclass(frozen=True)
class DueList:
    """What reached its term on a day, under which version of the house rules."""

    as_of: date
    rules_version: int | None
    """The adopted version in force that day; None: the defaults."""
    cases: tuple[DueCase, ...]


def _facts(session: Session) -> list[CaseFacts]:
    """The facts of every case the rule needs, read in one pass."""
    screened_in = exists().where(
        SignalRow.case_id == CaseRow.id,
        SignalRow.screening_outcome == ScreeningOutcome.TO_TABLE.value,
    )
    discussed = exists().where(AgendaItemRow.case_id == CaseRow.id)
    decided = exists().where(DecisionRow.case_id == CaseRow.id)
    erased = exists().where(CaseErasureRow.case_id == CaseRow.id)
    rows = session.execute(
        select(
            CaseRow.id,
            CaseRow.code,
            CaseRow.status,
            CaseRow.opened_on,
            CaseRow.closed_on,
            CaseRow.close_reason,
            PersonRow.birth_date,
            screened_in | discussed | decided,
        )
        .join(PersonRow, PersonRow.id == CaseRow.person_id)
        .where(~erased)  # erased: nothing left to keep or erase (erasure.py)
    ).all()
    return [
        CaseFacts(
            case_id=case_id,
            code=code,
            status=CaseStatus(status),
            opened_on=opened_on,
            closed_on=closed_on,
            close_reason=CloseReason(reason) if reason else None,
            passed_screening=bool(passed),
            birth_date=birth_date,
        )
        for case_id, code, status, opened_on, closed_on, reason, birth_date, passed in rows
    ]


def due_cases(session: Session, as_of: date) -> DueList:
    """Everything that reached its term by `as_of` under the house rules in force that day,
    earliest first (no permission check: the callers check)."""
    in_force = rules_in_force(session, as_of)
    proposed = {
        (case_id, rule): local_date(starts_at)
        for case_id, rule, starts_at in session.execute(
            select(RetentionProposalRow.case_id, RetentionProposalRow.rule, MeetingRow.starts_at)
            .join(MeetingRow, MeetingRow.id == RetentionProposalRow.meeting_id)
            .where(MeetingRow.status != MeetingStatus.CANCELLED.value)
        )
    }
    found = [
        DueCase(d.case_id, d.code, d.rule, d.due_on, proposed.get((d.case_id, d.rule.value)))
        for facts in _facts(session)
        for d in due_on_day(facts, in_force.rules, as_of)
    ]
    found.sort(key=lambda d: (d.due_on, d.code, d.rule.value))
    number = in_force.version.number if in_force.version else None
    return DueList(as_of, number, tuple(found))


class RetentionService:
    """The list of what reached its term, for the coordinator and the DPO, and proposals."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def may_list(self) -> bool:
        """Whether the signed-in person may read the list (to show the area)."""
        return self._ws.may(Resource.RETENTION, Action.VIEW)

    def may_propose(self) -> bool:
        """Whether the signed-in person may propose an erasure to the table."""
        return self._ws.may(Resource.RETENTION, Action.EDIT)

    def due(self, as_of: date | None = None) -> DueList:
        """What reached its term by `as_of` (today by default); journaled."""
        self._ws.require(Resource.RETENTION, Action.VIEW, entity="retention_list")
        day = as_of or self._ws.today()
        with self._ws.db.read_session() as session:
            listed = due_cases(session, day)
        with self._ws.uow() as uow:
            uow.journal.access(
                "retention_list",
                "-",
                "access.retention_list_opened",
                as_of=day.isoformat(),
                cases=len(listed.cases),
            )
        return listed

    def next_meeting(self) -> date | None:
        """The day of the next planned operational-table meeting a proposal would go to."""
        self._ws.require(Resource.RETENTION, Action.EDIT, entity="retention_proposal")
        with self._ws.db.read_session() as session:
            meeting = self._next_meeting(session)
            return local_date(meeting.starts_at) if meeting else None

    def propose_erasure(
        self, case_id: str, rule: RetentionRule, translate: Translate = identity_translate
    ) -> str:
        """Put the erasure of a case that reached its term on the next operational-table
        meeting's agenda (at the 18th birthday: the open case itself, for its review); the
        agenda item's id."""
        with self._ws.uow() as uow:
            self._ws.require(
                Resource.RETENTION, Action.EDIT, entity="retention_proposal", entity_id=case_id
            )
            session = uow.session
            case = session.get(CaseRow, case_id)
            if case is None:
                raise NotFound(CASE_NOT_FOUND)
            today = self._ws.today()
            listed = due_cases(session, today)
            due = next((d for d in listed.cases if d.case_id == case_id and d.rule is rule), None)
            if due is None:
                raise ConflictError(NOT_DUE, code=case.code)
            if due.proposed_for is not None:
                raise ConflictError(ALREADY_PROPOSED, code=case.code, day=due.proposed_for)
            if rule is RetentionRule.EIGHTEENTH_BIRTHDAY:
                return self._put_review_on_agenda(uow, case, due.due_on)
            title = TOPIC_TITLE.render(translate, code=case.code, rule=rule.in_text, day=due.due_on)
            return self._put_on_agenda(
                uow, case_id, rule.value, due.due_on, title, kind=ItemKind.ERASURE
            )

    def propose_requested_erasure(
        self, case_id: str, translate: Translate = identity_translate
    ) -> str:
        """Put the erasure of a case with a granted erasure request (register of data-subject
        requests) on the next operational-table meeting's agenda, for house rules that let the
        table decide erasures: no term needs to be reached. The agenda item's id."""
        with self._ws.uow() as uow:
            self._ws.require(
                Resource.RETENTION, Action.EDIT, entity="retention_proposal", entity_id=case_id
            )
            session = uow.session
            case = session.get(CaseRow, case_id)
            if case is None:
                raise NotFound(CASE_NOT_FOUND)
            granted = granted_erasure_request(session, case_id)
            erased = session.scalar(
                select(CaseErasureRow.id).where(CaseErasureRow.case_id == case_id)
            )
            if granted is None or erased is not None:
                raise ConflictError(NO_GRANTED_REQUEST, code=case.code)
            proposed = session.scalar(
                select(MeetingRow.starts_at)
                .join(RetentionProposalRow, RetentionProposalRow.meeting_id == MeetingRow.id)
                .where(
                    RetentionProposalRow.case_id == case_id,
                    RetentionProposalRow.rule == ERASURE_REQUEST_RULE,
                    MeetingRow.status != MeetingStatus.CANCELLED.value,
                )
            )
            if proposed is not None:
                raise ConflictError(ALREADY_PROPOSED, code=case.code, day=local_date(proposed))
            title = REQUEST_TITLE.render(translate, code=case.code, day=granted[1])
            return self._put_on_agenda(
                uow, case_id, ERASURE_REQUEST_RULE, granted[1], title, kind=ItemKind.ERASURE
            )

    def _put_on_agenda(
        self,
        uow: UnitOfWork,
        case_id: str,
        rule: str,
        due_on: date,
        title: str,
        *,
        kind: ItemKind,
    ) -> str:
        """The proposed erasure's topic on the next meeting's agenda, and the proposal itself.
        An erasure is a topic of its own kind (domain/erasure_topic.py): its texts are fixed,
        so nothing about the case is written LIVC-R-wide."""
        session = uow.session
        meeting = self._planned_meeting(session)
        item = AgendaItemRow(
            id=new_id(),
            meeting_id=meeting.id,
            position=next_position(session, meeting.id),
            kind=kind.value,
            case_id=None,
            title=check_item(TableKind.OPERATIONAL, kind, title[:300]),
            municipality_id=None,
            summary="",
            postponed=False,
            version=1,
        )
        uow.journal.created(item, "meeting.item_added")
        self._record_proposal(uow, case_id, rule, due_on, item)
        return item.id

    def _put_review_on_agenda(self, uow: UnitOfWork, case: CaseRow, due_on: date) -> str:
        """The case itself on the next meeting's agenda, for the table to close it or confirm
        its follow-up now that the person turned 18: a case item in the case's scope (the
        table's summary and decision are the case's, erased with it, and the case's chair
        signs), with the invitees of "Add a case…"; an item the case already has on that
        agenda is the one the proposal points to."""
        session = uow.session
        if case.status == CaseStatus.CLOSED.value:
            raise ConflictError(REVIEW_OF_CLOSED_CASE, code=case.code)
        # As "Add a case…": only a case the coordinator may see (refusal journaled).
        load_case(self._ws, session, case.id, Resource.CASE, Action.VIEW)
        meeting = self._planned_meeting(session)
        item = item_of_case(session, meeting.id, case.id)
        if item is None:
            today = self._ws.today()
            actor = self._ws.actor.member_id
            invitees = default_invitees(session, meeting, case, actor, today)
            item = add_case_item(uow, meeting, case, invitees, today)
        rule = RetentionRule.EIGHTEENTH_BIRTHDAY.value
        self._record_proposal(uow, case.id, rule, due_on, item)
        return item.id

    def _record_proposal(
        self,
        uow: UnitOfWork,
        case_id: str,
        rule: str,
        due_on: date,
        item: AgendaItemRow,
    ) -> None:
        """The proposal row that says where the case stands (the list's "proposed for")."""
        uow.journal.created(
            RetentionProposalRow(
                id=new_id(),
                case_id=case_id,
                rule=rule,
                due_on=due_on,
                meeting_id=item.meeting_id,
                agenda_item_id=item.id,
                proposed_by=self._ws.actor.member_id,
                proposed_at=self._ws.clock.now(),
                version=1,
            ),
            "retention.erasure_proposed",
            scope_id=case_id,
        )

    def _planned_meeting(self, session: Session) -> MeetingRow:
        """The next planned operational-table meeting, refused when there is none."""
        meeting = self._next_meeting(session)
        if meeting is None:
            raise ConflictError(NO_MEETING_PLANNED)
        return meeting

    def _next_meeting(self, session: Session) -> MeetingRow | None:
        return session.scalars(
            select(MeetingRow)
            .where(
                MeetingRow.table_kind == TableKind.OPERATIONAL.value,
                MeetingRow.status == MeetingStatus.PLANNED.value,
                MeetingRow.starts_at >= self._ws.clock.now(),
            )
            .order_by(MeetingRow.starts_at)
        ).first()
