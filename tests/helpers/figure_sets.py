"""FigureSets built by hand, as the computation would hand them over: the readers (Figures
area, yearly report, charts) are tested with sets whose hidden counts the test knows, so it can
check that they never appear anywhere."""

from __future__ import annotations

from datetime import date

from livcr_desktop.domain.figures import (
    Cell,
    ChartKind,
    FigureSet,
    FigureTable,
    FigureWarning,
    Hidden,
    Period,
    Section,
)
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

HIDDEN_TRUE_VALUES = (3, 2, 41, 39)
"""What the hidden cells of `sample_figures` would hold (small 3 and 2, complementary 41 and
39): never part of the set, and chosen so that no shown number or total contains them."""


def shown(value: int) -> Cell:
    return Cell(value)


SMALL = Cell(None, Hidden.SMALL)
COMPLEMENTARY = Cell(None, Hidden.COMPLEMENTARY)


def sample_figures(
    year: int = 2025, municipality: str | None = None, *, threshold: int = 5, scale: int = 1
) -> FigureSet:
    """A set with a table per section, charts of every kind, and hidden cells of both kinds.

    `scale` multiplies the shown counts (a municipality or a quarter looks different)."""
    s = scale
    signals = FigureTable(
        key="signals.by_source",
        section=Section.SIGNALS,
        title=QT_TRANSLATE_NOOP("Figures", "Signals by who signalled them"),
        row_labels=(
            QT_TRANSLATE_NOOP("Figures", "Police"),
            QT_TRANSLATE_NOOP("Figures", "School"),
            "Jeugdhuis De Verzonnen Brug",
        ),
        column_labels=(
            QT_TRANSLATE_NOOP("Figures", "Signals"),
            QT_TRANSLATE_NOOP("Figures", "Became a case"),
        ),
        cells=((shown(17 * s), shown(11 * s)), (shown(8 * s), SMALL), (SMALL, COMPLEMENTARY)),
        row_totals=(shown(28 * s), shown(8 * s), SMALL),
        column_totals=(shown(29 * s), shown(18 * s)),
        grand_total=shown(47 * s),
        chart=ChartKind.BARS,
        note=QT_TRANSLATE_NOOP("Figures", "Signals received in the period."),
    )
    months = tuple(f"{year}-{m:02d}" for m in range(1, 13))
    over_time = FigureTable(
        key="signals.by_month",
        section=Section.SIGNALS,
        title=QT_TRANSLATE_NOOP("Figures", "Signals and cases by month"),
        row_labels=months,
        column_labels=(
            QT_TRANSLATE_NOOP("Figures", "Signals"),
            QT_TRANSLATE_NOOP("Figures", "Cases opened"),
        ),
        cells=tuple((shown(6 + m * s), shown(5 + m) if m % 3 else SMALL) for m in range(12)),
        chart=ChartKind.LINE,
    )
    cases = FigureTable(
        key="cases.status",
        section=Section.CASES,
        title=QT_TRANSLATE_NOOP("Figures", "Cases by status at the end of the period"),
        row_labels=(QT_TRANSLATE_NOOP("Figures", "Open"), QT_TRANSLATE_NOOP("Figures", "Closed")),
        column_labels=(
            QT_TRANSLATE_NOOP("Figures", "Discussed this year"),
            QT_TRANSLATE_NOOP("Figures", "Not discussed for 12 months"),
        ),
        cells=((shown(24 * s), SMALL), (shown(15 * s), COMPLEMENTARY)),
        chart=ChartKind.STACKED_BARS,
    )
    median = FigureTable(
        key="signals.days_to_table",
        section=Section.SIGNALS,
        title=QT_TRANSLATE_NOOP("Figures", "Time from signal to first discussion"),
        row_labels=(QT_TRANSLATE_NOOP("Figures", "All signals"),),
        column_labels=(
            QT_TRANSLATE_NOOP("Figures", "Median"),
            QT_TRANSLATE_NOOP("Figures", "Quartile 1"),
            QT_TRANSLATE_NOOP("Figures", "Quartile 3"),
        ),
        cells=((shown(18), shown(9), shown(34)),),
        unit=QT_TRANSLATE_NOOP("Figures", "days"),
    )
    meetings = FigureTable(
        key="meetings.attendance",
        section=Section.MEETINGS,
        title=QT_TRANSLATE_NOOP("Figures", "Attendance per organisation"),
        row_labels=("Politiezone Verzonnen", "OCMW Testland", "Jeugddienst"),
        column_labels=(QT_TRANSLATE_NOOP("Figures", "Meetings attended"),),
        cells=((shown(10),), (shown(9),), (shown(7),)),
        chart=ChartKind.BARS,
    )
    warning = FigureWarning(
        QT_TRANSLATE_NOOP("Figures", "The operational table has not met for {months} months."),
        (("months", 4),),
    )
    return FigureSet(
        period=Period(date(year, 1, 1), date(year, 12, 31)),
        municipality_name=municipality,
        threshold=threshold,
        tables=(signals, over_time, median, cases, meetings),
        warnings=(warning,),
    )
