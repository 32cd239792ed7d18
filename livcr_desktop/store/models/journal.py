"""The journal table: an append-only, hash-chained log of every operation."""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base


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
