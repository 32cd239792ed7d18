"""Operations quarantined by an older build's rule are checked again once after an upgrade:
those the new build accepts are applied and journaled as any received operation, the rest stay
quarantined, and the Sync area's count says how many were applied. A real hub, real folders:
the chair signs a decision on their own laptop; the coordinator's "old build" wrongly refuses
the chair's operations as not allowed (as a checker rule did this morning)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.decisions import DecisionState
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.services.sync import quarantine_recheck
from livcr_desktop.services.sync.checker import Checker
from livcr_desktop.services.sync.in_app import run_round
from livcr_desktop.services.sync.link import remember_password
from livcr_desktop.store.models import DecisionRow, JournalOperation, SyncHeldRow
from tests.integration.hub import test_minutes_joint_chair as joint_chair
from tests.integration.hub.laptops import LAPTOP_PASSPHRASE, Laptop, LaptopFleet
from tests.integration.hub.test_minutes_resealed_on_arrival import held_with_a_decision_to_sign

fleet = joint_chair.fleet
"""The coordinator's laptop and the chair's own, on a fresh hub (test_minutes_joint_chair.py)."""


def held(laptop: Laptop, state: str) -> set[str]:
    with laptop.db.read_session() as session:
        return set(session.scalars(select(SyncHeldRow.op_id).where(SyncHeldRow.state == state)))


def decision_state(laptop: Laptop, decision: str) -> str:
    with laptop.db.read_session() as session:
        row = session.get(DecisionRow, decision)
        assert row is not None
        return row.state


def run_as_an_old_build(monkeypatch: pytest.MonkeyPatch, account_id: str) -> object:
    """The old build (in this process): its author rule refuses whatever `account_id` wrote.
    Returns the right rule, to put back for the upgrade."""
    right_rule = Checker.author_problem

    def wrong_rule(self: Checker, op, scope):  # type: ignore[no-untyped-def]
        if op.actor_id == account_id:
            return "not_allowed"
        return right_rule(self, op, scope)

    monkeypatch.setattr(Checker, "author_problem", wrong_rule)
    monkeypatch.setattr(quarantine_recheck, "current_build", lambda: "1.0+old")
    return right_rule


def test_what_a_new_build_accepts_is_applied_after_the_upgrade_and_counted(
    fleet: LaptopFleet, monkeypatch: pytest.MonkeyPatch
) -> None:
    table, coordinator = fleet.table, fleet.coordinator
    chair = fleet.members[table.chair.username]
    _meeting, decision = held_with_a_decision_to_sign(table)
    for laptop in (coordinator, chair, coordinator, chair):
        laptop.sync()
    assert remember_password(coordinator.workspace, coordinator.hub_password)

    right_rule = run_as_an_old_build(monkeypatch, table.chair.account_id)
    DecisionService(chair.workspace).sign(decision, LAPTOP_PASSPHRASE)
    chair.sync()
    run_round(coordinator.workspace)
    quarantined = held(coordinator, "quarantined")
    assert quarantined
    assert decision_state(coordinator, decision) != DecisionState.SIGNED.value
    again = run_round(coordinator.workspace)  # the same build: nothing is checked again
    assert again.applied_after_upgrade == 0 and held(coordinator, "quarantined") == quarantined

    # The upgrade: the rule is right again, and the build changed.
    monkeypatch.setattr(Checker, "author_problem", right_rule)
    monkeypatch.setattr(quarantine_recheck, "current_build", lambda: "1.1+new")
    report = run_round(coordinator.workspace)
    assert report.applied_after_upgrade == len(quarantined)
    assert held(coordinator, "quarantined") == set() and held(coordinator, "waiting") == set()
    assert decision_state(coordinator, decision) == DecisionState.SIGNED.value
    with coordinator.db.read_session() as session:
        journaled = session.scalar(
            select(func.count())
            .select_from(JournalOperation)
            .where(JournalOperation.op_id.in_(quarantined))
        )
        assert journaled == len(quarantined)
        assert verify_session(session).healthy
    assert quarantine_recheck.applied_after_upgrade(coordinator.db) == len(quarantined)
    later = run_round(coordinator.workspace)
    assert later.applied_after_upgrade == 0
