"""Evaluations that need attention: due ones (for the agenda, "my tasks" and "my cases") and
recorded ones still waiting for the table's decision (for the agenda).

Who prepares an evaluation: the trajectory's case manager, or, while none is named, everyone of
the lead organisation who is invited to the case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.accounts import Actor
from livcr_desktop.domain.trajectories import TrajectoryState
from livcr_desktop.services.cases.access import active_participation
from livcr_desktop.store.models import (
    CaseParticipantRow,
    CaseRow,
    EvaluationRow,
    TrajectoryRow,
)


@dataclass(frozen=True)
class EvaluationToPrepare:
    """A running trajectory whose next evaluation the actor prepares."""

    trajectory_id: str
    case_id: str
    case_code: str
    subject_name: str
    due_on: date
    started_by_decision_id: str


def agenda_evaluations(session: Session, day: date) -> list[tuple[CaseRow, bool, date]]:
    """(case, already recorded?, since) for the agenda of a meeting on `day`: evaluations
    recorded and not yet decided first, then trajectories whose evaluation is due by then."""
    found: list[tuple[CaseRow, bool, date]] = []
    waiting = session.execute(
        select(CaseRow, EvaluationRow.evaluated_on)
        .join(EvaluationRow, EvaluationRow.case_id == CaseRow.id)
        .join(TrajectoryRow, TrajectoryRow.id == EvaluationRow.trajectory_id)
        .where(
            EvaluationRow.decision_id.is_(None),
            EvaluationRow.evaluated_on <= day,
            TrajectoryRow.state == TrajectoryState.OPEN.value,
        )
        .order_by(EvaluationRow.evaluated_on)
    ).all()
    found += [(case, True, evaluated) for case, evaluated in waiting]
    due = session.execute(
        select(CaseRow, TrajectoryRow.next_evaluation_due)
        .join(TrajectoryRow, TrajectoryRow.case_id == CaseRow.id)
        .where(
            TrajectoryRow.state == TrajectoryState.OPEN.value,
            TrajectoryRow.next_evaluation_due <= day,
        )
        .order_by(TrajectoryRow.next_evaluation_due)
    ).all()
    found += [(case, False, when) for case, when in due]
    return found


def evaluations_to_prepare(session: Session, actor: Actor, day: date) -> list[EvaluationToPrepare]:
    """The running trajectories whose next evaluation this person prepares, soonest first."""
    invited = exists().where(
        CaseParticipantRow.case_id == TrajectoryRow.case_id,
        active_participation(actor.member_id, day),
    )
    rows = session.execute(
        select(TrajectoryRow, CaseRow.code, CaseRow.subject_name)
        .join(CaseRow, CaseRow.id == TrajectoryRow.case_id)
        .where(
            TrajectoryRow.state == TrajectoryState.OPEN.value,
            invited,
            or_(
                TrajectoryRow.case_manager_member_id == actor.member_id,
                and_(
                    TrajectoryRow.case_manager_member_id.is_(None),
                    TrajectoryRow.lead_organisation_id == actor.organisation_id,
                ),
            ),
        )
        .order_by(TrajectoryRow.next_evaluation_due)
    ).all()
    return [
        EvaluationToPrepare(
            row.id,
            row.case_id,
            code,
            subject,
            row.next_evaluation_due,
            row.started_by_decision_id,
        )
        for row, code, subject in rows
    ]
