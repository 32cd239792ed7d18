"""What every table of one computation of the figures is made with: the period, the
municipalities, the threshold and the signals' facts read once, and the grid a table's counts go
into before their linked suppression (tables.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from livcr_desktop.domain.figures import FigureTable
from livcr_desktop.services.figures.grid import Municipalities, Prepared, TableSpec, prepare
from livcr_desktop.services.figures.signal_queries import SignalFacts


@dataclass(frozen=True)
class Context:
    """What every table of one computation is made with."""

    session: Session
    start: date
    end: date
    municipalities: Municipalities
    threshold: int
    signals: SignalFacts

    def grid(
        self,
        spec: TableSpec,
        keys: Sequence[str],
        counts: Mapping[tuple[str, str], int],
        people: Mapping[str, int] | None = None,
    ) -> Prepared:
        """A rows × municipalities table from counts keyed by (row key, municipality id),
        suppressed later with the tables it shares numbers with."""
        index = {key: i for i, key in enumerate(keys)}
        by_row = {(index[k], m): n for (k, m), n in counts.items() if k in index}
        return prepare(spec, by_row, self.municipalities, self.threshold, people, row_keys=keys)


Made = Prepared | FigureTable
"""A table counted and waiting for its linked suppression, or one that needs none."""


def summed(counts: Mapping[tuple[str, str], int], key: str) -> dict[tuple[str, str], int]:
    """Counts of every row added up per municipality, under one row key."""
    result: dict[tuple[str, str], int] = {}
    for (_row, municipality), count in counts.items():
        result[(key, municipality)] = result.get((key, municipality), 0) + count
    return result
