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
