"""The table of decision kinds: for each thing a table can decide, in one place, what it carries,
who signs it, what is checked before, what signing it does, and what the proposal form offers.

The decision service asks this table and nothing else; no part of the app registers effects from
elsewhere. How to add a decision kind:

1. Add it to `DecisionKind` in `domain/decisions.py` with its label, its parameters in
   `PARAMETERS` (fields of `Proposal`, validated there) and the case status it leads to, if any.
2. Write its checks and effects in the concept they change (e.g. `services/trajectories/
   decision_effects.py`), against the shapes of `effects.py`; they never import this module.
3. Add its row to `KINDS` below: signers, checks, effects in order, and the records it names.
4. Show its parameters in `gui/decisions/dialogs.py`, and test it signed, once as a service call
   and once through the proposal form.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.decisions import PARAMETERS, DecisionKind
from livcr_desktop.services.decisions.effects import (
    Check,
    Choice,
    Choices,
    Effect,
    EffectContext,
    move_status,
    set_follow_up,
    status_reachable,
)
from livcr_desktop.services.feedback.corrections import follow_correction
from livcr_desktop.services.feedback.decision_effects import (
    approve,
    check_approval,
    draft_forms,
    refer,
    report_back,
)
from livcr_desktop.services.handover.decision_effects import (
    check_handover,
    draft_handovers,
    hand_over,
)
from livcr_desktop.services.retention.house_rules_binding import check_bound_text
from livcr_desktop.services.trajectories.decision_effects import (
    check_evaluation,
    close_trajectory,
    decide_evaluation,
    start_trajectory,
    waiting_evaluations,
)
from livcr_desktop.services.yearly_report.approval import (
    approve_yearly_report,
    check_report_approval,
)
from livcr_desktop.store.models import CaseRow, DecisionRow


class SignedBy(Enum):
    """Who signs a decision with consensus."""

    CASE_CHAIR = "case_chair"
    """On a case item: the chair (the mayor or their representative) of the case's municipality,
    holding that role on the day of signing."""
    MEETING_CHAIR = "meeting_chair"
    """On a topic or at the strategic table: the chair of the meeting, still holding a chair
    role."""


@dataclass(frozen=True)
class KindRule:
    """Everything one kind of decision means for the app."""

    kind: DecisionKind
    signers: frozenset[SignedBy]
    """Who may sign it: the case's chair on a case item, the meeting's chair elsewhere."""
    checks: tuple[Check, ...] = ()
    """Asked when the proposal is put and again, inside the signing transaction, when signed."""
    effects: tuple[Effect, ...] = ()
    """Run in order in the signing transaction, after the signature is written."""
    names: Choices | None = None
    """The records a proposal of this kind names (offered by the proposal form, which offers the
    kind only when there is one); None when it names none."""

    @property
    def parameters(self) -> tuple[str, ...]:
        """The parameters a proposal of this kind carries (validated in the domain)."""
        return PARAMETERS[self.kind]

    @property
    def moves_case_to(self) -> CaseStatus | None:
        """The case status a signed decision of this kind leads to."""
        return self.kind.target_status


_ON_CASE = frozenset({SignedBy.CASE_CHAIR})

KINDS: dict[DecisionKind, KindRule] = {
    rule.kind: rule
    for rule in (
        KindRule(
            DecisionKind.FOLLOW_UP,
            _ON_CASE,
            checks=(status_reachable,),
            effects=(move_status, set_follow_up, report_back),
        ),
        KindRule(
            DecisionKind.STOP_FOLLOW_UP,
            _ON_CASE,
            checks=(status_reachable,),
            effects=(move_status, report_back, close_trajectory),
        ),
        KindRule(
            DecisionKind.START_TRAJECTORY,
            _ON_CASE,
            checks=(status_reachable,),
            effects=(move_status, report_back, start_trajectory),
        ),
        KindRule(
            DecisionKind.EVALUATE_TRAJECTORY,
            _ON_CASE,
            checks=(check_evaluation,),
            effects=(report_back, decide_evaluation),
            names=waiting_evaluations,
        ),
        KindRule(
            DecisionKind.REFER_TO_LTF,
            _ON_CASE,
            checks=(status_reachable,),
            effects=(move_status, refer),
        ),
        KindRule(
            DecisionKind.APPROVE_FEEDBACK_FORM,
            _ON_CASE,
            checks=(check_approval,),
            effects=(approve,),
            names=draft_forms,
        ),
        KindRule(
            DecisionKind.CLOSE_CASE,
            _ON_CASE,
            checks=(status_reachable,),
            effects=(move_status, report_back, close_trajectory),
        ),
        KindRule(
            DecisionKind.HAND_OVER,
            _ON_CASE,
            checks=(status_reachable, check_handover),
            effects=(hand_over, move_status, report_back, close_trajectory),
            names=draft_handovers,
        ),
        KindRule(
            DecisionKind.FREE_TEXT,
            frozenset({SignedBy.CASE_CHAIR, SignedBy.MEETING_CHAIR}),
        ),
        KindRule(
            DecisionKind.STRATEGIC,
            frozenset({SignedBy.MEETING_CHAIR}),
            checks=(check_report_approval, check_bound_text),
            effects=(approve_yearly_report,),
        ),
    )
}

CORRECTION_EFFECTS: tuple[Effect, ...] = (follow_correction,)
"""What a signed decision that corrects (supersedes) an earlier one does, whatever its kind; run
after the kind's own effects, so they see what the correction itself did."""


def rule_of(kind: DecisionKind) -> KindRule:
    """The row of the table for a kind."""
    return KINDS[kind]


def signer_of(kind: DecisionKind, *, on_case: bool) -> SignedBy:
    """Who signs a decision of this kind on a case item (or elsewhere)."""
    signer = SignedBy.CASE_CHAIR if on_case else SignedBy.MEETING_CHAIR
    assert signer in KINDS[kind].signers, f"{kind} is not decided there"
    return signer


def check(decision: DecisionRow, case: CaseRow | None) -> None:
    """Refuse, before anything is signed, a decision whose kind's preconditions fail."""
    for precondition in KINDS[DecisionKind(decision.kind)].checks:
        precondition(decision, case)


def apply(context: EffectContext) -> None:
    """Carry out a signed decision: its kind's effects, then those of a correction."""
    for effect in KINDS[context.kind].effects:
        effect(context)
    if context.decision.supersedes_id is not None:
        for effect in CORRECTION_EFFECTS:
            effect(context)


def choices(session: Session, kind: DecisionKind, case_id: str) -> tuple[Choice, ...] | None:
    """The records a proposal of this kind on a case could name; None when it names none."""
    names = KINDS[kind].names
    return None if names is None else tuple(names(session, case_id))
