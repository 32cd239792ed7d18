"""The coordinator's Sync area through a real hub: a waiting laptop approved by its typed
fingerprint, a laptop revoked after the final-step confirmation; the status line counts the
changes waiting to go out until a round sends them; a conflict made by two laptops editing the
same field is shown with both values and resolved by a click."""

from __future__ import annotations

import socket
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.gui.kit.final_step_dialog import FinalStepDialog
from livcr_desktop.gui.sync.background import BackgroundSync
from livcr_desktop.gui.sync.device_dialogs import ApproveDialog
from livcr_desktop.gui.sync.sync_area import SyncArea
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.first_sync import join_laptop, sign_in_after_first_sync
from livcr_desktop.services.sync.in_app import run_round
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import CaseNoteRow, SyncConflictRow
from tests.gui.helpers import click, type_text, when_shown
from tests.gui.sync.conftest import PARTNER_PASSPHRASE, CoordinatorLaptop


class _Shell:
    def __init__(self) -> None:
        self.messages: list[str] = []

    def navigate(self, key: str) -> None:
        pass

    def show_status(self, text: str) -> None:
        self.messages.append(text)

    def open_case(self, case_id: str) -> None:
        pass

    def open_meeting(self, meeting_id: str) -> None:
        pass


def _device_status(area: SyncArea, owner: str) -> set[str]:
    return {d.status for d in area.devices if d.owner == owner}


def _load(qtbot: QtBot, area: SyncArea) -> None:
    area.devices = []
    area.load_devices()
    qtbot.waitUntil(lambda: bool(area.devices), timeout=20_000)


def test_the_sync_area_approves_a_waiting_laptop_and_revokes_it(
    qtbot: QtBot, tmp_path: Path, coordinator_laptop: CoordinatorLaptop
) -> None:
    joined = join_laptop(
        tmp_path / "partner",
        coordinator_laptop.invitation(),
        PARTNER_PASSPHRASE,
        PARTNER_PASSPHRASE,
    )
    area = SyncArea(coordinator_laptop.workspace, _Shell())
    qtbot.addWidget(area)
    area.show()
    assert not area.connect_box.isVisible()
    qtbot.waitUntil(lambda: bool(area.devices), timeout=20_000)
    assert _device_status(area, "Pieter Partner") == {"enrolled"}

    area.select_device("Pieter Partner", "enrolled")
    assert area.approve_button.isEnabled()

    def type_fingerprint(dialog: ApproveDialog) -> None:
        type_text(qtbot, dialog.fingerprint_edit, joined.fingerprint.lower())
        click(qtbot, dialog.approve_button)

    when_shown(ApproveDialog, type_fingerprint)
    click(qtbot, area.approve_button)
    qtbot.waitUntil(lambda: _device_status(area, "Pieter Partner") == {"approved"}, timeout=20_000)
    assert "approved" in area.notice.text()

    area.select_device("Pieter Partner", "approved")
    when_shown(FinalStepDialog, lambda dialog: click(qtbot, dialog.action_button))
    click(qtbot, area.revoke_button)
    qtbot.waitUntil(lambda: _device_status(area, "Pieter Partner") == {"revoked"}, timeout=20_000)


def test_the_status_line_counts_changes_until_a_round_sends_them(
    qtbot: QtBot, coordinator_laptop: CoordinatorLaptop
) -> None:
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    ws = coordinator_laptop.workspace
    sync = BackgroundSync(window, ws, interval_ms=3_600_000)
    window.show()  # the status bar is always on screen
    assert sync.status.connected and sync.status.pending == 0
    assert "Last synced" in sync.status_label.text()

    InvolvementService(ws).add_note(
        coordinator_laptop.case, "Rustig gesprek.", NoteVisibility.TABLE
    )
    qtbot.waitUntil(lambda: sync.status.pending > 0, timeout=5_000)
    assert "waiting to go out" in sync.status_label.text()
    assert not sync.status_label.text().startswith("0")

    with qtbot.waitSignal(sync.round_finished, timeout=30_000):
        assert sync.sync_now()
        assert not sync.sync_now()  # never two rounds at a time
    qtbot.waitUntil(lambda: not sync.running, timeout=30_000)
    assert sync.status.pending == 0
    assert "· 0 change" in sync.status_label.text()


def _partner_laptop(tmp_path: Path, laptop: CoordinatorLaptop) -> Workspace:
    invitation = laptop.invitation()
    root = tmp_path / "partner"
    joined = join_laptop(root, invitation, PARTNER_PASSPHRASE, PARTNER_PASSPHRASE)
    laptop.approve(joined.fingerprint)
    run_round(laptop.workspace)
    return sign_in_after_first_sync(
        FolderAccess(DataFolder(root)), invitation.account_id, PARTNER_PASSPHRASE
    )


def _edit_note(workspace: Workspace, note_id: str, case_id: str, body: str) -> None:
    with workspace.uow() as uow:
        row = uow.session.get(CaseNoteRow, note_id)
        assert row is not None
        uow.journal.updated(row, "case_note.edited", {"body": body}, scope_id=case_id)


def test_a_conflict_of_two_laptops_is_shown_and_resolved_by_a_click(
    qtbot: QtBot, tmp_path: Path, coordinator_laptop: CoordinatorLaptop
) -> None:
    from livcr_desktop.gui.sync.conflict_panel import ConflictPanel

    coordinator = coordinator_laptop.workspace
    case = coordinator_laptop.case
    partner = _partner_laptop(tmp_path, coordinator_laptop)
    try:
        note_id = InvolvementService(partner).add_note(case, "Eerste versie.", NoteVisibility.TABLE)
        run_round(partner)
        run_round(coordinator)
        _edit_note(partner, note_id, case, "Versie van Pieter.")
        _edit_note(coordinator, note_id, case, "Versie van Tessa.")
        run_round(partner)
        run_round(coordinator)
        run_round(partner)

        holder = QWidgetHolder.make(qtbot)
        panel = ConflictPanel(coordinator, holder, own_only=False)
        assert panel.count == 1
        values = {side.value: side.author for side in panel.conflicts[0].sides}
        assert values == {"Versie van Pieter.": "Pieter Partner", "Versie van Tessa.": "Tessa Test"}

        own_holder = QWidgetHolder.make(qtbot)
        own = ConflictPanel(partner, own_holder, own_only=True)
        assert own.count == 1  # the partner sees the conflict it took part in

        pieter_side = next(s for s in panel.conflicts[0].sides if s.author == "Pieter Partner")
        holder.show()
        click(qtbot, panel.keep_buttons[(panel.conflicts[0].conflict_id, pieter_side.op_id)])
        assert panel.count == 0
        with coordinator.db.read_session() as session:
            assert session.get(CaseNoteRow, note_id).body == "Versie van Pieter."  # type: ignore[union-attr]
            assert all(c.resolved for c in session.scalars(select(SyncConflictRow)))

        run_round(coordinator)
        run_round(partner)
        own.refresh()
        assert own.count == 0  # the resolution reached the partner's laptop and settles it there
        with partner.db.read_session() as session:
            assert session.get(CaseNoteRow, note_id).body == "Versie van Pieter."  # type: ignore[union-attr]
    finally:
        partner.close()


class QWidgetHolder:
    @staticmethod
    def make(qtbot: QtBot):  # type: ignore[no-untyped-def]
        from PySide6.QtWidgets import QWidget

        holder = QWidget()
        qtbot.addWidget(holder)
        return holder


def _hanging_hub() -> socket.socket:
    """A TCP port that accepts connections and never answers: a hub out of reach that makes
    the client wait for its connection timeout."""
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    return listener


def test_an_invitation_waits_for_an_unreachable_hub_in_the_background(
    qtbot: QtBot, tmp_path: Path, coordinator_laptop: CoordinatorLaptop
) -> None:
    from PySide6.QtCore import QTimer

    from livcr_desktop.gui.sync.device_dialogs import LaptopInvitationDialog
    from livcr_desktop.store.models import SyncLinkRow

    listener = _hanging_hub()
    port = listener.getsockname()[1]
    ws = coordinator_laptop.workspace
    with ws.db.write_session() as session, session.begin():
        link = session.scalars(select(SyncLinkRow)).one()
        link.dsn = f"host=127.0.0.1 port={port} dbname=livcr user=livcr_coord"
    target = tmp_path / "pieter.livcr-invitation"
    area = SyncArea(ws, _Shell(), choose_invitation_path=lambda _parent, _name: target)
    qtbot.addWidget(area)
    area.show()

    def choose(dialog: LaptopInvitationDialog) -> None:
        dialog.account_combo.setCurrentIndex(dialog.account_combo.findData("pieter.partner"))
        click(qtbot, dialog.write_button)

    try:
        when_shown(LaptopInvitationDialog, choose)
        click(qtbot, area.invite_button)
        # The click returned while the hub has not answered: the call runs in the background.
        assert area.device_actions.busy
        assert area.busy_bar.isVisible()
        assert not area.invite_button.isEnabled()
        assert "Waiting for the hub" in area.notice.text()
        ticks: list[int] = []
        QTimer.singleShot(50, area, lambda: ticks.append(1))
        qtbot.waitUntil(lambda: bool(ticks), timeout=2_000)  # the window answers meanwhile
        assert area.device_actions.busy
        qtbot.waitUntil(lambda: not area.device_actions.busy, timeout=40_000)
    finally:
        listener.close()
    assert "did not answer in time" in area.error.text()  # the hub hangs: a timeout
    assert not area.busy_bar.isVisible()
    assert area.invite_button.isEnabled()
    assert not target.exists()
