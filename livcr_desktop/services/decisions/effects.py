"""What a signed decision does, in the same transaction as the signature.

The case moves along its status machine (through the allowed steps, e.g. signalled → on the table
→ in a trajectory); a follow-up date is set; a case closes with its reason. Other parts of the app
add their own effects here (the trajectory that starts, the referral and its draft feedback
form), so everything a decision causes is committed with it or not at all. An outcome without a
signature changes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from livcr_desktop.domain.cases import CaseStatus, CloseReason
from livcr_desktop.domain.decisions import DecisionKind, status_path
from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
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

EFFECTS: dict[DecisionKind, list[Effect]] = {kind: [] for kind in DecisionKind}
"""Further effects per kind, registered by the parts of the app they belong to."""


def register_effect(kind: DecisionKind, effect: Effect) -> None:
    """Add an effect that runs whenever a decision of this kind is signed."""
    if effect not in EFFECTS[kind]:
        EFFECTS[kind].append(effect)


CORRECTION_EFFECTS: list[Effect] = []
"""Effects of a signed decision that corrects (supersedes) an earlier one, whatever its kind;
they run after the kind's own effects, so they see what the correction itself did."""


def register_correction_effect(effect: Effect) -> None:
    """Add an effect that runs whenever a correcting decision is signed."""
    if effect not in CORRECTION_EFFECTS:
        CORRECTION_EFFECTS.append(effect)


Check = Callable[[DecisionRow, CaseRow | None], None]
"""A precondition of a kind's effects, asked when the proposal is put and again when it is
signed; raises a DomainError to refuse (the case row belongs to the open session)."""

CHECKS: dict[DecisionKind, list[Check]] = {kind: [] for kind in DecisionKind}


def register_check(kind: DecisionKind, check: Check) -> None:
    """Add a precondition that a decision of this kind must meet to be proposed and signed."""
    if check not in CHECKS[kind]:
        CHECKS[kind].append(check)


def check_effects(decision: DecisionRow, case: CaseRow | None) -> None:
    """Refuse, before anything is signed, a decision whose case cannot move as it says or whose
    registered preconditions fail."""
    for check in CHECKS[DecisionKind(decision.kind)]:
        check(decision, case)
    wanted = DecisionKind(decision.kind).target_status
    if case is None or wanted is None:
        return
    current = CaseStatus(case.status)
    if status_path(current, wanted) is None:
        raise ConflictError(NO_WAY, code=case.code, status=current.label, wanted=wanted.label)


def apply_effects(context: EffectContext) -> None:
    """Carry out a signed decision: the case's status, then every registered effect."""
    case = context.case
    kind = context.kind
    if case is not None:
        _move_status(context, case, kind)
        follow_up = context.parameters.get("next_follow_up")
        if kind is DecisionKind.FOLLOW_UP and isinstance(follow_up, str):
            context.uow.journal.updated(
                case,
                "case.follow_up_set",
                {"next_follow_up": date.fromisoformat(follow_up), "updated_at": context.now},
                scope_id=case.id,
            )
    for effect in EFFECTS[kind]:
        effect(context)
    if context.decision.supersedes_id is not None:
        for effect in CORRECTION_EFFECTS:
            effect(context)


def _move_status(context: EffectContext, case: CaseRow, kind: DecisionKind) -> None:
    wanted = kind.target_status
    if wanted is None:
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


def decision_parameters(decision: DecisionRow) -> dict[str, object]:
    """The decision's kind-specific parameters."""
    value = json.loads(decision.parameters)
    assert isinstance(value, dict)
    return value
