"""Hand-overs of cases to other LIVC-Rs (services/handover): the LIVC-Rs registered by their
public key, the hand-overs composed and decided here, the hand-overs received from elsewhere,
and this LIVC-R's own hand-over key.

The first three are journaled records; the own key is not (like the device key, it lives only
inside the encrypted database of the coordinator's laptop that made it).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base, Versioned


class OtherLivcrRow(Versioned, Base):
    """Another LIVC-R, registered once by its public key after the fingerprint was compared."""

    __tablename__ = "other_livcr"

    name: Mapped[str] = mapped_column(String(160))
    language: Mapped[str] = mapped_column(String(2))
    municipality: Mapped[str] = mapped_column(String(300), default="")
    age_recipient: Mapped[str] = mapped_column(String(100))
    sign_public: Mapped[str] = mapped_column(String(64), index=True)
    fingerprint: Mapped[str] = mapped_column(String(40))
    registered_at: Mapped[datetime]
    registered_by: Mapped[str | None] = mapped_column(String(36))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class HandoverRow(Versioned, Base):
    """A hand-over of a case: a draft the coordinator composes, then (only through a signed
    decision) the frozen content that the transfer note and the bundle carry."""

    __tablename__ = "handover"
    __table_args__ = (Index("ix_handover_case", "case_id", "created_at"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"))
    receiving_livcr_id: Mapped[str] = mapped_column(ForeignKey("other_livcr.id"))
    status: Mapped[str] = mapped_column(String(20))
    contact_name: Mapped[str] = mapped_column(String(300), default="")
    contact_organisation: Mapped[str] = mapped_column(String(300), default="")
    contact_phone: Mapped[str] = mapped_column(String(300), default="")
    contact_email: Mapped[str] = mapped_column(String(300), default="")
    texts: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of {"text", "confirmed_fingerprint", "confirmed_by"}: the free texts in order,
    each with the confirmation that its overlap with confidential text is not secret, if any."""
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    approved_at: Mapped[datetime | None]
    decided_content: Mapped[str | None] = mapped_column(Text)
    decided_hash: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None]
    sent_by: Mapped[str | None] = mapped_column(String(36))


class HandoverReceivedRow(Versioned, Base):
    """A hand-over imported here (its id is the sender's hand-over id: a second import of the
    same bundle is refused), and the case and signal it became."""

    __tablename__ = "handover_received"

    sender_livcr_id: Mapped[str] = mapped_column(ForeignKey("other_livcr.id"))
    sending_case_code: Mapped[str] = mapped_column(String(60))
    decision_id: Mapped[str] = mapped_column(String(36))
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    imported_at: Mapped[datetime]
    imported_by: Mapped[str | None] = mapped_column(String(36))


class HandoverKeyRow(Base):
    """This LIVC-R's own hand-over key (age X25519 identity and Ed25519 signing key), made on
    the coordinator's laptop the first time its public half is exported. Not journaled.

    One key is current (neither superseded nor retired). A rotation supersedes it: it is kept,
    read-only, so that hand-overs sealed to it still open; a retired key (compromised) opens
    nothing any more, and a hand-over sealed to it is refused with a message."""

    __tablename__ = "livcr_handover_key"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    age_identity: Mapped[str] = mapped_column(String(100))
    sign_private: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime]
    superseded_at: Mapped[datetime | None] = mapped_column(default=None)
    retired_at: Mapped[datetime | None] = mapped_column(default=None)


class HandoverNoteRow(Base):
    """The transfer note (PDF) a received hand-over carried, kept beside its record on the
    coordinator's laptop that imported it and shown in the new case's dossier. Not journaled (a
    document, not a record: the import's journal operation names its SHA-256); an erasure of
    the case deletes it."""

    __tablename__ = "handover_note"

    id: Mapped[str] = mapped_column(ForeignKey("handover_received.id"), primary_key=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    kept_at: Mapped[datetime]
