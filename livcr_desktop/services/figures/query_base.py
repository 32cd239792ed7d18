"""What every aggregate query of the figures is built with: counts keyed by (row key,
municipality id), plain Core execution, and how days, moments and months are compared.

The aggregate SQL behind the figures is one GROUP BY per table, nothing per case in Python. Every
query returns counts keyed by (row key, municipality id), never a record: the figures are
computed from the data and no name, text or id of a case, person, note or minutes leaves them.
Dates are stored as ISO text, so comparing them as text compares them as dates.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import BRUSSELS

Counts = dict[tuple[str, str], int]
"""(row key, municipality id) -> count."""


def count_rows(rows: Iterable[tuple[object, object, int]]) -> Counts:
    """(key, municipality, count) rows as counts; a row without a municipality counts nowhere."""
    result: Counts = defaultdict(int)
    for key, municipality, count in rows:
        if municipality is not None:
            result[(str(key), str(municipality))] += int(count)
    return dict(result)


def run_query(session: Session, query: Any) -> Any:
    """A query's result through the session's connection: plain Core execution, without the
    ORM's per-statement bookkeeping (these queries load no objects)."""
    return session.connection().execute(query)


def day_start(day: date) -> datetime:
    """The first moment of a Brussels day (moments are stored in UTC)."""
    return datetime.combine(day, time.min, tzinfo=BRUSSELS)


def in_days(column: Any, start: date, end: date) -> ColumnElement[bool]:
    """A day column within the period, both ends included."""
    return and_(column >= start, column <= end)


def in_moments(column: Any, start: date, end: date) -> ColumnElement[bool]:
    """A moment column within the period's Brussels days."""
    return and_(column >= day_start(start), column < day_start(end + timedelta(days=1)))


def unindexed(column: Any) -> ColumnElement[Any]:
    """The column, hidden from SQLite's planner: without statistics it would rather walk a
    whole index that is sorted by this column (a state, a municipality, the opening day of
    every case ever) than read the short range of the figures' covering index."""
    return func.coalesce(column, "")


def month_of(column: Any) -> ColumnElement[str]:
    return func.substr(column, 1, 7)


def as_moment(value: object) -> datetime:
    """A moment read through an aggregate (SQLite hands back the stored UTC text)."""
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
