"""What a reader sees of a case's trajectory: plain, immutable records, built by the services
after the need-to-know filter and read by the screens and the summary PDF alike, so a document
can never show more than the service decided the reader may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from livcr_desktop.domain.cases import CloseReason
from livcr_desktop.domain.evaluations import EvaluationProposal, Rating
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.rating_chart import RatingChart
from livcr_desktop.domain.text import Text
from livcr_desktop.domain.trajectories import (
    ActionStatus,
    Engagement,
    GoalStatus,
    TrajectoryState,
    UpdateKind,
)


@dataclass(frozen=True)
class PartnerView:
    """A contributing organisation (current or past)."""

    id: str
    organisation_id: str
    name: str
    since: date
    until: date | None


@dataclass(frozen=True)
class GoalView:
    """A goal and the life domains it aims at."""

    id: str
    description: str
    domain_ids: tuple[str, ...]
    domains: tuple[Text | str, ...]
    status: GoalStatus


@dataclass(frozen=True)
class ActionView:
    """Who does what by when."""

    id: str
    description: str
    goal_id: str | None
    owner_organisation_id: str
    owner: str
    due_on: date
    status: ActionStatus
    done_on: date | None

    def overdue(self, today: date) -> bool:
        """An open action past its due date."""
        return self.status is ActionStatus.OPEN and self.due_on < today


class UpdateView(NamedTuple):
    """A partner's update as its reader may see it (a named tuple: a trajectory can hold
    thousands, and a tuple is built several times faster than a frozen dataclass)."""

    id: str
    kind: UpdateKind
    happened_on: date
    body: str
    visibility: NoteVisibility
    author: str
    organisation: str
    organisation_id: str
    written_at: datetime
    corrects_update_id: str | None
    corrected_by_id: str | None


@dataclass(frozen=True)
class RatingView:
    """One domain's rating in an evaluation."""

    domain_id: str
    label: Text | str
    rating: Rating | None
    note: str


@dataclass(frozen=True)
class EvaluationView:
    """An evaluation with its proposal and, once decided, the table's decision."""

    id: str
    evaluated_on: date
    ratings: tuple[RatingView, ...]
    protective_factors: str
    proposal: EvaluationProposal
    explanation: str
    author: str
    organisation: str
    decision_id: str | None
    decided_on: date | None


@dataclass(frozen=True)
class TrajectoryView:
    """One trajectory with what the reader may see and do."""

    id: str
    case_id: str
    state: TrajectoryState
    lead_organisation_id: str
    lead: str
    case_manager_id: str | None
    case_manager: str
    partners: tuple[PartnerView, ...]
    started_on: date
    started_at_meeting: date | None
    interval_months: int
    next_evaluation_due: date
    engagement: Engagement
    closed_on: date | None
    close_reason: CloseReason | None
    outcome: str
    goals: tuple[GoalView, ...]
    actions: tuple[ActionView, ...]
    updates: tuple[UpdateView, ...]
    """Empty when read without updates (see `update_count`)."""
    update_count: int
    """How many updates the reader may read."""
    evaluations: tuple[EvaluationView, ...]
    chart: RatingChart
    may_edit: bool
    may_log: bool
    may_evaluate: bool
    may_export: bool
    may_see_updates: bool
    may_see_evaluations: bool

    @property
    def running(self) -> bool:
        """True until a signed decision closes it."""
        return self.state is TrajectoryState.OPEN

    def partners_on(self, day: date) -> tuple[PartnerView, ...]:
        """The contributing partners in force on a day."""
        return tuple(p for p in self.partners if p.until is None or p.until >= day)


@dataclass(frozen=True)
class CaseTrajectories:
    """A case's trajectory (the running one, else the latest) and its earlier ones."""

    case_id: str
    case_code: str
    subject_name: str
    municipality_id: str
    current: TrajectoryView | None
    earlier: tuple[tuple[str, date, date | None], ...]
    """(id, started on, closed on) of the case's other trajectories, newest first."""
