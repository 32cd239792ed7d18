"""A proposed erasure on the live screen, clicked as the coordinator and the chair would: no
summary field (a line says why), no confidential note, and the decision is still put with its
fixed wording (read-only in the form), agreed by the table and signed by the meeting's chair."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.domain.erasure_topic import erasure_wording
from livcr_desktop.domain.languages import Language
from livcr_desktop.gui.decisions.dialogs import ProposeDialog, SignDecisionDialog
from livcr_desktop.gui.kit.text import qt_translate
from livcr_desktop.gui.meetings.live_meeting import LiveMeetingView
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.decisions.view import DecisionReader
from tests.gui.helpers import click, type_text, when_shown
from tests.gui.meeting_world import World, meetings_area, open_window
from tests.helpers.retention import erasure_in_progress

NO_SUMMARY = (
    "No summary or action point on a proposed erasure: the table decides the erasure; what is "
    "said about the case belongs in the case."
)


def _live_on_erasure(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> tuple[LiveMeetingView, str]:
    meeting, item = erasure_in_progress(world)
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    live = area.page.live
    assert area.page.stack.currentWidget() is live
    qtbot.waitUntil(lambda: live.item_panel.item is not None, timeout=5000)
    assert live.item_panel.item is not None and live.item_panel.item.id == item
    return live, item


def test_no_summary_field_and_a_line_that_says_why(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    live, _item = _live_on_erasure(qtbot, world, languages)
    panel = live.item_panel
    assert not panel.summary_edit.isVisible() and not panel.summary_button.isVisible()
    assert not panel.note_edit.isVisible()
    assert panel.erasure_hint.isVisible() and panel.erasure_hint.text() == NO_SUMMARY
    assert "TER-" in panel.heading_label.text()
    assert not panel.action_button.isVisible() and not panel.actions_table.isVisible()
    assert panel.postponed_check.isVisible()  # it can still be postponed
    languages.set_language(Language.NL)
    qtbot.waitUntil(lambda: live.item_panel.erasure_hint.text() != NO_SUMMARY, timeout=5000)
    dutch = live.item_panel.erasure_hint.text()
    assert dutch != NO_SUMMARY and "wissing" in dutch.casefold()


def test_the_table_still_decides_with_the_fixed_wording_and_the_chair_signs(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    live, item = _live_on_erasure(qtbot, world, languages)
    panel = live.decision_panel
    assert panel is not None and panel.propose_button.isEnabled()
    seen: dict[str, object] = {}

    def accept_the_fixed_wording(dialog: ProposeDialog) -> None:
        seen["read_only"] = dialog.wording.isReadOnly()
        seen["wording"] = dialog.wording.toPlainText()
        seen["intro"] = dialog.intro.text()
        type_text(qtbot, dialog.wording, " De jongere is verhuisd.")  # refused by the field
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(ProposeDialog, accept_the_fixed_wording)
    click(qtbot, panel.propose_button)
    qtbot.waitUntil(lambda: len(panel.card_widgets) == 1, timeout=5000)
    assert seen["read_only"] is True
    assert "what is said about the case belongs in the case" in str(seen["intro"])
    title = live.item_panel.item.title if live.item_panel.item else ""
    fixed = erasure_wording(title, qt_translate)
    assert seen["wording"] == fixed
    for member in (world.chair.member_id, world.ws.actor.member_id):
        click(qtbot, panel.card_widgets[0].findChild(QPushButton, f"agree_{member}"))
    card = panel.card_widgets[0]
    assert card.state_label.text() == "Consensus" and not card.buttons["sign"].isHidden()

    def sign_as_chair(dialog: SignDecisionDialog) -> None:
        assert dialog.signer_combo.currentText() == "Bram Burgemeester"
        type_text(qtbot, dialog.passphrase, world.chair.passphrase)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(SignDecisionDialog, sign_as_chair)
    click(qtbot, card.buttons["sign"])
    qtbot.waitUntil(lambda: panel.card_widgets[0].state_label.text() == "Final: signed")
    [decision] = DecisionReader(world.ws).for_item(item)
    assert decision.state is DecisionState.SIGNED and decision.wording == fixed
    QCoreApplication.processEvents()
