"""Meetings of the operational and strategic tables: what a meeting is, its agenda items, who
attends, and the rules that keep each partner to their own items.

The composition of the operational table is chosen per case: every case item has its own
invitees, and a partner invited to one item sees nothing of the others. The strategic table never
discusses named persons. Who effectively took part in an item's discussion is recorded per item,
because only those effective participants decide by consensus on that case.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from livcr_desktop.domain.errors import ValidationError
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Text


class TableKind(StrEnum):
    """Which table meets."""

    OPERATIONAL = "operational"
    STRATEGIC = "strategic"

    @property
    def label(self) -> Text:
        """The translatable name of the table."""
        return _TABLE_LABELS[self]


_TABLE_LABELS = {
    TableKind.OPERATIONAL: QT_TRANSLATE_NOOP("TableKind", "Operational table"),
    TableKind.STRATEGIC: QT_TRANSLATE_NOOP("TableKind", "Strategic table"),
}


class MeetingStatus(StrEnum):
    """Where a meeting stands."""

    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    HELD = "held"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Text:
        """The translatable name of the status."""
        return _MEETING_STATUS_LABELS[self]


_MEETING_STATUS_LABELS = {
    MeetingStatus.PLANNED: QT_TRANSLATE_NOOP("MeetingStatus", "Planned"),
    MeetingStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("MeetingStatus", "In progress"),
    MeetingStatus.HELD: QT_TRANSLATE_NOOP("MeetingStatus", "Held"),
    MeetingStatus.CANCELLED: QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
}


class ItemKind(StrEnum):
    """What an agenda item is about."""

    CASE = "case"
    GENERAL = "general"
    HOUSE_RULES = "house_rules"
    PARTNERS = "partners"
    WORKING_AGREEMENTS = "working_agreements"
    YEARLY_EVALUATION = "yearly_evaluation"
    FIGURES = "figures"
    OTHER = "other"
    ERASURE = "erasure"
    """A proposed erasure put on the agenda by retention: its texts are fixed (erasure_topic)."""

    @property
    def label(self) -> Text:
        """The translatable name of the kind."""
        return _ITEM_LABELS[self]

    @property
    def strategic(self) -> bool:
        """Items the strategic table may hold (never about a named person)."""
        return self not in (ItemKind.CASE, ItemKind.GENERAL, ItemKind.ERASURE)

    @property
    def added_by_hand(self) -> bool:
        """Topics a person puts on the agenda (a case item has its own form; a proposed
        erasure comes from the retention list only)."""
        return self not in (ItemKind.CASE, ItemKind.ERASURE)


_ITEM_LABELS = {
    ItemKind.CASE: QT_TRANSLATE_NOOP("ItemKind", "Case"),
    ItemKind.GENERAL: QT_TRANSLATE_NOOP("ItemKind", "General item"),
    ItemKind.HOUSE_RULES: QT_TRANSLATE_NOOP("ItemKind", "House rules"),
    ItemKind.PARTNERS: QT_TRANSLATE_NOOP("ItemKind", "Partners of the LIVC-R"),
    ItemKind.WORKING_AGREEMENTS: QT_TRANSLATE_NOOP("ItemKind", "Working agreements"),
    ItemKind.YEARLY_EVALUATION: QT_TRANSLATE_NOOP("ItemKind", "Yearly evaluation"),
    ItemKind.FIGURES: QT_TRANSLATE_NOOP("ItemKind", "Anonymised figures"),
    ItemKind.OTHER: QT_TRANSLATE_NOOP("ItemKind", "Other topic"),
    ItemKind.ERASURE: QT_TRANSLATE_NOOP("ItemKind", "Proposed erasure"),
}


class Attendance(StrEnum):
    """Whether an invited person came."""

    INVITED = "invited"
    PRESENT = "present"
    EXCUSED = "excused"
    ABSENT = "absent"

    @property
    def label(self) -> Text:
        """The translatable name of the attendance."""
        return _ATTENDANCE_LABELS[self]


_ATTENDANCE_LABELS = {
    Attendance.INVITED: QT_TRANSLATE_NOOP("Attendance", "Invited"),
    Attendance.PRESENT: QT_TRANSLATE_NOOP("Attendance", "Present"),
    Attendance.EXCUSED: QT_TRANSLATE_NOOP("Attendance", "Excused"),
    Attendance.ABSENT: QT_TRANSLATE_NOOP("Attendance", "Absent"),
}


class Repeat(StrEnum):
    """How a planned meeting repeats."""

    NONE = "none"
    WEEKLY = "weekly"
    MONTHLY = "monthly"

    @property
    def label(self) -> Text:
        """The translatable name of the rhythm."""
        return _REPEAT_LABELS[self]


_REPEAT_LABELS = {
    Repeat.NONE: QT_TRANSLATE_NOOP("Repeat", "Once"),
    Repeat.WEEKLY: QT_TRANSLATE_NOOP("Repeat", "Every week"),
    Repeat.MONTHLY: QT_TRANSLATE_NOOP("Repeat", "Every month"),
}

IN_THE_PAST = QT_TRANSLATE_NOOP(
    "Meetings", "A meeting cannot be prepared for a moment that has already passed."
)
END_BEFORE_START = QT_TRANSLATE_NOOP("Meetings", "The meeting must end after it starts.")
TOO_LONG = QT_TRANSLATE_NOOP("Meetings", "A meeting may last at most 12 hours.")
PLACE_REQUIRED = QT_TRANSLATE_NOOP("Meetings", "Enter where the meeting takes place.")
CHAIR_REQUIRED = QT_TRANSLATE_NOOP("Meetings", "Choose who chairs the meeting.")
REPEAT_COUNT = QT_TRANSLATE_NOOP("Meetings", "A series has 2 to 24 meetings (one is not a series).")
STRATEGIC_NO_CASES = QT_TRANSLATE_NOOP(
    "Meetings", "The strategic table never discusses named persons: add a topic, not a case."
)
OPERATIONAL_NO_TOPICS = QT_TRANSLATE_NOOP(
    "Meetings",
    "This topic belongs on the strategic table; the operational table discusses cases.",
)
TITLE_REQUIRED = QT_TRANSLATE_NOOP("Meetings", "Give the agenda item a title.")


@dataclass(frozen=True)
class MeetingPlan:
    """What the coordinator fills in to plan a meeting (or the first of a series)."""

    table: TableKind
    starts_at: datetime
    ends_at: datetime
    place: str
    chair_member_id: str | None
    repeat: Repeat = Repeat.NONE
    occurrences: int = 1

    def validated(self, now: datetime) -> MeetingPlan:
        """The cleaned plan, or ValidationError naming the field."""
        if self.starts_at < now:
            raise ValidationError(IN_THE_PAST, field="starts_at")
        if self.ends_at <= self.starts_at:
            raise ValidationError(END_BEFORE_START, field="ends_at")
        if self.ends_at - self.starts_at > timedelta(hours=12):
            raise ValidationError(TOO_LONG, field="ends_at")
        place = " ".join(self.place.split())
        if not place:
            raise ValidationError(PLACE_REQUIRED, field="place")
        if not self.chair_member_id:
            raise ValidationError(CHAIR_REQUIRED, field="chair")
        occurrences = 1 if self.repeat is Repeat.NONE else self.occurrences
        if self.repeat is not Repeat.NONE and not 2 <= occurrences <= 24:
            raise ValidationError(REPEAT_COUNT, field="occurrences")
        return MeetingPlan(
            self.table,
            self.starts_at,
            self.ends_at,
            place,
            self.chair_member_id,
            self.repeat,
            occurrences,
        )

    def moments(self) -> list[tuple[datetime, datetime]]:
        """The start and end of every meeting of the series."""
        result = []
        for n in range(self.occurrences):
            if self.repeat is Repeat.WEEKLY:
                shift = timedelta(weeks=n)
                result.append((self.starts_at + shift, self.ends_at + shift))
            elif self.repeat is Repeat.MONTHLY:
                result.append((_add_months(self.starts_at, n), _add_months(self.ends_at, n)))
            else:
                result.append((self.starts_at, self.ends_at))
        return result


def _add_months(moment: datetime, months: int) -> datetime:
    """The same weekday in the same week of the month, `months` later (the second Tuesday of
    every month is how tables usually meet), kept within the month."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    week_of_month = (moment.day - 1) // 7
    first = date(year, month, 1)
    offset = (moment.weekday() - first.weekday()) % 7
    day = 1 + offset + 7 * week_of_month
    if day > _days_in_month(year, month):
        day -= 7
    return moment.replace(year=year, month=month, day=day)


def _days_in_month(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def overlaps(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    """Whether two meetings overlap in time (back to back does not)."""
    return a[0] < b[1] and b[0] < a[1]


def check_item(table: TableKind, kind: ItemKind, title: str) -> str:
    """The cleaned title of an item, or ValidationError when it does not fit the table."""
    if table is TableKind.STRATEGIC and not kind.strategic:
        raise ValidationError(STRATEGIC_NO_CASES, field="kind")
    if table is TableKind.OPERATIONAL and kind.strategic:
        raise ValidationError(OPERATIONAL_NO_TOPICS, field="kind")
    cleaned = " ".join(title.split())
    if kind is not ItemKind.CASE and not cleaned:
        raise ValidationError(TITLE_REQUIRED, field="title")
    return cleaned


@dataclass(frozen=True)
class ItemAccess:
    """What decides whether one person may see one agenda item."""

    sees_all_meetings: bool
    """The coordinator (the policy's ALL scope on meetings)."""
    chairs_this_meeting: bool
    invited_to_item: bool
    chairs_item_municipality: bool
    is_case_item: bool
    takes_part_in_meeting: bool


def item_visible(access: ItemAccess) -> bool:
    """Whether the item may be shown to this person anywhere (agenda, minutes, projector ...).

    A partner invited to one case item sees that item only; general items are for everyone
    who takes part in the meeting; the chair of the meeting and the coordinator see every item,
    and a mayor sees the case items of their own municipality.
    """
    if access.sees_all_meetings or access.chairs_this_meeting or access.invited_to_item:
        return True
    if access.is_case_item:
        return access.chairs_item_municipality
    return access.takes_part_in_meeting
