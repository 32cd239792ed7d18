"""The guidance trajectories' aggregates of the figures: their flow, outcome, lead partner and
the movement of the life domains between evaluations (query_base.py says what every query
returns).
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from sqlalchemy import Select, func, literal, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.evaluations import Rating
from livcr_desktop.services.figures.query_base import Counts, count_rows, in_days, run_query
from livcr_desktop.store.models import CaseRow, EvaluationRow, OrganisationRow, TrajectoryRow


def trajectory_flow(session: Session, start: date, end: date) -> Counts:
    """Guidance trajectories started, running at the period's end and ended in it, and the
    evaluations held."""
    result: Counts = {}

    def joined(key: str) -> Select[str, str, int]:
        return (
            select(CaseRow.municipality_id, literal(key), func.count())
            .select_from(TrajectoryRow)
            .join(CaseRow, CaseRow.id == TrajectoryRow.case_id)
        )

    queries = (
        joined("started")
        .where(in_days(TrajectoryRow.started_on, start, end))
        .group_by(CaseRow.municipality_id),
        joined("running")
        .where(TrajectoryRow.closed_on.is_(None), TrajectoryRow.started_on <= end)
        .group_by(CaseRow.municipality_id),
        joined("running")
        .where(TrajectoryRow.closed_on > end, TrajectoryRow.started_on <= end)
        .group_by(CaseRow.municipality_id),
        joined("ended")
        .where(in_days(TrajectoryRow.closed_on, start, end))
        .group_by(CaseRow.municipality_id),
        select(CaseRow.municipality_id, literal("evaluations"), func.count())
        .select_from(EvaluationRow)
        .join(CaseRow, CaseRow.id == EvaluationRow.case_id)
        .where(in_days(EvaluationRow.evaluated_on, start, end))
        .group_by(CaseRow.municipality_id),
    )
    for query in queries:
        for key, count in count_rows(
            (k, m, n) for m, k, n in run_query(session, query).all()
        ).items():
            result[key] = result.get(key, 0) + count
    return result


def trajectories_ended_by_outcome(session: Session, start: date, end: date) -> Counts:
    """Trajectories ended in the period, by the reason they were closed."""
    reason = func.coalesce(TrajectoryRow.close_reason, "other")
    query = (
        select(reason, CaseRow.municipality_id, func.count())
        .select_from(TrajectoryRow)
        .join(CaseRow, CaseRow.id == TrajectoryRow.case_id)
        .where(in_days(TrajectoryRow.closed_on, start, end))
        .group_by(reason, CaseRow.municipality_id)
    )
    return count_rows(run_query(session, query).all())


def trajectories_started_by_lead(session: Session, start: date, end: date) -> Counts:
    """Trajectories started in the period, by the kind of organisation leading them."""
    query = (
        select(OrganisationRow.kind, CaseRow.municipality_id, func.count())
        .select_from(TrajectoryRow)
        .join(CaseRow, CaseRow.id == TrajectoryRow.case_id)
        .join(OrganisationRow, OrganisationRow.id == TrajectoryRow.lead_organisation_id)
        .where(in_days(TrajectoryRow.started_on, start, end))
        .group_by(OrganisationRow.kind, CaseRow.municipality_id)
    )
    return count_rows(run_query(session, query).all())


def life_domain_movement(session: Session, start: date, end: date) -> tuple[Counts, dict[str, int]]:
    """How the life domains moved from one evaluation to the next, over every evaluation held
    in the period that had an earlier one: improved, unchanged or worsened per domain rating,
    counted per municipality (never per person: only the totals leave here); and per
    municipality how many trajectories (people) these ratings come from."""
    evaluated = (
        select(EvaluationRow.trajectory_id)
        .where(in_days(EvaluationRow.evaluated_on, start, end))
        .distinct()
        .scalar_subquery()
    )
    query = (
        select(
            EvaluationRow.trajectory_id,
            EvaluationRow.evaluated_on,
            EvaluationRow.ratings,
            CaseRow.municipality_id,
        )
        .select_from(EvaluationRow)
        .join(CaseRow, CaseRow.id == EvaluationRow.case_id)
        .where(EvaluationRow.trajectory_id.in_(evaluated), EvaluationRow.evaluated_on <= end)
        .order_by(EvaluationRow.trajectory_id, EvaluationRow.evaluated_on, EvaluationRow.written_at)
    )
    result: Counts = defaultdict(int)
    people: dict[str, set[str]] = defaultdict(set)
    previous: tuple[str, dict[str, int]] | None = None
    for trajectory_id, evaluated_on, ratings, municipality in run_query(session, query).all():
        scores = _scores(ratings)
        if previous is not None and previous[0] == trajectory_id and evaluated_on >= start:
            people[municipality].add(trajectory_id)
            for domain, score in scores.items():
                before = previous[1].get(domain)
                if before is None:
                    continue
                movement = (
                    "improved" if score > before else "worsened" if score < before else "unchanged"
                )
                result[(movement, municipality)] += 1
        previous = (trajectory_id, scores)
    return dict(result), {m: len(ids) for m, ids in people.items()}


def _scores(ratings: str) -> dict[str, int]:
    scores: dict[str, int] = {}
    for entry in json.loads(ratings or "[]"):
        try:
            scores[str(entry["domain_id"])] = Rating(entry["rating"]).score
        except (KeyError, ValueError, TypeError):
            continue  # a domain not rated at that evaluation
    return scores
