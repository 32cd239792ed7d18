"""Two laptops that both write the default life domains before either has heard of the other's
(services/trajectories/life_domains.ensure_domains): the coordinator adds a domain of the
LIVC-R's own while a partner adds the first goal of a trajectory on its own laptop. Both write
the same nine records (fixed ids, and a creation time taken from the LIVC-R, not the clock), so
the second `life_domain.added` of each is the record already there: nothing is quarantined, both
laptops hold the same domains, and both journals verify. Real hub, real folders."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from livcr_desktop.domain.life_domains import DefaultDomain
from livcr_desktop.domain.trajectories import GoalDraft
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.trajectories.life_domains import LifeDomainService
from livcr_desktop.services.trajectories.running import TrajectoryService
from livcr_desktop.store.models import JournalOperation, LifeDomainRow, SyncHeldRow
from tests.helpers.meetings import Table
from tests.integration.hub import test_author_rule
from tests.integration.hub.laptops import Laptop

pytestmark = pytest.mark.slow

school = test_author_rule.school
"""The coordinator's laptop with a trajectory, and a school partner's laptop (no domains yet)."""


def _domains(laptop: Laptop) -> list[tuple[str, str | None, str, int, bool, object, int]]:
    with laptop.db.read_session() as session:
        return [
            (r.id, r.key, r.custom_name, r.position, r.active, r.created_at, r.version)
            for r in session.scalars(select(LifeDomainRow).order_by(LifeDomainRow.id))
        ]


def _held(laptop: Laptop) -> list[tuple[str, str]]:
    with laptop.db.read_session() as session:
        return [(r.state, r.reason) for r in session.scalars(select(SyncHeldRow))]


def _adds(laptop: Laptop) -> int:
    with laptop.db.read_session() as session:
        return len(
            session.scalars(
                select(JournalOperation.op_id).where(JournalOperation.kind == "life_domain.added")
            ).all()
        )


def test_both_laptops_write_the_defaults_and_converge(
    school: tuple[Table, Laptop, Laptop, str],
) -> None:
    table, coordinator, partner, trajectory = school
    assert _domains(coordinator) == []  # nobody wrote the defaults yet
    TrajectoryService(partner.workspace).add_goal(
        trajectory,
        GoalDraft("Fictief doel: weer naar de les.", [DefaultDomain.EDUCATION_WORK.domain_id]),
    )
    table.clock.advance(timedelta(minutes=7))  # the other laptop writes them later
    LifeDomainService(table.ws).add("Fictief eigen domein")
    assert len(_domains(partner)) == len(DefaultDomain)
    assert len(_domains(coordinator)) == len(DefaultDomain) + 1

    for _ in range(2):
        partner.sync()
        coordinator.sync()
    partner.sync()

    assert _held(coordinator) == []
    assert _held(partner) == []
    assert _domains(coordinator) == _domains(partner)
    assert len(_domains(partner)) == len(DefaultDomain) + 1
    # Both laptops' adds of the defaults are in both journals, and both journals verify: the
    # replay takes the second, identical add as the record already there.
    assert _adds(coordinator) == _adds(partner) == 2 * len(DefaultDomain) + 1
    for laptop in (coordinator, partner):
        with laptop.db.read_session() as session:
            report = verify_session(session, laptop.db.device_id)
        assert report.chain.breaks == []
        assert report.signatures.problems == []
        assert [p for p in report.record_problems if p.text.context == "TableCheck"] == []
    with coordinator.db.read_session() as session:
        assert verify_session(session, coordinator.db.device_id).healthy
