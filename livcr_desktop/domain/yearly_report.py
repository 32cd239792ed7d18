"""The strategic table's yearly report: its own texts and the year's figures, as one document.

The figures come from the computation (a `FigureSet`, with small counts already hidden); the
texts are what the strategic table writes itself each year. Once a strategic meeting approved
the report, this document is frozen and every later copy of that year is the frozen one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from livcr_desktop.domain.figures import FigureSet, Period
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

TEXT_MAX_LENGTH = 20_000
"""One text of the strategic table (a few pages at most): longer is refused, not cut."""

FIRST_YEAR, LAST_YEAR = 2000, 2100
"""Years a report can be asked for (a typo such as 20255 is refused with a message)."""

YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("YearlyReport", "Choose a year between 2000 and 2100.")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP(
    "YearlyReport", "A text of the strategic table can be at most 20,000 characters long."
)


@dataclass(frozen=True)
class StrategicTexts:
    """What the strategic table writes for a year (empty until someone writes it)."""

    priorities: str = ""
    agreements: str = ""
    evaluation: str = ""

    def is_empty(self) -> bool:
        """No text was written for the year yet."""
        return not (self.priorities.strip() or self.agreements.strip() or self.evaluation.strip())


@dataclass(frozen=True)
class Approval:
    """The strategic meeting that approved the report, and when."""

    meeting_date: date
    approved_at: datetime


@dataclass(frozen=True)
class YearlyReport:
    """Everything the yearly report PDF shows, nothing more."""

    year: int
    livcr_name: str
    figures: FigureSet
    texts: StrategicTexts
    approval: Approval | None = None


def year_period(year: int) -> Period:
    """The calendar year as the period of its figures."""
    return Period(date(year, 1, 1), date(year, 12, 31))
