"""A coordinator whose LIVC-R has no hub at all looks after a partner's laptop by file from the
Sync area, as a person clicks: invitation file, join request approved by the typed fingerprint
and then the final step (the fingerprint shown), the first bundle exported for that laptop, and
the list of laptops approved by file with their last bundle exchange. Two real data folders,
no hub."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from livcr_desktop.domain.organisations import Role
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.sync.device_dialogs import ApproveDialog, LaptopInvitationDialog
from livcr_desktop.gui.sync.no_hub_laptops import NoHubLaptops
from livcr_desktop.gui.sync.sync_area import SyncArea
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.bundles.enrolment import join_request
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle, import_first_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.devices import Invitation, join
from livcr_desktop.services.sync.in_app import sync_status
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import CaseRow, SyncPeerRow
from tests.gui.helpers import click, type_text, when_shown
from tests.gui.sync.test_sync_area import _Shell
from tests.helpers.factories import add_person, make_case, make_livcr

PASSPHRASE = "Eigen-Laptop-Zin-42"


def _cell(box: NoHubLaptops, row: int, column: int) -> str:
    item = box.table.item(row, column)
    assert item is not None
    return item.text()


def test_a_coordinator_without_a_hub_runs_a_laptop_by_file(qtbot: QtBot, tmp_path: Path) -> None:
    livcr = make_livcr(tmp_path / "coordinator")
    ws = livcr.workspace
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    case = make_case(livcr, "Jonas", "Gedeeld")
    InvolvementService(ws).invite(case, partner.member_id)
    invitation_file = tmp_path / "pieter.livcrinvite"
    request_file = tmp_path / "aanvraag.json"
    bundle_file = tmp_path / "naar-pieter.livcr-bundle"
    area = SyncArea(
        ws,
        _Shell(),
        choose_invitation_path=lambda _parent, _name: invitation_file,
        choose_bundle_path=lambda _parent, _name: bundle_file,
    )
    qtbot.addWidget(area)
    area.resize(1366, 768)
    area.show()
    box = area.no_hub
    assert box.isVisible() and area.connect_box.isVisible() and not area.connected.isVisible()
    assert box.empty.isVisible() and not box.export_button.isEnabled()

    # 1. The invitation, written without any hub.
    def choose(dialog: LaptopInvitationDialog) -> None:
        dialog.account_combo.setCurrentIndex(dialog.account_combo.findData("pieter.partner"))
        click(qtbot, dialog.write_button)

    when_shown(LaptopInvitationDialog, choose)
    click(qtbot, box.by_file.invite_button)
    assert str(invitation_file) in area.notice.text() and not area.error.text()
    invitation = Invitation.read(invitation_file)
    assert invitation.by_file and not invitation.dsn
    # Linked for bundles, still not connected to a hub: the area keeps the no-hub route.
    assert not sync_status(ws).connected
    area.refresh()
    assert box.isVisible() and not area.connected.isVisible()

    # 2. The partner's laptop joins by file and its request comes back.
    partner_root = tmp_path / "partner"
    joined = join(partner_root, invitation, PASSPHRASE)
    request_file.write_text(
        join_request(invitation, joined.sign_public, joined.box_public).to_json()
    )
    box.by_file.choose_request = lambda _parent: request_file

    # 3. Approval: the fingerprint typed, then the final step that shows it; cancelling there
    #    approves nothing.
    shown: list[str] = []

    def typed(dialog: ApproveDialog) -> None:
        type_text(qtbot, dialog.fingerprint_edit, joined.fingerprint.lower())
        click(qtbot, dialog.approve_button)

    def cancel(dialog: FinalStepDialog) -> None:
        shown.append(" ".join(label.text() for label in dialog.panel.fixes_lines))
        click(qtbot, dialog.cancel_button)

    when_shown(ApproveDialog, typed)
    when_shown(FinalStepDialog, cancel)
    click(qtbot, box.by_file.approve_button)
    qtbot.waitUntil(lambda: bool(shown))
    assert joined.fingerprint in shown[0] and "Pieter Partner" in shown[0]
    with ws.db.read_session() as session:
        assert session.get(SyncPeerRow, joined.device_id) is None
    assert box.table.rowCount() == 0

    when_shown(ApproveDialog, typed)
    when_shown(FinalStepDialog, lambda dialog: click(qtbot, dialog.action_button))
    click(qtbot, box.by_file.approve_button)
    qtbot.waitUntil(lambda: box.table.rowCount() == 1)
    assert "Pieter Partner" in area.notice.text() and not area.error.text()
    assert _cell(box, 0, 0) == "Pieter Partner"
    assert _cell(box, 0, 1) == "—" and _cell(box, 0, 2) == "—"
    assert _cell(box, 0, 3) == joined.fingerprint

    # 4. The first bundle, exported for the selected laptop in the background.
    box.select_owner("Pieter Partner")
    assert box.export_button.isEnabled()
    click(qtbot, box.export_button)
    qtbot.waitUntil(lambda: bundle_file.name in area.notice.text(), timeout=20000)
    assert not area.error.text()
    assert _cell(box, 0, 1) != "—"

    access = FolderAccess(DataFolder(partner_root))
    db = access.open_for_sync(invitation.account_id, PASSPHRASE)
    try:
        import_first_bundle(db, bundle_file)
    finally:
        db.close()
    partner_ws = access.sign_in(invitation.account_id, PASSPHRASE)
    try:
        with partner_ws.db.read_session() as session:
            assert session.get(CaseRow, case) is not None
        back = tmp_path / "naar-tessa.livcr-bundle"
        export_bundle(partner_ws, "tessa.test", back)
    finally:
        partner_ws.close()

    # 5. The partner's bundle back: the list says when one last came from that laptop.
    import_bundle(ws, back)
    box.refresh()
    assert _cell(box, 0, 2) != "—"
    ws.close()
