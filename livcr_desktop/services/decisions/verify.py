"""Is a signed decision still exactly what was agreed and signed?

Four questions, each answered from the database and the hash-chained journal: the signature is
valid over the stored canonical bytes; the key is the signer's own, as journaled when it was made;
the rows (wording, kind, positions, participants, signer) still say what the signed bytes say; and
the signer held the chair role for that municipality on the day of signing. A change made with
raw SQL breaks at least one of them, and `livcr verify` and the dossier say so loudly.

On a partner's laptop the signer's key row is not held (it travels in the signer's own scope):
the signature is checked there with the key the signer's signed transaction published
(signer_key.py), and the record of the key's making is counted as not checked here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.clock import local_date
from livcr_desktop.domain.decisions import DecisionState, Position, SignedContent, content_from_json
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.services.decisions.consensus import member_is_chair_of, positions_of
from livcr_desktop.services.decisions.signer_key import (
    SignerKey,
    decisions_by_published_key,
    signer_key,
)
from livcr_desktop.store import signing
from livcr_desktop.store.erasures import erased_cases
from livcr_desktop.store.models import CaseRow, DecisionRow, JournalOperation


class Verdict(StrEnum):
    """The result of verifying one decision."""

    UNSIGNED = "unsigned"
    VALID = "valid"
    BROKEN = "broken"


CONTENT_UNREADABLE = QT_TRANSLATE_NOOP("DecisionCheck", "The signed content cannot be read.")
SIGNATURE_INVALID = QT_TRANSLATE_NOOP(
    "DecisionCheck", "The signature does not match the signed content."
)
KEY_NOT_HERE = QT_TRANSLATE_NOOP(
    "DecisionCheck",
    "The signer's public key is not on this laptop, so the signature cannot be checked here.",
)
KEY_NOT_SIGNERS = QT_TRANSLATE_NOOP(
    "DecisionCheck", "The signing key is not the signer's key as it was recorded."
)
ROWS_CHANGED = QT_TRANSLATE_NOOP(
    "DecisionCheck", "The decision in the database differs from what was signed ({what})."
)
NOT_A_CHAIR = QT_TRANSLATE_NOOP(
    "DecisionCheck", "The signer did not hold the chair role for the municipality that day."
)
NOT_JOURNALED = QT_TRANSLATE_NOOP(
    "DecisionCheck", "The signature is not the one recorded in the journal when it was made."
)
BROKEN_DECISION = QT_TRANSLATE_NOOP(
    "DecisionCheck", "Decision on {code} of {day} is broken: {problem}"
)
KEY_RECORD_NOT_HELD = QT_TRANSLATE_NOOP(
    "DecisionCheck",
    "not checked here: the record of the chair's signing key, which goes only to the chair's "
    "own laptops (signed decisions: {count}); their signatures were checked with the key the "
    "chair's signed sync published",
)


@dataclass(frozen=True)
class Verification:
    """The verdict on a decision, with every problem found."""

    verdict: Verdict
    problems: tuple[Message, ...] = ()


def _journaled(session: Session, entity: str, entity_id: str, kind: str) -> dict[str, object]:
    table = JournalOperation.__table__
    payload = session.scalar(
        select(table.c.payload)
        .where(table.c.entity == entity, table.c.entity_id == entity_id, table.c.kind == kind)
        .order_by(table.c.hlc.desc())
        .limit(1)
    )
    if payload is None:
        return {}
    fields = json.loads(payload).get("fields", {})
    assert isinstance(fields, dict)
    return fields


def verify_decision(session: Session, row: DecisionRow) -> Verification:
    """Verify one decision (an unsigned one has nothing to verify)."""
    if row.state != DecisionState.SIGNED.value:
        return Verification(Verdict.UNSIGNED)
    problems: list[Message] = []
    stored = (row.signed_content or "").encode("utf-8")
    try:
        content = content_from_json(json.loads(stored))
        if canonical_bytes(content.to_json()) != stored:
            raise ValueError("not canonical")
    except (ValueError, KeyError, TypeError):
        return Verification(Verdict.BROKEN, (Message(CONTENT_UNREADABLE),))
    key = signer_key(session, row.signing_key_id or "")
    if key is None:
        problems.append(Message(KEY_NOT_HERE))
    else:
        if not signing.signature_valid(key.public_key, stored, row.signature or ""):
            problems.append(Message(SIGNATURE_INVALID))
        if not _key_is_signers(session, key, content.signer.member_id):
            problems.append(Message(KEY_NOT_SIGNERS))
    recorded_signature = _journaled(session, "decision", row.id, "decision.signed")
    if recorded_signature.get("signature") != row.signature:
        problems.append(Message(NOT_JOURNALED))
    differences = _differences(session, row, content)
    if differences:
        problems.append(Message(ROWS_CHANGED, {"what": ", ".join(differences)}))
    if not member_is_chair_of(
        session, content.signer.member_id, content.municipality_id, local_date(content.signed_at)
    ):
        problems.append(Message(NOT_A_CHAIR))
    return Verification(Verdict.BROKEN if problems else Verdict.VALID, tuple(problems))


def _key_is_signers(session: Session, key: SignerKey, signer: str) -> bool:
    """Whether the key is the signer's: as journaled when it was made where this laptop holds
    that record (the key's own scope), else as the signer's signed manifest published it."""
    if key.member_id != signer:
        return False
    recorded = _journaled(session, "signing_key", key.key_id, "signing_key.created")
    if not key.row_held and not recorded:
        return True  # neither the row nor its making is this laptop's to see
    # Where the making is held, so must the row be (removing it does not fall back on the
    # published key).
    return (
        key.row_held
        and recorded.get("public_key") == key.public_key
        and recorded.get("member_id") == signer
    )


def _differences(session: Session, row: DecisionRow, content: SignedContent) -> list[str]:
    """What the rows say differently from the signed content (names of the fields)."""
    differences: list[str] = []
    expected = {
        "decision_id": (row.id, content.decision_id),
        "kind": (row.kind, content.kind.value),
        "wording": (row.wording, content.wording),
        "parameters": (json.loads(row.parameters), dict(content.parameters)),
        "case_id": (row.case_id, content.case_id),
        "item_id": (row.item_id, content.item_id),
        "signed_by": (row.signed_by, content.signer.member_id),
        "signing_key_id": (row.signing_key_id, content.signer_key_id),
        "signed_at": (row.signed_at, content.signed_at),
    }
    differences.extend(name for name, (now, signed) in expected.items() if now != signed)
    signed_positions = {p.member_id: (p.position, p.reason) for p in content.positions}
    current = {
        member: (Position(p.position), p.reason)
        for member, p in positions_of(session, row.id).items()
        if member in signed_positions
    }
    if current != signed_positions:
        differences.append("positions")
    case = session.get(CaseRow, row.case_id or "") if row.case_id else None
    if case is not None and case.code != content.case_code:
        differences.append("case_code")
    return differences


def check_signed_decisions(session: Session) -> list[Message]:
    """For `livcr verify`: one message per broken signed decision."""
    problems = []
    erased = erased_cases(session)  # their wording went, and with it what the chair signed
    for row in session.scalars(
        select(DecisionRow).where(DecisionRow.state == DecisionState.SIGNED.value)
    ):
        if row.case_id in erased:
            continue
        result = verify_decision(session, row)
        if result.verdict is Verdict.BROKEN:
            case = session.get(CaseRow, row.case_id) if row.case_id else None
            code = case.code if case else ""
            day = local_date(row.signed_at) if row.signed_at else None
            for problem in result.problems:
                problems.append(
                    Message(
                        BROKEN_DECISION,
                        {"code": code or "-", "day": day or "-", "problem": problem},
                    )
                )
    return problems


def note_decisions_not_held(session: Session) -> list[Message]:
    """For `livcr verify` on a partner's laptop: what of the signed decisions it could not check
    because it may not see it (not a break)."""
    count = decisions_by_published_key(session, erased_cases(session))
    return [Message(KEY_RECORD_NOT_HELD, {"count": count})] if count else []
