"""Open screens follow what is stored, as a person sees it: nothing needs reopening after the
chair signed on top or after a case was proposed from another area."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.persons import SubjectKind
from livcr_desktop.domain.signals import SignalSource
from livcr_desktop.gui.cases.cases_area import CasesArea
from livcr_desktop.gui.cases.signal_dialog import SignalDialog
from livcr_desktop.gui.cases.signals_area import SignalsArea
from livcr_desktop.gui.decisions.dialogs import SignDecisionDialog
from livcr_desktop.gui.kit.changes import watch_changes
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.kit.worker import run_in_background
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.changes import ChangeSet
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.store.models import JournalOperation
from tests.gui.helpers import click, type_text, when_shown
from tests.gui.meeting_world import World, meetings_area, open_window
from tests.helpers.decisions import CLOSE, all_agree, in_progress
from tests.helpers.factories import make_case


def dossier_openings(world: World, case_id: str) -> int:
    with world.ws.db.read_session() as session:
        return int(
            session.scalar(
                select(func.count()).where(
                    JournalOperation.kind == "access.dossier_opened",
                    JournalOperation.entity_id == case_id,
                )
            )
            or 0
        )


def test_the_open_dossier_shows_the_status_the_chair_just_signed_on_top(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting, first, _general = in_progress(world)
    all_agree(world, DecisionService(world.ws).propose(first, CLOSE))
    window = open_window(qtbot, world, languages)
    window.open_case(world.case_school)
    cases = window.current_area()
    assert isinstance(cases, CasesArea)
    dossier = cases.dossier
    assert dossier.status_label.text() == show_text(CaseStatus.SIGNALLED.label)
    openings = dossier_openings(world, world.case_school)

    # The coordinator goes to the live meeting; the chair signs on top of that session.
    area = meetings_area(window)
    area.open_meeting(meeting)
    live = area.page.live
    assert area.page.stack.currentWidget() is live
    live.item_tabs.setCurrentWidget(live.decisions_host)
    panel = live.decision_panel
    assert panel is not None

    def sign_as_chair(dialog: SignDecisionDialog) -> None:
        type_text(qtbot, dialog.passphrase, world.chair.passphrase)
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()

    when_shown(SignDecisionDialog, sign_as_chair)
    click(qtbot, panel.card_widgets[0].buttons["sign"])
    qtbot.waitUntil(lambda: panel.card_widgets[0].state_label.text() == "Final: signed")

    # Back to the cases through the sidebar: the same dossier, its new status, not reopened.
    window.navigate("cases")
    assert cases.stack.currentWidget() is dossier
    assert dossier.status_label.text() == show_text(CaseStatus.CLOSED.label)
    assert dossier_openings(world, world.case_school) == openings


def test_a_case_proposed_from_another_area_appears_on_the_open_agenda(
    qtbot: QtBot, world: World, languages: LanguageManager
) -> None:
    meeting = world.plan()
    window = open_window(qtbot, world, languages)
    area = meetings_area(window)
    area.open_meeting(meeting)
    proposals = area.page.agenda.proposals
    qtbot.waitUntil(lambda: len(proposals.proposals) == 3, timeout=5000)

    # A new signal in the signals area: a case waiting for screening, so a proposal.
    window.navigate("signals")
    signals = window.current_area()
    assert isinstance(signals, SignalsArea)

    def register(dialog: SignalDialog) -> None:
        dialog.source_combo.setCurrentIndex(
            dialog.source_combo.findData(SignalSource.PARTNER.value)
        )
        type_text(qtbot, dialog.signaller_edit, "Leerkracht Fictief")
        dialog.description_edit.setPlainText("Uitspraken in de klas die de school verontrusten.")
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(SubjectKind.PERSON.value))
        type_text(qtbot, dialog.first_edit, "Lotte")
        type_text(qtbot, dialog.last_edit, "Bedacht")
        dialog.try_accept()

    when_shown(SignalDialog, register)
    click(qtbot, signals.register_button)
    assert window.current_area() is not area  # the new case's dossier opened

    window.navigate("meetings")
    assert area.page.isVisible() and area.page.meeting is not None
    assert area.page.meeting.id == meeting  # the same page, not reopened
    qtbot.waitUntil(lambda: len(proposals.proposals) == 4, timeout=5000)
    assert any("Bedacht" in p.subject_name for p in proposals.proposals)


def test_a_hidden_screen_refreshes_when_shown_and_a_worker_commit_arrives_on_the_gui_thread(
    qtbot: QtBot, world: World
) -> None:
    screen = QWidget()
    qtbot.addWidget(screen)
    refreshed: list[threading.Thread] = []
    watch_changes(
        screen,
        world.ws,
        lambda changes: changes.touches("case_file"),
        lambda: refreshed.append(threading.current_thread()),
    )
    make_case(world.livcr, "Lotte", "Bedacht")
    assert refreshed == []  # not on screen: only marked stale
    screen.show()
    assert refreshed == [threading.main_thread()]

    heard: list[ChangeSet] = []
    world.ws.changes.subscribe(heard.append)
    failures: list[Exception] = []
    run_in_background(
        lambda: make_case(world.livcr, "Noor", "Verzonnen"),
        lambda _case_id: None,
        failures.append,
        parent=screen,
    )
    qtbot.waitUntil(lambda: len(refreshed) == 2, timeout=5000)
    assert refreshed[1] is threading.main_thread()
    assert len(heard) == 1 and not failures

    gone = QWidget()
    watch_changes(gone, world.ws, lambda _changes: True, lambda: refreshed.append(None))  # type: ignore[arg-type]
    gone.show()
    gone.deleteLater()
    qtbot.wait(20)
    make_case(world.livcr, "Kaat", "Denkbeeld")  # no callback into a deleted widget
    assert len(refreshed) == 3  # the first screen, still shown; nothing from the one gone
