"""The strategic table's own yearly record: its texts for the year and, once a strategic meeting
approved the yearly report, that report as approved (texts and figures, frozen)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Integer, String, Text
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


class ReleasedFigureRow(Base):
    """A table of figures as it was shown once (screen, PDF or CSV): its shown counts only.

    Not a record of the LIVC-R and not journaled (the computation is journaled as an access):
    the register that lets a later period's figures be suppressed so that its differences with
    what was shown before reveal no small count (services/figures/released.py). Holds counts
    of a table and which of them were hidden, never a person or a hidden count.
    """

    __tablename__ = "released_figure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    table_key: Mapped[str] = mapped_column(String(64), index=True)
    period_start: Mapped[date] = mapped_column(Date)
    period_end: Mapped[date] = mapped_column(Date)
    released_at: Mapped[datetime]
    digest: Mapped[str] = mapped_column(String(64))
    """SHA-256 of the table's raw counts: whether the data changed since (the counts of a
    table, which anyone who may read this database can compute from its cases anyway)."""
    shown: Mapped[str] = mapped_column(Text)
    """JSON: {"rows": [row keys], "columns": [municipality ids], "cells": [[row, column,
    count or null when hidden], …]}, margins at the last row and column."""
