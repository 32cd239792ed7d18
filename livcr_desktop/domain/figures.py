"""The strategic table's figures as the computation hands them to every reader.

One model serves the Figures area, its charts, the yearly report PDF and the CSV, so that the
suppression of small counts is decided once (by the computation) and no reader can show more
than another. A reader never sees a suppressed count: a `Cell` that was suppressed carries no
value at all, only the reason it is hidden.

Labels are `Text` (translated by the reader) or, for data the LIVC-R named itself (a
municipality, an organisation kind typed by the coordinator, a life domain renamed), plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text

Label = Text | str
"""A row or column name: translatable, or a name the LIVC-R typed itself."""

DEFAULT_SMALL_COUNT_THRESHOLD = 5
"""Counts below this are never shown (house rules and Settings may raise it)."""


class Hidden(StrEnum):
    """Why a cell shows no number."""

    SMALL = "small"  # primary suppression: the count is below the threshold
    COMPLEMENTARY = "complementary"  # secondary: it would let a small count be worked out


@dataclass(frozen=True)
class Cell:
    """One count (or one duration in days) as it may be shown; `value` is None when hidden."""

    value: int | None
    hidden: Hidden | None = None

    def __post_init__(self) -> None:
        if (self.value is None) == (self.hidden is None):
            raise ValueError("a cell is either shown with a value or hidden with a reason")


class ChartKind(StrEnum):
    """How a table is best looked at, when it is (charts are readable in black and white)."""

    BARS = "bars"  # categories side by side
    STACKED_BARS = "stacked_bars"  # parts of a whole per row
    LINE = "line"  # over time (rows are consecutive months or quarters)


class Section(StrEnum):
    """The parts of the figures, in the order the screen and the report show them."""

    SIGNALS = "signals"
    CASES = "cases"
    TRAJECTORIES = "trajectories"
    DECISIONS = "decisions"
    MEETINGS = "meetings"


SECTION_TITLES = {
    Section.SIGNALS: QT_TRANSLATE_NOOP("FigureSection", "Signals"),
    Section.CASES: QT_TRANSLATE_NOOP("FigureSection", "Cases"),
    Section.TRAJECTORIES: QT_TRANSLATE_NOOP("FigureSection", "Guidance trajectories"),
    Section.DECISIONS: QT_TRANSLATE_NOOP("FigureSection", "Decisions and the LTF"),
    Section.MEETINGS: QT_TRANSLATE_NOOP("FigureSection", "Meetings"),
}


@dataclass(frozen=True)
class FigureTable:
    """One table of counts: rows × columns, with totals computed before suppression.

    `key` is stable (CSV file sections and tests use it). `row_total` and `column_total` hold
    the totals as shown (themselves suppressed when small); `None` means the table has no such
    total (a median is not summed).
    """

    key: str
    section: Section
    title: Text
    row_labels: tuple[Label, ...]
    column_labels: tuple[Label, ...]
    cells: tuple[tuple[Cell, ...], ...]
    row_totals: tuple[Cell, ...] | None = None
    column_totals: tuple[Cell, ...] | None = None
    grand_total: Cell | None = None
    unit: Text | None = None  # e.g. "days" for durations; None for counts
    chart: ChartKind | None = None
    note: Text | None = None  # one sentence under the table (what is counted)


@dataclass(frozen=True)
class Period:
    """The days the figures cover, both included."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its start")


@dataclass(frozen=True)
class FigureWarning:
    """Something the strategic table should know beside the counts."""

    message: Text
    params: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class FigureSet:
    """All figures of one period, for one municipality of a joint LIVC-R or for all of them."""

    period: Period
    municipality_name: str | None  # None: the whole LIVC-R
    threshold: int
    tables: tuple[FigureTable, ...]
    warnings: tuple[FigureWarning, ...] = field(default=())

    def table(self, key: str) -> FigureTable:
        """The table with that key (KeyError when the set has none)."""
        for table in self.tables:
            if table.key == key:
                return table
        raise KeyError(key)


SUPPRESSION_RULE = QT_TRANSLATE_NOOP(
    "Figures",
    "Counts below {threshold} are shown as \u201c< {threshold}\u201d, and some other counts are "
    "hidden as well so that no hidden count can be worked out or narrowed down from totals, "
    "other figures or figures of other periods shown before.",
)
"""The one sentence that explains suppression on screen, in the PDF and in the CSV."""
