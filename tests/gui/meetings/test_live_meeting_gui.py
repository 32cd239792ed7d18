"""Live meeting mode: attendance and the secrecy duty, effective participants, summaries, notes,
action points, postponing, closing; and the projector window that shows the current item only."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.meetings import Attendance, MeetingStatus
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.meetings.dialogs import ActionPointDialog
from livcr_desktop.gui.meetings.live_attendance import ALL_RECORDED
from livcr_desktop.gui.meetings.live_item import NOT_ACKNOWLEDGED, NOT_PRESENT
from livcr_desktop.gui.meetings.live_meeting import LiveMeetingView
from livcr_desktop.gui.meetings.minutes_view import MinutesView
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.cases.dossier import open_dossier
from livcr_desktop.services.meetings.live import ACTION_REQUIRED
from livcr_desktop.services.meetings.tasks import TaskService
from livcr_desktop.services.meetings.view import refresh_meeting
from tests.gui.helpers import click, type_text, when_shown
from tests.gui.meeting_world import World, meetings_area, open_window
from tests.helpers.messages import shows


def started(qtbot: QtBot, world: World, languages: LanguageManager):  # type: ignore[no-untyped-def]
    """The meeting of `World.agenda` on its day, opened and started by the coordinator."""
    meeting, first, general, second = world.agenda()
    world.clock.advance(timedelta(days=1, hours=5))
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    click(qtbot, area.page.buttons["start"])
    live = area.page.live
    assert area.page.stack.currentWidget() is live
    return window, area, live, (meeting, first, general, second)


def set_attendance(qtbot: QtBot, live: LiveMeetingView, member_id: str, value: Attendance) -> None:
    combo = live.attendance.combos[member_id]
    combo.setCurrentIndex(combo.findData(value.value))
    qtbot.waitUntil(
        lambda: (
            live.meeting is not None and live.meeting.participant(member_id).attendance is value
        ),  # type: ignore[union-attr]
        timeout=5000,
    )


def acknowledge(qtbot: QtBot, live: LiveMeetingView, member_id: str) -> None:
    check = live.attendance.checks[member_id]
    assert check.isEnabled()
    click(qtbot, check)
    qtbot.waitUntil(
        lambda: live.meeting.participant(member_id).secrecy_acknowledged_at is not None,  # type: ignore[union-attr]
        timeout=5000,
    )


def test_run_a_meeting_from_attendance_to_closing(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    window, area, live, (meeting, first, _general, second) = started(qtbot, world, languages)
    assert "458ter §2" in live.attendance.duty.text()
    school, chair, welfare = world.school.member_id, world.chair.member_id, world.welfare.member_id
    me = world.ws.actor.member_id
    assert not live.attendance.checks[school].isEnabled()  # not present yet
    set_attendance(qtbot, live, school, Attendance.PRESENT)
    acknowledge(qtbot, live, school)
    set_attendance(qtbot, live, chair, Attendance.PRESENT)

    # Item 1: only those present who acknowledged the duty can be effective participants.
    panel = live.item_panel
    assert panel.item is not None and panel.item.id == first
    assert panel.effective_checks[school].isEnabled()
    assert not panel.effective_checks[chair].isEnabled()
    assert shows(panel.effective_reasons[chair].text(), NOT_ACKNOWLEDGED)
    assert shows(panel.effective_reasons[me].text(), NOT_PRESENT)
    click(qtbot, panel.effective_checks[school])
    qtbot.waitUntil(
        lambda: any(i.effective for i in refresh_meeting(world.ws, meeting).items[0].invitees),
        timeout=5000,
    )
    panel = live.item_panel
    type_text(qtbot, panel.summary_edit, "De school volgt op.")
    assert panel.summary_state.text() == "Not saved yet"
    panel.note_edit.setPlainText("Moeder is bezorgd over online contacten.")
    click(qtbot, panel.note_button)
    qtbot.waitUntil(lambda: live.item_panel.item.note_count == 1, timeout=5000)  # type: ignore[union-attr]
    assert "Moeder is bezorgd" in open_dossier(world.ws, world.case_school).notes[0].body

    def action(dialog: ActionPointDialog) -> None:
        owners = [dialog.owner_combo.itemText(i) for i in range(dialog.owner_combo.count())]
        assert any(o.startswith("Sofie School") for o in owners)
        assert not any(o.startswith("Wout") for o in owners)  # not invited to this item
        dialog.owner_combo.setCurrentIndex(
            next(i for i, o in enumerate(owners) if o.startswith("Sofie"))
        )
        dialog.try_accept()
        assert shows(dialog.error.text(), ACTION_REQUIRED)
        dialog.description_edit.setPlainText("Gesprek met de ouders plannen")
        dialog.try_accept()

    when_shown(ActionPointDialog, action)
    click(qtbot, panel.action_button)
    qtbot.waitUntil(lambda: live.item_panel.actions_table.rowCount() == 1, timeout=5000)

    # Next item: the summary of item 1 is saved on the way.
    click(qtbot, live.next_button)
    qtbot.waitUntil(lambda: live.item_panel.item.number == 2, timeout=5000)  # type: ignore[union-attr]
    assert refresh_meeting(world.ws, meeting).items[0].summary == "De school volgt op."
    assert live.position_label.text() == "Item 2 of 3"
    assert not live.item_panel.note_button.isVisible()  # a topic has no case notes
    click(qtbot, live.next_button)
    qtbot.waitUntil(lambda: live.item_panel.item.id == second, timeout=5000)  # type: ignore[union-attr]
    click(qtbot, live.item_panel.postponed_check)
    qtbot.waitUntil(lambda: refresh_meeting(world.ws, meeting).items[2].postponed, timeout=5000)
    assert not live.next_button.isEnabled()

    # Closing waits for everyone's attendance (tests/gui/meetings/test_close_meeting_gui.py),
    # then asks for a confirmation listing what the record lacks (item 2 has no summary).
    set_attendance(qtbot, live, me, Attendance.PRESENT)
    set_attendance(qtbot, live, welfare, Attendance.EXCUSED)
    assert shows(live.attendance.missing.text(), ALL_RECORDED)

    def confirm(dialog: FinalStepDialog) -> None:
        click(qtbot, dialog.understand)
        click(qtbot, dialog.action_button)

    when_shown(FinalStepDialog, confirm)
    click(qtbot, live.close_button)
    qtbot.waitUntil(lambda: area.page.stack.currentWidget() is area.page.minutes, timeout=5000)
    assert refresh_meeting(world.ws, meeting).status is MeetingStatus.HELD
    assert isinstance(area.page.minutes, MinutesView)

    school_ws = world.sign_in(world.school)
    tasks = TaskService(school_ws).my_tasks()
    assert [t.description for t in tasks] == ["Gesprek met de ouders plannen"]
    assert window.windowTitle() == "LIVC-R Testland – LIVC-R Desktop"


def test_marking_someone_absent_takes_away_their_acknowledgement(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    _window, _area, live, _ids = started(qtbot, world, languages)
    school = world.school.member_id
    set_attendance(qtbot, live, school, Attendance.PRESENT)
    acknowledge(qtbot, live, school)
    click(qtbot, live.item_panel.effective_checks[school])
    qtbot.waitUntil(live.item_panel.effective_checks[school].isChecked, timeout=5000)
    set_attendance(qtbot, live, school, Attendance.ABSENT)
    assert not live.attendance.checks[school].isChecked()
    assert not live.item_panel.effective_checks[school].isChecked()
    assert shows(live.item_panel.effective_reasons[school].text(), NOT_PRESENT)


def projector_text(live: LiveMeetingView) -> str:
    assert live.projector is not None
    return live.projector.labels_text()


def test_the_projector_shows_only_the_current_item_and_the_name_only_when_revealed(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    from sqlalchemy import select

    from livcr_desktop.store.models import JournalOperation

    window, _area, live, (_meeting, first, _general, _second) = started(qtbot, world, languages)
    assert not live.reveal_button.isEnabled()  # nothing projected yet
    click(qtbot, live.projector_button)
    projector = live.projector
    assert projector is not None and projector.isVisible() and projector.isWindow()
    assert not projector.isFullScreen()  # one screen here: a window to drag to the projector
    assert QApplication.screens()[0] is not None
    shown = projector_text(live)
    assert world.code(1) in shown and "Item 1" in shown and "Proefdorp" in shown
    for hidden in (world.code(2), "Jonas", "Fictief", "Mira", "Goedkeuring vorig verslag"):
        assert hidden not in shown
    assert projector.windowTitle() == "LIVC-R – projector"

    assert live.reveal_button.isEnabled()
    click(qtbot, live.reveal_button)
    assert "Jonas Fictief" in projector_text(live)
    with world.ws.db.read_session() as session:
        kinds = session.scalars(
            select(JournalOperation.kind).where(JournalOperation.entity_id == world.case_school)
        ).all()
    assert "access.name_projected" in kinds

    click(qtbot, live.next_button)
    qtbot.waitUntil(lambda: "Item 2" in projector_text(live), timeout=5000)
    shown = projector_text(live)
    assert "Jonas" not in shown and world.code(1) not in shown
    assert "Goedkeuring vorig verslag" in shown
    assert not live.reveal_button.isChecked() and not live.reveal_button.isEnabled()  # a topic
    click(qtbot, live.next_button)
    qtbot.waitUntil(lambda: "Item 3" in projector_text(live), timeout=5000)
    assert world.code(2) in projector_text(live) and "Mira" not in projector_text(live)

    # Leaving live mode (another area, the idle lock) takes the projector away.
    window.navigate("overview")
    assert not projector.isVisible()
    window.navigate("meetings")
    assert live.isVisible() and first
