"""How far a reader can narrow down a hidden count: its range, worked out exactly.

Hiding a count so that it cannot be *computed* is not enough: two "< 5" in a row whose shown
total is 8 are both 4, although neither follows from the totals alone. As τ-ARGUS does with
its protection levels, the suppression (small_counts.py) also asks, for every small count it
hides, the smallest and the largest value it can take given everything a reader knows, and
hides more cells while that range is too narrow.

**What the reader is assumed to know** about each hidden cell (a model that knows *more* than
a real reader, so that a range found wide enough here is at least as wide for a real one):

* a hidden count below the threshold lies in 1 … threshold − 1 (zeros are shown, so "< 5" is
  1 to 4);
* a hidden count of at least the threshold is at least the threshold (a reader who guesses
  that complementary cells are never small knows that much);
* a hidden zero is known to be zero (hiding a zero adds nothing to what the sums and
  non-negativity give away);
* every shown cell, and every sum relation of the table (row, column and grand totals).

**Method**: for the tables of the figures, whose sums form a network, a maximum flow
(count_flows.py: how far the cell can move around cycles of hidden cells); otherwise an exact
linear programme over the rationals (two-phase simplex with Bland's rule,
so it always ends) on the hidden cells that are linked to the cell through the sums (its
connected component: the rest of the table cannot move it). Counts are whole numbers; the
sum relations of a two-way table with its margins form a network matrix (totally unimodular),
so with whole bounds and whole totals the extreme values of the programme are whole numbers
and are the true extremes for whole counts. Tables are small (a few dozen hidden cells at
most), so no solver library is needed.

**Limits**: relations between *different* tables are not in the programme (tables that share
numbers are linked by hiding the shared numbers in both, see services/figures/linked.py); a
reader who knows more than the sums (for instance that a case was opened in March) is not
modelled.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from fractions import Fraction
from typing import TypeVar

from livcr_desktop.domain.count_flows import flow_range, network

Cell = TypeVar("Cell", bound=tuple[int, ...])

Range = tuple[int, int | None]
"""The smallest and the largest value a hidden count can take; None: no upper end."""


def knowledge(value: int, threshold: int) -> Range:
    """What a reader is assumed to know of a hidden count of this value (module docstring)."""
    if value == 0:
        return (0, 0)
    if value < threshold:
        return (1, threshold - 1)
    return (threshold, None)


def required_width(threshold: int, protection: int) -> int:
    """The width (largest minus smallest) a small hidden count's range must keep: the
    protection level, or the whole of 1 … threshold − 1 when that is narrower."""
    return max(0, min(protection, threshold - 2))


def component(
    relations: Sequence[Sequence[tuple[Cell, int]]], hidden: set[Cell], cell: Cell
) -> set[Cell]:
    """The hidden cells linked to `cell` through sums that hold two or more hidden cells."""
    found, todo = {cell}, [cell]
    while todo:
        current = todo.pop()
        for relation in relations:
            members = [c for c, _ in relation if c in hidden]
            if current in members:
                for other in members:
                    if other not in found:
                        found.add(other)
                        todo.append(other)
    return found


def count_range(
    relations: Sequence[Sequence[tuple[Cell, int]]],
    hidden: set[Cell],
    value: Callable[[Cell], int],
    bounds: Mapping[Cell, Range],
    cell: Cell,
) -> Range:
    """The exact range of the hidden `cell` given the shown cells, the sums and `bounds`:
    as a flow when the sums form a network (count_flows.py), else by the linear programme."""
    ends = network(relations, hidden)
    if ends is not None:
        return flow_range(ends, value, bounds, cell)  # type: ignore[arg-type]
    return programme_range(relations, hidden, value, bounds, cell)


def programme_range(
    relations: Sequence[Sequence[tuple[Cell, int]]],
    hidden: set[Cell],
    value: Callable[[Cell], int],
    bounds: Mapping[Cell, Range],
    cell: Cell,
) -> Range:
    """The exact range by an exact linear programme on the cell's connected hidden cells."""
    cells = sorted(component(relations, hidden, cell))
    position = {c: i for i, c in enumerate(cells)}
    lows = [Fraction(bounds[c][0]) for c in cells]
    equalities: list[tuple[list[Fraction], Fraction]] = []
    for relation in relations:
        row = [Fraction(0)] * len(cells)
        rhs = Fraction(0)
        touches = False
        for member, coefficient in relation:
            if member in position:
                row[position[member]] += coefficient
                touches = True
            else:
                rhs -= coefficient * value(member)
        if touches:
            # shift every cell to its lower bound: y = x - low >= 0
            rhs -= sum((a * low for a, low in zip(row, lows, strict=True)), Fraction(0))
            equalities.append((row, rhs))
    uppers = [
        (i, Fraction(bounds[c][1]) - lows[i])  # type: ignore[arg-type]
        for i, c in enumerate(cells)
        if bounds[c][1] is not None
    ]
    programme = _Programme(len(cells), equalities, uppers)
    target = position[cell]
    highest = programme.maximise(target, 1)
    lowest = programme.maximise(target, -1)
    low = int(lows[target] - lowest) if lowest is not None else int(lows[target])
    high = None if highest is None else int(lows[target] + highest)
    return (low, high)


def width(found: Range) -> int | None:
    """Largest minus smallest; None when the range has no upper end."""
    low, high = found
    return None if high is None else high - low


def wide_enough(found: Range, needed: int) -> bool:
    """Whether the range keeps the protection the rule asks for."""
    spread = width(found)
    return spread is None or spread >= needed


def narrow_cells(  # noqa: PLR0917 - the suppression's own state, passed on as it is
    relations: Sequence[Sequence[tuple[Cell, int]]],
    hidden: set[Cell],
    value: Callable[[Cell], int],
    threshold: int,
    protection: int,
    wide: set[Cell] | None = None,
) -> Iterator[Cell]:
    """The hidden small counts whose range is narrower than the protection rule allows, one
    after the other (found lazily: the caller stops at the first it can help).

    `wide` collects the cells found wide enough: hiding more only widens a range (a hidden
    cell may take any value its shown one could, and more), so they need no second look."""
    needed = required_width(threshold, protection)
    if needed == 0:
        return
    known = wide if wide is not None else set()
    bounds = {c: knowledge(value(c), threshold) for c in hidden}
    for c in sorted(hidden):
        if c in known or not 0 < value(c) < threshold:
            continue
        if wide_enough(count_range(relations, hidden, value, bounds, c), needed):
            known.add(c)
        else:
            yield c


def widen(  # noqa: PLR0917 - the suppression's own state, passed on as it is
    relations: Sequence[Sequence[tuple[Cell, int]]],
    hidden: set[Cell],
    value: Callable[[Cell], int],
    threshold: int,
    protection: int,
    wide: set[Cell] | None = None,
) -> Cell | None:
    """The shown cell to hide next so that a too narrow range widens, or None when every
    range is wide enough (or nothing shown is left to hide around the narrow ones).

    For the first narrow range that one more hidden cell can widen: the cheapest cell that
    makes it wide enough on its own (the smallest count, as τ-ARGUS's cost "frequency" does);
    when no single cell does, the one that widens it most, so that the next round finishes it.
    A cell that widens nothing is not hidden: a "< 5" total of three counts of 1 leaves each
    at 1 or 2 whatever else is hidden, and hiding the table's totals would not change that."""
    needed = required_width(threshold, protection)
    for cell in narrow_cells(relations, hidden, value, threshold, protection, wide):
        linked = component(relations, hidden, cell)
        candidates = sorted(
            {
                other
                for relation in relations
                if any(c in linked for c, _ in relation)
                for other, _ in relation
                if other not in hidden and value(other) != 0
            },
            key=lambda c: (value(c), c),
        )
        bounds = {c: knowledge(value(c), threshold) for c in hidden}
        now = width(count_range(relations, hidden, value, bounds, cell)) or 0
        best: tuple[int, Cell | None] = (now, None)  # only a cell that widens the range
        for candidate in candidates:
            trial = hidden | {candidate}
            bounds = {c: knowledge(value(c), threshold) for c in trial}
            found = count_range(relations, trial, value, bounds, cell)
            if wide_enough(found, needed):
                return candidate
            spread = width(found) or 0
            if spread > best[0]:
                best = (spread, candidate)
        if best[1] is not None:
            return best[1]
        paired = _first_of_a_widening_pair(relations, hidden, value, threshold, cell, candidates)
        if paired is not None:
            return paired
    return None


_PAIRED_CANDIDATES = 24
"""The cheapest shown cells tried two at a time (a few hundred ranges at most)."""


def _first_of_a_widening_pair(  # noqa: PLR0917 - widen's own state, passed on as it is
    relations: Sequence[Sequence[tuple[Cell, int]]],
    hidden: set[Cell],
    value: Callable[[Cell], int],
    threshold: int,
    cell: Cell,
    candidates: Sequence[Cell],
) -> Cell | None:
    """When no one shown cell widens `cell`'s range but two together do (two "< 3" of 2 under
    a shown row total of 4 and a shown grand total of 4: hiding either total alone leaves the
    other to give both away), the cheaper of the cheapest such pair; the next round hides the
    other, which then widens the range on its own."""
    bounds = {c: knowledge(value(c), threshold) for c in hidden}
    now = width(count_range(relations, hidden, value, bounds, cell)) or 0
    cheapest = list(candidates[:_PAIRED_CANDIDATES])
    pairs = sorted(
        itertools.combinations(cheapest, 2), key=lambda p: (value(p[0]) + value(p[1]), p)
    )
    for first, second in pairs:
        trial = hidden | {first, second}
        bounds = {c: knowledge(value(c), threshold) for c in trial}
        spread = width(count_range(relations, trial, value, bounds, cell))
        if spread is None or spread > now:  # None: no upper end, as wide as can be
            return first
    return None


class _Programme:
    """maximise ±y[target] subject to A·y = b, y ≥ 0 and y[i] ≤ u[i]; phase one done once."""

    def __init__(
        self,
        width: int,
        equalities: list[tuple[list[Fraction], Fraction]],
        uppers: list[tuple[int, Fraction]],
    ) -> None:
        slack = len(uppers)
        self.variables = width + slack
        rows: list[list[Fraction]] = []
        for coefficients, rhs in equalities:
            rows.append([*coefficients, *([Fraction(0)] * slack), rhs])
        for k, (i, upper) in enumerate(uppers):
            row = [Fraction(0)] * (self.variables + 1)
            row[i] = Fraction(1)
            row[width + k] = Fraction(1)
            row[-1] = upper
            rows.append(row)
        for row in rows:
            if row[-1] < 0:
                row[:] = [-v for v in row]
        self.tableau, self.basis = _phase_one(rows, self.variables)

    def maximise(self, target: int, sign: int) -> Fraction | None:
        """The optimum of sign·y[target]; None when it is unbounded."""
        tableau = [list(row) for row in self.tableau]
        basis = list(self.basis)
        cost = [Fraction(0)] * self.variables
        cost[target] = Fraction(sign)
        return _simplex(tableau, basis, cost)


def _phase_one(rows: list[list[Fraction]], n: int) -> tuple[list[list[Fraction]], list[int]]:
    """A feasible basis of A·y = b, y ≥ 0 (b ≥ 0), through artificial variables."""
    m = len(rows)
    tableau = [
        [*row[:n], *(Fraction(int(i == k)) for k in range(m)), row[-1]]
        for i, row in enumerate(rows)
    ]
    basis = [n + i for i in range(m)]
    cost = [Fraction(0)] * n + [Fraction(-1)] * m
    optimum = _simplex(tableau, basis, cost)
    if optimum is None or optimum != 0:
        raise ValueError("the counts do not satisfy their own sums")
    kept: list[int] = []
    for i in range(m):
        if basis[i] >= n:
            column = next((j for j in range(n) if tableau[i][j] != 0), None)
            if column is None:
                continue  # a redundant sum (the grand total twice)
            _pivot(tableau, basis, i, column)
        kept.append(i)
    return [[*tableau[i][:n], tableau[i][-1]] for i in kept], [basis[i] for i in kept]


def _simplex(
    tableau: list[list[Fraction]], basis: list[int], cost: list[Fraction]
) -> Fraction | None:
    """Maximise cost·y from a feasible basis (Bland's rule); None when unbounded."""
    width = len(cost)
    while True:
        reduced = [
            cost[j]
            - sum((cost[b] * row[j] for b, row in zip(basis, tableau, strict=True)), Fraction(0))
            for j in range(width)
        ]
        entering = next((j for j in range(width) if reduced[j] > 0), None)
        if entering is None:
            return sum(
                (cost[b] * row[-1] for b, row in zip(basis, tableau, strict=True)), Fraction(0)
            )
        candidates = [
            (row[-1] / row[entering], basis[i], i)
            for i, row in enumerate(tableau)
            if row[entering] > 0
        ]
        if not candidates:
            return None
        _, _, leaving = min(candidates)
        _pivot(tableau, basis, leaving, entering)


def _pivot(tableau: list[list[Fraction]], basis: list[int], row: int, column: int) -> None:
    lead = tableau[row][column]
    tableau[row] = [v / lead for v in tableau[row]]
    for other, values in enumerate(tableau):
        if other != row and values[column] != 0:
            factor = values[column]
            tableau[other] = [a - factor * b for a, b in zip(values, tableau[row], strict=True)]
    basis[row] = column
