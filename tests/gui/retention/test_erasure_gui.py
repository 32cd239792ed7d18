"""The Erasure tab driven as the coordinator and the DPO would: a case the table decided to
erase is selected, the final-step confirmation says what goes and what stays, Cancel changes
nothing, "Erase for good" erases it and the register shows it by code; the DPO reads the
register but erases nothing."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.domain.retention import RetentionRule
from livcr_desktop.domain.signals import ScreeningOutcome
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.retention.erasure import ErasureService
from tests.gui.helpers import click, when_shown
from tests.gui.retention.test_retention_gui import open_area
from tests.helpers.factories import add_person
from tests.helpers.meetings import SUBJECT_NAMES, Table
from tests.helpers.retention import decide_erasure


def _decided(world: Table) -> str:
    code = world.code(2)
    InvolvementService(world.ws).add_note(
        world.case_welfare, "Kanarie in de notitie.", NoteVisibility.TABLE
    )
    CaseService(world.ws).screen(world.case_welfare, ScreeningOutcome.NO_ACTION, "Geen zorg.")
    world.clock.advance(timedelta(days=400))
    decide_erasure(world, world.case_welfare, RetentionRule.NOT_PAST_SCREENING)
    return code


def _select_row(qtbot: QtBot, table: QTableWidget, row: int) -> None:
    rect = table.visualItemRect(table.item(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _row_text(table: QTableWidget, row: int) -> str:
    return " ".join(table.item(row, c).text() for c in range(table.columnCount()))


def test_the_coordinator_erases_a_decided_case(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    code = _decided(world)
    area, shell = open_area(qtbot, world)
    area.tabs.setCurrentIndex(2)
    tab = area.erasure
    assert tab.table.rowCount() == 1
    shown = _row_text(tab.table, 0)
    assert code in shown and "Decided by the operational table" in shown
    assert not any(name in shown for name in SUBJECT_NAMES)
    assert not tab.erase_button.isEnabled()
    _select_row(qtbot, tab.table, 0)
    assert tab.erase_button.isEnabled()

    seen: list[str] = []

    def cancel(dialog: FinalStepDialog) -> None:
        seen.append(" ".join(label.text() for label in dialog.panel.fixes_lines))
        seen.append(" ".join(label.text() for label in dialog.panel.afterwards_lines))
        assert dialog.cancel_button.hasFocus() or dialog.cancel_button.isDefault()
        click(qtbot, dialog.cancel_button)

    when_shown(FinalStepDialog, cancel)
    click(qtbot, tab.erase_button)
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert code in seen[0] and "figures" in seen[1]
    assert tab.table.rowCount() == 1  # cancelled: nothing erased

    when_shown(FinalStepDialog, lambda dialog: click(qtbot, dialog.action_button))
    click(qtbot, tab.erase_button)
    qtbot.waitUntil(lambda: bool(shell.statuses))
    assert "1 case erased." in shell.statuses[-1]
    assert tab.table.rowCount() == 0
    assert tab.register_table.rowCount() == 1
    assert code in _row_text(tab.register_table, 0)
    assert "Signed decision" in _row_text(tab.register_table, 0)


def test_the_dpo_reads_the_register_but_erases_nothing(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    code = _decided(world)
    ErasureService(world.ws).erase([world.case_welfare])
    dpo = add_person(world.livcr, "Dora Databescherming", "dora.d", Role.DATA_PROTECTION_OFFICER)
    area, _shell = open_area(qtbot, world, world.sign_in(dpo))
    tab = area.erasure
    assert not tab.erase_button.isVisible()
    assert not tab.confirm_button.isVisible()  # the table decides under the defaults
    assert tab.register_table.rowCount() == 1
    assert code in _row_text(tab.register_table, 0)


def test_the_coordinator_proposes_a_granted_erasure_request_to_the_table(
    qtbot: QtBot, world: Table, languages: LanguageManager
) -> None:
    from livcr_desktop.domain.subject_requests import (
        Outcome,
        RequestDecision,
        RequestDraft,
        Requester,
        RequestKind,
    )
    from livcr_desktop.services.subject_requests.register import SubjectRequestService

    requests = SubjectRequestService(world.ws)
    today = world.clock.today()
    request = requests.register(
        RequestDraft(world.case_school, RequestKind.ERASURE, today, Requester.PERSON)
    )
    requests.decide(request, RequestDecision(Outcome.GRANTED, today))
    meeting = world.plan(days=2)
    area, _shell = open_area(qtbot, world)
    area.tabs.setCurrentIndex(2)
    tab = area.erasure
    assert "Granted erasure request" in _row_text(tab.table, 0)
    assert tab.propose_button.isVisible() and not tab.propose_button.isEnabled()
    _select_row(qtbot, tab.table, 0)
    assert tab.propose_button.isEnabled() and not tab.erase_button.isEnabled()
    click(qtbot, tab.propose_button)
    from sqlalchemy import select

    from livcr_desktop.store.models import AgendaItemRow

    with world.ws.db.read_session() as session:
        titles = list(
            session.scalars(select(AgendaItemRow.title).where(AgendaItemRow.meeting_id == meeting))
        )
    assert any(world.code(1) in t for t in titles), titles
    _select_row(qtbot, tab.table, 0)
    click(qtbot, tab.propose_button)  # once is enough: the second time says so
    assert tab.message.isVisible() and world.code(1) in tab.message.text()
