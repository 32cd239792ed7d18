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
