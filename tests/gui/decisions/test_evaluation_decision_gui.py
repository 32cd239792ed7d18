"""The table decides on a recorded trajectory evaluation from the meeting's item, as the
coordinator and the chair would: the proposal names the waiting evaluation, the participants
agree, the chair signs, and the dossier shows the evaluation as decided."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.gui.cases.dossier_view import DossierView
from livcr_desktop.gui.decisions.dialogs import ProposeDialog, SignDecisionDialog
from livcr_desktop.gui.decisions.item_panel import DecisionPanel
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.trajectories.evaluations import EvaluationService
from livcr_desktop.services.trajectories.view import read_trajectory
from tests.gui.helpers import click, type_text, when_shown
from tests.helpers.meetings import Table
from tests.helpers.trajectories import complete, live_item, organisation_of, start_trajectory


def test_the_table_decides_on_a_waiting_evaluation_from_the_item(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    school = table.sign_in(table.school)
    try:
        trajectory_id = start_trajectory(table, organisation_of(school))
        form = EvaluationService(school).form(trajectory_id)
        evaluation = EvaluationService(school).record(
            trajectory_id, complete(form.domains, table.clock.today())
        )
    finally:
        school.close()
    _meeting, item = live_item(table)
    panel = DecisionPanel(table.ws, item)
    qtbot.addWidget(panel)
    panel.resize(900, 700)
    panel.show()

    def propose_the_evaluation(dialog: ProposeDialog) -> None:
        kinds = dialog.kind_combo
        kinds.setCurrentIndex(kinds.findData(DecisionKind.EVALUATE_TRAJECTORY.value))
        assert kinds.currentText() == "Evaluation of the guidance trajectory"
        choices = dialog.evaluation_combo
        assert choices.isVisibleTo(dialog) and not dialog.form_combo.isVisibleTo(dialog)
        assert [choices.itemData(i) for i in range(choices.count())] == [evaluation]
        assert choices.currentText().startswith("Evaluation of ")
        assert choices.currentText().endswith(": Continue the trajectory as it is")
        type_text(qtbot, dialog.wording, "Het traject loopt verder zoals de school voorstelt.")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(ProposeDialog, propose_the_evaluation)
    click(qtbot, panel.propose_button)
    qtbot.waitUntil(lambda: len(panel.card_widgets) == 1)
    assert panel.card_widgets[0].decision.named_id == evaluation
    for member in (table.chair.member_id, table.school.member_id):
        click(qtbot, panel.card_widgets[0].findChild(QPushButton, f"agree_{member}"))
    card = panel.card_widgets[0]
    assert card.state_label.text() == "Consensus"

    def sign_as_chair(dialog: SignDecisionDialog) -> None:
        assert dialog.signer_combo.currentText() == "Bram Burgemeester"
        type_text(qtbot, dialog.passphrase, table.chair.passphrase)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(SignDecisionDialog, sign_as_chair)
    click(qtbot, card.buttons["sign"])
    qtbot.waitUntil(lambda: panel.card_widgets[0].state_label.text() == "Final: signed")
    decision = panel.card_widgets[0].decision.id

    current = read_trajectory(table.ws, table.case_school).current
    assert current is not None
    assert [(e.id, e.decision_id) for e in current.evaluations] == [(evaluation, decision)]
    dossier = DossierView(table.ws)
    qtbot.addWidget(dossier)
    dossier.show()
    dossier.show_case(table.case_school)
    dossier.tabs.setCurrentWidget(dossier.trajectory_panel)
    evaluations = dossier.trajectory_panel.evaluations.table
    qtbot.waitUntil(lambda: evaluations.rowCount() == 1)
    assert evaluations.item(0, 3).text().startswith("decided on ")
