"""The coordinator invites a laptop without a network and approves its join request from the
Sync area, as a person clicks: the invitation file carries no hub login, a wrong fingerprint
is refused with a message, the right one puts the laptop on the roster the bundles carry."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.sync.device_dialogs import ApproveDialog, LaptopInvitationDialog
from livcr_desktop.gui.sync.sync_area import SyncArea
from livcr_desktop.services.bundles.enrolment import join_request
from livcr_desktop.services.sync.devices import Invitation, join
from livcr_desktop.store.models import SyncPeerRow
from tests.gui.helpers import click, type_text, when_shown
from tests.gui.sync.conftest import PARTNER_PASSPHRASE, CoordinatorLaptop
from tests.gui.sync.test_sync_area import _Shell


def test_invite_and_approve_a_laptop_without_a_network(
    qtbot: QtBot, tmp_path: Path, coordinator_laptop: CoordinatorLaptop
) -> None:
    invitation_file = tmp_path / "pieter.livcrinvite"
    request_file = tmp_path / "aanvraag.json"
    ws = coordinator_laptop.workspace
    area = SyncArea(ws, _Shell(), choose_invitation_path=lambda _parent, _name: invitation_file)
    qtbot.addWidget(area)
    area.show()
    box = area.by_file
    assert box.isVisible()

    def choose(dialog: LaptopInvitationDialog) -> None:
        dialog.account_combo.setCurrentIndex(dialog.account_combo.findData("pieter.partner"))
        click(qtbot, dialog.write_button)

    when_shown(LaptopInvitationDialog, choose)
    click(qtbot, box.invite_button)
    assert str(invitation_file) in area.notice.text()
    invitation = Invitation.read(invitation_file)
    assert invitation.by_file and not invitation.password and not invitation.dsn

    joined = join(tmp_path / "partner", invitation, PARTNER_PASSPHRASE)
    request_file.write_text(
        join_request(invitation, joined.sign_public, joined.box_public).to_json()
    )
    box.choose_request = lambda _parent: request_file

    def wrong(dialog: ApproveDialog) -> None:
        type_text(qtbot, dialog.fingerprint_edit, "0000 1111")
        click(qtbot, dialog.approve_button)

    when_shown(ApproveDialog, wrong)
    click(qtbot, box.approve_button)
    assert "0000 1111" in area.error.text()

    def right(dialog: ApproveDialog) -> None:
        type_text(qtbot, dialog.fingerprint_edit, joined.fingerprint.lower())
        click(qtbot, dialog.approve_button)

    when_shown(ApproveDialog, right)
    when_shown(FinalStepDialog, lambda dialog: click(qtbot, dialog.action_button))
    click(qtbot, box.approve_button)
    assert "Pieter Partner" in area.notice.text() and not area.error.text()
    with ws.db.read_session() as session:
        peer = session.get(SyncPeerRow, joined.device_id)
        assert peer is not None and peer.status == "approved"
