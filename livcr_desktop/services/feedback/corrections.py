"""What a signed correction of a decision does to the feedback drafts the corrected one made.

A signed decision is final; the table corrects it with a new decision that supersedes it. A
draft form still waiting to be approved must then stop speaking for the corrected decision:

- the referral draft the corrected referral opened is withdrawn (the correction opens its own
  draft if it refers again); the referral itself stays on record, as every signed fact does;
- a report-back draft loses the corrected decision from the decisions it reports, and is
  withdrawn when no decision is left to report.

Forms already approved or handed over are left alone: what the LTF holds is corrected by a new
version, approved by the table like any other. Runs after the kind's own effects (see
`CORRECTION_EFFECTS` in `services/decisions/kinds.py`), so a correction that reports back lands
in the same draft before the old decision leaves it.
"""

from __future__ import annotations

import json

from sqlalchemy import select

from livcr_desktop.domain.feedback import FormPurpose, FormStatus
from livcr_desktop.services.decisions.effects import EffectContext
from livcr_desktop.store.models import FeedbackFormRow


def follow_correction(context: EffectContext) -> None:
    """Take the corrected decision out of the case's open drafts."""
    corrected = context.decision.supersedes_id
    if corrected is None or context.case is None:
        return
    journal = context.uow.journal
    drafts = context.uow.session.scalars(
        select(FeedbackFormRow).where(
            FeedbackFormRow.case_id == context.case.id,
            FeedbackFormRow.status == FormStatus.DRAFT.value,
        )
    )
    for draft in drafts:
        decisions = json.loads(draft.decision_ids)
        if corrected not in decisions:
            continue
        left = [d for d in decisions if d != corrected]
        if draft.purpose == FormPurpose.REFERRAL.value or not left:
            journal.updated(
                draft,
                "feedback_form.withdrawn",
                {"status": FormStatus.WITHDRAWN.value, "updated_at": context.now},
                scope_id=draft.case_id,
            )
        else:
            journal.updated(
                draft,
                "feedback_form.decision_removed",
                {"decision_ids": json.dumps(left), "updated_at": context.now},
                scope_id=draft.case_id,
            )
