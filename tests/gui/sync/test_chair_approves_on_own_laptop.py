"""The chair of Proefdorp, on their own laptop in a joint LIVC-R, approves the minutes as a person
does: "To sign", the draft minutes, Approve. The confirmation says which items are about cases
not on this laptop (approved as sealed); after the syncs the coordinator's laptop has every item
frozen. A stale seal set shows what to do first, and the approval cannot be given."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.minutes_seal_set import SEAL_STALE, SEALED_ELSEWHERE
from livcr_desktop.gui.decisions.to_sign_area import SignaturesArea
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.meetings.meetings_area import MeetingsArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.settings import DeviceSettings
from livcr_desktop.store.datafolder import DataFolder
from tests.gui.helpers import click, when_shown
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import make_table
from tests.helpers.messages import shows
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import Laptop, LaptopFleet
from tests.integration.hub.test_minutes_joint_chair import (
    assert_whole_minutes_on_the_coordinator,
    hold_joint_meeting,
    sync_all,
)


@pytest.fixture
def fleet(tmp_path: Path, hub_db: HubDatabase) -> Iterator[LaptopFleet]:
    table = make_table(make_livcr(tmp_path / "coordinator"))
    made = LaptopFleet(table, hub_db, tmp_path)
    made.enrol(table.chair)
    yield made
    made.close()
    table.livcr.workspace.close()


def chair_window(qtbot: QtBot, chair: Laptop, languages: LanguageManager) -> MainWindow:
    folder = DataFolder(chair.db.folder.root)
    window = MainWindow(
        chair.workspace, languages, DeviceSettings(folder.settings_path), FolderAccess(folder)
    )
    qtbot.addWidget(window)
    window.show()
    return window


def open_draft_from_to_sign(qtbot: QtBot, window: MainWindow) -> MeetingsArea:
    window.navigate("signatures")
    area = window.current_area()
    assert isinstance(area, SignaturesArea)
    assert area.minutes_table.rowCount() == 1
    area.minutes_table.selectRow(0)
    click(qtbot, area.open_minutes_button)
    meetings = window.current_area()
    assert isinstance(meetings, MeetingsArea)
    return meetings


def test_the_chair_approves_on_their_laptop_through_to_sign(
    qtbot: QtBot, fleet: LaptopFleet, languages: LanguageManager, tmp_path: Path
) -> None:
    table = fleet.table
    meeting, _proefdorp, _testegem = hold_joint_meeting(table)
    sync_all(fleet)
    chair = fleet.members["bram.b"]
    window = chair_window(qtbot, chair, languages)
    minutes = open_draft_from_to_sign(qtbot, window).page.minutes
    assert len(minutes.cards) == 2  # Testegem's item is not on this laptop
    seen: dict[str, list[str]] = {}

    def confirm(dialog: FinalStepDialog) -> None:
        seen["fixes"] = [label.text() for label in dialog.panel.fixes_lines]
        seen["blocking"] = [label.text() for label in dialog.panel.blocking_lines]
        if dialog.understand.isVisible():
            click(qtbot, dialog.understand)
        click(qtbot, dialog.action_button)

    when_shown(FinalStepDialog, confirm)
    click(qtbot, minutes.buttons["approve"])
    assert seen["blocking"] == []
    sealed = [line for line in seen["fixes"] if shows(line, SEALED_ELSEWHERE)]
    assert len(sealed) == 1 and table.code(3) in sealed[0]
    approval = MinutesService(chair.workspace).minutes(meeting).approval
    assert approval is not None and approval.approved_by == "Bram Burgemeester"
    assert not minutes.buttons["approve"].isVisible()
    sync_all(fleet)
    assert_whole_minutes_on_the_coordinator(fleet, meeting, approval.content_hash, tmp_path)


def test_a_stale_seal_set_blocks_the_approval_with_what_to_do(
    qtbot: QtBot, fleet: LaptopFleet, languages: LanguageManager
) -> None:
    table = fleet.table
    meeting, proefdorp, _testegem = hold_joint_meeting(table)
    LiveMeetingService(table.ws).add_action_point(
        proefdorp, table.school.member_id, "Gesprek met de ouders plannen", table.clock.today()
    )
    sync_all(fleet)
    chair = fleet.members["bram.b"]
    window = chair_window(qtbot, chair, languages)
    minutes = open_draft_from_to_sign(qtbot, window).page.minutes
    seen: dict[str, object] = {}

    def look(dialog: FinalStepDialog) -> None:
        seen["blocking"] = [label.text() for label in dialog.panel.blocking_lines]
        seen["enabled"] = dialog.action_button.isEnabled()
        click(qtbot, dialog.cancel_button)

    when_shown(FinalStepDialog, look)
    click(qtbot, minutes.buttons["approve"])
    blocking = seen["blocking"]
    assert isinstance(blocking, list) and len(blocking) == 1 and shows(blocking[0], SEAL_STALE)
    assert seen["enabled"] is False
    assert MinutesService(chair.workspace).minutes(meeting).approval is None
