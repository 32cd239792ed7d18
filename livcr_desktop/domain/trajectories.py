"""Personalised guidance trajectories: goals, actions, partner updates and the evaluation rhythm.

A trajectory starts only by a signed decision of the operational table, which names the partner
organisation that leads it. Guidance is voluntary, so the person's engagement is recorded. The
lead partner and the contributing partners log what happens; those logs are append-only (a
correction is a new update that points to the old one), because the table must be able to see
what was known when. Evaluations fall due at a fixed interval after the start or the last
evaluation, and the trajectory closes only by a signed decision, with a reason and an outcome.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

DEFAULT_INTERVAL_MONTHS = 3
MAX_INTERVAL_MONTHS = 12
MAX_GOAL = 1000
MAX_ACTION = 1000
MAX_UPDATE = 4000


class Engagement(StrEnum):
    """How the person takes part in the guidance (which is always voluntary)."""

    NOT_RECORDED = "not_recorded"
    VOLUNTARY = "voluntary"
    HESITANT = "hesitant"
    REFUSES = "refuses"

    @property
    def label(self) -> Text:
        """The translatable description."""
        return _ENGAGEMENT_LABELS[self]


_ENGAGEMENT_LABELS = {
    Engagement.NOT_RECORDED: QT_TRANSLATE_NOOP("Engagement", "Not recorded yet"),
    Engagement.VOLUNTARY: QT_TRANSLATE_NOOP("Engagement", "Takes part voluntarily"),
    Engagement.HESITANT: QT_TRANSLATE_NOOP("Engagement", "Hesitant"),
    Engagement.REFUSES: QT_TRANSLATE_NOOP("Engagement", "Refuses"),
}


class TrajectoryState(StrEnum):
    """Whether a trajectory still runs."""

    OPEN = "open"
    CLOSED = "closed"

    @property
    def label(self) -> Text:
        """The translatable state."""
        return _STATE_LABELS[self]


_STATE_LABELS = {
    TrajectoryState.OPEN: QT_TRANSLATE_NOOP("TrajectoryState", "Running"),
    TrajectoryState.CLOSED: QT_TRANSLATE_NOOP("TrajectoryState", "Closed"),
}


class GoalStatus(StrEnum):
    """Where a goal stands."""

    OPEN = "open"
    IN_PROGRESS = "in_progress"
    REACHED = "reached"
    DROPPED = "dropped"

    @property
    def label(self) -> Text:
        """The translatable status."""
        return _GOAL_LABELS[self]


_GOAL_LABELS = {
    GoalStatus.OPEN: QT_TRANSLATE_NOOP("GoalStatus", "Not started"),
    GoalStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("GoalStatus", "Being worked on"),
    GoalStatus.REACHED: QT_TRANSLATE_NOOP("GoalStatus", "Reached"),
    GoalStatus.DROPPED: QT_TRANSLATE_NOOP("GoalStatus", "Dropped"),
}


class ActionStatus(StrEnum):
    """Where an action of the trajectory stands."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Text:
        """The translatable status."""
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("ActionStatus", "To do"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionStatus", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("ActionStatus", "Cancelled"),
}


class UpdateKind(StrEnum):
    """What a partner's update is about."""

    CONTACT = "contact"
    MEETING = "meeting"
    REFERRAL = "referral"
    CONCERN = "concern"
    PROGRESS = "progress"

    @property
    def label(self) -> Text:
        """The translatable kind."""
        return _UPDATE_LABELS[self]


_UPDATE_LABELS = {
    UpdateKind.CONTACT: QT_TRANSLATE_NOOP("UpdateKind", "Contact with the person"),
    UpdateKind.MEETING: QT_TRANSLATE_NOOP("UpdateKind", "Meeting"),
    UpdateKind.REFERRAL: QT_TRANSLATE_NOOP("UpdateKind", "Referral to a service"),
    UpdateKind.CONCERN: QT_TRANSLATE_NOOP("UpdateKind", "Concern"),
    UpdateKind.PROGRESS: QT_TRANSLATE_NOOP("UpdateKind", "Progress"),
}

# -- messages ------------------------------------------------------------------------------------

INTERVAL_RANGE = QT_TRANSLATE_NOOP(
    "Trajectories", "Evaluate every 1 to {maximum} months (the table usually chooses 3)."
)
GOAL_REQUIRED = QT_TRANSLATE_NOOP("Trajectories", "Describe the goal.")
GOAL_DOMAINS_REQUIRED = QT_TRANSLATE_NOOP(
    "Trajectories", "Choose at least one life domain the goal aims at."
)
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Trajectories", "This text may be at most {maximum} characters.")
ACTION_REQUIRED = QT_TRANSLATE_NOOP("Trajectories", "Say what is to be done.")
ACTION_OWNER_REQUIRED = QT_TRANSLATE_NOOP(
    "Trajectories", "Choose the organisation that carries out the action."
)
ACTION_DUE_REQUIRED = QT_TRANSLATE_NOOP("Trajectories", "Give the date the action is due.")
ACTION_DUE_BEFORE_START = QT_TRANSLATE_NOOP(
    "Trajectories", "An action cannot be due before the trajectory started ({start})."
)
UPDATE_REQUIRED = QT_TRANSLATE_NOOP("Trajectories", "Write what happened.")
UPDATE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "Trajectories", "An update tells what happened: its date cannot be in the future."
)
UPDATE_BEFORE_START = QT_TRANSLATE_NOOP(
    "Trajectories", "The trajectory started on {start}; an update cannot be dated before that."
)


def _clean_text(text: str, maximum: int, field: str, required: Text) -> str:
    cleaned = text.strip()
    if not cleaned:
        raise ValidationError(required, field=field)
    if len(cleaned) > maximum:
        raise ValidationError(TEXT_TOO_LONG, field=field, maximum=maximum)
    return cleaned


def check_interval(months: int) -> int:
    """The evaluation interval in months, or ValidationError(field='interval')."""
    if not 1 <= months <= MAX_INTERVAL_MONTHS:
        raise ValidationError(INTERVAL_RANGE, field="interval", maximum=MAX_INTERVAL_MONTHS)
    return months


@dataclass(frozen=True)
class GoalDraft:
    """A goal as the partner words it."""

    description: str
    domain_ids: Sequence[str]
    status: GoalStatus = GoalStatus.OPEN

    def validated(self) -> GoalDraft:
        """The cleaned goal, or ValidationError naming the field."""
        description = _clean_text(self.description, MAX_GOAL, "description", GOAL_REQUIRED)
        domains = tuple(dict.fromkeys(self.domain_ids))
        if not domains:
            raise ValidationError(GOAL_DOMAINS_REQUIRED, field="domains")
        return GoalDraft(description, domains, self.status)


@dataclass(frozen=True)
class ActionDraft:
    """An action: who does what by when."""

    description: str
    owner_organisation_id: str | None
    due_on: date | None
    goal_id: str | None = None
    status: ActionStatus = ActionStatus.OPEN

    def validated(self, started_on: date) -> ActionDraft:
        """The cleaned action, or ValidationError naming the field."""
        description = _clean_text(self.description, MAX_ACTION, "description", ACTION_REQUIRED)
        if not self.owner_organisation_id:
            raise ValidationError(ACTION_OWNER_REQUIRED, field="owner")
        if self.due_on is None:
            raise ValidationError(ACTION_DUE_REQUIRED, field="due_on")
        if self.due_on < started_on:
            raise ValidationError(ACTION_DUE_BEFORE_START, field="due_on", start=started_on)
        return ActionDraft(
            description, self.owner_organisation_id, self.due_on, self.goal_id, self.status
        )


@dataclass(frozen=True)
class UpdateDraft:
    """What a partner logs: what happened, when, and who may read it."""

    kind: UpdateKind
    happened_on: date
    body: str
    visibility: NoteVisibility = NoteVisibility.TABLE

    def validated(self, started_on: date, today: date) -> UpdateDraft:
        """The cleaned update, or ValidationError naming the field."""
        body = _clean_text(self.body, MAX_UPDATE, "body", UPDATE_REQUIRED)
        if self.happened_on > today:
            raise ValidationError(UPDATE_IN_FUTURE, field="happened_on")
        if self.happened_on < started_on:
            raise ValidationError(UPDATE_BEFORE_START, field="happened_on", start=started_on)
        return UpdateDraft(self.kind, self.happened_on, body, self.visibility)


# -- the evaluation rhythm -----------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it is shorter (31 Jan + 1 =
    28 or 29 Feb): an evaluation 'every 3 months' never skips a month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def next_evaluation_due(
    started_on: date, interval_months: int, last_evaluated: date | None
) -> date:
    """When the next evaluation is due: an interval after the last one, or after the start."""
    return add_months(last_evaluated or started_on, interval_months)
