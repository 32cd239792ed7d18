"""Never lose what someone typed: every way out of a screen with unsaved text (going back,
switching area, signing out, quitting, closing the window, the next live item, Escape, Cancel
and the close button of a dialog) asks first, and the idle lock keeps the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.gui.cases.case_dialogs import NoteDialog
from livcr_desktop.gui.meetings.meetings_area import MeetingsArea
from livcr_desktop.gui.meetings.minutes_view import MinutesView
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.cases.dossier import open_dossier
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.meetings.minutes import MinutesService
from tests.gui.helpers import click, leave_question, no_leave_question, type_text
from tests.gui.meeting_world import World, meetings_area, open_window
from tests.gui.meetings.test_live_meeting_gui import started
from tests.gui.meetings.test_minutes_and_tasks_gui import held

REMARK = "Volgende vergadering in zaal 3."


def draft_minutes(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> tuple[MainWindow, MeetingsArea, MinutesView, str]:
    """The draft minutes of a held meeting, open, with a general remark typed and not saved."""
    meeting, *_ = held(world)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    minutes = area.page.minutes
    type_text(qtbot, minutes.remarks_edit, REMARK)
    return window, area, minutes, meeting


def click_area(qtbot: QtBot, window: MainWindow, key: str) -> None:
    """Click an area in the navigation, as a person would."""
    item = window.navigation.item(window.area_keys().index(key))
    rect = window.navigation.visualItemRect(item)
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def stored_remarks(world: World, meeting: str) -> str:
    return MinutesService(world.ws).minutes(meeting).remarks


def test_all_meetings_asks_before_draft_minutes_are_left(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    _window, area, minutes, meeting = draft_minutes(qtbot, world, languages)
    click(qtbot, area.page.back_button)  # "← All meetings"
    question = leave_question(qtbot)
    assert "The draft minutes of" in question.informativeText()
    assert "the general remarks" in question.informativeText()
    assert REMARK not in question.informativeText()  # named, never quoted
    click(qtbot, question.keep_button)
    assert area.stack.currentWidget() is area.page
    assert minutes.remarks_edit.toPlainText() == REMARK

    click(qtbot, area.page.back_button)
    click(qtbot, leave_question(qtbot).save_button)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.list_page, timeout=5000)
    assert stored_remarks(world, meeting) == REMARK

    area.open_meeting(meeting)
    type_text(qtbot, minutes.remarks_edit, " Of toch niet.")
    click(qtbot, area.page.back_button)
    click(qtbot, leave_question(qtbot).discard_button)
    qtbot.waitUntil(lambda: area.stack.currentWidget() is area.list_page, timeout=5000)
    area.open_meeting(meeting)
    assert minutes.remarks_edit.toPlainText() == REMARK
    click(qtbot, area.page.back_button)  # nothing typed: no question
    assert no_leave_question() and area.stack.currentWidget() is area.list_page


def test_switching_area_asks_and_keep_editing_stays_where_one_was(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    window, area, minutes, meeting = draft_minutes(qtbot, world, languages)
    click_area(qtbot, window, "cases")
    question = leave_question(qtbot)
    assert question.save_button is not None
    click(qtbot, question.keep_button)
    assert window.current_area() is area
    assert window.navigation.currentRow() == window.area_keys().index("meetings")
    assert minutes.remarks_edit.toPlainText() == REMARK

    click_area(qtbot, window, "cases")
    click(qtbot, leave_question(qtbot).discard_button)
    qtbot.waitUntil(lambda: window.current_area() is window.area("cases"), timeout=5000)
    assert window.navigation.currentRow() == window.area_keys().index("cases")
    click_area(qtbot, window, "meetings")
    assert no_leave_question()
    assert minutes.remarks_edit.toPlainText() == stored_remarks(world, meeting) == ""


def test_signing_out_and_quitting_ask_and_save_on_request(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    window, _area, _minutes, meeting = draft_minutes(qtbot, world, languages)
    quits: list[bool] = []
    window.quit_requested.connect(lambda: quits.append(True))
    window.quit_action.trigger()
    click(qtbot, leave_question(qtbot).keep_button)
    assert quits == []

    window.sign_out_action.trigger()
    with qtbot.waitSignal(window.sign_out_requested):
        click(qtbot, leave_question(qtbot).save_button)
    assert stored_remarks(world, meeting) == REMARK


def test_the_idle_lock_keeps_the_minutes_being_typed(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    window, area, minutes, meeting = draft_minutes(qtbot, world, languages)
    window.idle.idle.emit()
    assert window.locked and no_leave_question()
    lock = window.lock_controller.dialog
    assert lock is not None
    type_text(qtbot, lock.passphrase_edit, world.livcr.passphrase)
    click(qtbot, lock.unlock_button)
    assert not window.locked
    assert area.page.stack.currentWidget() is minutes
    assert minutes.remarks_edit.toPlainText() == REMARK
    click(qtbot, minutes.buttons["save"])
    assert stored_remarks(world, meeting) == REMARK


def test_closing_the_window_asks_first(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    window, _area, minutes, _meeting = draft_minutes(qtbot, world, languages)
    window.close()
    question = leave_question(qtbot)
    assert window.isVisible()
    click(qtbot, question.keep_button)
    assert window.isVisible() and minutes.remarks_edit.toPlainText() == REMARK
    window.close()
    click(qtbot, leave_question(qtbot).discard_button)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)


def test_the_next_live_item_asks_about_a_note_not_added_yet(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    _window, _area, live, _ids = started(qtbot, world, languages)
    panel = live.item_panel
    type_text(qtbot, panel.note_edit, "Moeder is bezorgd.")
    click(qtbot, live.next_button)
    question = leave_question(qtbot)
    assert "Item 1: the confidential note" in question.informativeText()
    click(qtbot, question.keep_button)
    assert live.index == 0 and live.agenda_list.currentRow() == 0
    assert panel.note_edit.toPlainText() == "Moeder is bezorgd."

    click(qtbot, live.next_button)
    click(qtbot, leave_question(qtbot).save_button)
    qtbot.waitUntil(lambda: live.index == 1, timeout=5000)
    assert "Moeder is bezorgd." in open_dossier(world.ws, world.case_school).notes[0].body


def test_a_dialog_asks_on_escape_cancel_and_close_once_something_was_typed(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    dossier = open_dossier(world.ws, world.case_school)
    dialog = NoteDialog(InvolvementService(world.ws), dossier)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert not dialog.isVisible() and no_leave_question()

    dialog.show()
    type_text(qtbot, dialog.body_edit, "Gesprek met de school gepland.")
    qtbot.keyClick(dialog.body_edit, Qt.Key.Key_Escape)
    question = leave_question(qtbot)
    assert "“Note on" in question.informativeText() and "Note" in question.informativeText()
    assert question.save_button is None
    qtbot.keyClick(question, Qt.Key.Key_Escape)  # Escape on the question keeps editing
    assert dialog.isVisible() and dialog.body_edit.toPlainText() == "Gesprek met de school gepland."

    dialog.close()  # the window's close button
    click(qtbot, leave_question(qtbot).keep_button)
    assert dialog.isVisible()
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    click(qtbot, leave_question(qtbot).discard_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert not open_dossier(world.ws, world.case_school).notes
