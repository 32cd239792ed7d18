"""The decision flow on an agenda item, driven as the coordinator and the chair would: propose,
an objection blocks, reword, consensus, the chair signs on top of the coordinator's session, and
the case moves."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.decisions import CLOSE_REASON_REQUIRED, DecisionKind
from livcr_desktop.gui.decisions.dialogs import ObjectionDialog, ProposeDialog, SignDecisionDialog
from livcr_desktop.gui.decisions.item_panel import DecisionPanel
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.cases.dossier import open_dossier
from tests.gui.helpers import click, type_text, when_shown
from tests.helpers.decisions import in_progress
from tests.helpers.meetings import Table
from tests.helpers.messages import shows


def card_texts(panel: DecisionPanel) -> list[str]:
    return [
        label.text()
        for card in panel.card_widgets
        for label in card.findChildren(QLabel)
        if not label.isHidden()
    ]


def test_propose_object_reword_agree_and_sign_on_top(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    _meeting, first, _general = in_progress(table)
    panel = DecisionPanel(table.ws, first)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()
    assert panel.empty.isVisible()

    def fill_proposal(dialog: ProposeDialog) -> None:
        combo = dialog.kind_combo
        combo.setCurrentIndex(combo.findData(DecisionKind.CLOSE_CASE.value))
        type_text(qtbot, dialog.wording, "De casus wordt afgesloten: de school volgt op.")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible()  # no reason for closing chosen yet
        assert shows(dialog.error.text(), CLOSE_REASON_REQUIRED)
        dialog.reason_combo.setCurrentIndex(2)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(ProposeDialog, fill_proposal)
    click(qtbot, panel.propose_button)
    qtbot.waitUntil(lambda: len(panel.card_widgets) == 1)
    card = panel.card_widgets[0]
    assert card.state_label.text() == "Waiting for positions"
    click(qtbot, card.findChild(QPushButton, f"agree_{table.chair.member_id}"))

    def object_with_reason(dialog: ObjectionDialog) -> None:
        type_text(qtbot, dialog.reason, "Eerst een gesprek met de ouders.")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(ObjectionDialog, object_with_reason)
    card = panel.card_widgets[0]
    click(qtbot, card.findChild(QPushButton, f"object_{table.school.member_id}"))
    qtbot.waitUntil(lambda: panel.card_widgets[0].state_label.text() == "No consensus (objection)")
    card = panel.card_widgets[0]
    assert card.buttons["sign"].isHidden()
    assert "Objects: Eerst een gesprek met de ouders." in card_texts(panel)

    def reword(dialog: ProposeDialog) -> None:
        combo = dialog.kind_combo
        combo.setCurrentIndex(combo.findData(DecisionKind.FOLLOW_UP.value))
        dialog.wording.clear()
        type_text(qtbot, dialog.wording, "De casus blijft in opvolging; eerst een gesprek.")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(ProposeDialog, reword)
    click(qtbot, card.buttons["reword"])
    qtbot.waitUntil(lambda: len(panel.card_widgets) == 2)
    assert panel.card_widgets[0].state_label.text() == "Reworded"
    for member in (table.chair.member_id, table.school.member_id):
        click(qtbot, panel.card_widgets[1].findChild(QPushButton, f"agree_{member}"))
    card = panel.card_widgets[1]
    assert card.state_label.text() == "Consensus"
    assert not card.buttons["sign"].isHidden()

    def sign_as_chair(dialog: SignDecisionDialog) -> None:
        combo: QComboBox = dialog.signer_combo
        assert [combo.itemText(i) for i in range(combo.count())] == ["Bram Burgemeester"]
        type_text(qtbot, dialog.passphrase, "verkeerd-wachtwoord")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.isVisible()
        # the chair mistyped: said as such, with the tries left, and no talk of a recovery key
        assert dialog.error.text() == (
            "This passphrase is wrong. Check the keyboard layout and Caps Lock, then try again "
            "(tries left before a waiting time: 2)."
        )
        type_text(qtbot, dialog.passphrase, table.chair.passphrase)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(SignDecisionDialog, sign_as_chair)
    click(qtbot, card.buttons["sign"])
    qtbot.waitUntil(lambda: panel.card_widgets[1].state_label.text() == "Final: signed")
    assert "Fingerprint of the signature" in panel.message.text()
    assert panel.card_widgets[1].verification.text().startswith("Signature verified")
    assert table.ws.actor.member_id != table.chair.member_id  # back on the coordinator
    assert open_dossier(table.ws, table.case_school).header.status is CaseStatus.ON_TABLE
    QApplication.processEvents()


class ShellStub:
    def __init__(self) -> None:
        self.opened: list[str] = []

    def navigate(self, key: str) -> None:
        pass

    def show_status(self, text: str) -> None:
        pass

    def open_case(self, case_id: str) -> None:
        self.opened.append(case_id)


def waiting_for_the_chair(qtbot: QtBot, table: Table, shell: ShellStub):  # type: ignore[no-untyped-def]
    """A proposal on the first item with everyone's agreement, and the chair's "To sign"."""
    from livcr_desktop.gui.decisions.to_sign_area import SignaturesArea
    from livcr_desktop.services.decisions.consensus import DecisionService
    from tests.helpers.decisions import FOLLOW, all_agree

    _meeting, first, _general = in_progress(table)
    decision = DecisionService(table.ws).propose(first, FOLLOW)
    all_agree(table, decision)
    chair = table.sign_in(table.chair)
    area = SignaturesArea(chair, shell)
    qtbot.addWidget(area)
    area.show()
    return chair, area, first


def test_the_chair_signs_later_from_the_to_sign_list(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    shell = ShellStub()
    _chair, area, _first = waiting_for_the_chair(qtbot, table, shell)
    assert area.table.rowCount() == 1 and area.table.item(0, 1).text().startswith("TER-")
    click(qtbot, area.open_button)
    assert shell.opened == [table.case_school]

    def sign(dialog: SignDecisionDialog) -> None:
        assert dialog.signer_combo.currentText() == "Bram Burgemeester"
        type_text(qtbot, dialog.passphrase, table.chair.passphrase)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(SignDecisionDialog, sign)
    click(qtbot, area.sign_button)
    qtbot.waitUntil(lambda: area.table.rowCount() == 0)
    assert area.empty.isVisibleTo(area)
    assert "Fingerprint" in area.message.text()


def test_a_tampered_decision_is_flagged_loudly_in_the_dossier(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    from livcr_desktop.gui.cases.dossier_view import DossierView
    from livcr_desktop.store.models import DecisionRow
    from tests.helpers.decisions import FOLLOW, signed

    decision, _first, _chair = signed(table, FOLLOW)
    view = DossierView(table.ws)
    qtbot.addWidget(view)
    view.show_case(table.case_school)
    assert "Signature verified" in view.decisions_tab.browser.toPlainText()
    assert not view.message.text()
    with table.ws.uow() as uow:
        row = uow.session.get(DecisionRow, decision)
        assert row is not None
        row.wording = "Iets anders dan wat afgesproken werd"
    view.show_case(table.case_school)
    assert "WARNING: 1 signed decision" in view.message.text()
    assert "no longer verifies" in view.decisions_tab.browser.toPlainText()
