"""A partner invited again to a case before the withdrawal that took it off reached its laptop:
its laptop kept the case (it holds a later key when the withdrawal arrives) but had pulled past
what others wrote in the case meanwhile, which the hub did not serve it. The new key of a case
it holds makes it pull the case's past again."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.store.fault_steps import ACTION_VARIABLE, STEP_VARIABLE, FaultInjected
from livcr_desktop.store.models import CaseNoteRow, CaseParticipantRow, CaseRow
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import Table, make_table
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import LaptopFleet


@pytest.fixture
def fleet(tmp_path: Path, hub_db: HubDatabase) -> Iterator[LaptopFleet]:
    table: Table = make_table(make_livcr(tmp_path / "coordinator"))
    made = LaptopFleet(table, hub_db, tmp_path)
    made.enrol(table.chair)
    made.enrol(table.school)
    yield made
    made.close()
    for workspace in table.workspaces:
        workspace.close()
    table.ws.close()


def _cut_after_sharing(fleet: LaptopFleet) -> None:
    """The coordinator's round stops once keys and members are shared: the key rolled over and
    the hub serves the case to the school no more, but the withdrawal has not gone out."""
    os.environ[STEP_VARIABLE], os.environ[ACTION_VARIABLE] = "sync.scopes_shared", "raise"
    try:
        with pytest.raises(FaultInjected):
            fleet.coordinator.sync()
    finally:
        os.environ.pop(STEP_VARIABLE, None)
        os.environ.pop(ACTION_VARIABLE, None)


def test_invited_again_before_the_withdrawal_arrived(fleet: LaptopFleet) -> None:
    table = fleet.table
    chair, school = fleet.members["bram.b"], fleet.members["sofie.s"]
    case = table.case_school
    with table.ws.db.read_session() as session:
        participant = session.scalars(
            select(CaseParticipantRow.id).where(
                CaseParticipantRow.case_id == case,
                CaseParticipantRow.member_id == table.school.member_id,
            )
        ).one()
    InvolvementService(table.ws).remove(participant)
    _cut_after_sharing(fleet)

    # The chair writes in the case meanwhile; the school's laptop syncs past it.
    chair.sync()
    note = InvolvementService(chair.workspace).add_note(
        case, "Geschreven terwijl de school er niet bij was.", NoteVisibility.TABLE
    )
    chair.sync()
    school.sync()
    with school.db.read_session() as session:
        assert session.get(CaseNoteRow, note) is None

    InvolvementService(table.ws).invite(case, table.school.member_id)
    fleet.coordinator.sync()
    report = school.sync()
    assert report.cases_removed == 0
    with school.db.read_session() as session:
        assert session.get(CaseRow, case) is not None
        assert session.get(CaseNoteRow, note) is not None
    assert (report.waiting, report.quarantined) == (0, 0), report.held_reasons
