"""What closing a meeting and approving its minutes are checked against, read from a real
encrypted data folder: the gaps name the items as the agenda numbers them."""

from __future__ import annotations

from datetime import timedelta

from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from tests.helpers.decisions import FOLLOW
from tests.helpers.meetings import Table, agenda_with_two_cases, run_meeting


def lines(messages: tuple[object, ...]) -> list[str]:
    return [m.render() for m in messages]  # type: ignore[attr-defined]


def test_closing_is_blocked_until_attendance_is_recorded(table: Table) -> None:
    meeting, first, _general, _second = agenda_with_two_cases(table)
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    step = live.closing_check(meeting)
    assert not step.ready
    assert "Bram Burgemeester" in lines(step.blocking)[0]
    for person in (table.chair, table.school, table.welfare):
        live.set_attendance(meeting, person.member_id, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, person.member_id)
    live.set_attendance(meeting, table.ws.actor.member_id, Attendance.EXCUSED)
    live.set_effective(first, table.school.member_id, True)
    live.set_summary(first, "De school volgt op.")
    DecisionService(table.ws).propose(first, FOLLOW)
    step = live.closing_check(meeting)
    assert step.ready
    assert lines(step.missing) == [
        "Items 2 and 3 have no summary.",
        "Item 3 has no effective participants.",
        "Item 1 has a proposal that is not signed or withdrawn.",
    ]


def test_approving_lists_what_the_held_meeting_lacks(table: Table) -> None:
    meeting, _first, general, _second = run_meeting(table)
    step = MinutesService(table.ws).approval_check(meeting)
    assert lines(step.missing) == [
        "Item 2 has no summary.",
        "Item 3 has no effective participants.",
    ]
    LiveMeetingService(table.ws).set_summary(general, "Goedgekeurd.")
    assert lines(MinutesService(table.ws).approval_check(meeting).missing) == [
        "Item 3 has no effective participants."
    ]
