"""The granted erasure request of a case, as the erasure needs it (its proposal to the table and
the line of the erasure register name it)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.subject_requests import Outcome, RequestKind
from livcr_desktop.store.models import SubjectRequestRow


def granted_erasure_request(session: Session, case_id: str) -> tuple[str, date] | None:
    """(request id, day decided) of the case's earliest granted erasure request, if any."""
    row = session.execute(
        select(SubjectRequestRow.id, SubjectRequestRow.decided_on)
        .where(
            SubjectRequestRow.case_id == case_id,
            SubjectRequestRow.kind == RequestKind.ERASURE.value,
            SubjectRequestRow.outcome == Outcome.GRANTED.value,
        )
        .order_by(SubjectRequestRow.decided_on)
        .limit(1)
    ).first()
    if row is None or row[1] is None:
        return None
    return str(row[0]), row[1]
