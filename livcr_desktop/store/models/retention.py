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


class ErasureConfirmationRow(Versioned, Base):
    """The data-protection officer's confirmation that a case that reached its term may be
    erased, where the house rules let the coordinator decide with it (no name, ids only)."""

    __tablename__ = "erasure_confirmation"
    __table_args__ = (Index("ix_erasure_confirmation_case", "case_id"),)

    case_id: Mapped[str] = mapped_column(String(36))
    """No foreign key: this travels LIVC-R-wide, to laptops that do not hold the case."""
    confirmed_by: Mapped[str] = mapped_column(ForeignKey("member.id"))
    confirmed_at: Mapped[datetime]


class CaseErasureRow(Versioned, Base):
    """The erasure register: "case TER-2021-014 erased on … under rule … by decision …".

    What stays of an erased case is its code, dates and statuses (the figures count it); this
    row says when, why and on whose decision the rest went, with no personal data. Every laptop
    that receives it erases the case the same way (services/retention/erasure_sync.py)."""

    __tablename__ = "case_erasure"
    __table_args__ = (Index("ix_case_erasure_case", "case_id", unique=True),)

    case_id: Mapped[str] = mapped_column(String(36))
    """No foreign keys to the case or its decision: the register travels LIVC-R-wide, also to
    laptops that do not hold the case."""
    case_code: Mapped[str] = mapped_column(String(40))
    rule: Mapped[str] = mapped_column(String(30))
    """The retention rule that made it due, or "erasure_request" for a granted request."""
    due_on: Mapped[date | None] = mapped_column(Date)
    decided_by: Mapped[str] = mapped_column(String(20))
    """"table" (a signed decision) or "coordinator_dpo" (the DPO's confirmation)."""
    decision_id: Mapped[str | None] = mapped_column(String(36))
    confirmation_id: Mapped[str | None] = mapped_column(String(36))
    request_id: Mapped[str | None] = mapped_column(String(36))
    """The granted erasure request of the register of data-subject requests, if any."""
    erased_on: Mapped[date] = mapped_column(Date)
    erased_at: Mapped[datetime]
    erased_by: Mapped[str] = mapped_column(ForeignKey("member.id"))


class HubErasureRow(Base):
    """Local to the coordinator's laptop (never journaled): the erasures whose scope keys the
    hub destroyed, so a round asks the hub only once per erased case."""

    __tablename__ = "sync_hub_erasure"

    case_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    done_at: Mapped[datetime]
