"""Random small LIVC-Rs of two municipalities: whatever the cases, no table of the figures
shows a small count, no hidden count can be worked out from what the whole-LIVC-R view and
the two municipalities' views show together (the bridge criterion of test_small_counts), and
no "< t" can be narrowed down below the protection rule from what the screen shows (the exact
linear programme of count_ranges, with "< t" as 1 … t − 1 and "x" as at least 0)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from livcr_desktop.domain.count_ranges import component, programme_range, required_width
from livcr_desktop.domain.figures import Cell, FigureTable, Hidden, Period
from livcr_desktop.domain.small_counts import PROTECTION, CountTable
from livcr_desktop.services.figures import compute_figures
from livcr_desktop.services.figures.linked import Part
from livcr_desktop.services.figures.tables import LINKS
from livcr_desktop.store.models import LivcrProfileRow
from tests.helpers.factories import make_case, make_livcr, municipality_id
from tests.unit.domain.test_small_counts import workable

_runs = itertools.count()


def grid(table: FigureTable) -> dict[tuple[int, int], Cell]:
    """Every cell of the table by (row, column), the margins at the last row and column."""
    rows, columns = len(table.row_labels), len(table.column_labels)
    cells = {(r, c): cell for r, line in enumerate(table.cells) for c, cell in enumerate(line)}
    for r, cell in enumerate(table.row_totals or ()):
        cells[(r, columns)] = cell
    for c, cell in enumerate(table.column_totals or ()):
        cells[(rows, c)] = cell
    if table.grand_total is not None:
        cells[(rows, columns)] = table.grand_total
    return cells


def assert_ranges_kept(
    key: str, shape: CountTable, cells: dict[tuple[int, int], Cell], threshold: int
) -> None:
    """What a reader of the screen knows: the shown counts, the sums, "< t" is 1 … t − 1 and
    "x" is at least 0. No "< t" may be narrowed to fewer values than the protection rule
    keeps, unless every cell in a sum with it and its hidden neighbours is hidden or zero."""
    hidden = {index for index, cell in cells.items() if cell.value is None}
    relations = shape.relations()
    bounds: dict[tuple[int, int], tuple[int, int | None]] = {
        index: (1, threshold - 1) if cells[index].hidden is Hidden.SMALL else (0, None)
        for index in hidden
    }
    needed = required_width(threshold, PROTECTION)
    for index in sorted(hidden):
        if cells[index].hidden is not Hidden.SMALL:
            continue
        try:
            low, high = programme_range(
                relations, hidden, lambda c: cells[c].value or 0, bounds, index
            )
        except ValueError:
            return  # a column hidden whole for few people: its "< t" may hold more
        if high is not None and high - low < needed:
            linked = component(relations, hidden, index)
            around = {o for r in relations if any(c in linked for c, _ in r) for o, _ in r}
            assert all(c in hidden or cells[c].value == 0 for c in around), (key, index, low, high)


def shown_line(table: FigureTable, part: Part, row: int) -> list[int | None]:
    """A row (cells, then row total) or the totals (column totals, then the grand total)."""
    if part is Part.TOTALS:
        line = [*(table.column_totals or ())] + ([table.grand_total] if table.grand_total else [])
    else:
        line = [*table.cells[row]] + ([table.row_totals[row]] if table.row_totals else [])
    return [cell.value for cell in line]


@pytest.mark.slow
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    cases=st.lists(st.sampled_from(["Proefdorp", "Testegem"]), min_size=0, max_size=14),
    threshold=st.integers(3, 6),
)
@example(cases=["Proefdorp", "Proefdorp", "Testegem", "Testegem"], threshold=3)
def test_no_small_count_shows_and_none_can_be_worked_out(
    tmp_path: Path, cases: list[str], threshold: int
) -> None:
    livcr = make_livcr(tmp_path / f"run{next(_runs)}")
    try:
        for number, town in enumerate(cases):
            make_case(livcr, "Jonas", f"Willekeurig{number}", municipality=town)
        with livcr.workspace.uow() as uow:
            row = uow.session.scalars(select(LivcrProfileRow)).one()
            uow.journal.updated(row, "livcr.updated", {"small_count_threshold": threshold})
        today = livcr.workspace.today()
        period = Period(today.replace(month=1, day=1), today.replace(month=12, day=31))
        whole = compute_figures(livcr.workspace, period)
        views = [
            compute_figures(livcr.workspace, period, municipality_id(livcr, town))
            for town in ("Proefdorp", "Testegem")
        ]
        for table in whole.tables:
            cells = grid(table)
            for cell in cells.values():
                assert cell.value is None or cell.value == 0 or cell.value >= threshold
            if table.unit is not None:
                continue  # medians: hidden by group size, not summed
            for column, view in enumerate(views):
                # A municipality's view is a column of the whole view: it shows nothing more.
                own = view.table(table.key)
                if len(table.column_labels) == 2:
                    assert [line[0] for line in own.cells] == [line[column] for line in table.cells]
            shape = CountTable(
                tuple((0,) * len(table.column_labels) for _ in table.row_labels),
                row_sums=table.row_totals is not None,
                column_sums=table.column_totals is not None,
                width=len(table.column_labels),
            )
            hidden = {index for index, cell in cells.items() if cell.value is None}
            assert not workable(shape, hidden), (table.key, sorted(hidden))
            assert_ranges_kept(table.key, shape, cells, threshold)
        for link in LINKS:
            # The same numbers in two tables: hidden in both or shown in both, and equal.
            lines = [shown_line(whole.table(line.key), line.part, line.row) for line in link]
            assert all(line == lines[0] for line in lines), (link, lines)
    finally:
        livcr.workspace.close()
