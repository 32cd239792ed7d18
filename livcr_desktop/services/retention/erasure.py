"""Deciding and carrying out the erasure of cases that reached their retention term.

An erasure proposal (due.py) is decided as the house rules in force say: by the operational
table (a signed consensus decision on the proposal's own agenda item) or by the coordinator with
the data-protection officer's confirmation (`confirm`, the DPO's own signed operation). The
coordinator then carries it out (`erase`): every precondition is checked again inside the
transaction that erases (the case reached its term or the request register holds a granted
erasure request; the decision is signed or the DPO confirmed; not erased already), the register
entry is written and journaled as one signed `retention.case_erased` operation in the LIVC-R-wide
scope (ids, the case code, the rule and the day: no personal data), and the case's content goes
in the same transaction (erasure_rows.py). Several cases go together or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.domain.errors import ConflictError, NotFound, ValidationError
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.retention import ERASURE_REQUEST_RULE, RetentionRule
from livcr_desktop.domain.subject_requests import Outcome, RequestKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.retention.due import due_cases
from livcr_desktop.services.retention.erasure_rows import Erased, erase_cases
from livcr_desktop.services.retention.house_rules import rules_in_force
from livcr_desktop.services.subject_requests.granted import granted_erasure_request
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.erasures import erased_cases
from livcr_desktop.store.journal_writer import JournalWriter
from livcr_desktop.store.models import (
    CaseErasureRow,
    CaseRow,
    DecisionRow,
    ErasureConfirmationRow,
    Member,
    RetentionProposalRow,
    SubjectRequestRow,
)

ERASED_KIND = "retention.case_erased"
CONFIRMED_KIND = "retention.erasure_confirmed"
BY_TABLE = "table"
BY_COORDINATOR_DPO = "coordinator_dpo"
REQUEST_RULE = ERASURE_REQUEST_RULE
"""The register's rule for a case erased on a granted erasure request."""

CASE_NOT_FOUND = QT_TRANSLATE_NOOP("Erasure", "This case was not found.")
NOTHING_CHOSEN = QT_TRANSLATE_NOOP("Erasure", "Choose at least one case to erase.")
ALREADY_ERASED = QT_TRANSLATE_NOOP("Erasure", "Case {code} was erased already, on {day}.")
NOT_DUE = QT_TRANSLATE_NOOP(
    "Erasure",
    "Case {code} has not reached its retention term and has no granted erasure request: it "
    "cannot be erased.",
)
NOT_DECIDED_BY_TABLE = QT_TRANSLATE_NOOP(
    "Erasure",
    "The erasure of case {code} has not been decided: the house rules say the operational table "
    "decides, and no signed decision on its proposal exists yet.",
)
NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "Erasure",
    "The erasure of case {code} has not been confirmed by the data-protection officer, as the "
    "house rules require.",
)
TABLE_DECIDES = QT_TRANSLATE_NOOP(
    "Erasure",
    "The house rules say the operational table decides erasures: the data-protection officer's "
    "confirmation is not used.",
)
ALREADY_CONFIRMED = QT_TRANSLATE_NOOP("Erasure", "The erasure of case {code} is confirmed already.")


@dataclass(frozen=True)
class Erasable:
    """A case that reached its term (or has a granted erasure request), and where its erasure
    stands: no name, no content."""

    case_id: str
    code: str
    rule: str
    due_on: date | None
    decision_id: str | None
    """The signed decision of the table on its proposal, if any."""
    confirmation_id: str | None
    """The DPO's confirmation, if any."""
    decided: bool
    """Whether it may be carried out now under the house rules in force."""


@dataclass(frozen=True)
class RegisterEntry:
    """One line of the erasure register."""

    case_code: str
    erased_on: date
    rule: str
    decided_by: str
    decision_id: str | None
    erased_by: str
    """The coordinator's name (a member of the LIVC-R, not the person erased)."""


def _candidates(session: Session, today: date) -> dict[str, tuple[str, str, date | None]]:
    """(code, rule, due day) of every case that may be erased today, by case id: due under
    the house rules (the 18th-birthday review is not an erasure), or a granted request."""
    found: dict[str, tuple[str, str, date | None]] = {}
    for due in due_cases(session, today).cases:
        if due.rule is not RetentionRule.EIGHTEENTH_BIRTHDAY and due.case_id not in found:
            found[due.case_id] = (due.code, due.rule.value, due.due_on)
    requested = session.execute(
        select(SubjectRequestRow.case_id, CaseRow.code, SubjectRequestRow.decided_on)
        .join(CaseRow, CaseRow.id == SubjectRequestRow.case_id)
        .where(
            SubjectRequestRow.kind == RequestKind.ERASURE.value,
            SubjectRequestRow.outcome == Outcome.GRANTED.value,
        )
    )
    for case_id, code, decided_on in requested:
        found.setdefault(case_id, (code, REQUEST_RULE, decided_on))
    for case_id in erased_cases(session):
        found.pop(case_id, None)
    return found


def _request_id(session: Session, case_id: str) -> str | None:
    granted = granted_erasure_request(session, case_id)
    return granted[0] if granted else None


def _signed_decision(session: Session, case_id: str) -> str | None:
    return session.scalar(
        select(DecisionRow.id)
        .join(RetentionProposalRow, RetentionProposalRow.agenda_item_id == DecisionRow.item_id)
        .where(
            RetentionProposalRow.case_id == case_id,
            DecisionRow.state == DecisionState.SIGNED.value,
        )
        .order_by(DecisionRow.signed_at.desc())
        .limit(1)
    )


def _confirmation(session: Session, case_id: str) -> str | None:
    return session.scalar(
        select(ErasureConfirmationRow.id)
        .where(ErasureConfirmationRow.case_id == case_id)
        .order_by(ErasureConfirmationRow.confirmed_at.desc())
        .limit(1)
    )


def erasable(session: Session, today: date) -> list[Erasable]:
    """Every case that may be erased today and where its decision stands, earliest first."""
    by_table = rules_in_force(session, today).rules.retention.erasure_by_table
    result = []
    for case_id, (code, rule, due_on) in _candidates(session, today).items():
        decision = _signed_decision(session, case_id)
        confirmation = _confirmation(session, case_id)
        decided = decision is not None if by_table else confirmation is not None
        result.append(Erasable(case_id, code, rule, due_on, decision, confirmation, decided))
    result.sort(key=lambda e: (e.due_on or date.min, e.code))
    return result


def carry_out(
    journal: JournalWriter,
    session: Session,
    rows: Sequence[CaseErasureRow],
    *,
    progress: Callable[[int, int], None] | None = None,
) -> Erased:
    """Journal the register entries (one signed `retention.case_erased` each, sealed with the
    transaction) and erase their cases' content, in the caller's transaction, once every
    precondition was checked (ErasureService.erase; the benchmark measures this part)."""
    for row in rows:
        journal.created(row, ERASED_KIND)
    session.flush()
    return erase_cases(session, [row.case_id for row in rows], progress=progress)


class ErasureService:
    """The DPO's confirmation, the coordinator's erasure, and the register (read-only)."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def may_erase(self) -> bool:
        """Whether the signed-in person carries erasures out (the coordinator)."""
        return self._ws.may(Resource.RETENTION, Action.EDIT)

    def may_confirm(self) -> bool:
        """Whether the signed-in person confirms erasures (the DPO)."""
        return self._ws.may(Resource.RETENTION, Action.APPROVE)

    def may_read_register(self) -> bool:
        """Whether the signed-in person reads the erasure register."""
        return self._ws.may(Resource.ERASURE_REGISTER, Action.VIEW)

    def by_table(self) -> bool:
        """Whether the house rules in force let the table decide (else coordinator + DPO)."""
        with self._ws.db.read_session() as session:
            return rules_in_force(session, self._ws.today()).rules.retention.erasure_by_table

    def erasable(self) -> list[Erasable]:
        """What may be erased today and where each decision stands."""
        self._ws.require(Resource.RETENTION, Action.VIEW, entity="case_erasure")
        with self._ws.db.read_session() as session:
            return erasable(session, self._ws.today())

    def confirm(self, case_id: str) -> str:
        """The DPO confirms the erasure of a case that may be erased; the confirmation's id."""
        with self._ws.uow() as uow:
            self._ws.require(
                Resource.RETENTION, Action.APPROVE, entity="erasure_confirmation", entity_id=case_id
            )
            session = uow.session
            today = self._ws.today()
            case = session.get(CaseRow, case_id)
            if case is None:
                raise NotFound(CASE_NOT_FOUND)
            if rules_in_force(session, today).rules.retention.erasure_by_table:
                raise ConflictError(TABLE_DECIDES)
            self._check_due(session, case, today)
            if _confirmation(session, case_id) is not None:
                raise ConflictError(ALREADY_CONFIRMED, code=case.code)
            row = ErasureConfirmationRow(
                id=new_id(),
                case_id=case_id,
                confirmed_by=self._ws.actor.member_id,
                confirmed_at=self._ws.clock.now(),
                version=1,
            )
            uow.journal.created(row, CONFIRMED_KIND)
            return row.id

    def erase(
        self, case_ids: Sequence[str], *, progress: Callable[[int, int], None] | None = None
    ) -> Erased:
        """Carry out the decided erasure of these cases, all of them or none."""
        if not case_ids:
            raise ValidationError(NOTHING_CHOSEN)
        with self._ws.uow() as uow:
            self._ws.require(Resource.RETENTION, Action.EDIT, entity="case_erasure")
            session = uow.session
            today = self._ws.today()
            now = self._ws.clock.now()
            by_table = rules_in_force(session, today).rules.retention.erasure_by_table
            candidates = _candidates(session, today)
            rows = [
                self._entry(session, case_id, candidates, by_table=by_table, today=today, now=now)
                for case_id in dict.fromkeys(case_ids)
            ]
            return carry_out(uow.journal, session, rows, progress=progress)

    def register(self) -> list[RegisterEntry]:
        """The erasure register, newest first (coordinator, DPO); reading it is journaled."""
        self._ws.require(Resource.ERASURE_REGISTER, Action.VIEW, entity="case_erasure")
        with self._ws.db.read_session() as session:
            rows = session.execute(
                select(CaseErasureRow, Member.full_name)
                .join(Member, Member.id == CaseErasureRow.erased_by)
                .order_by(CaseErasureRow.erased_at.desc(), CaseErasureRow.case_code)
            ).all()
            entries = [
                RegisterEntry(r.case_code, r.erased_on, r.rule, r.decided_by, r.decision_id, name)
                for r, name in rows
            ]
        with self._ws.uow() as uow:
            uow.journal.access(
                "case_erasure", "-", "access.erasure_register_opened", entries=len(entries)
            )
        return entries

    def _entry(
        self,
        session: Session,
        case_id: str,
        candidates: dict[str, tuple[str, str, date | None]],
        *,
        by_table: bool,
        today: date,
        now: datetime,
    ) -> CaseErasureRow:
        """The register entry of one case, once every precondition holds (else the error)."""
        case = session.get(CaseRow, case_id)
        if case is None:
            raise NotFound(CASE_NOT_FOUND)
        done = session.scalar(select(CaseErasureRow).where(CaseErasureRow.case_id == case_id))
        if done is not None:
            raise ConflictError(ALREADY_ERASED, code=case.code, day=done.erased_on)
        if case_id not in candidates:
            raise ConflictError(NOT_DUE, code=case.code)
        code, rule, due_on = candidates[case_id]
        decision = _signed_decision(session, case_id) if by_table else None
        confirmation = None if by_table else _confirmation(session, case_id)
        if by_table and decision is None:
            raise ConflictError(NOT_DECIDED_BY_TABLE, code=code)
        if not by_table and confirmation is None:
            raise ConflictError(NOT_CONFIRMED, code=code)
        return CaseErasureRow(
            id=new_id(),
            case_id=case_id,
            case_code=code,
            rule=rule,
            due_on=due_on,
            decided_by=BY_TABLE if by_table else BY_COORDINATOR_DPO,
            decision_id=decision,
            confirmation_id=confirmation,
            request_id=_request_id(session, case_id) if rule == REQUEST_RULE else None,
            erased_on=today,
            erased_at=now,
            erased_by=self._ws.actor.member_id,
            version=1,
        )

    @staticmethod
    def _check_due(session: Session, case: CaseRow, today: date) -> None:
        if session.scalar(select(CaseErasureRow.id).where(CaseErasureRow.case_id == case.id)):
            raise ConflictError(ALREADY_ERASED, code=case.code, day="")
        if case.id not in _candidates(session, today):
            raise ConflictError(NOT_DUE, code=case.code)
