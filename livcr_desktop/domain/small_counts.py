"""Which counts of a table of figures to hide so that no small count can be seen or worked out.

The strategic table sees figures, never cases; a count of 2 people signalled by one school in a
small municipality is a case. This module decides, on raw counts, which cells of a table (its
margins included) a reader may see. It is pure (no Qt, no SQL) so that every reader of the
figures (screen, charts, PDF, CSV) shows the same pattern.

The rule, as statistical offices apply it (τ-ARGUS, sdcMicro):

* **Primary suppression**: a count with ``0 < count < threshold`` is hidden. A **zero is shown**:
  it says that nobody is counted, which is a structural fact of the table (τ-ARGUS and sdcMicro
  treat empty cells the same way), and hiding every zero would make most tables of a small
  LIVC-R unreadable. Zeros are chosen as complementary cells only when nothing else is left.
* **Secondary (complementary) suppression**: as long as some hidden cell can be worked out
  exactly from the shown cells through the table's sums, the smallest shown non-zero cell that
  shares a sum with it is hidden as well; repeated until no hidden cell can be worked out
  (a fixed point; the hidden set only grows, so it always ends).

**Covered derivations**: every linear combination of the table's sum relations, i.e. the
row sums (cells of a row add up to its row total), column sums (cells of a column add up to its
column total) and the grand total (row totals and column totals each add up to it), together
with every shown cell. "Can be worked out" is decided exactly: a hidden cell is derivable iff its
unit vector lies in the row space of the sum relations restricted to the hidden cells
(Gauss-Jordan elimination over the rationals), which also catches chains through several rows
and columns that the simple "every line has two hidden cells" rule misses. A table whose columns
are municipalities and whose row totals are the LIVC-R's totals covers the differences between a
municipality and the total, because the total is a margin of the same table.

Tables that show the same numbers (the totals of the signals by source and by month) are
suppressed together by the figures service (services/figures/linked.py), with `also_hidden`:
a shared number is hidden in all of them or in none.

**Bounds** (count_ranges.py): once no hidden cell can be worked out exactly, every hidden
small count must also keep a range of possible values at least `PROTECTION` wide (with the
threshold 5, three of the values 1 to 4) given the shown cells, the sums and the bounds a
reader knows ("< 5" is 1 to 4, a hidden zero is 0, a hidden larger count is at least 5); while
one does not, the cheapest shown cell next to it is hidden too (or, when no one cell widens it
but two do, the cheaper of the cheapest such pair, then the other). Two "< 5" under a shown total
of 8 would both be 4: the total, or a neighbour, is hidden.

**Not covered**: "< t" is itself a bound no hiding widens (two "< 3" under a total "< 3" are
both 1), so a shown cell is hidden for a range only when that widens it; relations
between tables other than shared lines (a table of signals and one of cases are not linked
although a signal opens a case). Periods asked one after another are handled by the figures
service (services/figures/released.py), not here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction

from livcr_desktop.domain.count_ranges import widen

PROTECTION = 2
"""How wide the range a reader can work out for a hidden small count must stay (largest minus
smallest possible value): with the threshold 5 a "< 5" must keep at least three possible
values (see count_ranges.py)."""

CellIndex = tuple[int, int]
"""(row, column) in the table; row == rows or column == columns addresses a margin."""


@dataclass(frozen=True)
class Suppression:
    """The outcome for one table: which cells are hidden, and why."""

    small: frozenset[CellIndex]
    """Hidden because the count itself is below the threshold (primary)."""
    complementary: frozenset[CellIndex]
    """Hidden so that a small count cannot be worked out (secondary)."""

    def hidden(self, cell: CellIndex) -> bool:
        """Whether the cell shows no number."""
        return cell in self.small or cell in self.complementary


@dataclass(frozen=True)
class CountTable:
    """Raw counts of a table, with which margins it shows.

    `row_sums`: every row has a total (the cells of the row add up to it), at column index
    `columns`. `column_sums`: every column has a total, at row index `rows`. With both, the
    grand total sits at (`rows`, `columns`).
    """

    counts: tuple[tuple[int, ...], ...]
    row_sums: bool = True
    column_sums: bool = True
    width: int | None = None
    """The number of columns when the table has no rows (else read from the rows)."""

    @property
    def rows(self) -> int:
        """Rows without the margin."""
        return len(self.counts)

    @property
    def columns(self) -> int:
        """Columns without the margin."""
        return len(self.counts[0]) if self.counts else (self.width or 0)

    def value(self, cell: CellIndex) -> int:
        """The count of an inner cell or of a margin."""
        row, column = cell
        if row < self.rows and column < self.columns:
            return self.counts[row][column]
        if row < self.rows:
            return sum(self.counts[row])
        if column < self.columns:
            return sum(r[column] for r in self.counts)
        return sum(sum(r) for r in self.counts)

    def cells(self) -> list[CellIndex]:
        """Every cell the table shows, margins included, in reading order."""
        last_row = self.rows + (1 if self.column_sums else 0)
        last_column = self.columns + (1 if self.row_sums else 0)
        return [
            (r, c)
            for r in range(last_row)
            for c in range(last_column)
            if not (
                r == self.rows and c == self.columns and not (self.row_sums and self.column_sums)
            )
        ]

    def relations(self) -> list[list[tuple[CellIndex, int]]]:
        """The sum relations, each as cells with coefficients that add up to zero."""
        relations: list[list[tuple[CellIndex, int]]] = []
        both = self.row_sums and self.column_sums
        if self.row_sums:
            for r in range(self.rows + (1 if both else 0)):
                line = [((r, c), 1) for c in range(self.columns)]
                relations.append([*line, ((r, self.columns), -1)])
        if self.column_sums:
            for c in range(self.columns + (1 if both else 0)):
                line = [((r, c), 1) for r in range(self.rows)]
                relations.append([*line, ((self.rows, c), -1)])
        return relations


def suppress(
    table: CountTable,
    threshold: int,
    *,
    also_small: frozenset[CellIndex] = frozenset(),
    also_hidden: frozenset[CellIndex] = frozenset(),
    protection: int = PROTECTION,
) -> Suppression:
    """The cells to hide in `table` for this threshold (see the module's docstring).

    `also_small` are cells hidden as small whatever their count (zeros too): counts of things
    that are not people, where the people behind a column are fewer than the threshold (eight
    life-domain ratings of one person's evaluation are still one person). `also_hidden` are
    cells another table hides that hold the same number as these (linked tables: the signals
    of a year by source and by month have the same totals), hidden here too as complementary.
    """
    if threshold < 1:
        raise ValueError("the threshold is at least 1")
    cells = table.cells()
    small = {cell for cell in cells if 0 < table.value(cell) < threshold or cell in also_small}
    hidden = small | (set(also_hidden) & set(cells))
    relations = table.relations()
    wide: set[CellIndex] = set()
    while True:
        lonely = next((r for r in relations if sum(c in hidden for c, _ in r) == 1), None)
        if lonely is not None:
            extra = _smallest(table, [c for c, _ in lonely if c not in hidden])
        else:
            derivable = derivable_cells(relations, hidden)
            if derivable:
                extra = _best_complement(table, relations, hidden, derivable)
            else:
                extra = widen(relations, hidden, table.value, threshold, protection, wide)
                if extra is None:
                    break
        if extra is None:
            break  # nothing shown is left around it (cannot happen with consistent sums)
        hidden.add(extra)
    return Suppression(frozenset(small), frozenset(hidden - small))


def _smallest(table: CountTable, candidates: Sequence[CellIndex]) -> CellIndex | None:
    """The smallest count among the candidates, non-zero counts first (a hidden zero protects
    nothing that non-negativity does not already give away)."""
    if not candidates:
        return None
    return min(candidates, key=lambda c: (table.value(c) == 0, table.value(c), c))


def _best_complement(
    table: CountTable,
    relations: Sequence[Sequence[tuple[CellIndex, int]]],
    hidden: set[CellIndex],
    derivable: set[CellIndex],
) -> CellIndex | None:
    """When every sum has two hidden cells or none and still some hidden cell follows from a
    chain of sums (a "bridge" between two groups of hidden cells): the shown cell, near the
    derivable ones, whose hiding leaves the fewest derivable cells; the smallest among equals."""
    for touching in (derivable, hidden):
        candidates = sorted(
            {
                other
                for relation in relations
                if any(c in touching for c, _ in relation)
                for other, _ in relation
                if other not in hidden
            }
        )
        if candidates:
            return min(
                candidates,
                key=lambda c: (
                    len(derivable_cells(relations, hidden | {c})),
                    table.value(c) == 0,
                    table.value(c),
                    c,
                ),
            )
    return None


def derivable_cells(
    relations: Sequence[Sequence[tuple[CellIndex, int]]], hidden: set[CellIndex]
) -> set[CellIndex]:
    """The hidden cells whose exact value follows from the shown cells through the relations.

    The relations restricted to the hidden cells form a linear system whose right-hand side is
    known (it holds only shown cells). A hidden cell is determined iff, after Gauss-Jordan
    elimination, it is a pivot whose row has no other non-zero entry: then no solution of the
    homogeneous system moves it.
    """
    order = sorted(hidden)
    position = {cell: i for i, cell in enumerate(order)}
    matrix: list[list[Fraction]] = []
    for relation in relations:
        row = [Fraction(0)] * len(order)
        for cell, coefficient in relation:
            if cell in position:
                row[position[cell]] += coefficient
        if any(row):
            matrix.append(row)
    pivots = _reduce(matrix, len(order))
    return {
        order[column]
        for row, column in pivots
        if sum(1 for value in matrix[row] if value != 0) == 1
    }


def _reduce(matrix: list[list[Fraction]], width: int) -> list[tuple[int, int]]:
    """Gauss-Jordan elimination in place; returns (row, column) of every pivot."""
    pivots: list[tuple[int, int]] = []
    row = 0
    for column in range(width):
        found = next((r for r in range(row, len(matrix)) if matrix[r][column] != 0), None)
        if found is None:
            continue
        matrix[row], matrix[found] = matrix[found], matrix[row]
        lead = matrix[row][column]
        matrix[row] = [value / lead for value in matrix[row]]
        for other in range(len(matrix)):
            if other != row and matrix[other][column] != 0:
                factor = matrix[other][column]
                matrix[other] = [
                    a - factor * b for a, b in zip(matrix[other], matrix[row], strict=True)
                ]
        pivots.append((row, column))
        row += 1
        if row == len(matrix):
            break
    return pivots
