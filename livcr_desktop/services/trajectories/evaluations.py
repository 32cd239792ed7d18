"""Recording evaluations: every life domain rated, protective factors and a proposal for the table.

The form offers the LIVC-R's domains in use and, beside each, the rating of the previous
evaluation, so the partner sees the movement while filling it in. An evaluation is written whole
in one journal operation or not at all, and the next one falls due an interval after it. The
table's decision on its proposal is linked later, when the chair signs it (trajectory_effects).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.evaluations import DomainRating, EvaluationDraft, Rating
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.life_domains import LifeDomain
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.trajectories import next_evaluation_due
from livcr_desktop.services.trajectories.access import authorize_work, load_trajectory
from livcr_desktop.services.trajectories.life_domains import ensure_domains, read_domains
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import EvaluationRow


@dataclass(frozen=True)
class EvaluationForm:
    """What the evaluation form shows before anything is typed."""

    trajectory_id: str
    case_code: str
    started_on: date
    due_on: date
    domains: tuple[LifeDomain, ...]
    """The domains in use, in the LIVC-R's order: each needs a rating."""
    previous: Mapping[str, Rating]
    """The last evaluation's rating per domain (empty before the first evaluation)."""
    previous_on: date | None


def ratings_to_json(ratings: tuple[DomainRating, ...] | list[DomainRating]) -> str:
    """The ratings of an evaluation as stored (canonical JSON, in the order of the form)."""
    return canonical_bytes(
        [
            {
                "domain_id": r.domain_id,
                "rating": r.rating.value if r.rating else None,
                "note": r.note,
            }
            for r in ratings
        ]
    ).decode()


def ratings_from_json(text: str) -> tuple[DomainRating, ...]:
    """The stored ratings back as domain values."""
    return tuple(
        DomainRating(
            item["domain_id"], Rating(item["rating"]) if item["rating"] else None, item["note"]
        )
        for item in json.loads(text)
    )


def last_evaluation(session: Session, trajectory_id: str) -> EvaluationRow | None:
    """The most recent evaluation of a trajectory (by its date, then by when it was written)."""
    return session.scalars(
        select(EvaluationRow)
        .where(EvaluationRow.trajectory_id == trajectory_id)
        .order_by(EvaluationRow.evaluated_on.desc(), EvaluationRow.written_at.desc())
    ).first()


class EvaluationService:
    """The evaluation form and recording an evaluation."""

    def __init__(self, workspace: Workspace) -> None:
        self._ws = workspace

    def form(self, trajectory_id: str) -> EvaluationForm:
        """The empty form for the next evaluation (refused for those who may not record it)."""
        with self._ws.db.read_session() as session:
            authorize_work(self._ws, session, trajectory_id, Resource.EVALUATION, Action.CREATE)
            trajectory, case = load_trajectory(
                self._ws, session, trajectory_id, Resource.EVALUATION, Action.CREATE
            )
            last = last_evaluation(session, trajectory_id)
            previous = {
                r.domain_id: r.rating
                for r in (ratings_from_json(last.ratings) if last else ())
                if r.rating is not None
            }
            return EvaluationForm(
                trajectory_id,
                case.code,
                trajectory.started_on,
                trajectory.next_evaluation_due,
                tuple(d for d in read_domains(session) if d.active),
                previous,
                last.evaluated_on if last else None,
            )

    def record(self, trajectory_id: str, draft: EvaluationDraft) -> str:
        """Record a complete evaluation; the next one falls due an interval after it."""
        now = self._ws.clock.now()
        with self._ws.uow() as uow:
            session = uow.session
            trajectory = authorize_work(
                self._ws, session, trajectory_id, Resource.EVALUATION, Action.CREATE
            )
            case_id, started_on = trajectory.case_id, trajectory.started_on
            actor = self._ws.actor
            ensure_domains(uow.journal, session, now)
            evaluation = draft.validated(read_domains(session), started_on, self._ws.today())
            assert evaluation.proposal is not None
            last = last_evaluation(session, trajectory_id)
            row = EvaluationRow(
                id=new_id(),
                trajectory_id=trajectory_id,
                case_id=case_id,
                evaluated_on=evaluation.evaluated_on,
                ratings=ratings_to_json(list(evaluation.ratings)),
                protective_factors=evaluation.protective_factors,
                proposal=evaluation.proposal.value,
                explanation=evaluation.explanation,
                author_member_id=actor.member_id,
                author_organisation_id=actor.organisation_id,
                written_at=now,
                decision_id=None,
                decided_on=None,
                version=1,
            )
            uow.journal.created(row, "trajectory.evaluation_recorded", scope_id=case_id)
            newest = max(evaluation.evaluated_on, last.evaluated_on if last else started_on)
            due = next_evaluation_due(started_on, trajectory.interval_months, newest)
            if due != trajectory.next_evaluation_due:
                uow.journal.updated(
                    trajectory,
                    "trajectory.evaluation_due_set",
                    {"next_evaluation_due": due, "updated_at": now},
                    scope_id=case_id,
                )
            return row.id
