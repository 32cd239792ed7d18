"""Closing a meeting cannot be undone: the button sits away from "Next item →", and a
confirmation shows what the record still lacks; cancelling changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.meetings import Attendance, MeetingStatus
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.meetings.minutes_view import MinutesView
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.cases.dossier import open_dossier
from livcr_desktop.services.meetings.view import refresh_meeting
from tests.gui.helpers import click, leave_question, type_text, when_shown
from tests.gui.meeting_world import World
from tests.gui.meetings.test_live_meeting_gui import acknowledge, set_attendance, started


def texts(dialog: FinalStepDialog, name: str) -> list[str]:
    return [
        label.text()
        for label in dialog.findChildren(type(dialog.intro), name)
        if label.isVisibleTo(dialog)
    ]


def test_close_sits_apart_from_next_item(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    _window, _area, live, _ids = started(qtbot, world, languages)
    close = live.close_button.mapTo(live, live.close_button.rect().topLeft())
    following = live.next_button.mapTo(live, live.next_button.rect().bottomLeft())
    assert close.y() - following.y() > 200  # not in the same row, nor the next one


def test_closing_with_attendance_missing_is_blocked_in_the_dialog(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    _window, _area, live, (meeting, *_items) = started(qtbot, world, languages)
    seen: list[tuple[list[str], bool]] = []

    def look(dialog: FinalStepDialog) -> None:
        seen.append((texts(dialog, "finalStepBlockingLine"), dialog.action_button.isEnabled()))
        click(qtbot, dialog.cancel_button)

    when_shown(FinalStepDialog, look)
    click(qtbot, live.close_button)
    [(blocking, enabled)] = seen
    assert "Tessa Test" in blocking[0] and "Wout Welzijn" in blocking[0]
    assert not enabled
    assert refresh_meeting(world.ws, meeting).status is MeetingStatus.IN_PROGRESS


def test_missing_parts_are_listed_cancel_keeps_the_meeting_and_confirm_closes_it(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    _window, area, live, (meeting, *_items) = started(qtbot, world, languages)
    for person in (world.chair, world.school, world.welfare):
        set_attendance(qtbot, live, person.member_id, Attendance.PRESENT)
    acknowledge(qtbot, live, world.chair.member_id)
    acknowledge(qtbot, live, world.school.member_id)
    set_attendance(qtbot, live, world.ws.actor.member_id, Attendance.EXCUSED)
    seen: dict[str, object] = {}

    def look_and_press_enter(dialog: FinalStepDialog) -> None:
        seen["missing"] = texts(dialog, "finalStepMissingLine")
        seen["fixes"] = texts(dialog, "finalStepFixesLine")
        seen["action"] = dialog.action_button.text()
        seen["enabled"] = dialog.action_button.isEnabled()
        seen["focus"] = dialog.focusWidget() is dialog.cancel_button
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default does NOT close the meeting

    when_shown(FinalStepDialog, look_and_press_enter)
    click(qtbot, live.close_button)
    assert seen["missing"] == [
        "• Items 1, 2 and 3 have no summary.",
        "• Items 1 and 3 have no effective participants.",
        "• Present without acknowledging the secrecy duty: Wout Welzijn.",
    ]
    assert seen["fixes"] and "cannot be reopened" in seen["fixes"][0]  # type: ignore[index]
    assert seen["action"] == "Close the meeting"
    assert seen["enabled"] is False and seen["focus"] is True
    assert refresh_meeting(world.ws, meeting).status is MeetingStatus.IN_PROGRESS
    assert area.page.stack.currentWidget() is live

    def tick_and_close(dialog: FinalStepDialog) -> None:
        click(qtbot, dialog.understand)
        assert dialog.action_button.isEnabled()
        click(qtbot, dialog.action_button)

    when_shown(FinalStepDialog, tick_and_close)
    click(qtbot, live.close_button)
    qtbot.waitUntil(lambda: area.page.stack.currentWidget() is area.page.minutes, timeout=5000)
    assert refresh_meeting(world.ws, meeting).status is MeetingStatus.HELD
    assert isinstance(area.page.minutes, MinutesView)


def test_closing_asks_about_a_confidential_note_not_added_yet(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    _window, _area, live, (meeting, *_items) = started(qtbot, world, languages)
    type_text(qtbot, live.item_panel.note_edit, "Moeder is bezorgd over online contacten.")
    closing: list[FinalStepDialog] = []

    def cancel(dialog: FinalStepDialog) -> None:
        closing.append(dialog)
        click(qtbot, dialog.cancel_button)

    when_shown(FinalStepDialog, cancel)
    click(qtbot, live.close_button)
    question = leave_question(qtbot)
    assert "confidential note" in question.informativeText()
    assert not closing  # asked before the final-step confirmation
    click(qtbot, question.keep_button)
    assert live.item_panel.note_edit.toPlainText() == "Moeder is bezorgd over online contacten."
    assert refresh_meeting(world.ws, meeting).status is MeetingStatus.IN_PROGRESS

    click(qtbot, live.close_button)
    question = leave_question(qtbot)
    assert question.save_button is not None
    click(qtbot, question.save_button)  # the note goes into the dossier, then the confirmation
    qtbot.waitUntil(lambda: bool(closing), timeout=5000)
    notes = open_dossier(world.ws, world.case_school).notes
    assert any("Moeder is bezorgd" in note.body for note in notes)
    assert refresh_meeting(world.ws, meeting).status is MeetingStatus.IN_PROGRESS
