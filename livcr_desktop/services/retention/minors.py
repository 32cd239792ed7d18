"""Cases of a person who turned 18 while the case was open: the table looks at them again.

The 18th birthday brings the case up like an overdue follow-up: on the coordinator's home and
among the proposals for the next operational meeting's agenda, until a meeting on or after the
birthday discusses it. Read in SQL so the home stays quick on a large LIVC-R: SQLite's date
arithmetic puts a 29 February birthday on 1 March, as `domain/retention.eighteenth_birthday`
does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.meetings import MeetingStatus
from livcr_desktop.store.models import AgendaItemRow, CaseRow, MeetingRow, PersonRow


def _birthday() -> ColumnElement[str]:
    """The subject's 18th birthday, as ISO text."""
    return func.date(PersonRow.birth_date, "+18 years")


@dataclass(frozen=True)
class TurnedEighteen:
    """An open case whose subject turned 18 and that no meeting discussed since."""

    case_id: str
    code: str
    birthday: date


def turned_eighteen(
    session: Session, by_day: date, visible: ColumnElement[bool] | None = None
) -> list[TurnedEighteen]:
    """Open cases whose subject was a minor when the case was opened and turned 18 by `by_day`,
    not discussed at a meeting since (birthday order, oldest first)."""
    birthday = _birthday()
    discussed = exists().where(
        AgendaItemRow.case_id == CaseRow.id,
        AgendaItemRow.postponed.is_(False),
        MeetingRow.id == AgendaItemRow.meeting_id,
        MeetingRow.status != MeetingStatus.CANCELLED.value,
        func.date(MeetingRow.starts_at) >= birthday,
    )
    query = (
        select(CaseRow.id, CaseRow.code, birthday)
        .join(PersonRow, PersonRow.id == CaseRow.person_id)
        .where(
            CaseRow.status != CaseStatus.CLOSED.value,
            PersonRow.birth_date.is_not(None),
            birthday <= by_day.isoformat(),
            birthday > func.date(CaseRow.opened_on),
            ~discussed,
        )
        .order_by(birthday, CaseRow.code)
    )
    if visible is not None:
        query = query.where(visible)
    return [
        TurnedEighteen(case_id, code, date.fromisoformat(birthday))
        for case_id, code, birthday in session.execute(query)
    ]
