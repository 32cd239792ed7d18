"""From raw counts per municipality to a `FigureTable` whose small counts are hidden.

Every count table of the figures is computed for every municipality of the LIVC-R at once and
suppressed as one table whose columns are the municipalities and whose row totals are the
LIVC-R's totals: the view for one municipality is a column of that table and the view for the
whole LIVC-R is all of it, so the two views can never be set against each other to work out a
hidden count (the total is a margin of the same suppressed table).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from livcr_desktop.domain.figures import (
    Cell,
    ChartKind,
    FigureTable,
    Hidden,
    Label,
    Section,
)
from livcr_desktop.domain.small_counts import CountTable, Suppression, suppress
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

NUMBER = QT_TRANSLATE_NOOP("Figures", "Number")
"""The one column of a table shown for one municipality (or an LIVC-R of one municipality)."""


@dataclass(frozen=True)
class Municipalities:
    """The municipalities the figures are split by, and which of them the view shows."""

    ids: tuple[str, ...]
    names: tuple[str, ...]
    shown: str | None = None
    """The municipality the view is for; None: every municipality and the total."""

    @property
    def split(self) -> bool:
        """Whether the view shows a column per municipality (a joint LIVC-R, all of it)."""
        return self.shown is None and len(self.ids) > 1


@dataclass(frozen=True)
class TableSpec:
    """What a table is, apart from its numbers."""

    key: str
    section: Section
    title: Text
    row_labels: tuple[Label, ...]
    partition: bool = True
    """Whether every counted thing is in exactly one row (then the rows have a total)."""
    chart: ChartKind | None = None
    note: Text | None = None
    unit: Text | None = None


def cell_of(table: CountTable, suppression: Suppression, index: tuple[int, int]) -> Cell:
    """The cell as a reader may see it."""
    if index in suppression.small:
        return Cell(None, Hidden.SMALL)
    if index in suppression.complementary:
        return Cell(None, Hidden.COMPLEMENTARY)
    return Cell(table.value(index))


@dataclass(frozen=True)
class Prepared:
    """A table of rows × municipalities counted but not yet suppressed: tables that hold the
    same numbers (linked tables) are suppressed together before any is shown."""

    spec: TableSpec
    table: CountTable
    few_people: frozenset[tuple[int, int]]
    row_keys: tuple[str, ...] = ()
    """What each row counts ("opened", "2026-03"): how a table of another period lines up."""
    column_ids: tuple[str, ...] = ()
    """The municipalities of the columns, in order."""


def prepare(
    spec: TableSpec,
    counts: Mapping[tuple[int, str], int],
    municipalities: Municipalities,
    threshold: int,
    people: Mapping[str, int] | None = None,
    *,
    row_keys: Sequence[str] = (),
) -> Prepared:
    """The raw table of rows × municipalities (the row totals are the LIVC-R's totals).

    `counts` maps (row index, municipality id) to the count; missing pairs count 0. `people`,
    for counts that are not of people, says how many people are behind each municipality's
    column: a column (or the total) of fewer than `threshold` people is hidden whole.
    """
    ids = municipalities.ids
    raw = tuple(tuple(counts.get((r, m), 0) for m in ids) for r in range(len(spec.row_labels)))
    table = CountTable(raw, row_sums=len(ids) > 1, column_sums=spec.partition)
    few = _few_people(table, ids, people, threshold)
    return Prepared(spec, table, few, tuple(row_keys), tuple(ids))


def render(
    prepared: Prepared, suppression: Suppression, municipalities: Municipalities
) -> FigureTable:
    """The suppressed table as the view asks: every municipality and the total, or one."""
    spec, table = prepared.spec, prepared.table
    rows, total_column = table.rows, table.columns
    if municipalities.split:
        return FigureTable(
            key=spec.key,
            section=spec.section,
            title=spec.title,
            row_labels=spec.row_labels,
            column_labels=municipalities.names,
            cells=tuple(
                tuple(cell_of(table, suppression, (r, c)) for c in range(total_column))
                for r in range(rows)
            ),
            row_totals=tuple(cell_of(table, suppression, (r, total_column)) for r in range(rows)),
            column_totals=(
                tuple(cell_of(table, suppression, (rows, c)) for c in range(total_column))
                if spec.partition
                else None
            ),
            grand_total=(
                cell_of(table, suppression, (rows, total_column)) if spec.partition else None
            ),
            unit=spec.unit,
            chart=spec.chart,
            note=spec.note,
        )
    ids = municipalities.ids
    column = ids.index(municipalities.shown) if municipalities.shown is not None else 0
    return single_column(spec, table, suppression, column)


def municipality_table(
    spec: TableSpec,
    counts: Mapping[tuple[int, str], int],
    municipalities: Municipalities,
    threshold: int,
    people: Mapping[str, int] | None = None,
) -> FigureTable:
    """A table of rows × municipalities that shares no number with another, suppressed as a
    whole and seen as the view asks."""
    prepared = prepare(spec, counts, municipalities, threshold, people)
    suppression = suppress(prepared.table, threshold, also_small=prepared.few_people)
    return render(prepared, suppression, municipalities)


def _few_people(
    table: CountTable, ids: Sequence[str], people: Mapping[str, int] | None, threshold: int
) -> frozenset[tuple[int, int]]:
    """Every cell of a column with fewer than `threshold` people behind it (none: no cell),
    and the totals column when the whole LIVC-R has that few."""
    if people is None:
        return frozenset()
    cells = table.cells()
    few = {c for c, m in enumerate(ids) if 0 < people.get(m, 0) < threshold}
    if table.row_sums and 0 < sum(people.values()) < threshold:
        few.add(table.columns)
    return frozenset(cell for cell in cells if cell[1] in few)


def single_column(
    spec: TableSpec, table: CountTable, suppression: Suppression, column: int
) -> FigureTable:
    """One column of a suppressed table, as the only column of the view."""
    rows = table.rows
    return FigureTable(
        key=spec.key,
        section=spec.section,
        title=spec.title,
        row_labels=spec.row_labels,
        column_labels=(NUMBER,),
        cells=tuple((cell_of(table, suppression, (r, column)),) for r in range(rows)),
        column_totals=(cell_of(table, suppression, (rows, column)),) if spec.partition else None,
        unit=spec.unit,
        chart=spec.chart,
        note=spec.note,
    )


def plain_table(
    spec: TableSpec,
    column_labels: tuple[Label, ...],
    raw: Sequence[Sequence[int]],
    threshold: int,
    *,
    row_sums: bool,
) -> FigureTable:
    """A table that is not split by municipality (the meetings of the whole LIVC-R)."""
    table = CountTable(
        tuple(tuple(r) for r in raw),
        row_sums=row_sums,
        column_sums=spec.partition,
        width=len(column_labels),
    )
    suppression = suppress(table, threshold)
    rows, columns = table.rows, table.columns
    both = row_sums and spec.partition
    return FigureTable(
        key=spec.key,
        section=spec.section,
        title=spec.title,
        row_labels=spec.row_labels,
        column_labels=column_labels,
        cells=tuple(
            tuple(cell_of(table, suppression, (r, c)) for c in range(columns)) for r in range(rows)
        ),
        row_totals=(
            tuple(cell_of(table, suppression, (r, columns)) for r in range(rows))
            if row_sums
            else None
        ),
        column_totals=(
            tuple(cell_of(table, suppression, (rows, c)) for c in range(columns))
            if spec.partition
            else None
        ),
        grand_total=cell_of(table, suppression, (rows, columns)) if both else None,
        unit=spec.unit,
        chart=spec.chart,
        note=spec.note,
    )


def median_table(
    spec: TableSpec,
    groups: Mapping[str, Sequence[int]],
    municipalities: Municipalities,
    threshold: int,
) -> FigureTable:
    """Median and quartiles of durations per municipality (rows: median, 1st and 3rd quartile).

    A statistic of fewer than `threshold` values is hidden as a small count would be: the
    median of three waits is nearly one person's wait. Medians are not summed, so the table has
    no totals and nothing is hidden to protect another cell.
    """
    everyone = sorted(v for values in groups.values() for v in values)

    def column(values: Sequence[int]) -> tuple[Cell, Cell, Cell]:
        ordered = sorted(values)
        if len(ordered) < threshold or not ordered:
            hidden = Cell(None, Hidden.SMALL)
            return hidden, hidden, hidden
        return (
            Cell(quantile(ordered, 0.5)),
            Cell(quantile(ordered, 0.25)),
            Cell(quantile(ordered, 0.75)),
        )

    if municipalities.split:
        columns = [column(groups.get(m, ())) for m in municipalities.ids] + [column(everyone)]
        labels: tuple[Label, ...] = (*municipalities.names, TOTAL)
    else:
        shown = municipalities.shown
        columns = [column(groups.get(shown, ()) if shown is not None else everyone)]
        labels = (NUMBER,)
    return FigureTable(
        key=spec.key,
        section=spec.section,
        title=spec.title,
        row_labels=spec.row_labels,
        column_labels=labels,
        cells=tuple(tuple(c[r] for c in columns) for r in range(3)),
        unit=spec.unit,
        chart=spec.chart,
        note=spec.note,
    )


TOTAL = QT_TRANSLATE_NOOP("Figures", "Total")


def quantile(ordered: Sequence[int], q: float) -> int:
    """The q-quantile of sorted values, interpolated and rounded to a whole number (half up)."""
    position = (len(ordered) - 1) * q
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    value = ordered[low] + (ordered[high] - ordered[low]) * (position - low)
    return int(value + 0.5)
