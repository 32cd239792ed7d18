"""A coordinator whose LIVC-R lived on bundles connects it to a real hub from the Sync area,
as a person clicks: the laptop approved by file is listed by the hub ("approved by file, no hub
login yet"), its hub access is written with one click, and on that laptop LIVC-R › "Connect to
the hub with an access file…" takes it; then a note flows to it through the hub. The access
file is then lost: the coordinator writes it again (after the final-step confirmation), the
laptop's sync on the old password says its access was renewed, and the same menu action takes
the new file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.kit.text import show_text
from livcr_desktop.gui.sync.hub_access_action import HubAccessAction
from livcr_desktop.gui.sync.sync_area import SyncArea
from livcr_desktop.hub.client import HubClient
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.first_sync import hub_round
from livcr_desktop.services.sync.hub_access import HubAccess
from livcr_desktop.services.sync.hub_errors import HUB_ACCESS_RENEWED
from livcr_desktop.services.sync.in_app import run_round
from livcr_desktop.services.sync.link import read_link
from livcr_desktop.services.sync.overview import APPROVED_BY_FILE
from livcr_desktop.services.sync.round import sync_round
from livcr_desktop.store.models import CaseNoteRow
from tests.gui.helpers import click, type_text, when_shown
from tests.gui.sync.test_sync_area import _Shell
from tests.helpers.factories import add_person, make_case, make_livcr
from tests.integration.hub.by_file import join_by_file
from tests.integration.hub.conftest import HubDatabase

NOTE = "Via de hub: afspraak op dinsdag."


def _box(qtbot: QtBot) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.objectName() == "hubAccessBox" and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[0]


def test_a_livcr_on_bundles_connects_to_a_hub_from_the_app(
    qtbot: QtBot, tmp_path: Path, hub_db: HubDatabase
) -> None:
    livcr = make_livcr(tmp_path / "coordinator")
    ws = livcr.workspace
    person = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    case = make_case(livcr, "Jonas", "Gedeeld")
    InvolvementService(ws).invite(case, person.member_id)
    by_file = join_by_file(ws, "pieter.partner", tmp_path / "partner", tmp_path)
    joined = by_file.joined
    partner = by_file.sign_in()

    access_file = tmp_path / "pieter.livcrhub"
    targets = [access_file]
    area = SyncArea(ws, _Shell(), choose_access_path=lambda _parent, _name: targets[-1])
    qtbot.addWidget(area)
    area.show()
    assert area.no_hub.isVisible() and area.no_hub.table.rowCount() == 1
    type_text(qtbot, area.dsn_edit, hub_db.coordinator_dsn.rsplit(" password=", 1)[0])
    type_text(qtbot, area.password_edit, hub_db.coordinator_password)
    click(qtbot, area.connect_button)
    qtbot.waitUntil(area.connected.isVisible, timeout=30_000)
    assert not area.no_hub.isVisible()
    qtbot.waitUntil(lambda: any(d.by_file for d in area.devices), timeout=30_000)
    laptop = next(d for d in area.devices if d.by_file)
    assert laptop.owner == "Pieter Partner" and laptop.device_id == joined.device_id
    assert laptop.status_text == APPROVED_BY_FILE
    row = area.devices.index(laptop)
    item = area.device_table.item(row, 1)
    assert item is not None and item.text() == show_text(APPROVED_BY_FILE)
    run_round(ws)  # the round wraps the scope keys for it and pushes the whole journal

    area.select_device("Pieter Partner", "approved")
    assert area.hub_access_button.isEnabled()
    click(qtbot, area.hub_access_button)
    qtbot.waitUntil(lambda: access_file.exists() and not area.device_actions.busy, timeout=30_000)
    assert str(access_file) in area.notice.text() and not area.error.text()
    qtbot.waitUntil(area.refresh_button.isEnabled, timeout=30_000)  # the list reloaded
    qtbot.waitUntil(lambda: not any(d.by_file for d in area.devices), timeout=30_000)

    # On the partner's laptop: the menu action takes the file.
    window = QMainWindow()
    qtbot.addWidget(window)
    action = HubAccessAction(window, partner, choose_source=lambda _w, _start: access_file)
    assert action.action.isVisible()
    action.action.trigger()
    box = _box(qtbot)
    assert "hub" in box.text()
    box.close()
    assert action.action.isVisible()  # it also takes an access written again

    InvolvementService(ws).add_note(case, NOTE, NoteVisibility.TABLE)
    run_round(ws)
    taken = HubAccess.read(access_file)
    with partner.db.read_session() as session:
        link = read_link(session, partner.db.device_id)
    assert link is not None
    with HubClient(hub_db.login_dsn(taken.login, taken.password)) as client:
        sync_round(partner.db, link, client)
    with partner.db.read_session() as session:
        assert NOTE in set(session.scalars(select(CaseNoteRow.body)))

    # The access file is lost: the coordinator writes it again, after the final step.
    renewed_file = tmp_path / "pieter-opnieuw.livcrhub"
    targets.append(renewed_file)
    area.select_device("Pieter Partner", "approved")
    assert area.hub_access_button.isEnabled()
    when_shown(FinalStepDialog, lambda dialog: click(qtbot, dialog.cancel_button))
    click(qtbot, area.hub_access_button)  # cancelled: nothing written, nothing asked of the hub
    assert not renewed_file.exists() and not area.device_actions.busy
    shown: list[str] = []

    def confirm(dialog: FinalStepDialog) -> None:
        shown.append(dialog.windowTitle())
        click(qtbot, dialog.action_button)

    when_shown(FinalStepDialog, confirm)
    click(qtbot, area.hub_access_button)
    qtbot.waitUntil(lambda: renewed_file.exists() and not area.device_actions.busy, timeout=30_000)
    assert shown == ["Write the hub access of Pieter Partner's laptop again"]
    assert "no longer works" in area.notice.text() and not area.error.text()
    area.devices = []
    qtbot.waitUntil(lambda: bool(area.devices), timeout=30_000)  # the list reloaded
    renewed = HubAccess.read(renewed_file)
    assert renewed.login == taken.login and renewed.password != taken.password

    # The laptop on the old password is told its access was renewed; the menu takes the file.
    with pytest.raises(DomainError) as refused:
        hub_round(partner.db, taken.password)
    assert refused.value.message.text == HUB_ACCESS_RENEWED
    action.choose_source = lambda _w, _start: renewed_file
    action.action.trigger()
    box = _box(qtbot)
    assert "renewed" in box.text()
    box.close()
    hub_round(partner.db, renewed.password)
    partner.close()
    ws.close()
