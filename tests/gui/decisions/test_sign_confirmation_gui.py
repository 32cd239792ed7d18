"""Signing and withdrawing cannot be undone: the chair's dialog shows what the signature fixes
for good, its button says "Sign the decision", and neither Enter in the passphrase field nor
Cancel signs; withdrawing a proposal asks first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.gui.decisions.dialogs import SignDecisionDialog
from livcr_desktop.gui.decisions.item_panel import DecisionPanel
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.decisions.view import DecisionReader
from livcr_desktop.services.workspace import Workspace
from tests.gui.decisions.test_decisions_gui import ShellStub, waiting_for_the_chair
from tests.gui.helpers import click, type_text, when_shown
from tests.helpers.decisions import FOLLOW, in_progress
from tests.helpers.meetings import Table


def state(workspace: Workspace, item_id: str) -> DecisionState:
    [view] = DecisionReader(workspace).for_item(item_id)
    return view.state


def test_the_sign_dialog_lists_what_becomes_final_and_enter_does_not_sign(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    chair, area, first = waiting_for_the_chair(qtbot, table, ShellStub())
    seen: dict[str, object] = {}

    def look_type_and_press_enter(dialog: SignDecisionDialog) -> None:
        seen["fixes"] = [label.text() for label in dialog.consequences.fixes_lines]
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        seen["ok"] = ok.text()
        type_text(qtbot, dialog.passphrase, table.chair.passphrase)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
        seen["still_open"] = dialog.isVisible()
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))

    when_shown(SignDecisionDialog, look_type_and_press_enter)
    click(qtbot, area.sign_button)
    fixes = seen["fixes"]
    assert isinstance(fixes, list) and len(fixes) >= 2
    assert "neither the wording nor the positions can change" in fixes[0]
    assert "Bram Burgemeester" in fixes[0] or "Sofie School" in fixes[0]
    assert "The case moves to" in fixes[1]
    assert seen["ok"] == "Sign the decision"
    assert seen["still_open"] is True
    assert state(chair, first) is DecisionState.OPEN
    assert area.table.rowCount() == 1

    def sign(dialog: SignDecisionDialog) -> None:
        type_text(qtbot, dialog.passphrase, table.chair.passphrase)
        click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Ok))

    when_shown(SignDecisionDialog, sign)
    click(qtbot, area.sign_button)
    qtbot.waitUntil(lambda: area.table.rowCount() == 0)
    assert state(chair, first) is DecisionState.SIGNED


def test_withdrawing_a_proposal_asks_first(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    _meeting, first, _general = in_progress(table)
    DecisionService(table.ws).propose(first, FOLLOW)
    panel = DecisionPanel(table.ws, first)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    seen: list[str] = []

    def cancel(dialog: FinalStepDialog) -> None:
        seen.extend(label.text() for label in dialog.panel.fixes_lines)
        click(qtbot, dialog.cancel_button)

    when_shown(FinalStepDialog, cancel)
    click(qtbot, panel.card_widgets[0].buttons["withdraw"])
    assert "stays on record as withdrawn" in seen[0]
    assert state(table.ws, first) is DecisionState.OPEN

    def confirm(dialog: FinalStepDialog) -> None:
        click(qtbot, dialog.action_button)

    when_shown(FinalStepDialog, confirm)
    click(qtbot, panel.card_widgets[0].buttons["withdraw"])
    qtbot.waitUntil(lambda: state(table.ws, first) is DecisionState.WITHDRAWN)
