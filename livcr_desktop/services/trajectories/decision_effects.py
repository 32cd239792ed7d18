"""What signed decisions do to trajectories, in the same transaction as the signature.

- Starting a trajectory: the trajectory begins with the lead partner the table chose, evaluated
  every three months unless the partners set another interval. When the case already has a
  running trajectory (the table took it up again), the decision changes its lead partner.
- Evaluating it: the proposal names an evaluation still waiting for the table (recorded, not yet
  decided, of the running trajectory); the signed decision is linked to it (a proposal that
  names none, as older ones did, takes the newest waiting evaluation).
- Closing the case or stopping its follow-up closes the running trajectory with the decision's
  reason, and its wording as the outcome.

The table of decision kinds (`services/decisions/kinds.py`) names these functions for its kinds.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.evaluations import EvaluationProposal
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.organisations import LEAD_NOT_POLICE, OrganisationKind
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.domain.trajectories import (
    DEFAULT_INTERVAL_MONTHS,
    Engagement,
    TrajectoryState,
    next_evaluation_due,
)
from livcr_desktop.services.decisions.effects import Choice, EffectContext, decision_parameters
from livcr_desktop.services.trajectories.access import open_trajectory
from livcr_desktop.store.models import (
    CaseRow,
    DecisionRow,
    EvaluationRow,
    OrganisationRow,
    TrajectoryRow,
)

EVALUATION_NOT_OF_CASE = QT_TRANSLATE_NOOP(
    "Trajectories",
    "The evaluation this decision names does not belong to the case's running trajectory.",
)
EVALUATION_ALREADY_DECIDED = QT_TRANSLATE_NOOP(
    "Trajectories", "The table already decided on this evaluation."
)
EVALUATION_CHOICE = QT_TRANSLATE_NOOP("Trajectories", "Evaluation of {day}: {proposal}")


def start_trajectory(context: EffectContext) -> None:
    """A signed decision starts a trajectory (or gives the running one another lead partner)."""
    case = context.case
    lead = context.parameters.get("lead_organisation_id")
    if case is None or not isinstance(lead, str):
        return
    uow = context.uow
    organisation = uow.session.get(OrganisationRow, lead)
    if organisation is not None and not OrganisationKind(organisation.kind).may_lead_trajectory:
        raise ValidationError(LEAD_NOT_POLICE, field="lead")  # the kind changed since proposed
    running = open_trajectory(uow.session, case.id)
    if running is not None:
        if running.lead_organisation_id != lead:
            uow.journal.updated(
                running,
                "trajectory.lead_changed",
                {
                    "lead_organisation_id": lead,
                    "case_manager_member_id": None,
                    "updated_at": context.now,
                },
                scope_id=case.id,
                decision_id=context.decision.id,
            )
        return
    row = TrajectoryRow(
        id=new_id(),
        case_id=case.id,
        started_by_decision_id=context.decision.id,
        lead_organisation_id=lead,
        case_manager_member_id=None,
        started_on=context.today,
        interval_months=DEFAULT_INTERVAL_MONTHS,
        next_evaluation_due=next_evaluation_due(context.today, DEFAULT_INTERVAL_MONTHS, None),
        engagement=Engagement.NOT_RECORDED.value,
        state=TrajectoryState.OPEN.value,
        closed_on=None,
        close_reason=None,
        outcome="",
        closed_by_decision_id=None,
        updated_at=context.now,
        version=1,
    )
    uow.journal.created(row, "trajectory.started", scope_id=case.id)


def waiting_evaluations(session: Session, case_id: str) -> list[Choice]:
    """The evaluations of the case's running trajectory still waiting for the table, newest
    first: what an evaluation decision can name."""
    rows = session.scalars(
        select(EvaluationRow)
        .join(TrajectoryRow, TrajectoryRow.id == EvaluationRow.trajectory_id)
        .where(
            EvaluationRow.case_id == case_id,
            EvaluationRow.decision_id.is_(None),
            TrajectoryRow.state == TrajectoryState.OPEN.value,
        )
        .order_by(EvaluationRow.evaluated_on.desc(), EvaluationRow.written_at.desc())
    )
    return [
        Choice(
            row.id,
            Message(
                EVALUATION_CHOICE,
                {
                    "day": row.evaluated_on,
                    "proposal": EvaluationProposal(row.proposal).label,
                },
            ),
        )
        for row in rows
    ]


def _named_evaluation(session: Session, case: CaseRow, evaluation_id: str) -> EvaluationRow:
    evaluation = session.get(EvaluationRow, evaluation_id)
    if evaluation is None or evaluation.case_id != case.id:
        raise ConflictError(EVALUATION_NOT_OF_CASE)
    if evaluation.decision_id is not None:
        raise ConflictError(EVALUATION_ALREADY_DECIDED)
    return evaluation


def check_evaluation(decision: DecisionRow, case: CaseRow | None) -> None:
    """Asked when an evaluation decision is proposed and when it is signed: the evaluation it
    names belongs to the case and waits for the table."""
    wanted = decision_parameters(decision).get("evaluation_id")
    session = object_session(case) if case is not None else None
    if case is None or session is None or not isinstance(wanted, str):
        return
    _named_evaluation(session, case, wanted)


def decide_evaluation(context: EffectContext) -> None:
    """Link the table's signed decision to the evaluation it decided on."""
    case = context.case
    if case is None:
        return
    session = context.uow.session
    wanted = context.parameters.get("evaluation_id")
    if isinstance(wanted, str):
        evaluation = _named_evaluation(session, case, wanted)
    else:
        running = open_trajectory(session, case.id)
        if running is None:
            return
        newest = session.scalars(
            select(EvaluationRow)
            .where(
                EvaluationRow.trajectory_id == running.id,
                EvaluationRow.decision_id.is_(None),
            )
            .order_by(EvaluationRow.evaluated_on.desc(), EvaluationRow.written_at.desc())
        ).first()
        if newest is None:
            return
        evaluation = newest
    context.uow.journal.updated(
        evaluation,
        "trajectory.evaluation_decided",
        {"decision_id": context.decision.id, "decided_on": context.today},
        scope_id=case.id,
    )


def close_trajectory(context: EffectContext) -> None:
    """Closing the case (or stopping its follow-up) closes its running trajectory."""
    case = context.case
    if case is None:
        return
    running = open_trajectory(context.uow.session, case.id)
    if running is None:
        return
    reason = context.parameters.get("close_reason")
    context.uow.journal.updated(
        running,
        "trajectory.closed",
        {
            "state": TrajectoryState.CLOSED.value,
            "closed_on": context.today,
            "close_reason": reason if isinstance(reason, str) else None,
            "outcome": context.decision.wording,
            "closed_by_decision_id": context.decision.id,
            "updated_at": context.now,
        },
        scope_id=case.id,
    )
