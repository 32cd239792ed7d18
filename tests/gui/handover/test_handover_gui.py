"""Hand-over in the GUI, driven as people would: the coordinator saves this LIVC-R's key and
registers the other LIVC-R after typing the fingerprint read aloud; composes a hand-over (the
secrecy guard stops a confidential text until confirmed, the youth-protection warning shows for a
minor) and puts it to the table; after the chair signed, makes the transfer note and the sealed
hand-over; the other coordinator imports it from the File menu, and a second import is refused."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.handover import HandoverStatus
from livcr_desktop.domain.handover_keys import FINGERPRINT_MISMATCH, parse_key_text
from livcr_desktop.domain.retention import HANDOVER_YOUTH_PROTECTION, RECEIVED_YOUTH_PROTECTION
from livcr_desktop.domain.secrecy_guard import OVERLAP
from livcr_desktop.gui.handover.actions import HandoverActions
from livcr_desktop.gui.handover.composer import HandoverComposer
from livcr_desktop.gui.handover.dossier_section import HandoverSection
from livcr_desktop.gui.handover.keys_dialog import HandoverKeysDialog, RegisterLivcrDialog
from livcr_desktop.gui.handover.register_tab import HandoverRegisterTab
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.decisions.view import DecisionReader
from livcr_desktop.services.handover.composing import HandoverService
from livcr_desktop.services.handover.keys import HandoverKeys
from livcr_desktop.services.handover.receiving import ALREADY_IMPORTED
from livcr_desktop.store.models import OtherLivcrRow, PersonRow
from tests.gui.helpers import click, type_text
from tests.helpers.factories import make_livcr
from tests.helpers.feedback import CONFIDENTIAL_NOTE, agree_and_sign, start_meeting
from tests.helpers.handover import TwoLivcrs, close, composed, two_livcrs
from tests.helpers.messages import shows


@pytest.fixture
def pair(tmp_path: Path) -> Iterator[TwoLivcrs]:
    made = two_livcrs(tmp_path / "pair")
    yield made
    close(made)


def test_register_another_livcr_after_comparing_the_fingerprint(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager, tmp_path: Path
) -> None:
    other = make_livcr(tmp_path / "other", name="LIVC-R Brugge-Proef", municipalities=("B",))
    try:
        key_file = tmp_path / "brugge.txt"
        key_file.write_text(HandoverKeys(other.workspace).own_public_text(), encoding="utf-8")
    finally:
        other.workspace.close()
    fingerprint = parse_key_text(key_file.read_text(encoding="utf-8")).fingerprint
    own_file = tmp_path / "own-key.txt"
    dialog = HandoverKeysDialog(
        pair.sender.workspace,
        choose_target=lambda _w, _s: own_file,
        choose_source=lambda _w, _s: key_file,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.table.rowCount() == 1  # the Dutch LIVC-R of the pair
    click(qtbot, dialog.save_button)
    own = parse_key_text(own_file.read_text(encoding="utf-8"))
    assert own.fingerprint in dialog.own_fingerprint.text()

    click(qtbot, dialog.register_button)
    register = dialog.register_dialog
    assert isinstance(register, RegisterLivcrDialog)
    click(qtbot, register.open_button)
    assert "LIVC-R Brugge-Proef" in register.found.text()
    assert fingerprint in register.found.text()
    type_text(qtbot, register.fingerprint, "1234 5678")
    ok = register.buttons.button(QDialogButtonBox.StandardButton.Ok)
    click(qtbot, ok)
    assert register.isVisible() and shows(register.error.text(), FINGERPRINT_MISMATCH)
    register.fingerprint.clear()
    type_text(qtbot, register.fingerprint, fingerprint.lower())
    click(qtbot, ok)
    assert not register.isVisible()
    assert dialog.table.rowCount() == 2
    names = {dialog.table.item(r, 0).text() for r in range(2)}
    assert names == {"LIVC-R Brugge-Proef", "LIVC-R Gent-Proef"}


def test_compose_put_to_the_table_send_and_import(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager, tmp_path: Path
) -> None:
    table = pair.table
    # The person is a minor: the youth-protection warning shows in the composer.
    with table.ws.uow() as uow:
        person = uow.session.scalars(select(PersonRow).where(PersonRow.first_names == "Jonas"))
        row = person.one()
        uow.journal.updated(row, "person.updated", {"birth_date": date(2012, 5, 17)})
    handover = composed(pair)
    start_meeting(table)
    out = tmp_path / "out"
    composer = HandoverComposer(table.ws, handover, choose_target=lambda _w, _s: out)
    qtbot.addWidget(composer)
    composer.show()
    assert shows(composer.youth.text(), HANDOVER_YOUTH_PROTECTION)
    assert "LTF" not in composer.youth.text()
    assert composer.texts.count() == 1

    type_text(qtbot, composer.new_text, CONFIDENTIAL_NOTE[:90])
    click(qtbot, composer.add_button)
    assert shows(composer.error.text(), OVERLAP) and composer.confirm_check.isVisible()
    assert composer.texts.count() == 1  # nothing kept
    composer.new_text.clear()
    type_text(qtbot, composer.new_text, "De moeder is mee verhuisd en steunt de begeleiding.")
    click(qtbot, composer.add_button)
    assert composer.texts.count() == 2 and composer.error.text() == ""

    composer.contact_edits["phone"].clear()
    type_text(qtbot, composer.contact_edits["phone"], "02 111 11 11")
    click(qtbot, composer.save_button)
    assert composer.view is not None and composer.view.content.contact.phone == "02 111 11 11"

    click(qtbot, composer.propose_button)
    assert composer.notice.text() != ""
    assert composer.decision_id in {
        d.id for d in DecisionReader(table.ws).for_case(table.case_school)
    }
    agree_and_sign(table, composer.decision_id)
    composer.reload()
    assert composer.view.status is HandoverStatus.SIGNED
    assert composer.send_button.isVisible() and not composer.propose_button.isVisible()
    assert not composer.add_button.isEnabled()
    click(qtbot, composer.send_button)
    bundle = next(out.glob("*.livcr-handover"))
    assert composer.sent_note is not None and composer.sent_note.exists()
    assert composer.view.status is HandoverStatus.SENT

    # The register of what left the LIVC-R lists it, for the chair too (a sibling tab).
    register = HandoverRegisterTab(table.sign_in(table.chair))
    qtbot.addWidget(register)
    register.refresh()
    assert register.table.rowCount() == 1
    assert register.table.item(0, 1).text() == "LIVC-R Gent-Proef"
    assert "De moeder is mee verhuisd" in register.table.item(0, 3).text()

    actions = HandoverActions(
        _window(qtbot), pair.receiver.workspace, choose_source=lambda _w, _s: bundle
    )
    assert actions.import_action.isVisible()
    actions.import_action.trigger()
    choice = actions.choice_dialog
    assert choice is not None and choice.new_case.isChecked()  # nobody known here: a new case
    assert shows(choice.youth.text(), RECEIVED_YOUTH_PROTECTION)  # the minor, on this side too
    click(qtbot, choice.buttons.button(QDialogButtonBox.StandardButton.Ok))
    box = _message(qtbot, actions.window)
    assert actions.last_import is not None and actions.last_import.case_code in box.text()
    box.close()
    actions.last_import = None
    actions.import_action.trigger()
    box = _message(qtbot, actions.window)
    assert shows(box.text(), ALREADY_IMPORTED) and actions.last_import is None


def test_the_dossier_tab_starts_a_hand_over_and_partners_do_not_see_it(
    qtbot: QtBot, pair: TwoLivcrs, languages: LanguageManager
) -> None:
    table = pair.table
    section = HandoverSection(table.ws)
    qtbot.addWidget(section)
    section.show()
    assert section.show_case(table.case_school) and section.table.rowCount() == 0
    click(qtbot, section.new_button)
    chooser = section.chooser
    assert chooser is not None and chooser.combo.count() == 1
    chooser.accept()
    assert section.table.rowCount() == 1
    assert isinstance(section.composer, HandoverComposer)
    section.composer.reject()
    assert HandoverService(table.ws).for_case(table.case_school)[0].status is HandoverStatus.DRAFT

    school = table.sign_in(table.school)
    partner_section = HandoverSection(school)
    qtbot.addWidget(partner_section)
    assert not partner_section.show_case(table.case_school)
    assert not partner_section.new_button.isVisible()
    actions = HandoverActions(_window(qtbot), school)
    assert not actions.keys_action.isVisible() and not actions.import_action.isVisible()
    with table.ws.db.read_session() as session:
        assert len(list(session.scalars(select(OtherLivcrRow)))) == 1


def _window(qtbot: QtBot):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _message(qtbot: QtBot, window) -> QMessageBox:  # type: ignore[no-untyped-def]
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5000)
    return found[-1]
