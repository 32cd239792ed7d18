"""The register of data-subject requests (GDPR art. 15–21) about the person of a case."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base, Versioned


class SubjectRequestRow(Versioned, Base):
    """One request: received, decided on a ground, the person told, the answer sent.

    It belongs to its case's scope (it travels in a part of the case that the coordinator's and
    the data-protection officer's laptops hold; see services/sync/scopes.py) and holds no case
    content: the register shows the case code, the dates and the decision."""

    __tablename__ = "subject_request"
    __table_args__ = (Index("ix_subject_request_case", "case_id", "received_on"),)

    case_id: Mapped[str] = mapped_column(String(36))
    """The case (no foreign key: the DPO's laptop holds the register, not the cases)."""
    case_code: Mapped[str] = mapped_column(String(40), default="", server_default="")
    """The case's code when the request was registered (empty for requests registered before
    this column): what the DPO's laptop shows."""
    kind: Mapped[str] = mapped_column(String(20))
    received_on: Mapped[date] = mapped_column(Date)
    requester: Mapped[str] = mapped_column(String(20))
    requester_name: Mapped[str] = mapped_column(String(160), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[str] = mapped_column(String(20))
    decided_on: Mapped[date | None] = mapped_column(Date)
    legal_ground: Mapped[str | None] = mapped_column(String(40))
    ground_note: Mapped[str] = mapped_column(Text, default="")
    extended_on: Mapped[date | None] = mapped_column(Date)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    informed_whom: Mapped[str | None] = mapped_column(String(20))
    informed_on: Mapped[date | None] = mapped_column(Date)
    answer_sent_on: Mapped[date | None] = mapped_column(Date)
    answer_summary: Mapped[str] = mapped_column(Text, default="")
    registered_by: Mapped[str] = mapped_column(ForeignKey("member.id"))
    registered_at: Mapped[datetime]
    updated_at: Mapped[datetime]
