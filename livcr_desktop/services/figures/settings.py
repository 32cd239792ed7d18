"""The LIVC-R's settings for its figures: the small-count threshold and how long the
operational table may go without meeting before the figures warn."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.figures import DEFAULT_SMALL_COUNT_THRESHOLD
from livcr_desktop.store.models import LivcrProfileRow

DEFAULT_MEETING_INTERVAL_MONTHS = 3
"""The operational table meets at least every three months unless the house rules say more."""


@dataclass(frozen=True)
class FigureSettings:
    """What the figures are computed with."""

    threshold: int = DEFAULT_SMALL_COUNT_THRESHOLD
    meeting_interval_months: int = DEFAULT_MEETING_INTERVAL_MONTHS


def figure_settings(session: Session) -> FigureSettings:
    """The settings stored in the LIVC-R's profile (the defaults before any was set)."""
    profile = session.scalars(select(LivcrProfileRow)).first()
    if profile is None:
        return FigureSettings()
    return FigureSettings(
        threshold=getattr(profile, "small_count_threshold", None) or DEFAULT_SMALL_COUNT_THRESHOLD,
        meeting_interval_months=getattr(profile, "meeting_interval_months", None)
        or DEFAULT_MEETING_INTERVAL_MONTHS,
    )
