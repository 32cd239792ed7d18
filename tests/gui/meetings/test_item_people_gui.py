"""Guests, refusals and representations in live mode, clicked as the coordinator and the guest
would: the guest is not recorded until the guest ticks the acknowledgement (what was typed
stays), a refusal without motivation is refused on its field, and the item lists them."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.item_people import ACKNOWLEDGEMENT_NEEDED, MOTIVATION_NEEDED, StanceKind
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.meetings.item_people_dialogs import GuestDialog, StanceDialog
from livcr_desktop.gui.meetings.live_item import LiveItemPanel
from livcr_desktop.services.meetings.agenda import AgendaService
from livcr_desktop.services.meetings.item_people import ItemPeopleService
from livcr_desktop.services.meetings.live import LiveMeetingService
from livcr_desktop.services.meetings.view import open_meeting
from tests.gui.helpers import click, type_text, when_shown
from tests.helpers.meetings import Table


def test_a_guest_signs_and_a_partner_refuses_in_live_mode(qtbot: QtBot, table: Table) -> None:
    meeting = table.plan()
    item = AgendaService(table.ws).add_case(meeting, table.case_school)
    table.clock.advance(timedelta(days=1, hours=5))
    live = LiveMeetingService(table.ws)
    live.start(meeting)
    panel = LiveItemPanel(live, table.ws.today, None, people=ItemPeopleService(table.ws))
    qtbot.addWidget(panel)
    view = open_meeting(table.ws, meeting)
    panel.show_item(view, next(i for i in view.items if i.id == item))
    panel.show()
    assert not panel.people_label.isVisible()

    seen: dict[str, object] = {}

    def guest(dialog: GuestDialog) -> None:
        type_text(qtbot, dialog.findChild(QLineEdit, "guestName"), "Eva Deskundig")
        type_text(qtbot, dialog.findChild(QLineEdit, "guestOrganisation"), "Fictief Centrum")
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        click(qtbot, ok)
        seen["unsigned"] = dialog.error.text()
        seen["kept"] = dialog.findChild(QLineEdit, "guestName").text()
        click(qtbot, dialog.findChild(QCheckBox, "guestAcknowledges"))
        click(qtbot, ok)

    when_shown(GuestDialog, guest)
    click(qtbot, panel.guest_button)
    assert seen["unsigned"] == show_text(ACKNOWLEDGEMENT_NEEDED)
    assert seen["kept"] == "Eva Deskundig"

    def refuse(dialog: StanceDialog) -> None:
        combo = dialog.findChild(QComboBox, "stanceMember")
        combo.setCurrentIndex(combo.findData(table.school.member_id))
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        click(qtbot, ok)
        seen["bare"] = dialog.error.text()
        type_text(
            qtbot, dialog.findChild(QPlainTextEdit, "stanceMotivation"), "Botst met onze opdracht"
        )
        click(qtbot, ok)

    when_shown(StanceDialog, refuse)
    click(qtbot, panel.stance_button)
    assert seen["bare"] == show_text(MOTIVATION_NEEDED)
    guests, stances = ItemPeopleService(table.ws).of_item(item)
    assert [g.full_name for g in guests] == ["Eva Deskundig"]
    assert [(s.member_name, s.kind) for s in stances] == [("Sofie School", StanceKind.REFUSAL)]
    assert "Eva Deskundig" in panel.people_label.text()
    assert "Botst met onze opdracht" in panel.people_label.text()
