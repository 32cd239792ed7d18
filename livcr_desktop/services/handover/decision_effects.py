"""What a signed hand-over decision does, in the same transaction as the signature.

The hand-over it names is frozen: its content, with the signer and the effective participants
(every one of whom agreed), becomes what the transfer note and the bundle carry, and nothing can
change it afterwards. The case then closes with the reason "moved, handed over" through the
decision kinds' own effects (services/decisions/kinds.py). This is the only place where a
hand-over becomes decided; consensus is checked again here from the signed content itself.
"""

from __future__ import annotations

import json
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, object_session

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.domain.errors import ConflictError, ValidationError
from livcr_desktop.domain.handover import HandoverStatus
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.services.decisions.effects import Choice, EffectContext
from livcr_desktop.services.decisions.unanimous import unanimous_approval
from livcr_desktop.services.feedback.content import GuardState
from livcr_desktop.services.handover.content import live_content, verdicts
from livcr_desktop.services.handover.keys import require_active
from livcr_desktop.store.models import CaseRow, DecisionRow, HandoverRow, OtherLivcrRow

HANDOVER_UNKNOWN = QT_TRANSLATE_NOOP("Handover", "Choose an existing hand-over of this case.")
HANDOVER_OF_OTHER_CASE = QT_TRANSLATE_NOOP(
    "Handover", "This hand-over belongs to another case; decide it on that case's item."
)
HANDOVER_NOT_DRAFT = QT_TRANSLATE_NOOP(
    "Handover", "This hand-over is “{status}”: only a draft can be decided."
)
HANDOVER_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Handover", "The hand-over is not ready for the table: {missing}"
)
HANDOVER_GUARD_BLOCKED = QT_TRANSLATE_NOOP(
    "Handover",
    "Confidential information is repeated in %n text(s) of the hand-over. Remove the "
    "passages or confirm they are not covered by professional secrecy before the table "
    "decides.",
    None,
    1,
)
NO_FULL_CONSENSUS = QT_TRANSLATE_NOOP(
    "Handover",
    "A case is handed over only with the agreement of every effective participant.",
)
HANDOVER_CHOICE = QT_TRANSLATE_NOOP("Handover", "Hand-over to {livcr}")


def _named(session: Session, decision: DecisionRow) -> HandoverRow | None:
    handover_id = json.loads(decision.parameters).get("handover_id")
    return session.get(HandoverRow, handover_id) if handover_id else None


def check_decidable(
    session: Session, decision: DecisionRow, row: HandoverRow | None
) -> HandoverRow:
    """The hand-over a decision names, if the table can decide it now; else why not."""
    if row is None:
        raise ValidationError(HANDOVER_UNKNOWN, field="handover")
    if row.case_id != decision.case_id:
        raise ValidationError(HANDOVER_OF_OTHER_CASE, field="handover")
    if row.status != HandoverStatus.DRAFT.value:
        raise ConflictError(HANDOVER_NOT_DRAFT, status=HandoverStatus(row.status).label)
    receiver = session.get(OtherLivcrRow, row.receiving_livcr_id)
    assert receiver is not None
    require_active(receiver)
    missing = live_content(session, row, decision.proposed_at.date()).missing_for_approval()
    if missing:
        raise ValidationError(HANDOVER_INCOMPLETE, field="handover", missing=missing)
    blocked = [v for v in verdicts(session, row) if v.state is GuardState.BLOCKED]
    if blocked:
        raise ConflictError(HANDOVER_GUARD_BLOCKED, count=len(blocked))
    return row


def check_handover(decision: DecisionRow, case: CaseRow | None) -> None:
    """Asked when a hand-over is proposed and when it is signed: is it ready?"""
    session = object_session(case) if case is not None else None
    if session is None:
        raise ValidationError(HANDOVER_UNKNOWN, field="handover")
    check_decidable(session, decision, _named(session, decision))


def hand_over(context: EffectContext) -> None:
    """A signed hand-over: freeze it, after checking the consensus from what was signed."""
    session = context.uow.session
    decision = context.decision
    row = check_decidable(session, decision, _named(session, decision))
    approval = unanimous_approval(decision, DecisionKind.HAND_OVER, NO_FULL_CONSENSUS)
    content = replace(live_content(session, row, context.today), approval=approval)
    context.uow.journal.updated(
        row,
        "handover.decided",
        {
            "status": HandoverStatus.SIGNED.value,
            "decision_id": decision.id,
            "approved_at": context.now,
            "decided_content": canonical_bytes(content.to_json()).decode("utf-8"),
            "decided_hash": content.content_hash(),
            "updated_at": context.now,
        },
        scope_id=row.case_id,
    )


def draft_handovers(session: Session, case_id: str) -> list[Choice]:
    """The case's draft hand-overs, which a hand-over decision can name."""
    rows = session.execute(
        select(HandoverRow.id, OtherLivcrRow.name)
        .join(OtherLivcrRow, OtherLivcrRow.id == HandoverRow.receiving_livcr_id)
        .where(HandoverRow.case_id == case_id, HandoverRow.status == HandoverStatus.DRAFT.value)
        .order_by(HandoverRow.created_at)
    ).all()
    return [Choice(r.id, Message(HANDOVER_CHOICE, {"livcr": r.name})) for r in rows]
