"""Hidden small counts keep a range: no "< 5" can be narrowed down to fewer possible values
than the protection rule allows (count_ranges.py).

**Derivations covered**: every whole-number filling of the hidden cells that agrees with the
shown cells, with the row, column and grand totals, and with what a reader knows of each hidden
cell (a "< t" is 1 … t − 1, a hidden cell of at least t is at least t, a hidden zero is 0).
The tests find the range by enumerating those fillings (a search that fills one hidden cell
after another and completes every sum left with one open cell), independently of the linear
programme the suppression uses, and check both agree and keep the protection width.

**Not protectable**, and checked to happen only then: a count whose range no shown cell around
it would widen if hidden (alone, or with another: two shown totals that each pin two "< 3" are
hidden together); "< t" is itself a bound (two "< 3" under a total "< 3" are both
1, whatever else is hidden).
"""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from livcr_desktop.domain.count_flows import network
from livcr_desktop.domain.count_ranges import (
    component,
    count_range,
    knowledge,
    programme_range,
    required_width,
)
from livcr_desktop.domain.small_counts import PROTECTION, CountTable, suppress

CellIndex = tuple[int, int]


def enumerated_range(
    table: CountTable, hidden: set[CellIndex], threshold: int
) -> dict[CellIndex, tuple[int, int]]:
    """For every hidden cell, the smallest and largest value over all fillings (values capped
    at the grand total plus the threshold: beyond that a range counts as wide anyway)."""
    cap = table.value((table.rows, table.columns)) + threshold
    relations = table.relations()
    order = sorted(hidden)
    seen: dict[CellIndex, tuple[int, int]] = {}

    def options(cell: CellIndex) -> range:
        low, high = knowledge(table.value(cell), threshold)
        return range(low, (cap if high is None else min(high, cap)) + 1)

    def settle(filled: dict[CellIndex, int]) -> dict[CellIndex, int] | None:
        filled = dict(filled)
        changed = True
        while changed:
            changed = False
            for relation in relations:
                open_cells = [c for c, _ in relation if c in hidden and c not in filled]
                known = sum(
                    k * (filled[c] if c in filled else table.value(c))
                    for c, k in relation
                    if c not in open_cells
                )
                if not open_cells and known != 0:
                    return None
                if len(open_cells) == 1:
                    cell = open_cells[0]
                    coefficient = next(k for c, k in relation if c == cell)
                    value = -known * coefficient
                    if value not in options(cell):
                        return None
                    filled[cell] = value
                    changed = True
        return filled

    def search(filled: dict[CellIndex, int]) -> None:
        settled = settle(filled)
        if settled is None:
            return
        missing = [c for c in order if c not in settled]
        if not missing:
            for cell, value in settled.items():
                low, high = seen.get(cell, (value, value))
                seen[cell] = (min(low, value), max(high, value))
            return
        for value in options(missing[0]):
            search({**settled, missing[0]: value})

    search({})
    return seen


small_tables = st.integers(1, 2).flatmap(
    lambda rows: st.integers(1, 3).flatmap(
        lambda columns: st.tuples(
            st.lists(
                st.lists(st.integers(0, 9), min_size=columns, max_size=columns).map(tuple),
                min_size=rows,
                max_size=rows,
            ).map(tuple),
            st.booleans(),
        )
    )
)


@settings(max_examples=120, deadline=None)
@given(small_tables, st.integers(3, 5))
def test_no_hidden_small_count_can_be_narrowed_below_the_protection(
    spec: tuple[tuple[tuple[int, ...], ...], bool], threshold: int
) -> None:
    counts, one_way = spec
    table = CountTable(counts, row_sums=True, column_sums=not one_way)
    result = suppress(table, threshold)
    hidden = set(result.small | result.complementary)
    ranges = enumerated_range(table, hidden, threshold)
    needed = required_width(threshold, PROTECTION)
    cap = table.value((table.rows, table.columns)) + threshold
    bounds = {c: knowledge(table.value(c), threshold) for c in hidden}
    for cell in hidden:
        low, high = ranges[cell]
        found = count_range(table.relations(), hidden, table.value, bounds, cell)
        assert found[0] == low, (counts, cell, found, ranges[cell])
        assert (
            (found[1] is None and high >= table.value(cell))  # the search is capped
            or found[1] == high
            or (found[1] is not None and found[1] > cap and high == cap)
        ), (counts, cell, found, ranges[cell])
        if 0 < table.value(cell) < threshold and high - low < needed:
            # only when no shown cell would widen it: "< t" itself can pin a count (two "< 3"
            # under a total "< 3" are both 1 whatever else is hidden)
            linked = component(table.relations(), hidden, cell)
            around = {o for r in table.relations() if any(c in linked for c, _ in r) for o, _ in r}
            for other in around - hidden:
                trial = hidden | {other}
                wider = enumerated_range(table, trial, threshold)[cell]
                assert wider[1] - wider[0] <= high - low, (counts, sorted(hidden), cell, other)


def _hidden(counts: Sequence[Sequence[int]], threshold: int = 5, **kw: bool) -> set[CellIndex]:
    result = suppress(CountTable(tuple(map(tuple, counts)), **kw), threshold)
    return set(result.small | result.complementary)


def test_two_small_counts_whose_shown_total_pins_both_are_protected() -> None:
    # "< 5" and "< 5" with a total of 8: both would be 4. The total is hidden as well.
    table = CountTable(((4, 4),), row_sums=True, column_sums=False)
    hidden = _hidden(table.counts, row_sums=True, column_sums=False)
    assert (0, 2) in hidden


def test_two_small_counts_pinned_by_two_shown_totals_are_protected() -> None:
    # "< 3" and "< 3" (both 2) in the only row that is not zero: the row total and the grand
    # total, both 4, each give both away; hiding either alone leaves the other to do it, so
    # both are hidden (found as a pair).
    counts = ((2, 2), (0, 0), (0, 0))
    table = CountTable(counts, row_sums=True, column_sums=True)
    hidden = _hidden(counts, threshold=3, row_sums=True, column_sums=True)
    assert {(0, 2), (3, 2)} <= hidden
    bounds = {c: knowledge(table.value(c), 3) for c in hidden}
    for cell in ((0, 0), (0, 1)):
        low, high = count_range(table.relations(), hidden, table.value, bounds, cell)
        assert high is None or high - low >= required_width(3, PROTECTION)


def test_three_small_counts_adding_up_to_twelve_are_not_all_four() -> None:
    table = CountTable(((4, 4, 4, 9),), row_sums=True, column_sums=False)
    hidden = _hidden(table.counts, row_sums=True, column_sums=False)
    bounds = {c: knowledge(table.value(c), 5) for c in hidden}
    low, high = count_range(table.relations(), hidden, table.value, bounds, (0, 0))
    assert high is None or high - low >= 2


tables = st.integers(1, 4).flatmap(
    lambda rows: st.integers(1, 4).flatmap(
        lambda columns: st.tuples(
            st.lists(
                st.lists(
                    st.one_of(st.integers(0, 4), st.integers(0, 20)),
                    min_size=columns,
                    max_size=columns,
                ).map(tuple),
                min_size=rows,
                max_size=rows,
            ).map(tuple),
            st.booleans(),
            st.booleans(),
        )
    )
)


@settings(max_examples=150, deadline=None)
@given(tables, st.integers(3, 6))
def test_the_flow_and_the_linear_programme_find_the_same_ranges(
    spec: tuple[tuple[tuple[int, ...], ...], bool, bool], threshold: int
) -> None:
    """The fast way (maximum flow on the network of sums) against the exact programme, on
    tables with totals both ways, one way or none, for every hidden cell."""
    counts, row_sums, column_sums = spec
    table = CountTable(counts, row_sums=row_sums, column_sums=column_sums)
    result = suppress(table, threshold)
    hidden = set(result.small | result.complementary)
    relations = table.relations()
    assert network(relations, hidden) is not None
    bounds = {c: knowledge(table.value(c), threshold) for c in hidden}
    for cell in hidden:
        assert count_range(relations, hidden, table.value, bounds, cell) == programme_range(
            relations, hidden, table.value, bounds, cell
        ), (counts, cell)


def test_a_count_nothing_can_protect_does_not_stop_the_others_being_protected() -> None:
    # Threshold 3: row 0 is "< 3", "< 3" under a total "< 3" (both 1: nothing to hide around
    # it); row 1 is 2 and 2 under a shown total of 4 (both 2): its total must be hidden.
    table = CountTable(((1, 1, 0), (2, 2, 0)), row_sums=True, column_sums=False)
    assert (1, 3) in _hidden(table.counts, 3, row_sums=True, column_sums=False)
