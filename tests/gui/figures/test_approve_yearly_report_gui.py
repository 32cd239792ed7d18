"""The strategic table's proposal form approves the yearly report of a year: ticked, the
proposal names the year, and its signature freezes that report."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from livcr_desktop.domain.decisions import Position
from livcr_desktop.gui.decisions.dialogs import ProposeDialog
from livcr_desktop.gui.figures.figures_area import FiguresArea
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.decisions.view import proposal_options
from livcr_desktop.services.yearly_report.report import yearly_report
from tests.gui.figures.test_figures_area import StatusShell
from tests.gui.helpers import click, type_text
from tests.helpers.figure_sets import sample_figures
from tests.helpers.meetings import Table
from tests.helpers.yearly_report import approve_report, report_topic_in_progress


def test_the_proposal_form_puts_the_approval_of_a_year(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    """The coordinator ticks "approves the yearly report" in the proposal form of a strategic
    topic; the proposal then names the year and its signature freezes that report."""
    year = table.clock.today().year
    item = report_topic_in_progress(table, year)
    decisions = DecisionService(table.ws)
    dialog = ProposeDialog(decisions, item, proposal_options(table.ws, item))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.report_check.isVisible() and not dialog.report_year.isEnabled()
    type_text(qtbot, dialog.wording, "Het jaarverslag wordt goedgekeurd.")
    click(qtbot, dialog.report_check)
    dialog.report_year.setValue(year)
    dialog.try_accept()
    assert dialog.decision_id
    for member in (table.chair.member_id, table.ws.actor.member_id):
        decisions.record_position(dialog.decision_id, member, Position.AGREE)
    DecisionService(table.sign_in(table.chair)).sign(dialog.decision_id, table.chair.passphrase)
    assert yearly_report(table.ws, year).approval is not None


def test_the_figures_area_says_the_year_is_approved(
    qtbot: QtBot, table: Table, languages: LanguageManager
) -> None:
    year = table.clock.today().year
    approve_report(table, year)
    area = FiguresArea(
        table.ws, StatusShell(), compute=lambda _ws, period, _m: sample_figures(period.start.year)
    )
    qtbot.addWidget(area)
    area.period_bar.year.setValue(year)
    qtbot.waitUntil(lambda: f"yearly report of {year}" in area.status.text(), timeout=5000)
