"""The record of a unanimous approval, read back from a signed decision itself.

A feedback form and a hand-over to another LIVC-R are approved only when every effective
participant agreed. Their effects check it again from the signed content (not from the rows,
which another path could have changed) and freeze this record with what they approve.
"""

from __future__ import annotations

import json

from livcr_desktop.domain.decisions import DecisionKind, Position, content_from_json, fingerprint
from livcr_desktop.domain.errors import ConflictError
from livcr_desktop.domain.feedback import ApprovalRecord
from livcr_desktop.domain.text import Text
from livcr_desktop.store.models import DecisionRow


def unanimous_approval(decision: DecisionRow, kind: DecisionKind, refusal: Text) -> ApprovalRecord:
    """Who signed and who agreed; ConflictError(refusal) unless the signed decision is of this
    kind and every effective participant it names agreed."""
    signed = content_from_json(json.loads(decision.signed_content or "{}"))
    agreed = {p.member_id for p in signed.positions if p.position is Position.AGREE}
    everyone = {p.member_id for p in signed.participants}
    if not everyone or not everyone <= agreed or signed.kind is not kind:
        raise ConflictError(refusal)
    return ApprovalRecord(
        decision_id=decision.id,
        signed_at=signed.signed_at,
        signer_name=signed.signer.name,
        signer_organisation=signed.signer.organisation,
        fingerprint=fingerprint(bytes.fromhex(decision.signature or "")),
        participants=tuple(
            sorted(
                ((p.name, p.organisation) for p in signed.participants),
                key=lambda p: p[0].casefold(),
            )
        ),
    )
