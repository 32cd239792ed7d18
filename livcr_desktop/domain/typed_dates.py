"""Reading a date as a person types it in Belgium: day, month, year, in that order.

A typed date is either read exactly as typed or refused with a message saying why; it is never
quietly turned into another date (a form that saved 01/03/2007 for "12/03/2007" is worse than
one that says "this is not a date"). An empty field means "not known" and reads as None.
"""

from __future__ import annotations

import re
from datetime import date

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP

NOT_A_DATE = QT_TRANSLATE_NOOP(
    "TypedDates",
    "“{typed}” is not a date. Write the day, the month and the year, for example {example}.",
)
NO_SUCH_DAY = QT_TRANSLATE_NOOP("TypedDates", "“{typed}” is not a day of the calendar.")
FOUR_DIGIT_YEAR = QT_TRANSLATE_NOOP(
    "TypedDates", "Write the year of “{typed}” with four digits, for example {example}."
)
REQUIRED = QT_TRANSLATE_NOOP("TypedDates", "Fill in the date, for example {example}.")
TOO_EARLY = QT_TRANSLATE_NOOP("TypedDates", "The date cannot be before {limit}.")
TOO_LATE = QT_TRANSLATE_NOOP("TypedDates", "The date cannot be after {limit}.")

_DAY_FIRST = re.compile(r"^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d+)$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def read_typed_date(typed: str, field: str, example: str) -> date | None:
    """The date in `typed` (d/m/yyyy, d.m.yyyy, d-m-yyyy or yyyy-mm-dd), None when empty.

    Raises ValidationError naming `field` when the text is not exactly one calendar day;
    `example` is today's date written the reader's way, for the message.
    """
    text = typed.strip()
    if not text:
        return None
    iso = _ISO.match(text)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
    else:
        matched = _DAY_FIRST.match(text)
        if matched is None:
            raise ValidationError(NOT_A_DATE, field=field, typed=text, example=example)
        day, month = int(matched.group(1)), int(matched.group(2))
        if len(matched.group(3)) != 4:
            raise ValidationError(FOUR_DIGIT_YEAR, field=field, typed=text, example=example)
        year = int(matched.group(3))
    try:
        return date(year, month, day)
    except ValueError:
        raise ValidationError(NO_SUCH_DAY, field=field, typed=text) from None


def check_date_range(
    value: date, field: str, minimum: date | None = None, maximum: date | None = None
) -> None:
    """Refuse a date outside [minimum, maximum] (a meeting in the past, an evaluation ahead)."""
    if minimum is not None and value < minimum:
        raise ValidationError(TOO_EARLY, field=field, limit=minimum)
    if maximum is not None and value > maximum:
        raise ValidationError(TOO_LATE, field=field, limit=maximum)
