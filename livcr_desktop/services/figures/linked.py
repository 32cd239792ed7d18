"""Tables that show the same numbers, suppressed together.

The signals of a year by who signalled them, by what the screening made of them and by month
all end in the same totals per municipality; the cases opened per month add up to the "opened"
row of the case flow. A count hidden in one of them but shown in the other would be worked out
there, so every shared number is hidden in all of them or in none: each table is suppressed,
every shared cell that one hides is hidden in the others too, and again until nothing changes
(the linked-tables procedure of τ-ARGUS, on exactly the shared lines).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from livcr_desktop.domain.small_counts import CellIndex, CountTable, Suppression, suppress
from livcr_desktop.services.figures.grid import Prepared


class Part(StrEnum):
    """Which line of a table holds the shared numbers."""

    ROW = "row"  # a row's cells, then its row total
    TOTALS = "totals"  # the column totals, then the grand total


@dataclass(frozen=True)
class Line:
    """A line of one table, cell by cell in the same order as the lines it is linked to."""

    key: str
    part: Part
    row: int = 0

    def cells(self, table: CountTable) -> list[CellIndex]:
        """The cells of the line, a municipality's first and the LIVC-R's total last."""
        width = table.columns + (1 if table.row_sums else 0)
        row = table.rows if self.part is Part.TOTALS else self.row
        return [(row, column) for column in range(width)]


Link = tuple[Line, ...]
"""Lines of different tables that hold the same numbers."""


def suppress_linked(
    prepared: Mapping[str, Prepared],
    links: Sequence[Link],
    threshold: int,
    hide: Mapping[str, set[CellIndex]] | None = None,
) -> dict[str, Suppression]:
    """Every table suppressed, with what a linked table hides hidden in it as well, and the
    cells in `hide` (for figures shown before, see released.py) hidden whatever they hold."""
    forced: dict[str, set[CellIndex]] = {key: set((hide or {}).get(key, ())) for key in prepared}
    result: dict[str, Suppression] = {}
    stale = set(prepared)
    while stale:
        for key in stale:
            table = prepared[key]
            result[key] = suppress(
                table.table,
                threshold,
                also_small=table.few_people,
                also_hidden=frozenset(forced[key]),
            )
        stale = set()
        for link in links:
            members = [(line.key, line.cells(prepared[line.key].table)) for line in link]
            for position in range(min(len(cells) for _, cells in members)):
                if not any(result[key].hidden(cells[position]) for key, cells in members):
                    continue
                for key, cells in members:
                    if not result[key].hidden(cells[position]):
                        forced[key].add(cells[position])
                        stale.add(key)
    return result
