"""The aggregate SQL behind the figures: one GROUP BY per table, nothing per case in Python.

Every query returns counts keyed by (row key, municipality id), never a record: the figures are
computed from the data and no name, text or id of a case, person, note or minutes leaves here.
Dates are stored as ISO text, so comparing them as text compares them as dates.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, literal, or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.clock import BRUSSELS, local_date
from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.domain.evaluations import Rating
from livcr_desktop.domain.feedback import FormStatus
from livcr_desktop.domain.meetings import MeetingStatus, TableKind
from livcr_desktop.domain.signals import SignalSource
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseRow,
    CaseStatusChangeRow,
    DecisionRow,
    EvaluationRow,
    FeedbackFormRow,
    MeetingParticipantRow,
    MeetingRow,
    Member,
    OrganisationRow,
    ReferralRow,
    SignalRow,
    TrajectoryRow,
)

Counts = dict[tuple[str, str], int]
"""(row key, municipality id) -> count."""

APPROVED = (
    FormStatus.SIGNED.value,
    FormStatus.TRANSMITTED.value,
    FormStatus.ACKNOWLEDGED.value,
    FormStatus.REPLACED.value,
)


def _counts(rows: Iterable[tuple[object, object, int]]) -> Counts:
    result: Counts = defaultdict(int)
    for key, municipality, count in rows:
        if municipality is not None:
            result[(str(key), str(municipality))] += int(count)
    return dict(result)


def _run(session: Session, query: Any) -> Any:
    """A query's result through the session's connection: plain Core execution, without the
    ORM's per-statement bookkeeping (these queries load no objects)."""
    return session.connection().execute(query)


def day_start(day: date) -> datetime:
    """The first moment of a Brussels day (moments are stored in UTC)."""
    return datetime.combine(day, time.min, tzinfo=BRUSSELS)


def _in_days(column: Any, start: date, end: date) -> ColumnElement[bool]:
    return and_(column >= start, column <= end)


def _in_moments(column: Any, start: date, end: date) -> ColumnElement[bool]:
    return and_(column >= day_start(start), column < day_start(end + timedelta(days=1)))


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
    month = _month(SignalRow.received_on)
    query = (
        select(source, outcome, month, SignalRow.municipality_id, func.count())
        .select_from(SignalRow)
        .outerjoin(OrganisationRow, OrganisationRow.id == SignalRow.signalling_organisation_id)
        .where(_in_days(SignalRow.received_on, start, end))
        .group_by(source, outcome, month, SignalRow.municipality_id)
    )
    return {
        (str(who), str(what), str(when), str(where)): int(n)
        for who, what, when, where, n in _run(session, query).all()
    }


def by_signal_part(facts: SignalFacts, part: int, *, source: str | None = None) -> Counts:
    """The signal counts summed by one part of the facts (0: who, 1: screening, 2: month),
    per municipality; only the signals of one source when given."""
    result: Counts = defaultdict(int)
    for key, count in facts.items():
        if source is None or key[0] == source:
            result[(key[part], key[3])] += count
    return dict(result)


def _unindexed(column: Any) -> ColumnElement[Any]:
    """The column, hidden from SQLite's planner: without statistics it would rather walk a
    whole index that is sorted by this column (a state, a municipality, the opening day of
    every case ever) than read the short range of the figures' covering index."""
    return func.coalesce(column, "")


def _month(column: Any) -> ColumnElement[str]:
    return func.substr(column, 1, 7)


def signals_by_month(session: Session, start: date, end: date) -> Counts:
    """Signals received per month ("YYYY-MM")."""
    month = _month(SignalRow.received_on)
    query = (
        select(month, SignalRow.municipality_id, func.count())
        .where(_in_days(SignalRow.received_on, start, end))
        .group_by(month, SignalRow.municipality_id)
    )
    return _counts(_run(session, query).all())


def cases_opened_by_month(session: Session, start: date, end: date) -> Counts:
    """Cases opened per month ("YYYY-MM")."""
    month = _month(CaseRow.opened_on)
    query = (
        select(month, CaseRow.municipality_id, func.count())
        .where(_in_days(CaseRow.opened_on, start, end))
        .group_by(month, CaseRow.municipality_id)
    )
    return _counts(_run(session, query).all())


def first_discussion_waits(session: Session, start: date, end: date) -> dict[str, list[int]]:
    """Per municipality, the days from each signal received in the period to the first held
    meeting of the operational table that had its case on the agenda (signals not yet
    discussed by the period's end are left out)."""
    first = func.min(MeetingRow.starts_at)
    query = (
        select(SignalRow.municipality_id, SignalRow.received_on, first)
        .select_from(MeetingRow)
        .join(AgendaItemRow, AgendaItemRow.meeting_id == MeetingRow.id)
        .join(SignalRow, SignalRow.case_id == AgendaItemRow.case_id)
        .where(
            # From the period's meetings to their cases' signals (a year's few thousand items),
            # not from every signal of the year to every item of its case.
            _in_days(_unindexed(SignalRow.received_on), start, end),
            MeetingRow.table_kind == TableKind.OPERATIONAL.value,
            MeetingRow.status == MeetingStatus.HELD.value,
            MeetingRow.starts_at >= day_start(start),
            MeetingRow.starts_at < day_start(end + timedelta(days=1)),
            MeetingRow.starts_at >= func.datetime(SignalRow.received_on),
        )
        .group_by(SignalRow.id)
    )
    waits: dict[str, list[int]] = defaultdict(list)
    for municipality, received, discussed in _run(session, query).all():
        waits[municipality].append((local_date(_moment(discussed)) - received).days)
    return dict(waits)


def _open_at(end: date) -> tuple[ColumnElement[bool], ColumnElement[bool]]:
    """Two conditions that together select the cases still open at the end of `end`: never
    closed, or closed after it. Kept apart (two index ranges) rather than OR-ed (a full scan)."""
    return CaseRow.closed_on.is_(None), CaseRow.closed_on > end


def _add(result: Counts, counts: Counts, sign: int = 1) -> None:
    for key, count in counts.items():
        result[key] = result.get(key, 0) + sign * count


def cases_by_status_at_end(session: Session, start: date, end: date) -> Counts:
    """The cases the LIVC-R had in hand during the period (opened by its end and not closed
    before its start), by the status each had at its end: closed means closed during the
    period (and not reopened by its end); a case that moved after the period counts in the
    status of that day, read from its status history (store/status_history.py).

    A case that has not moved since the period's end is still as it was then, so every case is
    first counted as its row says now, along the figures' covering index; only the cases that
    moved after the end (few, for a recent period) are then taken back and counted from their
    history instead."""
    result: Counts = {}
    for in_hand in _open_at(start - timedelta(days=1)):
        query = (
            select(CaseRow.status, CaseRow.municipality_id, func.count())
            .where(in_hand, _unindexed(CaseRow.opened_on) <= end)
            .group_by(CaseRow.status, CaseRow.municipality_id)
        )
        _add(result, _counts(_run(session, query).all()))
    h = CaseStatusChangeRow
    # An IN list, not a join: SQLite then reads the few ids along the history's day index
    # and looks each case up, instead of walking every case's history for a DISTINCT.
    moved = CaseRow.id.in_(select(h.case_id).where(h.since > end))
    as_now = (
        select(CaseRow.status, CaseRow.municipality_id, func.count())
        .where(moved, or_(*_open_at(start - timedelta(days=1))), CaseRow.opened_on <= end)
        .group_by(CaseRow.status, CaseRow.municipality_id)
    )
    _add(result, _counts(_run(session, as_now).all()), -1)
    latest = (
        select(func.max(h.case_version))
        .where(h.case_id == CaseRow.id, h.since <= end)
        .correlate(CaseRow)
        .scalar_subquery()
    )
    as_then = (
        select(h.status, CaseRow.municipality_id, func.count())
        .select_from(CaseRow)
        .join(h, and_(h.case_id == CaseRow.id, h.case_version == latest))
        .where(
            moved,
            CaseRow.opened_on <= end,
            or_(h.status != CaseStatus.CLOSED.value, h.since >= start),
        )
        .group_by(h.status, CaseRow.municipality_id)
    )
    _add(result, _counts(_run(session, as_then).all()))
    return {key: count for key, count in result.items() if count}


def reopenings(session: Session, start: date, end: date) -> Counts:
    """Reopenings of a closed case in the period (a case reopened twice counts twice)."""
    h = CaseStatusChangeRow
    query = (
        select(literal("reopened"), CaseRow.municipality_id, func.count())
        .select_from(h)
        .join(CaseRow, CaseRow.id == h.case_id)
        .where(h.status == CaseStatus.REOPENED.value, _in_days(h.since, start, end))
        .group_by(CaseRow.municipality_id)
    )
    return _counts(_run(session, query).all())


def case_flow(session: Session, start: date, end: date) -> Counts:
    """Cases reopened in the period, and cases open at its end that the operational table has
    not discussed for twelve months (opened and closed are summed from their own tables)."""
    result: Counts = defaultdict(int)
    result.update(reopenings(session, start, end))
    year_before = end - timedelta(days=365)
    old_and_open: tuple[ColumnElement[bool], ...] = (_unindexed(CaseRow.opened_on) <= year_before,)
    closed_then = closed_at_end_reopened_since(session, end)
    if closed_then:
        old_and_open += (CaseRow.id.not_in(closed_then),)
    for still_open in _open_at(end):
        municipality = _unindexed(CaseRow.municipality_id)
        query = (
            select(literal("not_discussed"), municipality, func.count())
            .where(still_open, *old_and_open)
            .group_by(municipality)
        )
        for key, count in _counts(_run(session, query).all()).items():
            result[key] += count
    # Minus those the table did discuss in the twelve months: few meetings, few items.
    discussed = (
        select(literal("not_discussed"), CaseRow.municipality_id, func.count(distinct(CaseRow.id)))
        .select_from(MeetingRow)
        .join(AgendaItemRow, AgendaItemRow.meeting_id == MeetingRow.id)
        .join(CaseRow, CaseRow.id == AgendaItemRow.case_id)
        .where(
            MeetingRow.table_kind == TableKind.OPERATIONAL.value,
            MeetingRow.status == MeetingStatus.HELD.value,
            MeetingRow.starts_at >= day_start(year_before + timedelta(days=1)),
            MeetingRow.starts_at < day_start(end + timedelta(days=1)),
            or_(*_open_at(end)),
            *old_and_open,
        )
        .group_by(CaseRow.municipality_id)
    )
    for key, count in _counts(_run(session, discussed).all()).items():
        result[key] -= count
    return dict(result)


def closed_at_end_reopened_since(session: Session, end: date) -> list[str]:
    """The cases that were closed at the end of `end` and were reopened after it: their row
    now shows no closing day, so the row alone would take them for open then. Few (a reopening
    is rare), so read from the history's day index and settled here."""
    h = CaseStatusChangeRow
    reopened_later = select(h.case_id).where(h.since > end, h.status == CaseStatus.REOPENED.value)
    steps = session.execute(
        select(h.case_id, h.status)
        .where(h.case_id.in_(reopened_later), h.since <= end)
        .order_by(h.case_id, h.case_version)
    ).all()
    last: dict[str, str] = {}
    for case_id, status in steps:
        last[case_id] = status
    return sorted(c for c, status in last.items() if status == CaseStatus.CLOSED.value)


def cases_closed_by_reason(session: Session, start: date, end: date) -> Counts:
    """Cases closed in the period, by the reason given; a case reopened since still counts as
    closed then (and twice when closed twice in the period).

    Counted from the cases' closing day along the figures' covering index; a reopening clears
    that day, so the few cases reopened since the period began are taken back and counted from
    their status history instead."""
    reason = func.coalesce(CaseRow.close_reason, "other")
    query = (
        select(reason, CaseRow.municipality_id, func.count())
        .where(_in_days(CaseRow.closed_on, start, end))
        .group_by(reason, CaseRow.municipality_id)
    )
    result: Counts = {}
    _add(result, _counts(_run(session, query).all()))
    h = CaseStatusChangeRow
    reopened = select(h.case_id).where(h.since >= start, h.status == CaseStatus.REOPENED.value)
    as_now = (
        select(reason, CaseRow.municipality_id, func.count())
        .where(CaseRow.id.in_(reopened), _in_days(CaseRow.closed_on, start, end))
        .group_by(reason, CaseRow.municipality_id)
    )
    _add(result, _counts(_run(session, as_now).all()), -1)
    step_reason = func.coalesce(h.close_reason, "other")
    from_history = (
        select(step_reason, CaseRow.municipality_id, func.count())
        .select_from(h)
        .join(CaseRow, CaseRow.id == h.case_id)
        .where(
            CaseRow.id.in_(reopened),
            h.status == CaseStatus.CLOSED.value,
            _in_days(h.since, start, end),
        )
        .group_by(step_reason, CaseRow.municipality_id)
    )
    _add(result, _counts(_run(session, from_history).all()))
    return {key: count for key, count in result.items() if count}


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
        .where(_in_days(TrajectoryRow.started_on, start, end))
        .group_by(CaseRow.municipality_id),
        joined("running")
        .where(TrajectoryRow.closed_on.is_(None), TrajectoryRow.started_on <= end)
        .group_by(CaseRow.municipality_id),
        joined("running")
        .where(TrajectoryRow.closed_on > end, TrajectoryRow.started_on <= end)
        .group_by(CaseRow.municipality_id),
        joined("ended")
        .where(_in_days(TrajectoryRow.closed_on, start, end))
        .group_by(CaseRow.municipality_id),
        select(CaseRow.municipality_id, literal("evaluations"), func.count())
        .select_from(EvaluationRow)
        .join(CaseRow, CaseRow.id == EvaluationRow.case_id)
        .where(_in_days(EvaluationRow.evaluated_on, start, end))
        .group_by(CaseRow.municipality_id),
    )
    for query in queries:
        for key, count in _counts((k, m, n) for m, k, n in _run(session, query).all()).items():
            result[key] = result.get(key, 0) + count
    return result


def trajectories_ended_by_outcome(session: Session, start: date, end: date) -> Counts:
    """Trajectories ended in the period, by the reason they were closed."""
    reason = func.coalesce(TrajectoryRow.close_reason, "other")
    query = (
        select(reason, CaseRow.municipality_id, func.count())
        .select_from(TrajectoryRow)
        .join(CaseRow, CaseRow.id == TrajectoryRow.case_id)
        .where(_in_days(TrajectoryRow.closed_on, start, end))
        .group_by(reason, CaseRow.municipality_id)
    )
    return _counts(_run(session, query).all())


def trajectories_started_by_lead(session: Session, start: date, end: date) -> Counts:
    """Trajectories started in the period, by the kind of organisation leading them."""
    query = (
        select(OrganisationRow.kind, CaseRow.municipality_id, func.count())
        .select_from(TrajectoryRow)
        .join(CaseRow, CaseRow.id == TrajectoryRow.case_id)
        .join(OrganisationRow, OrganisationRow.id == TrajectoryRow.lead_organisation_id)
        .where(_in_days(TrajectoryRow.started_on, start, end))
        .group_by(OrganisationRow.kind, CaseRow.municipality_id)
    )
    return _counts(_run(session, query).all())


def life_domain_movement(session: Session, start: date, end: date) -> tuple[Counts, dict[str, int]]:
    """How the life domains moved from one evaluation to the next, over every evaluation held
    in the period that had an earlier one: improved, unchanged or worsened per domain rating,
    counted per municipality (never per person: only the totals leave here); and per
    municipality how many trajectories (people) these ratings come from."""
    evaluated = (
        select(EvaluationRow.trajectory_id)
        .where(_in_days(EvaluationRow.evaluated_on, start, end))
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
    for trajectory_id, evaluated_on, ratings, municipality in _run(session, query).all():
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


DecisionFacts = dict[tuple[str, str, str], int]
"""(kind, "first" or "reworded", municipality id) -> decisions signed."""


def decision_facts(session: Session, start: date, end: date) -> DecisionFacts:
    """Decisions signed in the period, by kind, by whether consensus came on the first proposal
    or after rewording, and by municipality (the decision's own, else its case's)."""
    how = case((DecisionRow.replaces_id.is_(None), literal("first")), else_=literal("reworded"))
    signed = (
        _unindexed(DecisionRow.state) == DecisionState.SIGNED.value,
        _in_moments(DecisionRow.signed_at, start, end),
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
        for kind, consensus, municipality, count in _run(session, query).all():
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
        .where(_in_days(ReferralRow.referred_on, start, end))
        .group_by(CaseRow.municipality_id),
        select(literal("approved"), FeedbackFormRow.municipality_id, func.count())
        .where(
            FeedbackFormRow.status.in_(APPROVED),
            _in_moments(FeedbackFormRow.approved_at, start, end),
        )
        .group_by(FeedbackFormRow.municipality_id),
        select(literal("handed_over"), FeedbackFormRow.municipality_id, func.count())
        .where(_in_days(FeedbackFormRow.transmitted_on, start, end))
        .group_by(FeedbackFormRow.municipality_id),
    )
    result: Counts = {}
    for query in queries:
        result.update(_counts(_run(session, query).all()))
    return result


def meetings_held(session: Session, start: date, end: date) -> dict[str, list[int]]:
    """Per table (operational, strategic), the number of agenda items of every meeting held in
    the period (a meeting without items counts with 0)."""
    items = (
        select(func.count(AgendaItemRow.id))
        .where(AgendaItemRow.meeting_id == MeetingRow.id, AgendaItemRow.postponed.is_(False))
        .correlate(MeetingRow)
        .scalar_subquery()
    )
    query = select(MeetingRow.table_kind, items).where(
        MeetingRow.status == MeetingStatus.HELD.value,
        _in_moments(MeetingRow.starts_at, start, end),
    )
    result: dict[str, list[int]] = defaultdict(list)
    for table, count in _run(session, query).all():
        result[table].append(int(count))
    return dict(result)


def attendance(session: Session, start: date, end: date) -> dict[tuple[str, str], int]:
    """(organisation name, attendance) -> how many times someone of that organisation was
    present, excused or absent at a meeting held in the period (never who)."""
    query = (
        select(OrganisationRow.name, MeetingParticipantRow.attendance, func.count())
        .select_from(MeetingParticipantRow)
        .join(MeetingRow, MeetingRow.id == MeetingParticipantRow.meeting_id)
        .join(Member, Member.id == MeetingParticipantRow.member_id)
        .join(OrganisationRow, OrganisationRow.id == Member.organisation_id)
        .where(
            MeetingRow.status == MeetingStatus.HELD.value,
            _in_moments(MeetingRow.starts_at, start, end),
        )
        .group_by(OrganisationRow.name, MeetingParticipantRow.attendance)
    )
    return {(name, kind): int(n) for name, kind, n in _run(session, query).all()}


def last_operational_meeting(session: Session, end: date) -> date | None:
    """The day of the last meeting of the operational table held by `end`."""
    moment = session.scalar(
        select(func.max(MeetingRow.starts_at)).where(
            MeetingRow.table_kind == TableKind.OPERATIONAL.value,
            MeetingRow.status == MeetingStatus.HELD.value,
            MeetingRow.starts_at < day_start(end + timedelta(days=1)),
        )
    )
    return None if moment is None else local_date(_moment(moment))


def _moment(value: object) -> datetime:
    """A moment read through an aggregate (SQLite hands back the stored UTC text)."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
