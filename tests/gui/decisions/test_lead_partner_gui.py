"""Proposing to start a guidance trajectory as the coordinator would: the lead-partner list
offers the partners, never the local police."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from livcr_desktop.domain.decisions import DecisionKind
from livcr_desktop.gui.decisions.dialogs import ProposeDialog
from livcr_desktop.gui.decisions.item_panel import DecisionPanel
from livcr_desktop.gui.shell.language import LanguageManager
from tests.gui.helpers import click, when_shown
from tests.helpers.decisions import in_progress
from tests.helpers.feedback import add_io
from tests.helpers.meetings import Table


def test_the_police_is_not_offered_as_lead_partner(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    add_io(table)
    _meeting, first, _general = in_progress(table)
    panel = DecisionPanel(table.ws, first)
    qtbot.addWidget(panel)
    panel.show()
    offered: list[str] = []

    def look(dialog: ProposeDialog) -> None:
        dialog.kind_combo.setCurrentIndex(
            dialog.kind_combo.findData(DecisionKind.START_TRAJECTORY.value)
        )
        assert dialog.lead_combo.isVisible()
        offered.extend(dialog.lead_combo.itemText(i) for i in range(dialog.lead_combo.count()))
        dialog.reject()

    when_shown(ProposeDialog, look)
    click(qtbot, panel.propose_button)
    assert offered and not any("politie" in name.lower() for name in offered)
    assert any(
        name == "Basisschool De Fictieve Linde" or "school" in name.lower() for name in offered
    )
