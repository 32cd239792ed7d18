"""Decisions (proposals put to the table), the positions of the effective participants, and the
chairs' signing keys."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base, Versioned


class DecisionRow(Versioned, Base):
    """A proposal on an agenda item and, once signed, the final decision."""

    __tablename__ = "decision"
    __table_args__ = (
        Index("ix_decision_item", "item_id", "proposed_at"),
        Index("ix_decision_case", "case_id", "proposed_at"),
        Index("ix_decision_state", "state"),
        Index(
            "ix_decision_figures",
            "signed_at",
            "state",
            "kind",
            "municipality_id",
            "case_id",
            "replaces_id",
        ),
    )

    item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"))
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    case_id: Mapped[str | None] = mapped_column(ForeignKey("case_file.id"))
    municipality_id: Mapped[str | None] = mapped_column(ForeignKey("municipality.id"))
    kind: Mapped[str] = mapped_column(String(40))
    wording: Mapped[str] = mapped_column(Text)
    parameters: Mapped[str] = mapped_column(Text)
    """Kind-specific parameters as canonical JSON (lead partner, close reason ...)."""
    state: Mapped[str] = mapped_column(String(20))
    proposed_by: Mapped[str] = mapped_column(ForeignKey("member.id"))
    proposed_at: Mapped[datetime]
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    """The earlier wording this proposal rewords (kept unchanged)."""
    supersedes_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    """The signed decision this one corrects."""
    signed_content: Mapped[str | None] = mapped_column(Text)
    """The canonical JSON the signature covers, byte for byte."""
    signature: Mapped[str | None] = mapped_column(String(200))
    signing_key_id: Mapped[str | None] = mapped_column(String(36))
    """No foreign key (migration 0025): the key's row travels only in its member's own scope."""
    signed_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    signed_at: Mapped[datetime | None]
    put_to: Mapped[str | None] = mapped_column(Text)
    """The members the proposal was put to, fixed when it was put (a sorted JSON list of ids):
    consensus is the agreement of exactly these people, whatever the item's ticks say later.
    NULL for proposals put before this was recorded."""
    left_before: Mapped[str | None] = mapped_column(Text)
    """Invitees of the item who had left the meeting when it was put (a sorted JSON list of
    ids), so the proposal shows why they are not among the people it was put to."""


class DecisionPositionRow(Versioned, Base):
    """What one effective participant said to a proposal (changeable until it is signed)."""

    __tablename__ = "decision_position"
    __table_args__ = (UniqueConstraint("decision_id", "member_id"),)

    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id"), index=True)
    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    position: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime]
    recorded_by: Mapped[str] = mapped_column(ForeignKey("member.id"))


class SigningKeyRow(Versioned, Base):
    """A chair's Ed25519 key: the public half in clear, the private half encrypted under a key
    derived from their passphrase (Argon2id), so only they can sign."""

    __tablename__ = "signing_key"

    member_id: Mapped[str] = mapped_column(ForeignKey("member.id"), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    """Raw 32-byte public key, hex."""
    wrapped_private_key: Mapped[str] = mapped_column(Text)
    """JSON: KDF parameters, salt, nonce and the AES-GCM-encrypted raw private key."""
    created_at: Mapped[datetime]
    retired_at: Mapped[datetime | None]
    """Set when the key can no longer be used (passphrase reset by someone else); decisions
    signed with it stay verifiable."""
