"""Brussels wall-clock time for meetings stored in UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from livcr_desktop.domain.languages import Language
from livcr_desktop.i18n.formatting import format_time_span, from_brussels, in_brussels


def test_a_typed_brussels_time_is_stored_in_utc_in_summer_and_winter() -> None:
    assert from_brussels(date(2026, 7, 1), time(14)) == datetime(2026, 7, 1, 12, tzinfo=UTC)
    assert from_brussels(date(2026, 1, 13), time(14)) == datetime(2026, 1, 13, 13, tzinfo=UTC)


def test_a_late_utc_moment_falls_on_the_next_belgian_day() -> None:
    moment = datetime(2026, 3, 10, 23, 30, tzinfo=UTC)
    assert in_brussels(moment).date() == date(2026, 3, 11)
    end = datetime(2026, 3, 11, 1, 0, tzinfo=UTC)
    assert format_time_span(moment, end, Language.NL) == "00:30–02:00"


def test_numbers_group_digits_the_way_each_language_reads_them() -> None:
    from livcr_desktop.i18n.formatting import format_number

    assert format_number(1122, Language.EN) == "1,122"  # en_BE's "1.122" reads as 1.122 in English
    assert format_number(1122, Language.NL) == "1.122"
    assert format_number(1122, Language.DE) == "1.122"
    assert format_number(1122, Language.FR) == "1\u202f122"


def test_french_writes_the_first_of_a_month_as_1er() -> None:
    from livcr_desktop.i18n.formatting import format_date, format_datetime, format_day

    first = date(2026, 12, 1)
    assert format_date(first, Language.FR) == "1er déc. 2026"
    assert format_date(first, Language.FR, "long") == "1er décembre 2026"
    assert format_date(first, Language.FR, "full") == "mardi 1er décembre 2026"
    assert format_date(first, Language.FR, "short") == "01/12/2026"  # the numeric form stays
    moment = datetime(2026, 12, 1, 9, 5, tzinfo=UTC)
    assert format_datetime(moment, Language.FR, "short") == "1er déc. 2026 10:05"
    assert format_datetime(moment, Language.FR, "medium").startswith("1er déc. 2026")
    assert format_day(moment, Language.FR) == "mar. 1er déc. 2026"


def test_the_first_is_the_brussels_day_and_other_days_and_languages_are_plain() -> None:
    from livcr_desktop.i18n.formatting import format_date, format_datetime

    assert format_date(date(2026, 12, 2), Language.FR, "long") == "2 décembre 2026"
    assert format_date(date(2026, 12, 11), Language.FR) == "11 déc. 2026"
    assert format_date(date(2026, 12, 1), Language.NL) == "1 dec 2026"
    assert format_date(date(2026, 12, 1), Language.DE, "long") == "1. Dezember 2026"
    # 23:30 UTC on 30 November is already 1 December in Brussels
    late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)
    assert format_datetime(late, Language.FR, "short") == "1er déc. 2026 00:30"


def test_only_the_day_field_of_a_pattern_changes() -> None:
    from livcr_desktop.i18n.formatting import french_first_of_month

    assert french_first_of_month("EEEE d MMMM y 'à' HH:mm") == "EEEE d'er' MMMM y 'à' HH:mm"
    assert french_first_of_month("dd/MM/y") == "dd/MM/y"
    assert french_first_of_month("'le' d MMM") == "'le' d'er' MMM"
