"""Reopening a closed case from its dossier: the coordinator clicks Reopen…, gives a reason,
and the dossier shows the case reopened (a partner sees no such button)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.gui.cases.reopen_dialog import ReopenDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.cases.screening import REOPEN_REASON_REQUIRED, CaseService
from tests.gui.cases.test_cases_gui import cases_area, main_window
from tests.gui.helpers import click, type_text, when_shown
from tests.helpers.factories import LivcrFixture, make_case
from tests.helpers.messages import shows


def test_the_coordinator_reopens_a_closed_case_in_its_dossier(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    case_id = make_case(livcr, "Jonas", "Fictief")
    CaseService(livcr.workspace).screen(case_id, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    window = main_window(qtbot, livcr, languages)
    area = cases_area(window)
    area.open_case(case_id)
    dossier = area.dossier
    assert dossier.dossier is not None and dossier.dossier.header.status is CaseStatus.CLOSED
    assert dossier.buttons["reopen"].isVisible()
    assert not dossier.buttons["status"].isVisible()
    assert not dossier.buttons["screen"].isVisible()

    def reopen(dialog: ReopenDialog) -> None:
        click_ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        click(qtbot, click_ok)  # no reason yet
        assert shows(dialog.error.text(), REOPEN_REASON_REQUIRED)
        assert dialog.isVisible()
        type_text(qtbot, dialog.reason_edit, "Nieuwe feiten gemeld door de school.")
        click(qtbot, click_ok)

    when_shown(ReopenDialog, reopen)
    click(qtbot, dossier.buttons["reopen"])
    qtbot.waitUntil(
        lambda: dossier.dossier is not None and dossier.dossier.header.status is CaseStatus.REOPENED
    )
    assert dossier.status_label.text() == "Reopened"
    assert not dossier.buttons["reopen"].isVisible()
    assert dossier.buttons["status"].isVisible() and dossier.buttons["screen"].isVisible()
