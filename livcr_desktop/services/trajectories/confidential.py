"""The trajectory's confidential texts for the secrecy guard of feedback forms: partners' updates,
and evaluations (every domain note, the protective factors and the explanation). None of it may
flow to the LTF; the guard compares every shared item with these texts."""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.secrecy_guard import ConfidentialText
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.feedback.confidential_sources import register_source
from livcr_desktop.services.trajectories.evaluations import ratings_from_json
from livcr_desktop.store.models import EvaluationRow, TrajectoryUpdateRow


def _trajectory_texts(session: Session, case_id: str) -> Iterator[ConfidentialText]:
    updates = session.execute(
        select(TrajectoryUpdateRow.id, TrajectoryUpdateRow.body).where(
            TrajectoryUpdateRow.case_id == case_id
        )
    )
    for update_id, body in updates:
        yield ConfidentialText("trajectory_update", update_id, body)
    evaluations = session.execute(
        select(
            EvaluationRow.id,
            EvaluationRow.ratings,
            EvaluationRow.protective_factors,
            EvaluationRow.explanation,
        ).where(EvaluationRow.case_id == case_id)
    )
    for evaluation_id, ratings, protective, explanation in evaluations:
        for rating in ratings_from_json(ratings):
            if rating.note:
                yield ConfidentialText("evaluation", evaluation_id, rating.note)
        for text in (protective, explanation):
            if text:
                yield ConfidentialText("evaluation", evaluation_id, text)


register_source(
    "trajectories",
    _trajectory_texts,
    {
        "trajectory_update": QT_TRANSLATE_NOOP("SecrecyGuard", "a partner's trajectory update"),
        "evaluation": QT_TRANSLATE_NOOP("SecrecyGuard", "an evaluation of the trajectory"),
    },
)
