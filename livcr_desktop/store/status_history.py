"""A case's status history, derived from the journal's operations on the case.

Every operation that sets a case's `status` (its opening, a move by hand, a decision's effect,
a reopening) becomes one `case_status_change` row: the status, the day it took effect (the
closing day for a closure, the opening day for a new case, else the Brussels day of the
change) and the case version it came with. The services record it right after journaling the
move (services/cases/writes.py), store/apply_rows.py when the operation comes from another
laptop, and migration 0022 rebuilt it from the journals written before. The row's id is the
operation's, so recording the same operation twice is harmless and every laptop holds the
same rows.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.journal import Operation

CASE_TABLE = "case_file"


@dataclass(frozen=True)
class StatusStep:
    """One move of a case, as the history table keeps it."""

    op_id: str
    case_id: str
    status: str
    close_reason: str | None
    since: date
    case_version: int


def step_of(op: Operation) -> StatusStep | None:
    """The status step an operation on a case makes, or None (not a case, no status set)."""
    if op.entity != CASE_TABLE:
        return None
    fields: Any = op.payload.get("fields")
    if not isinstance(fields, Mapping) or not isinstance(fields.get("status"), str):
        return None
    since = _since(fields)
    if since is None:
        return None
    version = 1 if op.base_version is None else op.base_version + 1
    reason = fields.get("close_reason") if fields["status"] == "closed" else None
    return StatusStep(
        op.op_id,
        op.entity_id,
        fields["status"],
        reason if isinstance(reason, str) else None,
        since,
        version,
    )


def _since(fields: Mapping[str, Any]) -> date | None:
    try:
        if fields["status"] == "closed" and fields.get("closed_on"):
            return date.fromisoformat(str(fields["closed_on"]))
        if fields.get("opened_on"):
            return date.fromisoformat(str(fields["opened_on"]))
        if fields.get("updated_at"):
            return local_date(datetime.fromisoformat(str(fields["updated_at"])))
    except ValueError:
        return None
    return None


_INSERT = text(
    "INSERT OR IGNORE INTO case_status_change "
    "(id, case_id, status, close_reason, since, case_version) "
    "VALUES (:id, :case_id, :status, :close_reason, :since, :case_version)"
)


def record_step(session: Session, op: Operation) -> None:
    """Keep the status step of `op`, if it makes one (inside the caller's transaction)."""
    step = step_of(op)
    if step is None:
        return
    session.execute(
        _INSERT,
        {
            "id": step.op_id,
            "case_id": step.case_id,
            "status": step.status,
            "close_reason": step.close_reason,
            "since": step.since.isoformat(),
            "case_version": step.case_version,
        },
    )
