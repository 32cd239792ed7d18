"""The linked suppression of one period, made consistent with the figures shown before.

Suppress the tables together (linked.py), compare each with the register of tables shown
before (released.py), hide what their differences would give away, and again until nothing
more is to be hidden: the hidden cells only grow, so it ends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from livcr_desktop.domain.figures import Period
from livcr_desktop.domain.small_counts import CellIndex, Suppression
from livcr_desktop.services.figures.grid import Prepared
from livcr_desktop.services.figures.linked import Link, suppress_linked
from livcr_desktop.services.figures.released import Release, cells_to_hide, release_of


@dataclass(frozen=True)
class Consistent:
    """The suppression of every table, what it releases, and the earlier periods that made it
    hide more than the period alone would."""

    suppressed: Mapping[str, Suppression]
    releases: tuple[Release, ...]
    because: tuple[tuple[date, date], ...]


def suppress_consistently(
    prepared: Mapping[str, Prepared],
    links: Sequence[Link],
    threshold: int,
    period: Period,
    earlier: Mapping[str, Sequence[Release]],
) -> Consistent:
    """Every table suppressed with its linked tables and with the earlier releases."""
    hide: dict[str, set[CellIndex]] = {key: set() for key in prepared}
    because: set[tuple[date, date]] = set()
    while True:
        suppressed = suppress_linked(prepared, links, threshold, hide)
        releases = {
            key: release_of(table, suppressed[key], period) for key, table in prepared.items()
        }
        grown = False
        for key, release in releases.items():
            more, reasons = cells_to_hide(release, prepared[key], earlier.get(key, ()), threshold)
            if more - hide[key]:
                hide[key] |= more
                because |= reasons
                grown = True
        if not grown:
            return Consistent(suppressed, tuple(releases.values()), tuple(sorted(because)))
