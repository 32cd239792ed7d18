"""Steady hands on the live screen: choosing attendance never moves the list under the pointer,
attendance and the secrecy acknowledgement of one person sit on one row, and a whole item can
be run from the keyboard with a visible focus."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.domain.organisations import Role
from livcr_desktop.gui.meetings.live_meeting import LiveMeetingView
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.meetings.planning import MeetingService
from livcr_desktop.services.meetings.view import refresh_meeting
from tests.gui.helpers import click
from tests.gui.meeting_world import World, meetings_area, open_window
from tests.helpers.factories import add_person

NO_MODIFIER = Qt.KeyboardModifier.NoModifier

EXTRA = (
    "Anna Aalverzon",
    "Bert Bedenksel",
    "Carla Celfictie",
    "Dirk Droomtest",
    "Elke Eenbeeld",
    "Frank Fictens",
    "Greet Gedachtes",
    "Hans Hypothees",
    "Ilse Inbeelding",
    "Jan Janverzon",
)
"""Fictional partners invited to the meeting as a whole: enough to make the list scroll."""


def live_on_laptop(
    qtbot: QtBot, world: World, languages: LanguageManager, extra: tuple[str, ...] = ()
) -> tuple[MainWindow, LiveMeetingView, tuple[str, str, str, str]]:
    """The meeting of `World.agenda` (with `extra` partners invited to it as a whole), started
    on its day in a 1366×768 window that has the keyboard focus."""
    ids = world.agenda()
    service = MeetingService(world.ws)
    for number, name in enumerate(extra):
        person = add_person(world.livcr, name, f"extra{number}", Role.PARTNER)
        service.add_participant(ids[0], person.member_id)
    world.clock.advance(timedelta(days=1, hours=5))
    window = open_window(qtbot, world, languages)
    window.resize(1366, 768)
    area = meetings_area(window)
    area.open_meeting(ids[0])
    click(qtbot, area.page.buttons["start"])
    live = area.page.live
    assert area.page.stack.currentWidget() is live
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    return window, live, ids


def crowded_live(qtbot: QtBot, world: World, languages: LanguageManager) -> LiveMeetingView:
    """A started meeting with fourteen participants: the attendance list scrolls."""
    return live_on_laptop(qtbot, world, languages, EXTRA)[1]


def scroll_of(live: LiveMeetingView) -> QScrollArea:
    scroll = live.attendance.findChild(QScrollArea, "attendanceScroll")
    assert scroll is not None
    return scroll


def widget_under(scroll: QScrollArea, point: QPoint) -> QWidget | None:
    """The widget a click at this point of the list's viewport would land on."""
    return scroll.viewport().childAt(point)


def test_choosing_attendance_never_moves_the_list_under_the_pointer(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    live = crowded_live(qtbot, world, languages)
    scroll = scroll_of(live)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 100, "the list must scroll for this test to mean something"
    bar.setValue(bar.maximum() // 2)
    for member_id in list(live.attendance.combos)[4:9]:
        combo = live.attendance.combos[member_id]
        scroll.ensureWidgetVisible(combo, 0, 0)
        position = bar.value()
        point = combo.mapTo(scroll.viewport(), QPoint(combo.width() // 2, combo.height() // 2))
        under = widget_under(scroll, point)
        assert under is combo or combo.isAncestorOf(under)
        for attendance in (Attendance.PRESENT, Attendance.EXCUSED, Attendance.PRESENT):
            combo.setCurrentIndex(combo.findData(attendance.value))
            qtbot.waitUntil(
                lambda m=member_id, a=attendance: (
                    live.meeting is not None and live.meeting.participant(m).attendance is a
                ),
                timeout=5000,
            )
            QApplication.processEvents()
            assert bar.value() == position
            assert live.attendance.combos[member_id] is combo  # the row was not rebuilt
            now_under = widget_under(scroll, point)
            assert now_under is combo or combo.isAncestorOf(now_under)


def test_attendance_and_acknowledgement_of_one_person_sit_on_one_row(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    live = crowded_live(qtbot, world, languages)
    panel = live.attendance
    for member_id, name in panel.names.items():
        combo, check = panel.combos[member_id], panel.checks[member_id]
        middle = name.mapTo(panel, QPoint(0, name.height() // 2)).y()
        for widget in (combo, check):
            top = widget.mapTo(panel, QPoint(0, 0)).y()
            assert top <= middle <= top + widget.height(), "on the name's row"


def test_the_wheel_scrolls_the_list_instead_of_changing_someones_attendance(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    live = crowded_live(qtbot, world, languages)
    member_id, combo = next(iter(live.attendance.combos.items()))
    before = combo.currentIndex()
    centre = QPointF(combo.width() / 2, combo.height() / 2)
    wheel = QWheelEvent(
        centre,
        combo.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(combo, wheel)
    QApplication.processEvents()
    assert combo.currentIndex() == before
    assert live.meeting is not None
    assert live.meeting.participant(member_id).attendance is Attendance.INVITED


def press(qtbot: QtBot, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> QWidget:
    """Press a key where the keyboard focus is; returns the widget that has the focus after."""
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, key, modifier)
    after = QApplication.focusWidget()
    assert after is not None
    return after


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 40) -> list[QWidget]:
    """Press Tab until the target has the focus; the widgets passed on the way."""
    passed: list[QWidget] = []
    while QApplication.focusWidget() is not target:
        passed.append(press(qtbot, Qt.Key.Key_Tab))
        assert len(passed) < limit, f"Tab never reached {target.objectName()}"
    return passed


def looks_focused(qtbot: QtBot, widget: QWidget) -> bool:
    """Whether the widget is drawn differently with the focus than without (a focus frame)."""
    assert widget.hasFocus()
    focused = widget.grab().toImage()
    widget.clearFocus()
    unfocused = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    return focused != unfocused


def test_a_whole_item_runs_from_the_keyboard_with_a_visible_focus(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    _window, live, (meeting, first, _general, _second) = live_on_laptop(qtbot, world, languages)
    panel = live.attendance

    # Attendance, row by row: Down chooses "present", Tab goes to the acknowledgement on the
    # same row, Space ticks it, and the focus goes on to the next person's attendance.
    members = list(panel.combos)
    panel.combos[members[0]].setFocus(Qt.FocusReason.TabFocusReason)
    assert looks_focused(qtbot, panel.combos[members[0]])
    for number, member_id in enumerate(members):
        assert QApplication.focusWidget() is panel.combos[member_id]
        press(qtbot, Qt.Key.Key_Down)
        qtbot.waitUntil(
            lambda m=member_id: live.meeting.participant(m).attendance is Attendance.PRESENT,  # type: ignore[union-attr]
            timeout=5000,
        )
        assert press(qtbot, Qt.Key.Key_Tab) is panel.checks[member_id]
        if number == 0:
            assert looks_focused(qtbot, panel.checks[member_id])
        press(qtbot, Qt.Key.Key_Space)
        qtbot.waitUntil(
            lambda m=member_id: (
                live.meeting.participant(m).secrecy_acknowledged_at is not None  # type: ignore[union-attr]
            ),
            timeout=5000,
        )
        QApplication.processEvents()

    # On to the item: the agenda, the navigation, the record of the item, in that order.
    item = live.item_panel
    school = world.school.member_id
    assert QApplication.focusWidget() is live.agenda_list  # on from the last acknowledgement
    assert looks_focused(qtbot, live.agenda_list)
    passed = tab_to(qtbot, item.effective_checks[school])
    assert passed[0] is live.next_button  # "previous" is disabled on the first item
    assert looks_focused(qtbot, item.effective_checks[school])
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: any(
            i.effective and i.member_id == school
            for i in refresh_meeting(world.ws, meeting).items[0].invitees
        ),
        timeout=5000,
    )
    QApplication.processEvents()
    assert QApplication.focusWidget() is item.effective_checks[school]  # kept across the reload

    tab_to(qtbot, item.summary_edit)
    qtbot.keyClicks(item.summary_edit, "De school volgt op.")
    assert press(qtbot, Qt.Key.Key_Tab) is item.summary_button  # Tab leaves the text
    assert looks_focused(qtbot, item.summary_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: refresh_meeting(world.ws, meeting).items[0].summary == "De school volgt op.",
        timeout=5000,
    )
    tab_to(qtbot, item.note_edit)
    qtbot.keyClicks(item.note_edit, "Gesprek met de ouders gepland.")
    assert press(qtbot, Qt.Key.Key_Tab) is item.note_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: live.item_panel.item.note_count == 1, timeout=5000)  # type: ignore[union-attr]

    # Alt+→ moves to the next item, Alt+← back.
    press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: live.item_panel.item.number == 2, timeout=5000)  # type: ignore[union-attr]
    assert live.position_label.text() == "Item 2 of 3"
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: live.item_panel.item.id == first, timeout=5000)  # type: ignore[union-attr]


def test_presentation_mode_shows_the_item_and_the_name_only_while_held(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    window, live, (_meeting, _first, _general, second) = live_on_laptop(qtbot, world, languages)
    click(qtbot, live.presentation_button)
    shown = live.presentation
    assert shown is not None and shown.isVisible() and shown.isWindow()
    assert shown.screen() is window.screen()  # the laptop's own screen
    qtbot.waitUntil(shown.isActiveWindow, timeout=5000)
    assert QApplication.focusWidget() is shown.next_button
    text = shown.labels_text()
    assert world.code(1) in text and "Item 1" in text
    for hidden in ("Jonas", "Fictief", "Mira", world.code(2)):
        assert hidden not in text
    assert shown.position_label.text() == "Item 1 of 3"

    qtbot.mousePress(shown.reveal_button, Qt.MouseButton.LeftButton)
    assert "Jonas Fictief" in shown.labels_text()
    qtbot.mouseRelease(shown.reveal_button, Qt.MouseButton.LeftButton)
    assert "Jonas" not in shown.labels_text()

    click(qtbot, shown.next_button)
    qtbot.waitUntil(lambda: "Item 2" in shown.labels_text(), timeout=5000)
    assert "Goedkeuring vorig verslag" in shown.labels_text()
    assert not shown.reveal_button.isEnabled()  # a topic has no name to show
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)  # as a presenter remote does
    qtbot.waitUntil(lambda: world.code(2) in shown.labels_text(), timeout=5000)
    assert live.current_item() is not None and live.current_item().id == second  # type: ignore[union-attr]
    assert "Mira" not in shown.labels_text()

    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    assert live.isVisible() and live.item_panel.item.id == second  # type: ignore[union-attr]
