"""The author rule by kind of operation (domain/operation_rights.py) through a real hub: a
partner's first goal on its own laptop brings the default life domains with it, and the
coordinator's laptop applies them; a domain of the LIVC-R's own or a case opened by a partner
(who may not register signals) is still quarantined there."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.errors import PermissionDenied
from livcr_desktop.domain.ids import new_id
from livcr_desktop.domain.life_domains import DefaultDomain
from livcr_desktop.domain.permissions import Action, Resource
from livcr_desktop.domain.persons import PersonDetails, SubjectKind
from livcr_desktop.domain.trajectories import GoalDraft
from livcr_desktop.services.cases.writes import open_case
from livcr_desktop.services.trajectories.running import TrajectoryService
from livcr_desktop.store.models import (
    CaseRow,
    JournalOperation,
    LifeDomainRow,
    Member,
    SyncHeldRow,
    TrajectoryGoalRow,
)
from tests.helpers.factories import make_livcr, municipality_id
from tests.helpers.meetings import Table, make_table
from tests.helpers.trajectories import start_trajectory
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import Laptop, LaptopFleet

pytestmark = pytest.mark.slow
_PROFILE = Resource.LIVCR_PROFILE


@pytest.fixture
def school(tmp_path: Path, hub_db: HubDatabase) -> Iterator[tuple[Table, Laptop, Laptop, str]]:
    table = make_table(make_livcr(tmp_path / "coordinator"))
    with table.ws.db.read_session() as session:
        member = session.get(Member, table.school.member_id)
        assert member is not None
        organisation = member.organisation_id
    trajectory = start_trajectory(table, organisation)
    fleet = LaptopFleet(table, hub_db, tmp_path)
    laptop = fleet.enrol(table.school)
    yield table, fleet.coordinator, laptop, trajectory
    fleet.close()
    for workspace in table.workspaces:
        workspace.close()
    table.ws.close()


def _quarantined(laptop: Laptop) -> dict[str, str]:
    with laptop.db.read_session() as session:
        return {
            row.op_id: row.reason
            for row in session.scalars(
                select(SyncHeldRow).where(SyncHeldRow.state == "quarantined")
            )
        }


def _domains(laptop: Laptop) -> set[str]:
    with laptop.db.read_session() as session:
        return set(session.scalars(select(LifeDomainRow.id)))


def test_a_partners_first_goal_brings_the_default_domains_to_the_coordinator(
    school: tuple[Table, Laptop, Laptop, str],
) -> None:
    _table, coordinator, partner, trajectory = school
    assert _domains(coordinator) == set()  # nobody wrote the defaults yet
    goal = TrajectoryService(partner.workspace).add_goal(
        trajectory,
        GoalDraft("Fictief doel: weer naar de les.", [DefaultDomain.EDUCATION_WORK.domain_id]),
    )
    assert len(_domains(partner)) == len(DefaultDomain)
    partner.sync()
    coordinator.sync()
    assert _quarantined(coordinator) == {}
    assert _domains(coordinator) == {d.domain_id for d in DefaultDomain}
    with coordinator.db.read_session() as session:
        assert session.get(TrajectoryGoalRow, goal) is not None


def test_what_the_partner_may_not_write_is_still_quarantined(
    school: tuple[Table, Laptop, Laptop, str],
) -> None:
    """A tampered partner laptop writes, with its owner's own key, a domain of the LIVC-R's own
    (LIVCR_PROFILE EDIT) and opens a case (SIGNAL CREATE): neither is applied."""
    table, coordinator, partner, _trajectory = school
    workspace = partner.workspace
    custom = new_id()
    with workspace.uow() as uow:
        uow.journal.created(
            LifeDomainRow(
                id=custom,
                key=None,
                custom_name="Fictief eigen domein",
                position=9,
                active=True,
                created_at=workspace.clock.now(),
                version=1,
            ),
            "life_domain.added",
        )
    with workspace.uow() as uow:
        case = open_case(
            uow.journal,
            uow.session,
            municipality_id=municipality_id(table.livcr, "Proefdorp"),
            person=PersonDetails(SubjectKind.PERSON, "Tom", "Verzinsel"),
            opened_on=workspace.today(),
            now=workspace.clock.now(),
        )
    assert case.status == CaseStatus.SIGNALLED.value
    partner.sync()
    coordinator.sync()
    coordinator.sync()
    reasons = _quarantined(coordinator)
    assert sorted(reasons.values()) == ["not_allowed"] * 3  # the domain, the person, the case
    assert custom not in _domains(coordinator)
    with coordinator.db.read_session() as session:
        assert session.get(CaseRow, case.id) is None


def test_a_refusal_journaled_on_a_partners_laptop_is_no_quarantine_for_the_coordinator(
    school: tuple[Table, Laptop, Laptop, str],
) -> None:
    """A partner who tries what only the coordinator may (connect the hub, open the people)
    journals the refusal as an access (on an account, on the LIVC-R's profile); it reaches the others as the audit it is, not as an
    operation the partner was not allowed to write (found in the demo: the coordinator saw a
    quarantined operation after a partner's `livcr hub connect`)."""
    _table, coordinator, partner, _trajectory = school
    for resource, action in ((Resource.ACCOUNT, Action.CREATE), (_PROFILE, Action.EDIT)):
        with pytest.raises(PermissionDenied):
            partner.workspace.require(resource, action)
    partner.sync()
    coordinator.sync()
    assert _quarantined(coordinator) == {}
    with coordinator.db.read_session() as session:
        refusals = session.scalars(
            select(JournalOperation.kind).where(
                JournalOperation.device_id == partner.db.device_id,
                JournalOperation.kind == "access.denied",
            )
        ).all()
    assert len(refusals) == 2
