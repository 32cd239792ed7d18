"""Registering a signal: dates typed mean what they say, no invented birth date, and a likely
duplicate needs an explicit choice between the existing case and a new one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from livcr_desktop.gui.cases.signal_dialog import SignalDialog
from livcr_desktop.gui.shell.language import LanguageManager
from livcr_desktop.services.access.members import MemberService
from livcr_desktop.services.cases.case_list import CaseFilter, CaseList
from livcr_desktop.services.cases.screening import CaseService
from livcr_desktop.services.profile import ProfileService
from tests.gui.helpers import click, type_text
from tests.helpers.factories import LivcrFixture, make_case


def open_dialog(qtbot: QtBot, livcr: LivcrFixture) -> SignalDialog:
    ws = livcr.workspace
    dialog = SignalDialog(
        CaseService(ws),
        CaseList(ws),
        ProfileService(ws).profile().municipalities,
        MemberService(ws).organisations(),
        ws.today(),
        own_organisation_id=ws.actor.organisation_id,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_typed_dates_are_read_exactly_or_refused(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    dialog = open_dialog(qtbot, livcr)
    assert dialog.birth_edit.text() == ""  # no invented date of birth
    assert dialog.person_details().birth_date is None
    edit = dialog.date_edit
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, "12/03/2007")
    assert dialog.draft().received_on == date(2007, 3, 12)
    edit.clear()
    qtbot.keyClicks(edit, "5-3-2007")
    assert dialog.draft().received_on == date(2007, 3, 5)
    edit.clear()
    qtbot.keyClicks(edit, "31/02/2007")
    type_text(qtbot, dialog.description_edit, "Zorgwekkende uitspraken")
    dialog.try_accept()
    assert dialog.isVisible()
    assert "31/02/2007" in dialog.error.text() and "calendar" in dialog.error.text()


def test_a_likely_duplicate_needs_an_explicit_choice(
    qtbot: QtBot, livcr: LivcrFixture, languages: LanguageManager
) -> None:
    make_case(livcr, "Élise", "Van Damme", birth_year=2007)
    dialog = open_dialog(qtbot, livcr)
    type_text(qtbot, dialog.description_edit, "Zorgwekkende uitspraken")
    type_text(qtbot, dialog.first_edit, "Elise")
    type_text(qtbot, dialog.last_edit, "Van Damme")
    type_text(qtbot, dialog.birth_edit, "17/05/2007")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.try_accept()  # what OK or Enter does: nothing is created yet
    assert dialog.isVisible() and not ok.isVisible()
    year = livcr.workspace.today().year
    assert dialog.use_existing_button.text() == f"Add to TER-{year}-001"
    assert dialog.new_case_button.text() == "Register as a new case"
    assert CaseList(livcr.workspace).count(CaseFilter()) == 1
    click(qtbot, dialog.new_case_button)
    assert not dialog.isVisible()
    assert CaseList(livcr.workspace).count(CaseFilter()) == 2
