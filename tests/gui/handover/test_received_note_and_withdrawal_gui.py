"""The receiving coordinator opens the transfer note a hand-over carried from the new case's
dossier (its pages shown, the opening journaled); the sending coordinator withdraws a registered
LIVC-R from the Other LIVC-Rs window after confirming."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.text import identity_translate
from livcr_desktop.gui.handover.dossier_section import HandoverSection
from livcr_desktop.gui.handover.keys_dialog import HandoverKeysDialog
from livcr_desktop.gui.handover.received_note_view import ReceivedNoteView
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.handover.keys import HandoverKeys
from livcr_desktop.services.handover.receiving import import_handover
from livcr_desktop.services.handover.sending import send
from livcr_desktop.store.models import JournalOperation
from tests.gui.helpers import click
from tests.helpers.handover import TwoLivcrs, close, decided, two_livcrs


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[TwoLivcrs]:
    made = two_livcrs(tmp_path / "pair")
    yield made
    close(made)


def test_the_received_transfer_note_opens_in_the_dossier(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager, tmp_path: Path
) -> None:
    handover, _decision = decided(pair)
    files = send(pair.table.ws, handover, tmp_path / "out")
    receiver = pair.receiver.workspace
    imported = import_handover(receiver, files.bundle, identity_translate)

    section = HandoverSection(receiver)
    qtbot.addWidget(section)
    section.show()
    assert section.show_case(imported.case_id)
    assert section.note_button.isVisible()
    click(qtbot, section.note_button)
    view = section.note_view
    assert isinstance(view, ReceivedNoteView)
    qtbot.waitUntil(lambda: bool(view.images), timeout=20_000)
    assert view.findChild(type(view.info), "receivedNotePage1") is not None
    assert "1" in view.info.text()
    with receiver.db.read_session() as session:
        kinds = list(session.scalars(select(JournalOperation.kind)))
    assert kinds.count("access.transfer_note_opened") == 1
    view.accept()

    # A case that came otherwise has no such button.
    assert section.show_case(pair.receiver_id_at_sender) is True  # an id of no case: no note
    assert not section.note_button.isVisible()


def test_withdraw_a_registered_livcr_after_confirming(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager
) -> None:
    answers = [False, True]
    asked: list[str] = []

    def confirm(_parent: object, question: str) -> bool:
        asked.append(question)
        return answers.pop(0)

    dialog = HandoverKeysDialog(pair.sender.workspace, confirm=confirm)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1
    click(qtbot, dialog.withdraw_button)  # nothing selected: said so, nothing asked
    assert not asked and dialog.message.text()
    dialog.table.selectRow(0)
    click(qtbot, dialog.withdraw_button)  # "No"
    assert dialog.table.rowCount() == 1 and "LIVC-R Gent-Proef" in asked[0]
    click(qtbot, dialog.withdraw_button)  # "Yes"
    assert dialog.table.rowCount() == 0
    assert "LIVC-R Gent-Proef" in dialog.message.text()
    assert HandoverKeys(pair.sender.workspace).others() == []
