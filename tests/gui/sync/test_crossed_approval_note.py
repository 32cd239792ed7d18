"""The coordinator is told, where they look, that the chair's approval crossed a reseal: the
chair of Proefdorp approved the seal set on their own laptop while the coordinator changed
Testegem's item (a real hub). The Sync area and the meeting's minutes say which minutes, that
the approved text is the earlier one, and what to do; the coordinator then adds the amendment
as a person does. Nothing is said to the chair, nor about minutes approved as last sealed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from livcr_desktop.gui.meetings.dialogs import AmendmentDialog
from livcr_desktop.gui.meetings.meetings_area import MeetingsArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.gui.sync.sync_area import SyncArea
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.settings import DeviceSettings
from livcr_desktop.store.datafolder import DataFolder
from tests.gui.helpers import click, when_shown
from tests.gui.sync import test_chair_approves_on_own_laptop as chair_approves
from tests.integration.hub.laptops import LaptopFleet
from tests.integration.hub.test_minutes_crossed import LATER, cross

fleet = chair_approves.fleet
"""The coordinator's laptop and the chair's own, on a fresh hub."""


def coordinator_window(qtbot: QtBot, fleet: LaptopFleet, languages: LanguageManager) -> MainWindow:
    workspace = fleet.table.ws
    folder = DataFolder(workspace.folder.root)
    window = MainWindow(
        workspace, languages, DeviceSettings(folder.settings_path), FolderAccess(folder)
    )
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_sync_area_and_the_minutes_tell_the_coordinator_what_to_do(
    qtbot: QtBot, fleet: LaptopFleet, languages: LanguageManager
) -> None:
    table = fleet.table
    meeting, _digest = cross(fleet)
    window = coordinator_window(qtbot, fleet, languages)
    window.navigate("sync")
    sync = window.current_area()
    assert isinstance(sync, SyncArea)
    told = sync.crossed_note.text()
    assert sync.crossed_note.isVisible() and f"item 3 ({table.code(3)})" in told, told
    assert "Bram Burgemeester approved the minutes of the meeting of" in told
    assert "the PDF show exactly what Bram Burgemeester signed" in told

    window.navigate("meetings")
    area = window.current_area()
    assert isinstance(area, MeetingsArea)
    area.open_meeting(meeting)
    minutes = area.page.minutes
    assert minutes.crossed_note.isVisible() and minutes.crossed_note.text() == told
    assert all(LATER not in card.summary.toPlainText() for card in minutes.cards)

    def amend(dialog: AmendmentDialog) -> None:  # what the note says to do
        dialog.item_combo.setCurrentIndex(dialog.item_combo.findText(f"3. {table.code(3)}"))
        dialog.text_edit.setPlainText(LATER)
        dialog.try_accept()

    when_shown(AmendmentDialog, amend)
    click(qtbot, minutes.buttons["amend"])
    assert LATER in minutes.amendments_label.text()
    (amendment,) = MinutesService(table.ws).minutes(meeting).amendments
    assert amendment.text == LATER

    chair_window = chair_approves.chair_window(
        qtbot, fleet.members[table.chair.username], languages
    )
    chair_window.navigate("meetings")
    chair_area = chair_window.current_area()
    assert isinstance(chair_area, MeetingsArea)
    chair_area.open_meeting(meeting)
    assert not chair_area.page.minutes.crossed_note.isVisible()
