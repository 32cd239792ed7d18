"""How a figure reads, the same on screen, in the yearly report and in every chart.

The computation decides which counts are hidden (domain/figures.py); every reader only shows
what a `Cell` carries. A hidden cell has no value to leak, and it is shown by why it is hidden:

- a small count (primary suppression) reads "< 5" (the threshold of the set), as the issue and
  the strategic table's members expect;
- a count hidden so that a small one cannot be worked out (secondary suppression) reads "x",
  the sign Statbel and most statistical offices print for a confidential figure.

Both are explained in the legend under every table: the suppression rule and one line for "x".
Kept here (not in the GUI or the reports) so that screen, PDF and charts cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from livcr_desktop.domain.figures import (
    SUPPRESSION_RULE,
    Cell,
    FigureSet,
    FigureTable,
    Hidden,
    Label,
)
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text, Translate
from livcr_desktop.i18n.formatting import format_number

COMPLEMENTARY_MARK = "x"
"""What a cell hidden for a small count's sake reads (Statbel's sign for a confidential figure)."""

FEW_LEGEND = QT_TRANSLATE_NOOP(
    "Figures",
    "In a table of days, x also stands for a duration worked out from fewer than {threshold} "
    "signals or cases.",
)
COMPLEMENTARY_LEGEND = QT_TRANSLATE_NOOP(
    "Figures", "x: hidden so that a count below {threshold} cannot be worked out from the others."
)
TOTAL = QT_TRANSLATE_NOOP("Figures", "Total")
WHOLE_LIVCR = QT_TRANSLATE_NOOP("Figures", "All municipalities")


def small_mark(threshold: int) -> str:
    """What a count below the threshold reads."""
    return f"< {threshold}"


def cell_text(cell: Cell, threshold: int, language: Language, *, duration: bool = False) -> str:
    """One cell as it is shown: the number in the language's way, or why it is hidden.

    In a table of durations (a median in days) a small count hides the duration itself:
    "< 5" there would read as "under five days", so it reads "x", as in the CSV."""
    if cell.hidden is Hidden.SMALL:
        return COMPLEMENTARY_MARK if duration else small_mark(threshold)
    if cell.hidden is Hidden.COMPLEMENTARY:
        return COMPLEMENTARY_MARK
    assert cell.value is not None  # a shown cell always has a value (Cell checks it)
    return format_number(cell.value, language)


def label_text(label: Label, translate: Translate) -> str:
    """A row or column name: translated when it is the app's, as typed when it is the LIVC-R's."""
    return label.render(translate) if isinstance(label, Text) else label


def legend_lines(figures: FigureSet, translate: Translate) -> list[str]:
    """The legend above the tables: the suppression rule, what "x" means and, when a duration
    is hidden, that "x" stands for it too."""
    lines = [
        SUPPRESSION_RULE.render(translate, threshold=figures.threshold),
        COMPLEMENTARY_LEGEND.render(translate, threshold=figures.threshold),
    ]
    if any(
        table.unit is not None
        and any(cell.hidden is Hidden.SMALL for row in table.cells for cell in row)
        for table in figures.tables
    ):
        lines.append(FEW_LEGEND.render(translate, threshold=figures.threshold))
    return lines


@dataclass(frozen=True)
class TableGrid:
    """A table as text, ready for any reader: a header row and body rows (totals included)."""

    header: list[str]
    rows: list[list[str]]
    has_total_row: bool


def table_grid(
    table: FigureTable, threshold: int, language: Language, translate: Translate
) -> TableGrid:
    """The table's texts with the totals as the computation gave them (hidden ones too)."""
    duration = table.unit is not None
    show: Callable[[Cell], str] = lambda cell: cell_text(  # noqa: E731
        cell, threshold, language, duration=duration
    )
    header = ["", *(label_text(label, translate) for label in table.column_labels)]
    if table.row_totals is not None:
        header.append(TOTAL.render(translate))
    rows: list[list[str]] = []
    for index, label in enumerate(table.row_labels):
        row = [label_text(label, translate), *(show(cell) for cell in table.cells[index])]
        if table.row_totals is not None:
            row.append(show(table.row_totals[index]))
        rows.append(row)
    if table.column_totals is not None:
        total_row = [TOTAL.render(translate), *(show(cell) for cell in table.column_totals)]
        if table.row_totals is not None:
            total_row.append(show(table.grand_total) if table.grand_total is not None else "")
        rows.append(total_row)
    return TableGrid(header, rows, table.column_totals is not None)


def has_chart(table: FigureTable) -> bool:
    """Whether a chart would show anything: a chart hint and at least one shown count above 0
    (a chart of hidden counts only would be an empty frame)."""
    if table.chart is None or not table.row_labels or not table.column_labels:
        return False
    return any(cell.value for row in table.cells for cell in row)


@dataclass(frozen=True)
class ChartSeries:
    """One column of a table as a chart draws it: a shown value per row, or None with the mark
    that is printed instead of a bar or point (the chart never invents a height for it)."""

    name: str
    values: list[int | None]
    marks: list[str]


def chart_series(
    table: FigureTable, threshold: int, language: Language, translate: Translate
) -> tuple[list[str], list[ChartSeries]]:
    """The categories (row names) and one series per column, for tables with a chart hint."""
    categories = [label_text(label, translate) for label in table.row_labels]
    series = []
    for column, label in enumerate(table.column_labels):
        cells = [row[column] for row in table.cells]
        series.append(
            ChartSeries(
                label_text(label, translate),
                [cell.value for cell in cells],
                [cell_text(cell, threshold, language) for cell in cells],
            )
        )
    return categories, series
