"""The cases' aggregates of the figures: opened, waiting for a first discussion, by status at
the period's end, their flow, reopenings and closing reasons (query_base.py says what every query
returns).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import ColumnElement, and_, distinct, func, literal, or_, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.meetings import MeetingStatus, TableKind
from livcr_desktop.services.figures.query_base import (
    Counts,
    as_moment,
    count_rows,
    day_start,
    in_days,
    month_of,
    run_query,
    unindexed,
)
from livcr_desktop.store.models import (
    AgendaItemRow,
    CaseRow,
    CaseStatusChangeRow,
    MeetingRow,
    SignalRow,
)


def cases_opened_by_month(session: Session, start: date, end: date) -> Counts:
    """Cases opened per month ("YYYY-MM")."""
    month = month_of(CaseRow.opened_on)
    query = (
        select(month, CaseRow.municipality_id, func.count())
        .where(in_days(CaseRow.opened_on, start, end))
        .group_by(month, CaseRow.municipality_id)
    )
    return count_rows(run_query(session, query).all())


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
            in_days(unindexed(SignalRow.received_on), start, end),
            MeetingRow.table_kind == TableKind.OPERATIONAL.value,
            MeetingRow.status == MeetingStatus.HELD.value,
            MeetingRow.starts_at >= day_start(start),
            MeetingRow.starts_at < day_start(end + timedelta(days=1)),
            MeetingRow.starts_at >= func.datetime(SignalRow.received_on),
        )
        .group_by(SignalRow.id)
    )
    waits: dict[str, list[int]] = defaultdict(list)
    for municipality, received, discussed in run_query(session, query).all():
        waits[municipality].append((local_date(as_moment(discussed)) - received).days)
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
            .where(in_hand, unindexed(CaseRow.opened_on) <= end)
            .group_by(CaseRow.status, CaseRow.municipality_id)
        )
        _add(result, count_rows(run_query(session, query).all()))
    h = CaseStatusChangeRow
    # An IN list, not a join: SQLite then reads the few ids along the history's day index
    # and looks each case up, instead of walking every case's history for a DISTINCT.
    moved = CaseRow.id.in_(select(h.case_id).where(h.since > end))
    as_now = (
        select(CaseRow.status, CaseRow.municipality_id, func.count())
        .where(moved, or_(*_open_at(start - timedelta(days=1))), CaseRow.opened_on <= end)
        .group_by(CaseRow.status, CaseRow.municipality_id)
    )
    _add(result, count_rows(run_query(session, as_now).all()), -1)
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
    _add(result, count_rows(run_query(session, as_then).all()))
    return {key: count for key, count in result.items() if count}


def reopenings(session: Session, start: date, end: date) -> Counts:
    """Reopenings of a closed case in the period (a case reopened twice counts twice)."""
    h = CaseStatusChangeRow
    query = (
        select(literal("reopened"), CaseRow.municipality_id, func.count())
        .select_from(h)
        .join(CaseRow, CaseRow.id == h.case_id)
        .where(h.status == CaseStatus.REOPENED.value, in_days(h.since, start, end))
        .group_by(CaseRow.municipality_id)
    )
    return count_rows(run_query(session, query).all())


def case_flow(session: Session, start: date, end: date) -> Counts:
    """Cases reopened in the period, and cases open at its end that the operational table has
    not discussed for twelve months (opened and closed are summed from their own tables)."""
    result: Counts = defaultdict(int)
    result.update(reopenings(session, start, end))
    year_before = end - timedelta(days=365)
    old_and_open: tuple[ColumnElement[bool], ...] = (unindexed(CaseRow.opened_on) <= year_before,)
    closed_then = closed_at_end_reopened_since(session, end)
    if closed_then:
        old_and_open += (CaseRow.id.not_in(closed_then),)
    for still_open in _open_at(end):
        municipality = unindexed(CaseRow.municipality_id)
        query = (
            select(literal("not_discussed"), municipality, func.count())
            .where(still_open, *old_and_open)
            .group_by(municipality)
        )
        for key, count in count_rows(run_query(session, query).all()).items():
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
    for key, count in count_rows(run_query(session, discussed).all()).items():
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
        .where(in_days(CaseRow.closed_on, start, end))
        .group_by(reason, CaseRow.municipality_id)
    )
    result: Counts = {}
    _add(result, count_rows(run_query(session, query).all()))
    h = CaseStatusChangeRow
    reopened = select(h.case_id).where(h.since >= start, h.status == CaseStatus.REOPENED.value)
    as_now = (
        select(reason, CaseRow.municipality_id, func.count())
        .where(CaseRow.id.in_(reopened), in_days(CaseRow.closed_on, start, end))
        .group_by(reason, CaseRow.municipality_id)
    )
    _add(result, count_rows(run_query(session, as_now).all()), -1)
    step_reason = func.coalesce(h.close_reason, "other")
    from_history = (
        select(step_reason, CaseRow.municipality_id, func.count())
        .select_from(h)
        .join(CaseRow, CaseRow.id == h.case_id)
        .where(
            CaseRow.id.in_(reopened),
            h.status == CaseStatus.CLOSED.value,
            in_days(h.since, start, end),
        )
        .group_by(step_reason, CaseRow.municipality_id)
    )
    _add(result, count_rows(run_query(session, from_history).all()))
    return {key: count for key, count in result.items() if count}
