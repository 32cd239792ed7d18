"""The strategic table's own yearly record: its texts for the year and, once a strategic meeting
approved the yearly report, that report as approved (texts and figures, frozen)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base, Versioned


class StrategicYearRow(Versioned, Base):
    """One calendar year of the strategic table (a row once someone writes a text for it)."""

    __tablename__ = "strategic_year"

    year: Mapped[int] = mapped_column(Integer, unique=True)
    priorities: Mapped[str] = mapped_column(Text, default="")
    agreements: Mapped[str] = mapped_column(Text, default="")
    evaluation: Mapped[str] = mapped_column(Text, default="")
    approved_at: Mapped[datetime | None]
    approval_decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    frozen_figures: Mapped[str | None] = mapped_column(Text)
    """The year's figures as computed at the approval (JSON, small counts already hidden):
    the approved report is printed from these, never computed again."""
