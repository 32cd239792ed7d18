"""`livcr sync` (a real process, as IT scripts it) does after its round what the app's round
does (services/sync/full_round.py): once after an upgrade it checks the quarantined operations
again, and it seals anew the held minutes whose items changed on another laptop, pushing the new
seal at once so the chair can approve at their next sync. Real hub, real folders: the chair
signs a decision of the held meeting on their own laptop; the coordinator's "old build" had
wrongly quarantined the chair's operations."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from livcr_desktop.console import EXIT_OK
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.meetings.minutes import MinutesService
from livcr_desktop.services.sync import quarantine_recheck
from livcr_desktop.services.sync.in_app import run_round
from livcr_desktop.services.sync.link import remember_password
from tests.integration.hub import test_minutes_joint_chair as joint_chair
from tests.integration.hub.laptops import LAPTOP_PASSPHRASE, LaptopFleet
from tests.integration.hub.test_member_case_numbered import _coordinator_args
from tests.integration.hub.test_minutes_resealed_on_arrival import (
    held_with_a_decision_to_sign,
    seal_set,
)
from tests.integration.hub.test_quarantine_recheck_after_upgrade import held, run_as_an_old_build
from tests.integration.hub.test_sync_commands import livcr

pytestmark = pytest.mark.slow

fleet = joint_chair.fleet
"""The coordinator's laptop and the chair's own, on a fresh hub (test_minutes_joint_chair.py)."""


def test_livcr_sync_rechecks_after_an_upgrade_and_reseals_the_held_minutes(
    fleet: LaptopFleet, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table, coordinator = fleet.table, fleet.coordinator
    chair = fleet.members[table.chair.username]
    meeting, decision = held_with_a_decision_to_sign(table)
    for laptop in (coordinator, chair, coordinator, chair):
        laptop.sync()
    sealed_before = seal_set(coordinator, meeting)
    assert sealed_before is not None
    assert remember_password(coordinator.workspace, coordinator.hub_password)

    run_as_an_old_build(monkeypatch, table.chair.account_id)  # in this process
    DecisionService(chair.workspace).sign(decision, LAPTOP_PASSPHRASE)
    chair.sync()
    run_round(coordinator.workspace)
    quarantined = held(coordinator, "quarantined")
    assert quarantined and seal_set(coordinator, meeting) == sealed_before

    # The upgrade: the command line runs this build (its own code's digest), nobody opens the app.
    args = _coordinator_args(table, fleet, tmp_path)
    synced = livcr("sync", *args)
    assert synced.returncode == EXIT_OK, synced.stderr
    out = synced.stdout
    assert (
        f"After the upgrade of the app, {len(quarantined)} quarantined operations checked "
        f"again: {len(quarantined)} applied" in out
    ), out
    assert "Sealed the held minutes of 1 meeting anew for approval" in out, out
    assert re.fullmatch(r"Pushed [1-9]\d*\.", out.splitlines()[-1]), out
    assert held(coordinator, "quarantined") == set()
    assert quarantine_recheck.applied_after_upgrade(coordinator.db) == len(quarantined)
    resealed = seal_set(coordinator, meeting)
    assert resealed is not None and resealed != sealed_before

    # The new seal went out with that command: the chair approves at their next sync.
    chair.sync()
    assert seal_set(chair, meeting) == resealed
    service = MinutesService(chair.workspace)
    assert service.approval_check(meeting).blocking == ()
    assert service.approve(meeting)

    # The same build again, nothing changed on the minutes' items: neither is done again.
    again = livcr("sync", *args)
    assert again.returncode == EXIT_OK, again.stderr
    assert "checked again" not in again.stdout and "Sealed" not in again.stdout, again.stdout
