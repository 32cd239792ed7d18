"""Guidance trajectories, their partners, goals, actions, updates and evaluations, and the
LIVC-R's life domains.

Updates and evaluations are append-only records, each a self-contained journal operation (the
ratings of an evaluation travel inside it as JSON), so a partner's laptop can later ship them one
by one through sync.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base, Versioned


class LifeDomainRow(Versioned, Base):
    """A life domain of this LIVC-R (a default one keeps its key; a retired one its ratings)."""

    __tablename__ = "life_domain"

    key: Mapped[str | None] = mapped_column(String(40))
    """The default domain this is (None for a domain the LIVC-R added)."""
    custom_name: Mapped[str] = mapped_column(String(80), default="")
    """The name the LIVC-R gave it; empty for an unchanged default (shown translated)."""
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime]


class TrajectoryRow(Versioned, Base):
    """A personalised guidance trajectory, started and closed by signed decisions."""

    __tablename__ = "trajectory"
    __table_args__ = (
        Index("ix_trajectory_case", "case_id", "started_on"),
        Index("ix_trajectory_due", "state", "next_evaluation_due"),
        Index("ix_trajectory_figures", "started_on", "closed_on", "case_id"),
        Index("ix_trajectory_figures_closed", "closed_on", "started_on", "case_id"),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"))
    started_by_decision_id: Mapped[str] = mapped_column(ForeignKey("decision.id"))
    lead_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    case_manager_member_id: Mapped[str | None] = mapped_column(ForeignKey("member.id"))
    started_on: Mapped[date] = mapped_column(Date)
    interval_months: Mapped[int] = mapped_column(Integer)
    next_evaluation_due: Mapped[date] = mapped_column(Date)
    engagement: Mapped[str] = mapped_column(String(20))
    state: Mapped[str] = mapped_column(String(20))
    closed_on: Mapped[date | None] = mapped_column(Date)
    close_reason: Mapped[str | None] = mapped_column(String(30))
    outcome: Mapped[str] = mapped_column(Text, default="")
    closed_by_decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    updated_at: Mapped[datetime]


class TrajectoryPartnerRow(Versioned, Base):
    """An organisation contributing to a trajectory (history kept when it stops)."""

    __tablename__ = "trajectory_partner"

    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id"), index=True)
    organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"), index=True)
    since: Mapped[date] = mapped_column(Date)
    until: Mapped[date | None] = mapped_column(Date)


class TrajectoryGoalRow(Versioned, Base):
    """A goal of the trajectory and the life domains it aims at."""

    __tablename__ = "trajectory_goal"

    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id"), index=True)
    description: Mapped[str] = mapped_column(Text)
    domain_ids: Mapped[str] = mapped_column(Text)
    """Canonical JSON list of life-domain ids."""
    status: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class TrajectoryActionRow(Versioned, Base):
    """Who does what by when, within a trajectory."""

    __tablename__ = "trajectory_action"
    __table_args__ = (Index("ix_trajectory_action_owner", "owner_organisation_id", "status"),)

    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id"), index=True)
    goal_id: Mapped[str | None] = mapped_column(ForeignKey("trajectory_goal.id"))
    description: Mapped[str] = mapped_column(Text)
    owner_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(20))
    done_on: Mapped[date | None] = mapped_column(Date)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class TrajectoryUpdateRow(Versioned, Base):
    """What a partner logged; never changed (a correction is a new update pointing here)."""

    __tablename__ = "trajectory_update"
    __table_args__ = (Index("ix_trajectory_update_trajectory", "trajectory_id", "happened_on"),)

    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id"))
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    happened_on: Mapped[date] = mapped_column(Date)
    body: Mapped[str] = mapped_column(Text)
    visibility: Mapped[str] = mapped_column(String(20))
    author_member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    author_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    written_at: Mapped[datetime]
    corrects_update_id: Mapped[str | None] = mapped_column(ForeignKey("trajectory_update.id"))


class EvaluationRow(Versioned, Base):
    """An evaluation over every life domain, with its proposal; final once recorded, except for
    the link to the table's decision on it."""

    __tablename__ = "trajectory_evaluation"
    __table_args__ = (
        Index("ix_trajectory_evaluation_trajectory", "trajectory_id", "evaluated_on"),
    )

    trajectory_id: Mapped[str] = mapped_column(ForeignKey("trajectory.id"))
    case_id: Mapped[str] = mapped_column(ForeignKey("case_file.id"), index=True)
    evaluated_on: Mapped[date] = mapped_column(Date)
    ratings: Mapped[str] = mapped_column(Text)
    """Canonical JSON: [{"domain_id", "rating", "note"}, ...] in the order of the form."""
    protective_factors: Mapped[str] = mapped_column(Text, default="")
    proposal: Mapped[str] = mapped_column(String(20))
    explanation: Mapped[str] = mapped_column(Text)
    author_member_id: Mapped[str] = mapped_column(ForeignKey("member.id"))
    author_organisation_id: Mapped[str] = mapped_column(ForeignKey("organisation.id"))
    written_at: Mapped[datetime]
    decision_id: Mapped[str | None] = mapped_column(ForeignKey("decision.id"))
    decided_on: Mapped[date | None] = mapped_column(Date)
