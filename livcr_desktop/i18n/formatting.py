"""Dates, times and numbers in the Belgian form of each language (nl_BE, fr_BE, de_BE)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, tzinfo
from typing import Literal, cast

from babel import Locale
from babel.dates import format_date as _format_date
from babel.dates import format_datetime as _format_datetime
from babel.dates import (
    format_skeleton,
    get_date_format,
    get_datetime_format,
    get_time_format,
    get_timezone,
    match_skeleton,
)
from babel.dates import format_time as _format_time
from babel.numbers import format_decimal

from livcr_desktop.domain.languages import Language

BRUSSELS: tzinfo = get_timezone("Europe/Brussels")
"""Every LIVC-R is in Belgium: moments are shown in Brussels time, stored in UTC."""


def format_date(value: date, language: Language, style: str = "medium") -> str:
    """A date as every screen and document shows it: '6 dec 2026', '6 déc. 2026', '06.12.2026'
    (medium), or with the month or weekday written out (long, full) in headings.

    "short" is the numeric form of the date fields ('06/12/2026'), for tight spaces such as a
    chart's axis. It is never the locale's own short pattern: Babel writes '6/12/26' in French
    and '6/12/2026' in Dutch, two more ways of writing one day beside the date fields."""
    if style == "short":
        return format_numeric_date(value, language)
    if _first_in_french(value, language):
        pattern = french_first_of_month(
            get_date_format(_width(style), locale=language.locale).pattern
        )
        return _format_date(value, format=pattern, locale=language.locale)
    return _format_date(value, format=style, locale=language.locale)


def format_datetime(value: datetime, language: Language, style: str = "medium") -> str:
    """A moment in Brussels time. "short" is the date as every screen shows it (`format_date`)
    with the hour, joined the language's way ('6 déc. 2026 14:05', '06.12.2026, 14:05'), so a
    proposal's footer and the case list write the same day the same way."""
    if style == "short":
        moment = in_brussels(value)
        pattern = str(get_datetime_format("short", locale=language.locale))  # '{1}, {0}'
        return pattern.format(format_time(moment, language), format_date(moment.date(), language))
    if _first_in_french(in_brussels(value).date(), language):
        day = french_first_of_month(get_date_format(_width(style), locale=language.locale).pattern)
        hour = get_time_format(_width(style), locale=language.locale).pattern
        joined = str(get_datetime_format(_width(style), locale=language.locale))
        pattern = joined.replace("{1}", day).replace("{0}", hour)
        return _format_datetime(value, format=pattern, tzinfo=BRUSSELS, locale=language.locale)
    return _format_datetime(value, format=style, tzinfo=BRUSSELS, locale=language.locale)


def format_time(value: datetime, language: Language, style: str = "short") -> str:
    """A time of day in Brussels time."""
    return _format_time(value, format=style, tzinfo=BRUSSELS, locale=language.locale)


def format_number(value: int | float, language: Language) -> str:
    """A number with the grouping and decimal signs of the interface language.

    English uses plain English signs (1,122): en_BE writes 1.122, which an English reader
    takes for a number just above one."""
    return format_decimal(value, locale="en" if language is Language.EN else language.locale)


def in_brussels(value: datetime) -> datetime:
    """A stored (UTC) moment as the wall-clock time in Belgium: for the day and the hour a
    meeting is shown at, which near midnight differ from the UTC day."""
    return value.astimezone(BRUSSELS)


def from_brussels(day: date, at: time) -> datetime:
    """The UTC moment of a Belgian wall-clock date and time (what a person types into a form)."""
    return datetime.combine(day, at, tzinfo=BRUSSELS).astimezone(UTC)


def format_time_span(start: datetime, end: datetime, language: Language) -> str:
    """'14:00–16:00' in Brussels time."""
    return f"{format_time(start, language)}–{format_time(end, language)}"


def format_day(value: datetime, language: Language) -> str:
    """The Belgian day of a moment with its weekday, short: 'ma 23 nov 2026', 'Mo., 23. Nov.
    2026' (people plan meetings by weekday: "the second Tuesday")."""
    day = in_brussels(value).date()
    if _first_in_french(day, language):
        skeletons = Locale.parse(language.locale).datetime_skeletons
        pattern = skeletons[match_skeleton("yMMMEd", skeletons)].pattern
        return _format_date(day, format=french_first_of_month(pattern), locale=language.locale)
    return format_skeleton("yMMMEd", day, locale=language.locale)


def format_numeric_date(value: date, language: Language) -> str:
    """A date as typed into a form: two-digit day and month, four-digit year, '05/12/2026'
    (German '05.12.2026'), so dates in one column or form always line up the same way."""
    separator = "." if language is Language.DE else "/"
    return f"{value.day:02d}{separator}{value.month:02d}{separator}{value.year:04d}"


_DAY_FIELD = re.compile(r"(?<![d'])d(?![d'])")


def _width(style: str) -> Literal["full", "long", "medium", "short"]:
    return cast(Literal["full", "long", "medium", "short"], style)


def _first_in_french(value: date, language: Language) -> bool:
    return language is Language.FR and value.day == 1


def french_first_of_month(pattern: str) -> str:
    """A CLDR date pattern with the day written as French writes the first of a month: the
    ordinal "1er" ("1er décembre 2026", "1er déc. 2026"), where Babel writes "1 décembre".

    Only the day-of-month field is changed; quoted literals ('à') are left as they are."""
    parts = pattern.split("'")
    parts[::2] = [_DAY_FIELD.sub("d'er'", part) for part in parts[::2]]
    return "'".join(parts)
