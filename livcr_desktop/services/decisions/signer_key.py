"""Which public key a signed decision is checked with, on whichever laptop holds the decision.

The key's own row (with the private half wrapped under the signer's passphrase) and the
operation that made it travel only in the signer's own scope (services/sync/scopes.py
PRIVATE_KEY_ENTITY): the signer's and the coordinator's laptops hold them, a partner's laptop
invited to the case does not. It still holds the public key as the signed manifest of the
signer's transaction published it (services/sync/signatures_received.py), trusted as the
landing trusted it and as `verify` trusts it for the journal's signatures. So a decision is
checked with the key's row where it is held, and with the published key elsewhere; what the
published key cannot tell (the record journaled when the key was made) is said to be not
checked here, not reported as a break.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.store.models import (
    DecisionRow,
    JournalOperation,
    SigningKeyRow,
    SyncPublishedKeyRow,
)


@dataclass(frozen=True)
class SignerKey:
    """A signing key's public half and its member, and whether its own row is held here."""

    key_id: str
    public_key: str
    member_id: str
    row_held: bool


def signer_key(session: Session, key_id: str) -> SignerKey | None:
    """The key's own row where this laptop holds it, else the key a signed manifest published,
    else None (this laptop cannot check the signature)."""
    row = session.get(SigningKeyRow, key_id)
    if row is not None:
        return SignerKey(row.id, row.public_key, row.member_id, row_held=True)
    published = session.get(SyncPublishedKeyRow, key_id)
    if published is not None:
        return SignerKey(key_id, published.public_key, published.member_id, row_held=False)
    return None


def decisions_by_published_key(session: Session, skipped: set[str]) -> int:
    """How many signed decisions (outside the cases in `skipped`) are checked here with a
    published key, neither their key's row nor the record of its making being this laptop's to
    see (where the making is held, a missing row is a break, not a note)."""
    held = select(SigningKeyRow.id)
    made_here = select(JournalOperation.entity_id).where(JournalOperation.entity == "signing_key")
    published = select(SyncPublishedKeyRow.key_id)
    query = (
        select(func.count())
        .select_from(DecisionRow)
        .where(
            DecisionRow.state == DecisionState.SIGNED.value,
            DecisionRow.signing_key_id.not_in(held),
            DecisionRow.signing_key_id.not_in(made_here),
            DecisionRow.signing_key_id.in_(published),
        )
    )
    if skipped:
        query = query.where(
            DecisionRow.case_id.is_(None) | DecisionRow.case_id.not_in(sorted(skipped))
        )
    return session.scalar(query) or 0
