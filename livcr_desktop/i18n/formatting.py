"""Dates, times and numbers in the Belgian form of each language (nl_BE, fr_BE, de_BE)."""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from babel.dates import format_date as _format_date
from babel.dates import format_datetime as _format_datetime
from babel.dates import format_time as _format_time
from babel.dates import get_timezone
from babel.numbers import format_decimal

from livcr_desktop.domain.languages import Language

BRUSSELS: tzinfo = get_timezone("Europe/Brussels")
"""Every LIVC-R is in Belgium: moments are shown in Brussels time, stored in UTC."""


def format_date(value: date, language: Language, style: str = "medium") -> str:
    """A date such as '23 nov. 2026' / '23 nov. 2026' / '23.11.2026'."""
    return _format_date(value, format=style, locale=language.locale)


def format_datetime(value: datetime, language: Language, style: str = "medium") -> str:
    """A moment in Brussels time."""
    return _format_datetime(value, format=style, tzinfo=BRUSSELS, locale=language.locale)


def format_time(value: datetime, language: Language, style: str = "short") -> str:
    """A time of day in Brussels time."""
    return _format_time(value, format=style, tzinfo=BRUSSELS, locale=language.locale)


def format_number(value: int | float, language: Language) -> str:
    """A number with the locale's grouping and decimal signs."""
    return format_decimal(value, locale=language.locale)
