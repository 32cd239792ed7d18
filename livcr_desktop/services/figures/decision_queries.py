"""The decisions' and the LTF's aggregates of the figures: decisions signed by kind and by how
consensus came, referrals and feedback forms (query_base.py says what every query returns).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.domain.feedback import FormStatus
from livcr_desktop.services.figures.query_base import (
    Counts,
    count_rows,
    in_days,
    in_moments,
    run_query,
    unindexed,
)
from livcr_desktop.store.models import CaseRow, DecisionRow, FeedbackFormRow, ReferralRow

APPROVED = (
    FormStatus.SIGNED.value,
    FormStatus.TRANSMITTED.value,
    FormStatus.ACKNOWLEDGED.value,
    FormStatus.REPLACED.value,
)


DecisionFacts = dict[tuple[str, str, str], int]
"""(kind, "first" or "reworded", municipality id) -> decisions signed."""


def decision_facts(session: Session, start: date, end: date) -> DecisionFacts:
    """Decisions signed in the period, by kind, by whether consensus came on the first proposal
    or after rewording, and by municipality (the decision's own, else its case's)."""
    how = case((DecisionRow.replaces_id.is_(None), literal("first")), else_=literal("reworded"))
    signed = (
        unindexed(DecisionRow.state) == DecisionState.SIGNED.value,
        in_moments(DecisionRow.signed_at, start, end),
    )
    own = (
        select(DecisionRow.kind, how, DecisionRow.municipality_id, func.count())
        .where(DecisionRow.municipality_id.is_not(None), *signed)
        .group_by(DecisionRow.kind, how, DecisionRow.municipality_id)
    )
    by_case = (
        select(DecisionRow.kind, how, CaseRow.municipality_id, func.count())
        .select_from(DecisionRow)
        .join(CaseRow, CaseRow.id == DecisionRow.case_id)
        .where(DecisionRow.municipality_id.is_(None), *signed)
        .group_by(DecisionRow.kind, how, CaseRow.municipality_id)
    )
    result: DecisionFacts = defaultdict(int)
    for query in (own, by_case):
        for kind, consensus, municipality, count in run_query(session, query).all():
            result[(str(kind), str(consensus), str(municipality))] += int(count)
    return dict(result)


def by_decision_part(facts: DecisionFacts, part: int) -> Counts:
    """Decisions summed by kind (0) or by how consensus was reached (1), per municipality."""
    result: Counts = defaultdict(int)
    for key, count in facts.items():
        result[(key[part], key[2])] += count
    return dict(result)


def ltf_flow(session: Session, start: date, end: date) -> Counts:
    """Referrals to the LTF and feedback forms approved and handed over in the period (the
    signals the LTF passed are summed from the signal facts)."""
    queries = (
        select(literal("referred"), CaseRow.municipality_id, func.count())
        .select_from(ReferralRow)
        .join(CaseRow, CaseRow.id == ReferralRow.case_id)
        .where(in_days(ReferralRow.referred_on, start, end))
        .group_by(CaseRow.municipality_id),
        select(literal("approved"), FeedbackFormRow.municipality_id, func.count())
        .where(
            FeedbackFormRow.status.in_(APPROVED),
            in_moments(FeedbackFormRow.approved_at, start, end),
        )
        .group_by(FeedbackFormRow.municipality_id),
        select(literal("handed_over"), FeedbackFormRow.municipality_id, func.count())
        .where(in_days(FeedbackFormRow.transmitted_on, start, end))
        .group_by(FeedbackFormRow.municipality_id),
    )
    result: Counts = {}
    for query in queries:
        result.update(count_rows(run_query(session, query).all()))
    return result
