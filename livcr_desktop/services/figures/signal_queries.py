"""The signals' aggregates of the figures: who signalled, what the screening made of them, and
when (query_base.py says what every query returns).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import and_, case, func, literal, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.signals import SignalSource
from livcr_desktop.services.figures.query_base import (
    Counts,
    count_rows,
    in_days,
    month_of,
    run_query,
)
from livcr_desktop.store.models import OrganisationRow, SignalRow

SignalFacts = dict[tuple[str, str, str, str], int]
"""(who signalled, what the screening made of it, month "YYYY-MM", municipality id) -> count."""


def signal_facts(session: Session, start: date, end: date) -> SignalFacts:
    """Signals received in the period, counted by who signalled them (the kind of partner
    organisation, the LTF through the Information Officer, another LIVC-R), by what the
    screening made of them by the period's end ("" when not screened by then; "to_table" is a
    signal that became a case of the table) and by month: one pass over the signals, from which
    every signal table is summed."""
    source = case(
        (
            SignalRow.source == SignalSource.PARTNER.value,
            func.coalesce(OrganisationRow.kind, "other"),
        ),
        else_=SignalRow.source,
    )
    outcome = case(
        (
            and_(SignalRow.screened_on.is_not(None), SignalRow.screened_on <= end),
            func.coalesce(SignalRow.screening_outcome, ""),
        ),
        else_=literal(""),
    )
    month = month_of(SignalRow.received_on)
    query = (
        select(source, outcome, month, SignalRow.municipality_id, func.count())
        .select_from(SignalRow)
        .outerjoin(OrganisationRow, OrganisationRow.id == SignalRow.signalling_organisation_id)
        .where(in_days(SignalRow.received_on, start, end))
        .group_by(source, outcome, month, SignalRow.municipality_id)
    )
    return {
        (str(who), str(what), str(when), str(where)): int(n)
        for who, what, when, where, n in run_query(session, query).all()
    }


def by_signal_part(facts: SignalFacts, part: int, *, source: str | None = None) -> Counts:
    """The signal counts summed by one part of the facts (0: who, 1: screening, 2: month),
    per municipality; only the signals of one source when given."""
    result: Counts = defaultdict(int)
    for key, count in facts.items():
        if source is None or key[0] == source:
            result[(key[part], key[3])] += count
    return dict(result)


def signals_by_month(session: Session, start: date, end: date) -> Counts:
    """Signals received per month ("YYYY-MM")."""
    month = month_of(SignalRow.received_on)
    query = (
        select(month, SignalRow.municipality_id, func.count())
        .where(in_days(SignalRow.received_on, start, end))
        .group_by(month, SignalRow.municipality_id)
    )
    return count_rows(run_query(session, query).all())
