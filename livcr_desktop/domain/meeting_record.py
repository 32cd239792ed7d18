"""What the record of a meeting still lacks, and what closing the meeting or approving its
minutes fixes for good.

Both steps look at the same record (summaries, effective participants, open proposals, who came
and who acknowledged the secrecy duty); closing the meeting is refused while someone's attendance
is not recorded, approving the minutes freezes whatever is there.
"""

from __future__ import annotations

from dataclasses import dataclass

from livcr_desktop.domain.irreversible import FinalStep, counted, joined
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message


@dataclass(frozen=True)
class ItemRecord:
    """The facts about one agenda item that the checks need."""

    number: int
    """1-based, as the agenda shows it."""
    is_case: bool
    postponed: bool
    has_summary: bool
    effective_count: int
    open_proposals: int


@dataclass(frozen=True)
class MeetingRecord:
    """The facts about a meeting's record that the checks need."""

    items: tuple[ItemRecord, ...]
    attendance_missing: tuple[str, ...] = ()
    """Names of the people whose attendance is still "invited"."""
    not_acknowledged: tuple[str, ...] = ()
    """Names of the people present who did not acknowledge the secrecy duty."""


NO_SUMMARY_ONE = QT_TRANSLATE_NOOP("MeetingRecord", "Item {items} has no summary.")
NO_SUMMARY_SEVERAL = QT_TRANSLATE_NOOP("MeetingRecord", "Items {items} have no summary.")
NO_PARTICIPANTS_ONE = QT_TRANSLATE_NOOP(
    "MeetingRecord", "Item {items} has no effective participants."
)
NO_PARTICIPANTS_SEVERAL = QT_TRANSLATE_NOOP(
    "MeetingRecord", "Items {items} have no effective participants."
)
OPEN_PROPOSAL_ONE = QT_TRANSLATE_NOOP(
    "MeetingRecord", "Item {items} has a proposal that is not signed or withdrawn."
)
OPEN_PROPOSAL_SEVERAL = QT_TRANSLATE_NOOP(
    "MeetingRecord", "Items {items} have proposals that are not signed or withdrawn."
)
NOT_ACKNOWLEDGED = QT_TRANSLATE_NOOP(
    "MeetingRecord", "Present without acknowledging the secrecy duty: {names}."
)
ATTENDANCE_MISSING = QT_TRANSLATE_NOOP(
    "MeetingRecord", "Record first whether these people are present, excused or absent: {names}."
)
CLOSE_ENDS_LIVE_MODE = QT_TRANSLATE_NOOP(
    "MeetingRecord",
    "The meeting is recorded as held and cannot be reopened.",
)
CLOSE_MINUTES_NEXT = QT_TRANSLATE_NOOP(
    "MeetingRecord",
    "The draft minutes open next: summaries can still be completed there until the chair "
    "approves them.",
)
APPROVE_FREEZES = QT_TRANSLATE_NOOP(
    "MeetingRecord",
    "The minutes are frozen as they stand now: summaries, attendance, effective participants, "
    "decisions and remarks.",
)
APPROVE_AMENDMENTS_ONLY = QT_TRANSLATE_NOOP(
    "MeetingRecord",
    "Afterwards a mistake can only be corrected by a recorded amendment beside the minutes.",
)


def record_gaps(record: MeetingRecord) -> tuple[Message, ...]:
    """What the record still lacks, one line per kind of gap. A postponed item was not
    discussed, so it needs neither a summary nor participants."""
    discussed = [i for i in record.items if not i.postponed]
    gaps: list[Message] = []
    no_summary = [i.number for i in discussed if not i.has_summary]
    if no_summary:
        gaps.append(counted(no_summary, NO_SUMMARY_ONE, NO_SUMMARY_SEVERAL))
    nobody = [i.number for i in discussed if i.is_case and i.effective_count == 0]
    if nobody:
        gaps.append(counted(nobody, NO_PARTICIPANTS_ONE, NO_PARTICIPANTS_SEVERAL))
    open_items = [i.number for i in record.items if i.open_proposals]
    if open_items:
        gaps.append(counted(open_items, OPEN_PROPOSAL_ONE, OPEN_PROPOSAL_SEVERAL))
    if record.not_acknowledged:
        gaps.append(Message(NOT_ACKNOWLEDGED, {"names": joined(record.not_acknowledged)}))
    return tuple(gaps)


def closing_meeting(record: MeetingRecord) -> FinalStep:
    """Closing the meeting: live mode ends for good; refused while attendance is missing."""
    blocking: tuple[Message, ...] = ()
    if record.attendance_missing:
        blocking = (Message(ATTENDANCE_MISSING, {"names": joined(record.attendance_missing)}),)
    return FinalStep(
        fixes=(Message(CLOSE_ENDS_LIVE_MODE),),
        missing=record_gaps(record),
        blocking=blocking,
        afterwards=(Message(CLOSE_MINUTES_NEXT),),
    )


def approving_minutes(record: MeetingRecord) -> FinalStep:
    """Approving the minutes: everything in them is frozen, corrections go beside them."""
    return FinalStep(
        fixes=(Message(APPROVE_FREEZES), Message(APPROVE_AMENDMENTS_ONLY)),
        missing=record_gaps(record),
    )
