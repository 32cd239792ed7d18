"""Minutes after the meeting (draft, the chair's approval signed in on top, the frozen state,
amendments, exports) and the action points in "My tasks" and on the dossier."""

from __future__ import annotations

import stat
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.meetings import Attendance
from livcr_desktop.gui.access.on_top import OnTopSignInDialog
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.meetings.dialogs import CONCERN_REQUIRED, AmendmentDialog
from livcr_desktop.gui.meetings.minutes_export_dialog import MinutesExportDialog
from livcr_desktop.gui.meetings.tasks_area import TasksArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.i18n.formatting import format_time
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.meetings.tasks import TaskState
from livcr_desktop.services.messages import WRONG_PASSPHRASE_ON_TOP
from livcr_desktop.store.private_files import PRIVATE_MODE
from tests.gui.helpers import click, type_text, when_shown
from tests.gui.meeting_world import FakeReports, World, meetings_area, open_window
from tests.helpers.messages import shows


def held(world: World, *, welfare_leaves: bool = False) -> tuple[str, str, str, str]:
    """The meeting of `World.agenda`, held tomorrow with everyone present, and closed (Wout
    Welzijn leaving 40 minutes after the start when `welfare_leaves`)."""
    meeting, first, general, second = world.agenda()
    world.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(world.ws)
    live.start(meeting)
    for member in (
        world.chair.member_id,
        world.school.member_id,
        world.welfare.member_id,
        world.ws.actor.member_id,
    ):
        live.set_attendance(meeting, member, Attendance.PRESENT)
        live.acknowledge_secrecy(meeting, member)
    live.set_effective(first, world.school.member_id, True)
    live.set_summary(first, "De school volgt op.")
    live.add_action_point(first, world.ws.actor.member_id, "Ouders bellen", world.clock.today())
    if welfare_leaves:
        world.clock.advance(timedelta(minutes=40))
        live.set_left(meeting, world.welfare.member_id, True)
    live.finish(meeting)
    return meeting, first, general, second


def test_the_chair_approves_the_minutes_signed_in_on_top(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting, *_ = held(world)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    assert area.past.item(0, 6).text() == "draft, to approve"
    area.open_meeting(meeting)
    minutes = area.page.minutes
    assert area.page.stack.currentWidget() is minutes
    assert "Draft minutes" in minutes.state.text()
    assert [c.summary.isReadOnly() for c in minutes.cards] == [False, False, False]
    minutes.cards[1].summary.setPlainText("Het verslag is goedgekeurd.")
    type_text(qtbot, minutes.remarks_edit, "Volgende keer in zaal 3.")
    click(qtbot, minutes.buttons["save"])
    assert "The draft is saved" in minutes.message.text()
    draft = MinutesService(world.ws).minutes(meeting)
    assert draft.remarks == "Volgende keer in zaal 3."
    assert draft.items[1].summary == "Het verslag is goedgekeurd."

    def sign(dialog: OnTopSignInDialog) -> None:
        assert dialog.account_combo.count() == 1  # only the chair of this meeting
        assert dialog.account_combo.currentText().startswith("Bram Burgemeester")
        assert "approves the minutes" in dialog.intro.text()
        type_text(qtbot, dialog.passphrase_edit, "fout-fout-fout")
        dialog.try_accept()
        assert shows(dialog.error.text(), WRONG_PASSPHRASE_ON_TOP)
        assert "recovery key" not in dialog.error.text()
        type_text(qtbot, dialog.passphrase_edit, world.chair.passphrase)
        dialog.try_accept()

    def cancel(dialog: FinalStepDialog) -> None:
        seen["missing"] = [label.text() for label in dialog.missing_lines]
        click(qtbot, dialog.cancel_button)

    # Approving freezes the minutes: a confirmation lists what they lack; Cancel keeps the draft.
    seen: dict[str, object] = {}
    when_shown(FinalStepDialog, cancel)
    click(qtbot, minutes.buttons["approve"])
    assert seen["missing"] == [
        "• Item 3 has no summary.",
        "• Item 3 has no effective participants.",
    ]
    assert MinutesService(world.ws).minutes(meeting).approval is None
    assert minutes.buttons["approve"].isVisible()

    def confirm(dialog: FinalStepDialog) -> None:
        assert not dialog.action_button.isEnabled()  # not before "I understand" is ticked
        click(qtbot, dialog.understand)
        assert dialog.action_button.text() == "Approve the minutes"
        click(qtbot, dialog.action_button)

    when_shown(FinalStepDialog, confirm)
    when_shown(OnTopSignInDialog, sign)
    click(qtbot, minutes.buttons["approve"])
    approval = MinutesService(world.ws).minutes(meeting).approval
    assert approval is not None and approval.approved_by == "Bram Burgemeester"
    assert window.workspace.actor.display_name == "Tessa Test"
    assert "Approved by Bram Burgemeester" in minutes.state.text()
    assert all(c.summary.isReadOnly() for c in minutes.cards) and minutes.remarks_edit.isReadOnly()
    assert not minutes.buttons["save"].isVisible() and not minutes.buttons["approve"].isVisible()

    def amend(dialog: AmendmentDialog) -> None:
        dialog.item_combo.setCurrentIndex(1)
        dialog.text_edit.setPlainText("Punt 1: het gesprek is met de moeder.")
        dialog.try_accept()

    when_shown(AmendmentDialog, amend)
    click(qtbot, minutes.buttons["amend"])
    assert "het gesprek is met de moeder" in minutes.amendments_label.text()
    click(qtbot, area.page.back_button)
    assert area.past.item(0, 6).text() == "approved"


def test_an_amendment_is_filed_under_the_item_it_corrects(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting, first, _general, _second = held(world)
    MinutesService(world.sign_in(world.chair)).approve(meeting)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    minutes = area.page.minutes
    seen: dict[str, object] = {}

    def amend(dialog: AmendmentDialog) -> None:
        combo = dialog.item_combo
        seen["entries"] = [combo.itemText(i) for i in range(combo.count())]
        # Several items: nothing is chosen for the coordinator, and saving says so.
        assert combo.currentIndex() == -1
        assert "Choose what the correction is about" in dialog.audience_hint.text()
        dialog.text_edit.setPlainText("Het gesprek is met de moeder.")
        dialog.try_accept()
        assert shows(dialog.error.text(), CONCERN_REQUIRED)
        assert dialog.isVisible()
        combo.setCurrentIndex(0)
        assert "Every partner" in dialog.audience_hint.text()
        combo.setCurrentIndex(combo.findData(first))
        assert "invited to item 1" in dialog.audience_hint.text()
        dialog.try_accept()

    when_shown(AmendmentDialog, amend)
    click(qtbot, minutes.buttons["amend"])
    assert seen["entries"] == [
        "The minutes as a whole – everyone receiving the minutes sees it",
        f"1. {world.code(1)}",
        "2. Goedkeuring vorig verslag",
        f"3. {world.code(2)}",
    ]
    amendments = MinutesService(world.ws).minutes(meeting).amendments
    assert [(a.item_id, a.text) for a in amendments] == [(first, "Het gesprek is met de moeder.")]
    assert f"about item 1 ({world.code(1)}): Het gesprek is met de moeder." in (
        minutes.amendments_label.text()
    )

    # The welfare partner's extract does not carry it; the school's does.
    welfare = MinutesService(world.ws).extract(meeting, world.welfare.member_id)
    school = MinutesService(world.ws).extract(meeting, world.school.member_id)
    assert welfare.amendments == () and len(school.amendments) == 1


def test_minutes_and_a_partner_extract_are_exported(
    qtbot: QtBot,
    world: World,
    languages: LanguageManager,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    reports = FakeReports()
    reports.install(monkeypatch)
    out = tmp_path / "out"
    out.mkdir()
    meeting, *_ = held(world)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    minutes = area.page.minutes

    def export(dialog: MinutesExportDialog) -> None:
        for row in range(dialog.people.count()):
            item = dialog.people.item(row)
            if item.text().startswith("Wout Welzijn"):
                item.setCheckState(Qt.CheckState.Checked)
        dialog.folder_field.edit.setText(str(out))
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
        dialog.try_accept()

    when_shown(MinutesExportDialog, export)
    click(qtbot, minutes.buttons["export"])
    qtbot.waitUntil(lambda: "Written into" in minutes.message.text(), timeout=5000)
    day = world.clock.today().isoformat()
    assert sorted(p.name for p in out.iterdir()) == [
        f"{day}-auszug-wout-welzijn.pdf",
        f"{day}-protokoll.pdf",
    ]
    assert {stat.S_IMODE(p.stat().st_mode) for p in out.iterdir()} == {PRIVATE_MODE}
    full, extract = reports.minutes
    assert len(full.items) == 3  # type: ignore[attr-defined]
    assert [i.heading for i in extract.items] == ["Goedkeuring vorig verslag", world.code(2)]  # type: ignore[attr-defined]


def test_my_tasks_mark_overdue_points_and_tick_them_off(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting, first, general, _second = held(world)
    live = LiveMeetingService(world.ws)
    me = world.ws.actor.member_id
    live.add_action_point(general, me, "Zaal reserveren", world.clock.today() + timedelta(30))
    world.clock.advance(timedelta(days=3))  # "Ouders bellen" is overdue by now
    window = open_window(qtbot, world, languages)
    window.navigate("tasks")
    area = window.current_area()
    assert isinstance(area, TasksArea)
    table = area.table.table
    assert [t.state for t in area.table.tasks] == [TaskState.OVERDUE, TaskState.OPEN]
    assert table.item(0, 0).text() == "Overdue" and table.item(0, 0).font().bold()
    assert table.item(0, 0).foreground().color().name() == "#a4161a"
    assert table.item(0, 4).text() == world.code(1)
    assert table.item(1, 4).text() == "Goedkeuring vorig verslag"
    assert area.summary.text() == "2 open · 1 overdue"
    click(qtbot, area.table.checks[area.table.tasks[0].id])
    qtbot.waitUntil(lambda: len(area.table.tasks) == 1, timeout=5000)
    assert area.summary.text() == "1 open · 0 overdue"
    click(qtbot, area.done_check)
    assert [t.state for t in area.table.tasks] == [TaskState.OPEN, TaskState.DONE]
    assert area.table.checks[area.table.tasks[1].id].isChecked()
    assert table.item(1, 0).text() == "Done"

    # The dossier of the case lists its action points, with who owns them.
    window.open_case(world.case_school)
    dossier = window.area("cases").dossier  # type: ignore[union-attr]
    assert dossier.tabs.tabText(dossier.tabs.indexOf(dossier.action_points)) == "Action points"
    points = dossier.action_points.table
    assert points.rowCount() == 1 and points.item(0, 0).text() == "Done"
    assert points.item(0, 2).text() == "Tessa Test"
    assert meeting and first


def test_a_partner_reads_only_their_items_of_the_minutes(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting, *_ = held(world)
    school = world.sign_in(world.school)
    window = open_window(qtbot, world, languages, school)
    area = meetings_area(window)
    area.open_meeting(meeting)
    minutes = area.page.minutes
    assert [c.item.heading for c in minutes.cards] == [world.code(1), "Goedkeuring vorig verslag"]
    assert all(c.summary.isReadOnly() for c in minutes.cards)
    assert not any(b.isVisible() for b in minutes.buttons.values())
    names = [
        minutes.attendance_table.item(r, 0).text()
        for r in range(minutes.attendance_table.rowCount())
    ]
    assert "Wout Welzijn" not in names


def test_the_minutes_say_who_left_the_meeting_and_when(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting, *_ = held(world, welfare_leaves=True)
    left = next(
        a.left_at for a in MinutesService(world.ws).minutes(meeting).attendance if a.left_at
    )
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    table = area.page.minutes.attendance_table
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows["Wout Welzijn"] == f"Present, left at {format_time(left, Language.EN)}"
    assert rows["Sofie School"] == "Present"
