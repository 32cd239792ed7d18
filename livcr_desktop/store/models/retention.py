"""The house rules' versions and the erasures proposed to the table when a case comes due."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base, Versioned


class HouseRulesVersionRow(Versioned, Base):
    """A version of the house rules: the one draft the coordinator edits, or an adopted version
    (frozen, numbered, applying from the day the strategic table's decision was signed)."""

    __tablename__ = "house_rules_version"
    __table_args__ = (Index("ix_house_rules_version_state", "state", "applies_from"),)

    state: Mapped[str] = mapped_column(String(20))
    """"draft" or "adopted"."""
    number: Mapped[int | None] = mapped_column(Integer)
    """1, 2 ... once adopted; None for the draft."""
    content: Mapped[str] = mapped_column(Text)
    """The rules as canonical JSON (domain/house_rules.py, format livcr-house-rules/1)."""
    rules_hash: Mapped[str] = mapped_column(String(64))
    """SHA-256 of `content`: what the adoption froze."""
    edited_by: Mapped[str] = mapped_column(ForeignKey("member.id"))
    edited_at: Mapped[datetime]
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    """The signed strategic decision that adopted it."""
    applies_from: Mapped[date | None] = mapped_column(Date)


class RetentionProposalRow(Versioned, Base):
    """An erasure proposed to the operational table for a case that reached its term: the
    topic put on a meeting's agenda (its title holds the case code, never a name)."""

    __tablename__ = "retention_proposal"
    __table_args__ = (Index("ix_retention_proposal_case", "case_id", "rule"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    rule: Mapped[str] = mapped_column(String(30))
    due_on: Mapped[date] = mapped_column(Date)
    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"))
    agenda_item_id: Mapped[str] = mapped_column(ForeignKey("agenda_item.id"))
    proposed_by: Mapped[str] = mapped_column(ForeignKey("member.id"))
    proposed_at: Mapped[datetime]
