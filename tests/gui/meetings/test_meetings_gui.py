"""The meetings area: planning, the agenda builder (drag and drop, keyboard, proposals, topics,
invitees), what a partner sees, and the invitations."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QListView
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.meetings import (
    END_BEFORE_START,
    IN_THE_PAST,
    TITLE_REQUIRED,
    ItemKind,
    MeetingStatus,
    TableKind,
)
from livcr_desktop.gui.meetings.agenda_builder import AgendaBuilder
from livcr_desktop.gui.meetings.agenda_model import AgendaModel
from livcr_desktop.gui.meetings.dialogs import TopicDialog
from livcr_desktop.gui.meetings.invitations_dialog import NO_FOLDER, InvitationsDialog
from livcr_desktop.gui.meetings.plan_dialog import MeetingDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.meetings.live import TOO_EARLY
from livcr_desktop.services.meetings.planning import REASON_REQUIRED, MeetingService
from livcr_desktop.services.meetings.view import refresh_meeting
from livcr_desktop.store.private_files import PRIVATE_MODE
from tests.gui.helpers import click, type_text, when_shown
from tests.gui.meeting_world import FakeReports, World, meetings_area, open_window
from tests.helpers.messages import shows


def stored_order(world: World, meeting_id: str) -> list[str]:
    """The agenda as the service has it: case ids, or topic titles."""
    return [i.case_id or i.title for i in refresh_meeting(world.ws, meeting_id).items]


def drop_on_row(view: QListView, dragged_row: int, target_row: int) -> None:
    """What a real drag does at the end: enter, move and drop the dragged item's mime data just
    above the target row (offscreen Qt cannot run a real QDrag loop)."""
    model = view.model()
    mime = model.mimeData([model.index(dragged_row, 0)])
    rect = view.visualRect(model.index(target_row, 0))
    point = QPoint(rect.left() + 10, rect.top() + 1)
    for kind in (QDragEnterEvent, QDragMoveEvent):
        event = kind(
            point,
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(view.viewport(), event)
        assert event.isAccepted()
    drop = QDropEvent(
        QPointF(point),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), drop)


def test_plan_a_meeting_with_clear_messages(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    assert area.empty.isVisible() and "No meetings yet" in area.empty.title.text()
    assert [area.table_tabs.tabText(i) for i in range(2)] == [
        "Operational table",
        "Strategic table",
    ]

    def plan(dialog: MeetingDialog) -> None:
        assert dialog.chair_combo.currentText().startswith("Bram Burgemeester")
        today = dialog.date_edit.minimum
        assert today is not None
        dialog.date_edit.clear()
        type_text(qtbot, dialog.date_edit, today.strftime("%d/%m/%Y"))
        dialog.start_edit.setTime(QTime(6, 0))
        dialog.end_edit.setTime(QTime(7, 0))
        type_text(qtbot, dialog.place_edit, "Gemeentehuis, zaal 2")
        dialog.try_accept()
        assert shows(dialog.error.text(), IN_THE_PAST)
        dialog.date_edit.clear()
        type_text(qtbot, dialog.date_edit, (today + timedelta(days=1)).strftime("%d/%m/%Y"))
        dialog.end_edit.setTime(QTime(5, 0))
        dialog.try_accept()
        assert shows(dialog.error.text(), END_BEFORE_START)
        dialog.start_edit.setTime(QTime(14, 0))
        dialog.end_edit.setTime(QTime(16, 0))
        dialog.repeat_combo.setCurrentIndex(dialog.repeat_combo.findText("Every month"))
        dialog.count_spin.setValue(3)
        dialog.try_accept()

    when_shown(MeetingDialog, plan)
    click(qtbot, area.plan_button)
    assert area.stack.currentWidget() is area.page
    page = area.page
    assert page.meeting is not None and page.meeting.status is MeetingStatus.PLANNED
    assert "14:00–16:00" in page.facts.text()  # Brussels time, as typed
    click(qtbot, page.back_button)
    assert area.upcoming.rowCount() == 3 and not area.past.isVisible()
    assert area.upcoming.item(0, 3).text() == "Bram Burgemeester"


def test_build_an_agenda_by_drag_and_drop_and_keyboard(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting = world.plan()
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    builder = area.page.agenda
    assert isinstance(builder, AgendaBuilder) and builder.editable
    panel = builder.proposals
    qtbot.waitUntil(lambda: len(panel.proposals) == 3, timeout=5000)
    assert {p.reason.label.source for p in panel.proposals} == {"New signal to screen"}
    for case in (world.case_school, world.case_welfare, world.case_nobody):
        click(qtbot, panel.add_buttons[case])
        qtbot.waitUntil(lambda case=case: case not in panel.add_buttons, timeout=5000)
    assert not panel.table.isVisible() and "Nothing to propose" in panel.explanation.text()

    def topic(dialog: TopicDialog) -> None:
        assert dialog.kind_combo.count() == 1  # the operational table: general items only
        dialog.try_accept()
        assert shows(dialog.error.text(), TITLE_REQUIRED)
        type_text(qtbot, dialog.title_edit, "Rondvraag")
        dialog.try_accept()

    when_shown(TopicDialog, topic)
    click(qtbot, builder.topic_button)
    school, welfare, nobody = world.case_school, world.case_welfare, world.case_nobody
    assert stored_order(world, meeting) == [school, welfare, nobody, "Rondvraag"]

    # Drag item 3 above item 1: the drop is stored through the AgendaService.
    drop_on_row(builder.view, 2, 0)
    qtbot.waitUntil(
        lambda: stored_order(world, meeting) == [nobody, school, welfare, "Rondvraag"],
        timeout=5000,
    )
    assert builder.model.items[0].case_id == nobody
    # The list view's own internal move calls moveRows: the topic goes to the top.
    assert builder.model.moveRow(QModelIndex(), 3, QModelIndex(), 0)
    qtbot.waitUntil(
        lambda: stored_order(world, meeting) == ["Rondvraag", nobody, school, welfare],
        timeout=5000,
    )
    # A drop from another application is refused.
    from PySide6.QtCore import QMimeData

    foreign = QMimeData()
    foreign.setText("TER-2099-001")
    assert not builder.model.canDropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())

    # The keyboard way: Alt+Down moves the selected item one place down.
    builder.select(builder.model.items[0].id)
    builder.view.setFocus()
    qtbot.keyClick(builder.view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert stored_order(world, meeting) == [nobody, "Rondvraag", school, welfare]
    assert builder.selected_item() is not None and builder.selected_item().title == "Rondvraag"
    click(qtbot, builder.up_button)
    assert stored_order(world, meeting) == ["Rondvraag", nobody, school, welfare]

    # Taking an item off brings its case back among the proposals.
    builder.select(builder.model.items[1].id)
    click(qtbot, builder.remove_button)
    assert stored_order(world, meeting) == ["Rondvraag", school, welfare]
    qtbot.waitUntil(lambda: nobody in panel.add_buttons, timeout=5000)
    assert area.page.facts.text().endswith("Items: 3")


def test_invitees_are_chosen_per_item_and_refusals_say_why(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting, first, general, _second = world.agenda()
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    builder = area.page.agenda
    people = builder.people
    builder.select(first)
    assert set(people.checked_ids()) == {
        world.chair.member_id,
        world.ws.actor.member_id,
        world.school.member_id,
    }
    row = people.row_of(world.welfare.member_id)
    assert row is not None
    row.setCheckState(Qt.CheckState.Checked)
    assert f"Wout Welzijn may not see case {world.code(1)}" in people.message.text()
    assert people.row_of(world.welfare.member_id).checkState() == Qt.CheckState.Unchecked
    invitees = {i.member_id for i in refresh_meeting(world.ws, meeting).items[0].invitees}
    assert world.welfare.member_id not in invitees
    # Taking the chair off this item is stored.
    people.row_of(world.chair.member_id).setCheckState(Qt.CheckState.Unchecked)
    invitees = {i.member_id for i in refresh_meeting(world.ws, meeting).items[0].invitees}
    assert invitees == {world.ws.actor.member_id, world.school.member_id}
    assert people.dossier_button.isVisible()
    # A topic shows the meeting's participants instead.
    builder.select(general)
    assert people.add_button.isVisible() and not people.dossier_button.isVisible()
    assert people.people.count() == 4


def test_a_meeting_cannot_start_before_its_day(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting, *_ = world.agenda()
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    click(qtbot, area.page.buttons["start"])
    assert shows(area.page.message.text(), TOO_EARLY)
    assert refresh_meeting(world.ws, meeting).status is MeetingStatus.PLANNED


def test_a_partner_sees_only_their_own_item(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting, first, general, _second = world.agenda()
    world.plan(days=2)  # a meeting without any item of the school
    school = world.sign_in(world.school)
    window = open_window(qtbot, world, languages, school)
    area = meetings_area(window)
    assert not area.plan_button.isVisible() and not area.table_tabs.isVisible()
    assert area.upcoming.rowCount() == 1 and area.upcoming.item(0, 5).text() == "2"
    area.open_meeting(meeting)
    page = area.page
    assert [i.id for i in page.agenda.model.items] == [first, general]
    assert not page.agenda.editable and not page.agenda.proposals.isVisible()
    assert not any(b.isVisible() for b in page.buttons.values())
    shown = "\n".join(label.text() for label in page.findChildren(QLabel) if label.isVisible())
    shown += "\n".join(str(page.agenda.model.data(page.agenda.model.index(r))) for r in range(2))
    assert world.code(1) in shown and "Jonas Fictief" in shown
    assert world.code(2) not in shown and "Mira" not in shown and "Wout" not in shown
    assert "Items: 2" in page.facts.text()


def test_the_strategic_table_gets_topics_only(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting = world.plan(table=TableKind.STRATEGIC)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.select_table(TableKind.STRATEGIC)
    assert area.upcoming.rowCount() == 1
    area.open_meeting(meeting)
    builder = area.page.agenda
    assert not builder.proposals.isVisible()

    def topic(dialog: TopicDialog) -> None:
        kinds = [dialog.kind_combo.itemText(i) for i in range(dialog.kind_combo.count())]
        assert "House rules" in kinds and "Case" not in kinds
        dialog.kind_combo.setCurrentIndex(kinds.index("House rules"))
        type_text(qtbot, dialog.title_edit, "Herziening")
        dialog.try_accept()

    when_shown(TopicDialog, topic)
    click(qtbot, builder.topic_button)
    assert [i.kind for i in refresh_meeting(world.ws, meeting).items] == [ItemKind.HOUSE_RULES]


def test_invitations_are_written_per_invitee_and_the_page_says_what(
    qtbot: QtBot,
    world: World,
    languages: LanguageManager,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    reports = FakeReports()
    reports.install(monkeypatch)
    meeting, *_ = world.agenda()
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    page = area.page

    def choose(dialog: InvitationsDialog) -> None:
        for row in range(dialog.people.count()):
            item = dialog.people.item(row)
            if not item.text().startswith(("Sofie", "Wout")):
                item.setCheckState(Qt.CheckState.Unchecked)
        assert "Sofie School – Fictieve School (items: 2)" in [
            dialog.people.item(r).text() for r in range(dialog.people.count())
        ]
        dialog.folder_field.edit.setText(str(tmp_path / "missing"))
        dialog.try_accept()
        assert shows(dialog.error.text(), NO_FOLDER)
        dialog.folder_field.edit.setText(str(tmp_path))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
        dialog.try_accept()

    when_shown(InvitationsDialog, choose)
    click(qtbot, page.buttons["invitations"])
    qtbot.waitUntil(lambda: "for people: 2" in page.message.text(), timeout=5000)
    assert len(list(tmp_path.glob("*.pdf"))) == 2 and len(list(tmp_path.glob("*.ics"))) == 2
    written = [*tmp_path.glob("*.pdf"), *tmp_path.glob("*.ics")]
    assert {stat.S_IMODE(p.stat().st_mode) for p in written} == {PRIVATE_MODE}
    headings = {i.invitee: [x.heading for x in i.items] for i in reports.invitations}  # type: ignore[attr-defined]
    assert headings["Sofie School"] == [world.code(1), "Goedkeuring vorig verslag"]
    assert headings["Wout Welzijn"] == ["Goedkeuring vorig verslag", world.code(2)]


def test_a_meeting_is_moved_and_cancelled_with_a_reason(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    from livcr_desktop.gui.meetings.dialogs import CancelMeetingDialog

    meeting = world.plan()
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    page = area.page

    def move(dialog: MeetingDialog) -> None:
        assert not dialog.repeat_combo.isVisible()
        dialog.start_edit.setTime(QTime(9, 0))
        dialog.end_edit.setTime(QTime(11, 0))
        dialog.try_accept()

    when_shown(MeetingDialog, move)
    click(qtbot, page.buttons["move"])
    assert page.facts.text().startswith("09:00–11:00")

    def cancel(dialog: CancelMeetingDialog) -> None:
        buttons = dialog.buttons
        assert buttons.button(buttons.StandardButton.Ok).text() == "Cancel the meeting"
        assert buttons.button(buttons.StandardButton.Cancel).text() == "Keep the meeting"
        assert "cannot be started again" in dialog.intro.text()
        dialog.try_accept()
        assert shows(dialog.error.text(), REASON_REQUIRED)
        dialog.reason_edit.setPlainText("De burgemeester is verhinderd.")
        dialog.try_accept()

    when_shown(CancelMeetingDialog, cancel)
    click(qtbot, page.buttons["cancel"])
    assert page.stack.currentWidget() is page.cancelled
    assert "verhinderd" in page.cancelled.text()
    status = MeetingService(world.ws).meetings(TableKind.OPERATIONAL)[0].status
    assert status is MeetingStatus.CANCELLED


def test_the_agenda_model_passes_the_model_tester(  # type: ignore[no-untyped-def]
    qtmodeltester, world: World
) -> None:
    meeting, *_ = world.agenda()
    model = AgendaModel(movable=True)
    model.set_items(refresh_meeting(world.ws, meeting).items)
    qtmodeltester.check(model)


def test_the_meeting_screens_follow_a_language_switch(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    from livcr_desktop.domain.languages import Language

    meeting, *_ = world.agenda()
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    languages.set_language(Language.NL)
    QApplication.processEvents()
    page = area.page
    assert page.buttons["start"].text() == "De vergadering starten"
    assert page.title.text().startswith("Operationele tafel – ")
    assert page.agenda.heading.text() == "Agenda"
    assert page.agenda.model.data(page.agenda.model.index(1)).startswith("2. Algemeen punt: ")
    assert area.table_tabs.tabText(1) == "Strategische tafel"
    languages.set_language(Language.FR)
    QApplication.processEvents()
    assert page.buttons["start"].text() == "Commencer la réunion"
    assert page.agenda.model.data(page.agenda.model.index(1)).startswith("2. Point général : ")
