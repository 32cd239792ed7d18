"""A trajectory in the GUI, as the people of a fictional LIVC-R would work it: the table's signed
decision starts it, the school (lead partner) adds goals and actions from "My cases", logs updates
and records two evaluations, and the chart changes; the coordinator prints the summary."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.evaluations import RATING_MISSING, Rating
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.life_domains import NAME_TAKEN, domain_name
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.rating_chart import Trend
from livcr_desktop.domain.trajectories import (
    ACTION_OWNER_REQUIRED,
    GOAL_DOMAINS_REQUIRED,
    UpdateKind,
)
from livcr_desktop.gui.cases.my_cases_area import MyCasesArea
from livcr_desktop.gui.settings.life_domains_page import LifeDomainsPage
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.gui.shell.main_window import MainWindow
from livcr_desktop.gui.trajectories.dialogs import ActionDialog, GoalDialog
from livcr_desktop.gui.trajectories.evaluation_dialog import EvaluationDialog
from livcr_desktop.gui.trajectories.panel import TrajectoryPanel
from livcr_desktop.gui.trajectories.rating_chart import RatingChartWidget
from livcr_desktop.gui.trajectories.update_dialog import UpdateDialog
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import DeviceSettings
from tests.gui.helpers import click, type_text, when_shown
from tests.helpers.meetings import Table
from tests.helpers.messages import shows
from tests.helpers.trajectories import organisation_of, start_trajectory


@pytest.fixture
def school(table: Table) -> Iterator[Workspace]:
    workspace = table.sign_in(table.school)
    yield workspace
    workspace.close()


def window_for(qtbot: QtBot, table: Table, workspace: Workspace, languages: LanguageManager):  # type: ignore[no-untyped-def]
    window = MainWindow(
        workspace,
        languages,
        DeviceSettings(table.livcr.folder.settings_path),
        FolderAccess(table.livcr.folder),
    )
    qtbot.addWidget(window)
    window.resize(1200, 760)
    window.show()
    return window


def press(qtbot: QtBot, button: QPushButton) -> None:
    """Click a button; one beyond the offscreen screen (800 px wide, narrower than the main
    window) is pressed from the keyboard: a mouse there leaves the cursor off every screen, and
    Qt's offscreen plugin then crashes when the next window closes."""
    centre = button.mapToGlobal(button.rect().center())
    if button.screen().geometry().contains(centre):
        click(qtbot, button)
    else:
        button.setFocus()
        qtbot.keyClick(button, Qt.Key.Key_Space)


def panel_of(window: MainWindow) -> TrajectoryPanel:
    dossier = window.area("cases").dossier  # type: ignore[union-attr]
    dossier.tabs.setCurrentWidget(dossier.trajectory_panel)
    return dossier.trajectory_panel


def record_evaluation(qtbot: QtBot, panel: TrajectoryPanel, rating: Rating, worse: int) -> None:
    """Through the form: first refused for missing ratings, then complete."""

    def fill(dialog: EvaluationDialog) -> None:
        domains = list(dialog.grid.names)
        click(qtbot, dialog.grid.buttons[(domains[0], rating)])
        dialog.try_accept()
        assert shows(dialog.error.text(), RATING_MISSING)
        assert "Social network and peers" in dialog.error.text()
        assert dialog.grid.names[domains[1]].property("invalid") == "true"
        for index, domain in enumerate(domains):
            chosen = Rating.PROBLEMATIC if index == worse else rating
            dialog.grid.choose(domain, chosen)
        dialog.proposal_combo.setCurrentIndex(1)
        dialog.explanation_edit.setPlainText("Het traject loopt verder zoals gepland.")
        dialog.try_accept()

    when_shown(EvaluationDialog, fill)
    panel.tabs.setCurrentWidget(panel.evaluations)
    press(qtbot, panel.evaluations.record_button)


def test_a_trajectory_from_decision_to_chart_in_the_gui(
    qtbot: QtBot,
    table: Table,
    school: Workspace,
    languages: LanguageManager,
    qtmodeltester,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    start_trajectory(table, organisation_of(school))
    window = window_for(qtbot, table, school, languages)

    # The school works from "My cases": its case, its part, the evaluation it prepares.
    window.navigate("my_cases")
    area = window.current_area()
    assert isinstance(area, MyCasesArea)
    assert area.cases_table.item(0, 3).text() == "Lead partner"
    assert area.evaluations_table.rowCount() == 1
    area.cases_table.cellDoubleClicked.emit(0, 0)
    panel = panel_of(window)
    assert panel.trajectory is not None and panel.trajectory.lead == "Fictieve School"
    assert "Guidance trajectory since" in panel.heading.text()
    assert not panel.chart.isVisible()

    # A goal: refused without a life domain, saved with one.
    def goal(dialog: GoalDialog) -> None:
        dialog.description_edit.setPlainText("Jonas volgt opnieuw alle lessen.")
        dialog.try_accept()
        assert shows(dialog.error.text(), GOAL_DOMAINS_REQUIRED)
        dialog.domain_list.item(2).setCheckState(Qt.CheckState.Checked)
        dialog.try_accept()

    panel.tabs.setCurrentWidget(panel.plan)
    when_shown(GoalDialog, goal)
    press(qtbot, panel.plan.buttons["add_goal"])
    panel = panel_of(window)
    assert panel.plan.goals_table.item(0, 1).text() == "Education and work"

    # An action: refused without the organisation that carries it out.
    def action(dialog: ActionDialog) -> None:
        type_text(qtbot, dialog.description_edit, "Intake bij het CLB")
        dialog.try_accept()
        assert shows(dialog.error.text(), ACTION_OWNER_REQUIRED)
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findText("Fictieve School"))
        dialog.try_accept()

    when_shown(ActionDialog, action)
    press(qtbot, panel.plan.buttons["add_action"])
    panel = panel_of(window)
    assert panel.plan.actions_table.item(0, 1).text() == "Fictieve School"

    # Two updates, one for the school only.
    for kind, text, visibility in (
        (UpdateKind.CONTACT, "Gesprek met Jonas en zijn moeder.", NoteVisibility.TABLE),
        (UpdateKind.CONCERN, "Interne zorg van de school.", NoteVisibility.ORGANISATION),
    ):

        def log(dialog: UpdateDialog, kind=kind, text=text, visibility=visibility) -> None:  # type: ignore[no-untyped-def]
            dialog.kind_combo.select(kind)
            click(qtbot, dialog.visibility_buttons[visibility])
            dialog.body_edit.setPlainText(text)
            dialog.try_accept()

        when_shown(UpdateDialog, log)
        panel.tabs.setCurrentWidget(panel.updates)
        press(qtbot, panel.updates.log_button)
        panel = panel_of(window)
    updates = panel.updates.model
    qtmodeltester.check(updates)
    assert updates.rowCount() == 2
    assert "Updates (2)" in panel.tabs.tabText(2)

    # Two evaluations; the chart appears and then shows the trend.
    record_evaluation(qtbot, panel, Rating.CONCERN, worse=-1)
    panel = panel_of(window)
    chart: RatingChartWidget = panel.chart
    assert len(chart.chart.dates) == 1 and chart.chart.rows[0].trend is Trend.NEW
    table.clock.advance(timedelta(days=91))
    record_evaluation(qtbot, panel, Rating.STABLE, worse=4)
    panel = panel_of(window)
    chart = panel.chart
    trends = {domain_name(row.label): row.trend for row in chart.chart.rows}
    assert len(chart.chart.dates) == 2
    assert trends["Family and home"] is Trend.BETTER and trends["Physical and mental health"] is (
        Trend.WORSE
    )
    chart.grab()  # paints without error
    assert chart.cell_at(chart.width() - 10, 5) is None
    assert panel.evaluations.table.rowCount() == 2

    # The coordinator sees the table's update, not the school's own, and prints the summary.
    coordinator = window_for(qtbot, table, table.ws, languages)
    coordinator.open_case(table.case_school)
    own = panel_of(coordinator)
    assert own.updates.model.rowCount() == 0  # read when the updates are looked at
    own.tabs.setCurrentWidget(own.updates)
    assert own.updates.model.rowCount() == 1
    target = tmp_path / "samenvatting.pdf"
    own.choose_path = lambda _parent, _name: target

    def export(dialog) -> None:  # type: ignore[no-untyped-def]
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(Language.NL.value))
        dialog.try_accept()

    from livcr_desktop.gui.trajectories.summary_export import SummaryExportDialog

    when_shown(SummaryExportDialog, export)
    press(qtbot, own.buttons["summary"])
    text = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Jonas volgt opnieuw alle lessen." in text
    assert "Interne zorg" not in text and "Gesprek met Jonas" not in text


def test_the_coordinator_renames_and_retires_life_domains_in_settings(
    qtbot: QtBot, table: Table
) -> None:
    page = LifeDomainsPage(table.ws)
    qtbot.addWidget(page)
    page.list.setCurrentRow(0)
    page.name_edit.setText("Gezin en thuis")
    click(qtbot, page.buttons["rename"])
    assert page.list.item(0).text() == "Gezin en thuis"
    page.name_edit.setText("gezin EN thuis")
    click(qtbot, page.buttons["add"])
    assert shows(page.message.text(), NAME_TAKEN)
    page.list.setCurrentRow(1)
    click(qtbot, page.buttons["retire"])
    assert page.list.item(page.list.count() - 1).text().endswith("(retired)")
    school = table.sign_in(table.school)
    try:
        read_only = LifeDomainsPage(school)
        qtbot.addWidget(read_only)
        assert not read_only.buttons["add"].isEnabled()
        assert read_only.list.item(0).text() == "Gezin en thuis"
    finally:
        school.close()
