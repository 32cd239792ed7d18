"""The author rule for every kind (domain/operation_rights.py) through a real hub: what a
chair's signature causes, computed on the chair's own laptop (the case moved on, the referral,
the feedback form), arrives as operations in the signer's transaction and is applied on the
coordinator's and the partner's laptops; the same kinds of change written by a partner's
tampered laptop without a signature (the case's status) are quarantined."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.cases import CaseStatus
from livcr_desktop.domain.decisions import DecisionState, Position
from livcr_desktop.services.cases.writes import move_case
from livcr_desktop.services.decisions.consensus import DecisionService
from livcr_desktop.store.models import CaseRow, DecisionRow, FeedbackFormRow, SyncHeldRow
from tests.helpers.factories import make_livcr
from tests.helpers.feedback import REFER, start_meeting
from tests.helpers.meetings import Table, make_table
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import LAPTOP_PASSPHRASE, Laptop, LaptopFleet

pytestmark = pytest.mark.slow


@pytest.fixture
def fleet(tmp_path: Path, hub_db: HubDatabase) -> Iterator[tuple[Table, LaptopFleet]]:
    table = make_table(make_livcr(tmp_path / "coordinator"))
    made = LaptopFleet(table, hub_db, tmp_path)
    made.enrol(table.chair)
    made.enrol(table.school)
    yield table, made
    made.close()
    for workspace in table.workspaces:
        workspace.close()
    table.ws.close()


def _reasons(laptop: Laptop) -> list[str]:
    with laptop.db.read_session() as session:
        return [row.reason for row in session.scalars(select(SyncHeldRow))]


def _status(laptop: Laptop, case_id: str) -> str:
    with laptop.db.read_session() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        return case.status


def test_a_signature_on_the_chairs_laptop_takes_effect_everywhere(
    fleet: tuple[Table, LaptopFleet],
) -> None:
    table, made = fleet
    chair, school = made.members[table.chair.username], made.members[table.school.username]
    item = start_meeting(table)
    decisions = DecisionService(table.ws)
    decision = decisions.propose(item, REFER)
    for person in (table.chair, table.school):
        decisions.record_position(decision, person.member_id, Position.AGREE)
    before = _status(made.coordinator, table.case_school)
    made.coordinator.sync()
    chair.sync()

    DecisionService(chair.workspace).sign(decision, LAPTOP_PASSPHRASE)
    moved = _status(chair, table.case_school)
    assert moved != before
    chair.sync()
    for _ in range(2):
        made.coordinator.sync()
        school.sync()

    for laptop in (made.coordinator, school):
        assert _status(laptop, table.case_school) == moved
        with laptop.db.read_session() as session:
            signed = session.get(DecisionRow, decision)
            assert signed is not None and signed.state == DecisionState.SIGNED.value, _reasons(
                laptop
            )
            forms = session.scalars(
                select(FeedbackFormRow).where(FeedbackFormRow.case_id == table.case_school)
            ).all()
            assert len(forms) == 1
    assert "not_allowed" not in _reasons(made.coordinator)
    assert "not_allowed" not in _reasons(school)


def test_a_partners_status_change_is_quarantined(fleet: tuple[Table, LaptopFleet]) -> None:
    """A tampered partner laptop moves a case it is invited to, with its owner's own key and
    no signature: the coordinator's laptop quarantines it and the case stays where it was."""
    table, made = fleet
    school = made.members[table.school.username]
    before = _status(made.coordinator, table.case_school)
    workspace = school.workspace
    with workspace.uow() as uow:
        case = uow.session.get(CaseRow, table.case_school)
        assert case is not None
        move_case(
            uow.journal,
            case,
            CaseStatus.CLOSED,
            "Fictief: zelf afgesloten.",
            close_reason=None,
            today=workspace.today(),
            now=workspace.clock.now(),
        )
    assert _status(school, table.case_school) == CaseStatus.CLOSED.value
    school.sync()
    made.coordinator.sync()
    assert _status(made.coordinator, table.case_school) == before
    assert _reasons(made.coordinator) == ["not_allowed"]
    # The chair's laptop, which sees the case through its municipality, refuses it too.
    chair = made.members[table.chair.username]
    chair.sync()
    assert _status(chair, table.case_school) == before
    assert _reasons(chair) == ["not_allowed"]
