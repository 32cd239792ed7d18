"""The agenda builder offers first the cases screened onto the operational table, and any case
the coordinator may see can be added with "Add a case…", found by its code or name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.gui.meetings.add_case_dialog import AddCaseDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.meetings.agenda import ProposalReason
from livcr_desktop.services.meetings.view import refresh_meeting
from tests.gui.helpers import click, when_shown
from tests.gui.meeting_world import World, meetings_area, open_window


def test_a_case_screened_onto_the_table_is_proposed_first(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    CaseService(world.ws).screen(world.case_welfare, ScreeningOutcome.TO_TABLE, "Bespreken.")
    meeting = world.plan(days=7)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    panel = area.page.agenda.proposals
    qtbot.waitUntil(lambda: len(panel.proposals) == 3, timeout=5000)
    assert panel.proposals[0].case_id == world.case_welfare
    assert panel.proposals[0].reason is ProposalReason.SCREENED_TO_TABLE
    assert panel.table.item(0, 4).text() == "Screened onto the operational table"
    click(qtbot, panel.add_buttons[world.case_welfare])
    qtbot.waitUntil(
        lambda: (
            [i.case_id for i in refresh_meeting(world.ws, meeting).items] == [world.case_welfare]
        ),
        timeout=5000,
    )


def test_add_any_case_by_its_name_from_the_keyboard(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting = world.plan(days=7)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    builder = area.page.agenda
    assert builder.case_button.isVisible()
    seen: list[str] = []

    def choose(dialog: AddCaseDialog) -> None:
        assert dialog.focusWidget() is dialog.search_edit  # typing can start at once
        assert dialog.results.count() == 3  # every open case the coordinator may see
        qtbot.keyClicks(dialog.search_edit, "Denkbeeld")
        seen.extend(dialog.results.item(r).text() for r in range(dialog.results.count()))
        qtbot.keyClick(dialog.search_edit, Qt.Key.Key_Return)

    when_shown(AddCaseDialog, choose)
    click(qtbot, builder.case_button)
    assert len(seen) == 1 and world.code(3) in seen[0] and "Testegem" in seen[0]
    qtbot.waitUntil(
        lambda: (
            [i.case_id for i in refresh_meeting(world.ws, meeting).items] == [world.case_nobody]
        ),
        timeout=5000,
    )
    qtbot.waitUntil(lambda: builder.selected_item() is not None, timeout=5000)
    assert builder.selected_item().case_id == world.case_nobody  # type: ignore[union-attr]
