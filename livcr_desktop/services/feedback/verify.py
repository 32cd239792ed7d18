"""For `livcr verify`: every approved feedback form is still exactly what the table approved.

The frozen content must hash to the stored hash, and that hash must be the one written in the
hash-chained journal when the form was approved; an edit with raw SQL breaks one or the other.
"""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.feedback import content_from_json
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.store.erasures import erased_cases
from livcr_desktop.store.models import CaseRow, FeedbackFormRow, JournalOperation

FORM_CHANGED = QT_TRANSLATE_NOOP(
    "FeedbackForm",
    "Feedback form no. {number} of case {code} no longer matches what the table approved.",
)


def form_intact(form: FeedbackFormRow, journaled_hash: str | None) -> bool:
    """Whether an approved form's frozen content still hashes to what was approved."""
    if form.frozen_content is None:
        return form.content_hash is None
    try:
        content = content_from_json(json.loads(form.frozen_content))
    except (ValueError, KeyError, TypeError):
        return False
    return content.content_hash() == form.content_hash == journaled_hash


def check_frozen_forms(session: Session) -> list[Message]:
    """One message per approved form that changed since its approval."""
    table = JournalOperation.__table__
    journaled: dict[str, str] = {}
    for entity_id, payload in session.execute(
        select(table.c.entity_id, table.c.payload)
        .where(table.c.kind == "feedback_form.approved")
        .order_by(table.c.hlc)
    ):
        fields = json.loads(payload).get("fields")  # none when erased with its case
        if isinstance(fields, dict):
            journaled[entity_id] = fields["content_hash"]
    erased = erased_cases(session)
    problems = []
    rows = session.execute(
        select(FeedbackFormRow, CaseRow.code)
        .join(CaseRow, CaseRow.id == FeedbackFormRow.case_id)
        .where(FeedbackFormRow.approved_at.is_not(None))
    )
    for form, code in rows:
        if form.case_id in erased:
            continue
        if not form_intact(form, journaled.get(form.id)):
            problems.append(Message(FORM_CHANGED, {"number": form.version_number, "code": code}))
    return problems
