"""Reopened cases waiting for the operational table.

A closed case the coordinator reopens (services/cases/screening.py `reopen`) has no new signal
to screen, so the agenda's other proposals would never bring it back: it is proposed from the
day it was reopened (its status history, store/status_history.py) until a meeting discusses it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.store.models import CaseRow, CaseStatusChangeRow


def reopened_cases(session: Session) -> list[tuple[CaseRow, date]]:
    """Cases reopened and not moved on since, with the day of their (last) reopening, the
    longest waiting first."""
    since = func.max(CaseStatusChangeRow.since)
    rows = session.execute(
        select(CaseRow, since)
        .join(CaseStatusChangeRow, CaseStatusChangeRow.case_id == CaseRow.id)
        .where(
            CaseRow.status == CaseStatus.REOPENED.value,
            CaseStatusChangeRow.status == CaseStatus.REOPENED.value,
        )
        .group_by(CaseRow.id)
        .order_by(since, CaseRow.code)
    ).all()
    return [(case, day) for case, day in rows if day is not None]
