"""The rows of the tables over time: months, quarters or years, as the period asks."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from livcr_desktop.domain.text import QT_TRANSLATE_NOOP


def _months(start: date, end: date) -> list[str]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


class Step(StrEnum):
    """How finely the tables over time are cut: months for up to two years, then quarters, then
    years (a chart of 120 months reads as noise, and splits every count into small ones)."""

    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


TIME_TITLES = {
    ("signals", Step.MONTH): QT_TRANSLATE_NOOP("Figures", "Signals received per month"),
    ("signals", Step.QUARTER): QT_TRANSLATE_NOOP("Figures", "Signals received per quarter"),
    ("signals", Step.YEAR): QT_TRANSLATE_NOOP("Figures", "Signals received per year"),
    ("cases", Step.MONTH): QT_TRANSLATE_NOOP("Figures", "Cases opened per month"),
    ("cases", Step.QUARTER): QT_TRANSLATE_NOOP("Figures", "Cases opened per quarter"),
    ("cases", Step.YEAR): QT_TRANSLATE_NOOP("Figures", "Cases opened per year"),
}


@dataclass(frozen=True)
class Timeline:
    """The rows of a table over time: "2026-03", "2026-Q1" or "2026"."""

    step: Step
    keys: tuple[str, ...]

    @staticmethod
    def of(start: date, end: date) -> Timeline:
        """Months for a period of up to 24 months, quarters up to ten years, else years."""
        months = _months(start, end)
        step = (
            Step.MONTH if len(months) <= 24 else Step.QUARTER if len(months) <= 120 else Step.YEAR
        )
        return Timeline(step, tuple(dict.fromkeys(_bucket(m, step) for m in months)))

    def counts(self, by_month: Mapping[tuple[str, str], int]) -> dict[tuple[str, str], int]:
        """Counts keyed by month ("YYYY-MM"), added up into this timeline's rows."""
        result: dict[tuple[str, str], int] = {}
        for (month, municipality), count in by_month.items():
            key = (_bucket(month, self.step), municipality)
            result[key] = result.get(key, 0) + count
        return result


def _bucket(month: str, step: Step) -> str:
    if step is Step.MONTH:
        return month
    if step is Step.YEAR:
        return month[:4]
    return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"
