"""The shared confirmation of steps that cannot be undone: the safe choice is the default, the
action waits for "I understand" when something is missing, nothing passes while something blocks,
and however long the lists, the dialog and its buttons fit a 1366×768 screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from tests.gui.helpers import click

LINE = QT_TRANSLATE_NOOP(
    "Tests", "Item {number} has no summary, and its effective participants are not recorded."
)


def dialog_for(qtbot: QtBot, step: FinalStep) -> FinalStepDialog:
    dialog = FinalStepDialog(
        None, step, object_name="testFinalStep", title="Close", action="Close the meeting"
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_enter_takes_the_safe_choice(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot, FinalStep(fixes=(Message(LINE, {"number": 1}),)))
    assert dialog.action_button.isEnabled()  # nothing missing: no tick needed
    assert dialog.focusWidget() is dialog.cancel_button
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)


def test_missing_parts_need_a_tick_and_blocking_ones_stop_the_step(qtbot: QtBot) -> None:
    line = Message(LINE, {"number": 2})
    dialog = dialog_for(qtbot, FinalStep(fixes=(), missing=(line,)))
    assert not dialog.action_button.isEnabled()
    click(qtbot, dialog.understand)
    assert dialog.action_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.action_button)

    blocked = dialog_for(qtbot, FinalStep(fixes=(), missing=(line,), blocking=(line,)))
    assert not blocked.understand.isVisible()
    assert not blocked.action_button.isEnabled()


def test_long_lists_scroll_and_the_buttons_stay_on_a_small_screen(qtbot: QtBot) -> None:
    lines = tuple(Message(LINE, {"number": n}) for n in range(1, 41))
    dialog = dialog_for(qtbot, FinalStep(fixes=lines[:3], missing=lines))
    assert dialog.height() <= 768 - 60  # room for the title bar and the task bar
    assert dialog.width() <= 1366
    for button in (dialog.cancel_button, dialog.action_button, dialog.understand):
        bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
        assert button.isVisible() and bottom <= dialog.height()
