"""The shapes the table of decision kinds (`kinds.py`) is made of, and the effects on the case.

An effect runs in the signing transaction, so everything a decision causes is committed with its
signature or not at all; a check runs when the proposal is put and again when it is signed. The
feedback and trajectory concepts write their effects against these shapes and import only this
module, so the arrows point one way: kinds -> the concepts' effects -> here. The case's own
effects live here: it moves along its status machine through the allowed steps (e.g. signalled →
on the table → in a trajectory), closes with its reason, or gets its next follow-up date.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.decisions import DecisionKind, status_path
from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.services.cases.writes import move_case
from livcr_desktop.services.unit_of_work import UnitOfWork
from livcr_desktop.store.models import CaseRow, DecisionRow

NO_WAY = QT_TRANSLATE_NOOP(
    "Decisions",
    "This decision cannot take effect: case {code} is “{status}” and cannot become “{wanted}”.",
)


@dataclass(frozen=True)
class EffectContext:
    """Everything an effect needs: the open transaction, the decision, its case, and when."""

    uow: UnitOfWork
    decision: DecisionRow
    case: CaseRow | None
    parameters: dict[str, object]
    today: date
    now: datetime
    signer_member_id: str

    @property
    def kind(self) -> DecisionKind:
        return DecisionKind(self.decision.kind)


Effect = Callable[[EffectContext], None]
"""An effect of a signed decision; raises a DomainError to refuse the signature as a whole."""

Check = Callable[[DecisionRow, CaseRow | None], None]
"""A precondition of a kind's effects, asked when the proposal is put and again when it is
signed; raises a DomainError to refuse (the case row belongs to the open session)."""


@dataclass(frozen=True)
class Choice:
    """A record a proposal can name (a draft form to approve, an evaluation to decide on)."""

    id: str
    label: Message


Choices = Callable[[Session, str], list[Choice]]
"""For a case id, the records a kind of proposal must name; the proposal form offers the kind
only when there is at least one."""


def status_reachable(decision: DecisionRow, case: CaseRow | None) -> None:
    """Refuse a decision whose case cannot move to the status its kind leads to."""
    wanted = DecisionKind(decision.kind).target_status
    if case is None or wanted is None:
        return
    current = CaseStatus(case.status)
    if status_path(current, wanted) is None:
        raise ConflictError(NO_WAY, code=case.code, status=current.label, wanted=wanted.label)


def move_status(context: EffectContext) -> None:
    """Move the case to the kind's status through the allowed steps (closing with its reason)."""
    case = context.case
    wanted = context.kind.target_status
    if case is None or wanted is None:
        return
    path = status_path(CaseStatus(case.status), wanted)
    if path is None:  # checked before signing; the status cannot have changed since
        raise ConflictError(
            NO_WAY, code=case.code, status=CaseStatus(case.status).label, wanted=wanted.label
        )
    reason_value = context.parameters.get("close_reason")
    close_reason = CloseReason(reason_value) if isinstance(reason_value, str) else None
    for step in path:
        move_case(
            context.uow.journal,
            case,
            step,
            context.decision.wording,
            close_reason=close_reason if step is CaseStatus.CLOSED else None,
            today=context.today,
            now=context.now,
        )


def set_follow_up(context: EffectContext) -> None:
    """Put the case on the agenda again on the day the decision names (when it names one)."""
    case = context.case
    follow_up = context.parameters.get("next_follow_up")
    if case is None or not isinstance(follow_up, str):
        return
    context.uow.journal.updated(
        case,
        "case.follow_up_set",
        {"next_follow_up": date.fromisoformat(follow_up), "updated_at": context.now},
        scope_id=case.id,
    )


def decision_parameters(decision: DecisionRow) -> dict[str, object]:
    """The decision's kind-specific parameters."""
    value = json.loads(decision.parameters)
    assert isinstance(value, dict)
    return value
