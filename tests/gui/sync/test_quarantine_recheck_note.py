"""After an upgrade of the app, the Sync area says how many quarantined changes passed the new
build's checks and were applied: a partner's note, wrongly quarantined by the old build's rule,
is applied by the first round of the new build, and the coordinator reads it in the Sync area."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.gui.sync.sync_area import SyncArea
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync import quarantine_recheck
from livcr_desktop.services.sync.checker import Checker
from livcr_desktop.services.sync.in_app import run_round
from livcr_desktop.store.models import CaseNoteRow
from tests.gui.sync.conftest import CoordinatorLaptop
from tests.gui.sync.test_sync_area import _partner_laptop, _Shell


def test_the_sync_area_counts_what_the_upgrade_applied(
    qtbot: QtBot,
    tmp_path: Path,
    coordinator_laptop: CoordinatorLaptop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    coordinator = coordinator_laptop.workspace
    case = coordinator_laptop.case
    partner = _partner_laptop(tmp_path, coordinator_laptop)
    try:
        run_round(partner)
        partner_account = partner.actor.account_id
        note = InvolvementService(partner).add_note(
            case, "Gesprek met Jonas verliep goed.", NoteVisibility.TABLE
        )
        run_round(partner)
    finally:
        partner.close()
    right_rule = Checker.author_problem

    def wrong_rule(self: Checker, op, scope):  # type: ignore[no-untyped-def]
        return "not_allowed" if op.actor_id == partner_account else right_rule(self, op, scope)

    monkeypatch.setattr(Checker, "author_problem", wrong_rule)
    monkeypatch.setattr(quarantine_recheck, "current_build", lambda: "1.0+old")
    assert run_round(coordinator).quarantined
    monkeypatch.setattr(Checker, "author_problem", right_rule)
    monkeypatch.setattr(quarantine_recheck, "current_build", lambda: "1.1+new")
    applied = run_round(coordinator).applied_after_upgrade
    assert applied >= 1
    with coordinator.db.read_session() as session:
        assert session.get(CaseNoteRow, note) is not None

    area = SyncArea(coordinator, _Shell())
    qtbot.addWidget(area)
    area.resize(1200, 700)
    area.show()
    qtbot.waitUntil(lambda: bool(area.devices), timeout=20_000)
    assert area.held_table.rowCount() == 0
    assert area.rechecked_note.isVisible()
    text = area.rechecked_note.text()
    assert text.startswith(f"After the app was upgraded, {applied} quarantined change")
    assert "applied" in text
