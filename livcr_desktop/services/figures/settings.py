"""The LIVC-R's settings for its figures: the small-count threshold and how long the
operational table may go without meeting before the figures warn.

Both belong to the LIVC-R (stored in its profile, journaled, synced), not to one laptop: two
members must never see the same figures with different counts hidden. Once the strategic table
has adopted house rules, the version in force at the end of the period decides both (the
profile's values are the settings until then).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.figures import DEFAULT_SMALL_COUNT_THRESHOLD
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP
from livcr_desktop.services.retention.house_rules import rules_in_force
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import LivcrProfileRow

DEFAULT_MEETING_INTERVAL_MONTHS = 3
"""The operational table meets at least every three months unless the house rules say more."""
MIN_THRESHOLD = 3
"""Below three, a count identifies people too easily for any figure to be safe."""
MAX_THRESHOLD = 50
MAX_INTERVAL_MONTHS = 24

THRESHOLD_RANGE = QT_TRANSLATE_NOOP(
    "Figures", "The threshold for small counts must be a whole number from {low} to {high}."
)
INTERVAL_RANGE = QT_TRANSLATE_NOOP(
    "Figures", "The meeting interval must be a whole number of months from 1 to {high}."
)


@dataclass(frozen=True)
class FigureSettings:
    """What the figures are computed with."""

    threshold: int = DEFAULT_SMALL_COUNT_THRESHOLD
    meeting_interval_months: int = DEFAULT_MEETING_INTERVAL_MONTHS
    house_rules_version: int | None = None  # the adopted version they come from, if any


def figure_settings(session: Session, day: date | None = None) -> FigureSettings:
    """The settings on `day`: those of the house rules in force then, once adopted, or else
    those stored in the LIVC-R's profile (also when no day is given)."""
    if day is not None:
        in_force = rules_in_force(session, day)
        if in_force.version is not None:
            return FigureSettings(
                in_force.rules.small_count_threshold,
                in_force.rules.meeting_every_months,
                in_force.version.number,
            )
    profile = session.scalars(select(LivcrProfileRow)).first()
    if profile is None:
        return FigureSettings()
    return FigureSettings(profile.small_count_threshold, profile.meeting_interval_months)


def read_figure_settings(workspace: Workspace) -> FigureSettings:
    """The settings in force today, for the Settings dialog (everyone signed in may read
    them)."""
    with workspace.db.read_session() as session:
        return figure_settings(session, workspace.today())


def validate_figure_settings(threshold: int, interval_months: int) -> FigureSettings:
    """The settings, or ValidationError naming the field that is out of range."""
    if not MIN_THRESHOLD <= threshold <= MAX_THRESHOLD:
        raise ValidationError(
            THRESHOLD_RANGE, field="threshold", low=MIN_THRESHOLD, high=MAX_THRESHOLD
        )
    if not 1 <= interval_months <= MAX_INTERVAL_MONTHS:
        raise ValidationError(INTERVAL_RANGE, field="interval", high=MAX_INTERVAL_MONTHS)
    return FigureSettings(threshold, interval_months)


def update_figure_settings(
    workspace: Workspace, threshold: int, interval_months: int
) -> FigureSettings:
    """Store new settings (the coordinator, who keeps the LIVC-R's profile); journaled."""
    with workspace.uow() as uow:
        workspace.require(Resource.LIVCR_PROFILE, Action.EDIT)
        wanted = validate_figure_settings(threshold, interval_months)
        row = uow.session.scalars(select(LivcrProfileRow)).one()
        changes: dict[str, object] = {}
        if row.small_count_threshold != wanted.threshold:
            changes["small_count_threshold"] = wanted.threshold
        if row.meeting_interval_months != wanted.meeting_interval_months:
            changes["meeting_interval_months"] = wanted.meeting_interval_months
        if changes:
            uow.journal.updated(row, "livcr.updated", changes)
    return wanted
