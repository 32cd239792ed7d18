"""Changing the hand-over key in the coordinator's "Other LIVC-Rs" window, as people would: the
receiving coordinator changes the key (final-step confirmation) and saves the key change; the
sending coordinator opens it, sees both fingerprints and accepts it; a change signed by another
key is refused and nothing is saved; the receiving coordinator retires the previous key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.handover_keys import minisign_line, parse_key_text
from livcr_desktop.domain.handover_rotation import (
    RETIRE_FIXES,
    ROTATE_FIXES,
    RotationStatement,
    parse_rotation,
    rotation_bytes,
)
from livcr_desktop.domain.irreversible import FinalStep
from livcr_desktop.gui.handover.key_change import AcceptKeyChangeDialog
from livcr_desktop.gui.handover.keys_dialog import HandoverKeysDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.handover.key_rotation import ROTATION_FORGED, KeyState
from livcr_desktop.store import signing
from tests.gui.helpers import click
from tests.helpers.handover import RECEIVER_NAME, TwoLivcrs, close, two_livcrs
from tests.helpers.messages import shows


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[TwoLivcrs]:
    made = two_livcrs(tmp_path / "pair")
    yield made
    close(made)


class Confirmations:
    """Stands for the final-step dialog: records what was asked, answers as told."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.steps: list[FinalStep] = []

    def __call__(self, _parent: object, step: FinalStep, _title: str, _action: str) -> bool:
        self.steps.append(step)
        return self.answer


def test_change_accept_and_retire_the_key(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager, tmp_path: Path
) -> None:
    change_file = tmp_path / "change.txt"
    said_no = Confirmations(False)
    receiver = HandoverKeysDialog(
        pair.receiver.workspace,
        choose_change_target=lambda _w, _s: change_file,
        confirm_step=said_no,
    )
    qtbot.addWidget(receiver)
    receiver.show()
    panel = receiver.own_keys
    assert panel.table.rowCount() == 1 and not panel.retire_button.isEnabled()
    old_fp = panel.table.item(0, 0).text()

    click(qtbot, panel.rotate_button)  # asked, then not confirmed: nothing changes
    assert said_no.steps[0].fixes[0].text == ROTATE_FIXES
    assert said_no.steps[0].fixes[0].params["fingerprint"] == old_fp
    assert panel.table.rowCount() == 1 and not change_file.exists()

    said_no.answer = True
    click(qtbot, panel.rotate_button)
    assert panel.table.rowCount() == 2
    new_fp = parse_key_text(change_file.read_text(encoding="utf-8")).fingerprint
    assert panel.table.item(0, 0).text() == new_fp
    assert panel.table.item(1, 0).text() == old_fp
    assert change_file.name in panel.message.text()
    assert panel.retire_button.isEnabled()

    # The sending coordinator accepts the change from the file.
    sender = HandoverKeysDialog(pair.table.ws, choose_change_source=lambda _w, _s: change_file)
    qtbot.addWidget(sender)
    sender.show()
    assert sender.table.item(0, 3).text() == old_fp
    click(qtbot, sender.accept_change_button)
    dialog = sender.accept_dialog
    assert isinstance(dialog, AcceptKeyChangeDialog)
    click(qtbot, dialog.open_button)
    shown = dialog.found.text()
    assert RECEIVER_NAME in shown and old_fp in shown and new_fp in shown
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert not dialog.isVisible()
    assert sender.table.item(0, 3).text() == new_fp

    # The receiving coordinator retires the previous key.
    panel.table.selectRow(1)
    click(qtbot, panel.retire_button)
    assert said_no.steps[-1].fixes[0].text == RETIRE_FIXES
    assert [k.state for k in panel.keys] == [KeyState.CURRENT, KeyState.RETIRED]
    assert not panel.retire_button.isEnabled()


def test_a_forged_key_change_is_refused(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager, tmp_path: Path
) -> None:
    receiver = HandoverKeysDialog(
        pair.receiver.workspace,
        choose_change_target=lambda _w, _s: tmp_path / "change.txt",
        confirm_step=Confirmations(True),
    )
    qtbot.addWidget(receiver)
    click(qtbot, receiver.own_keys.rotate_button)
    real = parse_rotation((tmp_path / "change.txt").read_text(encoding="utf-8"))
    thief = signing.new_private_key()
    forged = RotationStatement(
        real.key,
        real.previous_fingerprint,
        signing.sign(thief, rotation_bytes(real.key, real.previous_fingerprint)),
    ).to_text(minisign_line(real.key.sign_public_hex))

    sender = HandoverKeysDialog(pair.table.ws)
    qtbot.addWidget(sender)
    sender.show()
    click(qtbot, sender.accept_change_button)
    dialog = sender.accept_dialog
    assert isinstance(dialog, AcceptKeyChangeDialog)
    dialog.change_text.setPlainText(forged)
    assert shows(dialog.found.text(), ROTATION_FORGED)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert dialog.isVisible() and shows(dialog.error.text(), ROTATION_FORGED)
    assert sender.table.item(0, 3).text() == real.previous_fingerprint
