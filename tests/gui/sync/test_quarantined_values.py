"""The Sync area shows an operation quarantined for its values: a partner's buggy laptop, with
its owner's real key, journals a note whose text is a list; after both laptops' rounds (which
complete) the coordinator's Sync area lists it as quarantined, with its reason in words, and
the partner's next note is there."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.gui.sync.sync_area import SyncArea
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.in_app import run_round
from livcr_desktop.store.models import CaseNoteRow
from tests.gui.helpers import click
from tests.gui.sync.conftest import CoordinatorLaptop
from tests.gui.sync.test_sync_area import _partner_laptop, _Shell
from tests.integration.hub.test_strange_values import _journal_strange_note


def test_the_sync_area_lists_an_operation_quarantined_for_its_values(
    qtbot: QtBot, tmp_path: Path, coordinator_laptop: CoordinatorLaptop
) -> None:
    coordinator = coordinator_laptop.workspace
    case = coordinator_laptop.case
    partner = _partner_laptop(tmp_path, coordinator_laptop)
    try:
        run_round(partner)  # what signing in wrote goes out first
        bad_id = _journal_strange_note(partner, case)
        good_note = InvolvementService(partner).add_note(
            case, "Gesprek met Jonas verliep goed.", NoteVisibility.TABLE
        )
        run_round(partner)
    finally:
        partner.close()
    run_round(coordinator)  # completes
    with coordinator.db.read_session() as session:
        assert session.get(CaseNoteRow, good_note) is not None

    area = SyncArea(coordinator, _Shell())
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    qtbot.waitUntil(lambda: bool(area.devices), timeout=20_000)  # its hub call is done
    click(qtbot, area.refresh_button)
    qtbot.waitUntil(area.refresh_button.isEnabled, timeout=20_000)  # the hub answered
    table = area.held_table
    assert table.rowCount() == 1
    state, reason = table.item(0, 0), table.item(0, 1)
    assert state is not None and reason is not None
    assert state.text() == "Quarantined"
    assert "altered or faulty laptop" in reason.text()
    assert state.data(Qt.ItemDataRole.UserRole) == bad_id
    owner = table.item(0, 2)
    assert owner is not None and owner.text() == "Pieter Partner"  # whose laptop sent it
