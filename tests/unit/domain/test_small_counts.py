"""Small counts: what is hidden, and that nothing hidden can be worked out from what is shown.

The suppression decides "can be worked out" by elimination over the rationals; these tests
check it with an independent criterion: for a table with row and column totals, a hidden cell
can be worked out exactly iff it is a bridge of the graph whose nodes are the table's lines
(margins included) and whose edges are the hidden cells; for a table with totals one way only,
iff it is the only hidden cell of its line.
"""

from __future__ import annotations

from collections import defaultdict

from hypothesis import given, settings
from hypothesis import strategies as st

from livcr_desktop.domain.small_counts import CountTable, suppress

CellIndex = tuple[int, int]


def _bridges(edges: list[tuple[str, str]]) -> set[int]:
    """Indices of the edges that lie on no cycle (removing one disconnects its ends)."""
    found: set[int] = set()
    for index, (a, b) in enumerate(edges):
        graph: dict[str, set[str]] = defaultdict(set)
        for other, (x, y) in enumerate(edges):
            if other != index:
                graph[x].add(y)
                graph[y].add(x)
        seen, todo = {a}, [a]
        while todo:
            for n in graph[todo.pop()]:
                if n not in seen:
                    seen.add(n)
                    todo.append(n)
        if b not in seen:
            found.add(index)
    return found


def workable(table: CountTable, hidden: set[CellIndex]) -> set[CellIndex]:
    """The hidden cells a reader could work out from the shown cells and the totals."""
    if table.row_sums and table.column_sums:
        order = sorted(hidden)
        edges = [(f"r{r}", f"c{c}") for r, c in order]
        return {order[i] for i in _bridges(edges)}
    lines: dict[int, list[CellIndex]] = defaultdict(list)
    for r, c in hidden:
        lines[r if table.row_sums else c].append((r, c))
    if not (table.row_sums or table.column_sums):
        return set()
    return {cells[0] for cells in lines.values() if len(cells) == 1}


tables = st.integers(1, 5).flatmap(
    lambda rows: st.integers(1, 4).flatmap(
        lambda columns: st.tuples(
            st.lists(
                st.lists(
                    st.one_of(st.integers(0, 4), st.integers(0, 30)),
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


@settings(max_examples=300, deadline=None)
@given(tables, st.integers(2, 8))
def test_no_shown_count_is_small_and_no_hidden_count_can_be_worked_out(
    spec: tuple[tuple[tuple[int, ...], ...], bool, bool], threshold: int
) -> None:
    counts, row_sums, column_sums = spec
    table = CountTable(counts, row_sums=row_sums, column_sums=column_sums)
    result = suppress(table, threshold)
    hidden = set(result.small | result.complementary)
    for cell in table.cells():
        value = table.value(cell)
        if cell not in hidden:
            assert value == 0 or value >= threshold, (cell, value)
        if 0 < value < threshold:
            assert cell in result.small
    assert not workable(table, hidden), (counts, sorted(hidden))
    assert result.small.isdisjoint(result.complementary)


def test_a_small_count_takes_the_smallest_cells_of_its_row_and_column_with_it() -> None:
    table = CountTable(((3, 10, 12), (8, 9, 20), (0, 0, 6)))
    result = suppress(table, 5)
    assert result.small == {(0, 0)}
    assert result.complementary == {(0, 1), (1, 0), (1, 1)}


def test_zeros_are_shown_and_a_total_equal_to_a_small_count_is_hidden_too() -> None:
    table = CountTable(((3,), (0,)), row_sums=False, column_sums=True)
    result = suppress(table, 5)
    assert result.small == {(0, 0), (2, 0)}
    assert not result.hidden((1, 0))


def test_a_bridge_between_two_protected_blocks_is_closed() -> None:
    # Two 2x2 blocks of small counts joined by one hidden cell would leave that cell workable;
    # every hidden cell must lie on a cycle of hidden cells.
    counts = ((2, 2, 9, 9), (2, 2, 9, 9), (9, 9, 2, 2), (9, 9, 2, 2))
    table = CountTable(counts)
    result = suppress(table, 5)
    assert not workable(table, set(result.small | result.complementary))


def test_with_threshold_one_nothing_is_hidden() -> None:
    table = CountTable(((1, 2), (0, 3)))
    result = suppress(table, 1)
    assert not result.small and not result.complementary


@settings(max_examples=150, deadline=None)
@given(tables, st.integers(2, 6), st.data())
def test_cells_hidden_for_few_people_stay_unworkable(
    spec: tuple[tuple[tuple[int, ...], ...], bool, bool], threshold: int, data: st.DataObject
) -> None:
    counts, row_sums, column_sums = spec
    table = CountTable(counts, row_sums=row_sums, column_sums=column_sums)
    forced = frozenset(data.draw(st.sets(st.sampled_from(table.cells()), max_size=3)))
    result = suppress(table, threshold, also_small=forced)
    assert forced <= result.small
    assert not workable(table, set(result.small | result.complementary))


def test_a_column_of_one_persons_ratings_is_hidden_even_where_it_reads_zero() -> None:
    # Eight ratings of one person's evaluation: 6 improved, 0 unchanged, 2 worsened.
    table = CountTable(((6, 40), (0, 35), (2, 30)), row_sums=True, column_sums=True)
    column = frozenset(cell for cell in table.cells() if cell[1] == 0)
    result = suppress(table, 5, also_small=column)
    assert all(result.hidden(cell) for cell in column)
    assert not workable(table, set(result.small | result.complementary))
