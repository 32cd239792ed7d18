"""The consensus rule on the live screen, clicked as the coordinator would: un-ticking the partner
who objected is refused in the user's language with the way forward, someone who leaves the room
is marked so, and a proposal put after that shows that they left and is not put to them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.decisions import Position
from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.meetings.live_item import LEFT_AT
from livcr_desktop.gui.meetings.live_meeting import LiveMeetingView
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.live import TOOK_A_POSITION
from livcr_desktop.services.meetings.view import refresh_meeting
from tests.gui.helpers import click
from tests.gui.meeting_world import World, meetings_area, open_window
from tests.helpers.decisions import CLOSE, FOLLOW, in_progress
from tests.helpers.messages import shows


def live_view(qtbot: QtBot, world: World, languages: LanguageManager) -> LiveMeetingView:
    meeting, _first, _general = in_progress(world)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    live = area.page.live
    assert area.page.stack.currentWidget() is live
    return live


def test_un_ticking_the_objector_is_refused_in_dutch_and_the_box_stays_ticked(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    languages.set_language(Language.NL)
    meeting, first, _general = in_progress(world)
    decisions = DecisionService(world.ws)
    proposal = decisions.propose(first, CLOSE)
    decisions.record_position(proposal, world.chair.member_id, Position.AGREE)
    decisions.record_position(
        proposal, world.school.member_id, Position.OBJECT, "Eerst een gesprek met de ouders."
    )
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    live = area.page.live
    school = world.school.member_id
    panel = live.item_panel
    assert panel.item is not None and panel.item.id == first
    assert panel.effective_checks[school].isChecked()

    click(qtbot, panel.effective_checks[school])
    qtbot.waitUntil(lambda: bool(live.item_panel.message.text()), timeout=5000)
    message = live.item_panel.message.text()
    dutch = QCoreApplication.translate(TOOK_A_POSITION.context, TOOK_A_POSITION.source)
    assert dutch != TOOK_A_POSITION.source  # really translated, not the English source
    assert shows(message, TOOK_A_POSITION)
    assert "Sofie School" in message and "De casus wordt afgesloten" in message
    # The screen reads the meeting again and shows what is stored: still ticked (in a new box,
    # so the lambda looks the box up each time).
    qtbot.waitUntil(
        lambda: live.item_panel.effective_checks[school].isChecked(),  # noqa: PLW0108
        timeout=5000,
    )
    assert shows(live.item_panel.message.text(), TOOK_A_POSITION)
    stored = refresh_meeting(world.ws, meeting).items[0].invitees
    assert next(i for i in stored if i.member_id == school).effective


def test_someone_who_left_is_marked_and_not_among_those_a_new_proposal_is_put_to(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    live = live_view(qtbot, world, languages)
    school = world.school.member_id
    panel = live.item_panel
    assert panel.item is not None
    first = panel.item.id
    button = panel.left_buttons[school]
    assert button.text() == "Has left"
    click(qtbot, button)
    qtbot.waitUntil(
        lambda: shows(live.item_panel.effective_reasons[school].text(), LEFT_AT), timeout=5000
    )
    assert live.item_panel.left_buttons[school].text() == "Back in the meeting"
    assert live.item_panel.effective_checks[school].isChecked()  # they did take part

    DecisionService(world.ws).propose(first, FOLLOW)
    decisions = live.decision_panel
    assert decisions is not None
    decisions.reload()
    card = decisions.card_widgets[0]
    assert card.put_to_label.text() == (
        "Put to the effective participants in the room when it was put (listed below); "
        "consensus needs each of them. Not put to those who had already left the meeting: "
        "Sofie School."
    )
    assert set(card.position_labels) == {world.chair.member_id}
