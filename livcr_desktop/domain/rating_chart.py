"""The picture over time: every life domain's rating across the evaluations, and its trend.

One model feeds both the chart in the dossier (painted with Qt) and the one in the trajectory
summary (drawn with ReportLab), so the table sees the same picture on screen and on paper. A row
per domain (retired domains too, as long as they were rated), a column per evaluation, and a trend
that compares the last two ratings: where things get worse, and where the person evolves.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.evaluations import Rating
from livcr_desktop.domain.life_domains import LifeDomain
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text


class Trend(StrEnum):
    """How a domain moved between the last two evaluations that rated it."""

    BETTER = "better"
    SAME = "same"
    WORSE = "worse"
    NEW = "new"
    """Rated once only: no trend yet."""

    @property
    def label(self) -> Text:
        """The translatable trend."""
        return _TREND_LABELS[self]

    @property
    def arrow(self) -> str:
        """A symbol beside the word (never the only sign: it must read in black and white)."""
        return _ARROWS[self]


_TREND_LABELS = {
    Trend.BETTER: QT_TRANSLATE_NOOP("Trend", "better"),
    Trend.SAME: QT_TRANSLATE_NOOP("Trend", "unchanged"),
    Trend.WORSE: QT_TRANSLATE_NOOP("Trend", "worse"),
    Trend.NEW: QT_TRANSLATE_NOOP("Trend", "first rating"),
}
_ARROWS = {Trend.BETTER: "↗", Trend.SAME: "→", Trend.WORSE: "↘", Trend.NEW: "·"}


@dataclass(frozen=True)
class ChartRow:
    """One life domain across the evaluations (None where it was not rated)."""

    domain_id: str
    label: Text | str
    retired: bool
    ratings: tuple[Rating | None, ...]

    @property
    def trend(self) -> Trend:
        """Better, unchanged or worse between the last two ratings."""
        rated = [r for r in self.ratings if r is not None]
        if len(rated) < 2:
            return Trend.NEW
        before, last = rated[-2].score, rated[-1].score
        if last > before:
            return Trend.BETTER
        if last < before:
            return Trend.WORSE
        return Trend.SAME


@dataclass(frozen=True)
class RatingChart:
    """The whole picture: evaluation dates as columns, domains as rows."""

    dates: tuple[date, ...]
    rows: tuple[ChartRow, ...]

    @property
    def empty(self) -> bool:
        """True before the first evaluation."""
        return not self.dates


def build_chart(
    domains: Sequence[LifeDomain],
    evaluations: Sequence[tuple[date, Mapping[str, Rating]]],
    *,
    last: int | None = None,
) -> RatingChart:
    """The chart of evaluations (oldest first), optionally only the `last` ones.

    Rows follow the LIVC-R's order of domains; a retired domain appears only when one of the
    shown evaluations rated it, so a renamed or retired domain keeps its history readable.
    """
    ordered = sorted(evaluations, key=lambda e: e[0])
    if last is not None:
        ordered = ordered[-last:]
    rows = []
    for domain in sorted(domains, key=lambda d: (not d.active, d.position)):
        ratings = tuple(ratings.get(domain.id) for _day, ratings in ordered)
        if not domain.active and all(r is None for r in ratings):
            continue
        rows.append(ChartRow(domain.id, domain.label, not domain.active, ratings))
    return RatingChart(tuple(day for day, _ratings in ordered), tuple(rows))


RATING_SYMBOLS = {
    Rating.PROBLEMATIC: "−−",
    Rating.CONCERN: "−",
    Rating.STABLE: "=",
    Rating.POSITIVE: "+",
}
"""A sign per rating, printed in each cell: the chart reads without colour (projector, copier)."""

RATING_COLOURS = {
    Rating.PROBLEMATIC: ("#e9b3ae", "#7a1010"),
    Rating.CONCERN: ("#f5dca6", "#5c3c00"),
    Rating.STABLE: ("#dce4ed", "#2b3e52"),
    Rating.POSITIVE: ("#bfe2c7", "#14532d"),
}
"""(fill, ink) per rating, shared by the screen and the PDF so both show the same picture."""

TREND_INK = {
    Trend.BETTER: "#14532d",
    Trend.SAME: "#2b3e52",
    Trend.WORSE: "#a4161a",
    Trend.NEW: "#4a5868",
}
