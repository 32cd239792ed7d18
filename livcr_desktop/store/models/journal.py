"""The journal tables: an append-only, hash-chained log of every operation, the signatures
over it, and the keys of the devices that sign."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import LOCAL_ONLY, Base, Versioned


class JournalOperation(Base):
    """One operation; see livcr_desktop.domain.journal for what is hashed."""

    __tablename__ = "journal_operation"
    __table_args__ = (
        UniqueConstraint("device_id", "device_seq"),
        Index("ix_journal_operation_entity", "entity", "entity_id"),
        Index("ix_journal_operation_hlc", "hlc"),
        Index("ix_journal_operation_actor", "actor_id", "hlc"),
        Index("ix_journal_operation_kind", "kind", "hlc"),
        Index("ix_journal_operation_scope", "scope_id", "hlc"),
    )

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(Integer)
    actor_id: Mapped[str | None] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(24))
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36))
    scope_id: Mapped[str | None] = mapped_column(String(36))
    kind: Mapped[str] = mapped_column(String(80))
    payload: Mapped[str] = mapped_column(Text)
    base_version: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class JournalSignature(Base):
    """One signature over operations first_seq..last_seq of a device: a committed transaction,
    signed by its author's key (or the device's), or a device's checkpoint over the operations
    written before the journal was signed. See livcr_desktop.domain.journal_signing."""

    __tablename__ = "journal_signature"
    __table_args__ = (UniqueConstraint("device_id", "first_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    device_id: Mapped[str] = mapped_column(String(36))
    first_seq: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    key_id: Mapped[str] = mapped_column(String(36))
    signature: Mapped[str] = mapped_column(String(128))
    checkpoint: Mapped[bool] = mapped_column(Boolean, default=False)


class DeviceKeyRow(Versioned, Base):
    """A device's Ed25519 key: signs what the device does on its own (automatic backups,
    migrations, the setup) and checkpoints. Its private half is only in this encrypted database,
    so it is as safe as the data key and no safer; the journal records only the public half."""

    __tablename__ = "device_key"

    device_id: Mapped[str] = mapped_column(String(36), index=True)
    public_key: Mapped[str] = mapped_column(String(64))
    private_key: Mapped[str] = mapped_column(String(64), info={LOCAL_ONLY: True})
    created_at: Mapped[datetime]
