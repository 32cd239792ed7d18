"""The meetings' aggregates of the figures: meetings held and their items, attendance by
organisation (never who), and the last operational meeting held (query_base.py says what every
query returns).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.meetings import MeetingStatus, TableKind
from livcr_desktop.services.figures.query_base import as_moment, day_start, in_moments, run_query
from livcr_desktop.store.models import (
    AgendaItemRow,
    MeetingParticipantRow,
    MeetingRow,
    Member,
    OrganisationRow,
)


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
        in_moments(MeetingRow.starts_at, start, end),
    )
    result: dict[str, list[int]] = defaultdict(list)
    for table, count in run_query(session, query).all():
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
            in_moments(MeetingRow.starts_at, start, end),
        )
        .group_by(OrganisationRow.name, MeetingParticipantRow.attendance)
    )
    return {(name, kind): int(n) for name, kind, n in run_query(session, query).all()}


def last_operational_meeting(session: Session, end: date) -> date | None:
    """The day of the last meeting of the operational table held by `end`."""
    moment = session.scalar(
        select(func.max(MeetingRow.starts_at)).where(
            MeetingRow.table_kind == TableKind.OPERATIONAL.value,
            MeetingRow.status == MeetingStatus.HELD.value,
            MeetingRow.starts_at < day_start(end + timedelta(days=1)),
        )
    )
    return None if moment is None else local_date(as_moment(moment))
