"""Feedback forms to the LTF, their items, and referrals of cases to the LTF."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base, Versioned


class FeedbackFormRow(Versioned, Base):
    """A feedback form: a draft the coordinator composes, then (only through a signed decision)
    the approved, frozen form that the Information Officer hands to the LTF."""

    __tablename__ = "feedback_form"
    __table_args__ = (
        Index("ix_feedback_form_case", "case_id", "created_at"),
        Index("ix_feedback_form_status", "status", "approved_at"),
    )

    case_id: Mapped[str] = mapped_column(String(36))
    """No foreign key (migration 0025): the Information Officer's laptop holds the forms of cases
    it may not see, never the case; the frozen content names the case's code."""
    municipality_id: Mapped[str] = mapped_column(ForeignKey("municipality.id"))
    purpose: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20))
    version_number: Mapped[int] = mapped_column(Integer)
    """1 for the first form of a case and purpose; a new version of an approved form counts on."""
    language: Mapped[str] = mapped_column(String(5))
    ltf_name: Mapped[str] = mapped_column(String(160), default="")
    ltf_reference: Mapped[str] = mapped_column(String(200), default="")
    consultation_dates: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of ISO dates."""
    followed_up: Mapped[str] = mapped_column(String(10))
    trajectory: Mapped[str] = mapped_column(String(10))
    service_kind: Mapped[str | None] = mapped_column(String(30))
    decision_ids: Mapped[str] = mapped_column(Text, default="[]")
    """JSON list of the signed decisions the form reports on."""
    created_from_decision_id: Mapped[str | None] = mapped_column(String(36))
    created_at: Mapped[datetime]
    replaces_id: Mapped[str | None] = mapped_column(ForeignKey("feedback_form.id"))
    approved_decision_id: Mapped[str | None] = mapped_column(String(36))
    """The signed decisions (no foreign keys, like case_id): held where the case is."""
    approved_at: Mapped[datetime | None]
    frozen_content: Mapped[str | None] = mapped_column(Text)
    """The approved form as canonical JSON, byte for byte; `content_hash` is its SHA-256."""
    content_hash: Mapped[str | None] = mapped_column(String(64))
    transmitted_on: Mapped[date | None] = mapped_column(Date)
    transmitted_to: Mapped[str] = mapped_column(String(160), default="")
    transmitted_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    transmitted_at: Mapped[datetime | None]
    acknowledged_on: Mapped[date | None] = mapped_column(Date)
    ltf_answer: Mapped[str] = mapped_column(Text, default="")
    """What the LTF answered or gave the LIVC-R (unclassified information only)."""
    acknowledged_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    updated_at: Mapped[datetime]


class FeedbackItemRow(Versioned, Base):
    """A free text of a form: the reason for a referral, an item the table shares, or an addition
    to what does not flow. Each is checked by the secrecy guard; an overlap is kept only with a
    confirmation, recorded here and in the journal."""

    __tablename__ = "feedback_item"
    __table_args__ = (Index("ix_feedback_item_form", "form_id", "section", "position"),)

    form_id: Mapped[str] = mapped_column(ForeignKey("feedback_form.id"))
    section: Mapped[str] = mapped_column(String(20))
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    confirmed_by: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    confirmed_at: Mapped[datetime | None]
    confirmed_fingerprint: Mapped[str | None] = mapped_column(String(64))
    """What was confirmed: this text with these overlaps (see domain/secrecy_guard.py)."""


class ReferralRow(Versioned, Base):
    """A case referred to the LTF by a signed decision, with the form that tells the LTF why."""

    __tablename__ = "referral"

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id"), unique=True)
    referred_on: Mapped[date] = mapped_column(Date)
    form_id: Mapped[str] = mapped_column(ForeignKey("feedback_form.id"))
