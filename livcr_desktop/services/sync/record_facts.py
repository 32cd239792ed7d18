"""Facts about a received operation's record that the author rule needs (services/sync/checker.py)
and that the operation may not carry itself: read from the operation's fields when it creates
the record, else from the record as this laptop holds it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.journal import Operation
from livcr_desktop.domain.operation_rights import SIGNED_KIND
from livcr_desktop.store.models import (
    Base,
    FeedbackFormRow,
    FeedbackItemRow,
    JournalOperation,
    SyncHeldRow,
)


def record_value(session: Session, op: Operation, field_name: str) -> Any:
    """A field of the operation's record: as the operation writes it, else as stored here."""
    fields = op.payload.get("fields")
    if isinstance(fields, dict) and field_name in fields and op.base_version is None:
        return fields[field_name]
    table = Base.metadata.tables.get(op.entity)
    if table is None or field_name not in table.c:
        return None
    return session.scalar(select(table.c[field_name]).where(table.c.id == op.entity_id))


def form_municipality(session: Session, op: Operation) -> str | None:
    """The municipality of the feedback form an operation writes (a form or one of its items):
    the laptop of the Information Officer holds forms without their case, so the form's own
    municipality is what the permission table can be asked about there."""
    if op.entity == "feedback_form":
        value = record_value(session, op, "municipality_id")
        return str(value) if value else None
    if op.entity != "feedback_item":
        return None
    form_id = record_value(session, op, "form_id")
    if form_id is None:
        stored = session.get(FeedbackItemRow, op.entity_id)
        form_id = stored.form_id if stored is not None else None
    form = session.get(FeedbackFormRow, form_id) if form_id else None
    return form.municipality_id if form is not None else None


def signature_before(session: Session, op: Operation, first_seq: int) -> str | None:
    """'signed' when the transaction of `op` (from `first_seq`) holds, before it, its author's
    signature of a decision of the same case; 'held' while an earlier operation of that
    transaction waits here (it may be that signature); else None."""
    signed = session.scalar(
        select(func.count())
        .select_from(JournalOperation)
        .where(
            JournalOperation.device_id == op.device_id,
            JournalOperation.device_seq >= first_seq,
            JournalOperation.device_seq < op.device_seq,
            JournalOperation.kind == SIGNED_KIND,
            JournalOperation.actor_id == op.actor_id,
            JournalOperation.scope_id == op.scope_id,
        )
    )
    if signed:
        return "signed"
    held = session.scalar(
        select(func.count())
        .select_from(SyncHeldRow)
        .where(
            SyncHeldRow.device_id == op.device_id,
            SyncHeldRow.device_seq >= first_seq,
            SyncHeldRow.device_seq < op.device_seq,
            SyncHeldRow.state == "waiting",
        )
    )
    return "held" if held else None
