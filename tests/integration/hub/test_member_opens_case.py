"""A case opened on a member's own laptop: the Information Officer registers a signal about a
new person on its laptop, which makes the first key of the case's scope (services/sync/
first_key.py); the coordinator's laptop receives the case, gives it the next number of the
year, and the case leaves the IO's laptop (it is not invited to it). Real hub, real folders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from livcr_desktop.domain.cases import PROVISIONAL_NUMBERS
from livcr_desktop.domain.subject_requests import RequestDraft, Requester, RequestKind
from livcr_desktop.services.cases.numbering import number_arrived_cases
from livcr_desktop.services.subject_requests.register import SubjectRequestService
from livcr_desktop.store.models import (
    CaseRow,
    JournalOperation,
    SignalRow,
    SubjectRequestRow,
    SyncHeldRow,
)
from tests.helpers.factories import make_case, make_livcr
from tests.helpers.feedback import add_io
from tests.helpers.meetings import Table, make_table
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import Laptop, LaptopFleet

pytestmark = pytest.mark.slow


@pytest.fixture
def fleet(tmp_path: Path, hub_db: HubDatabase) -> Iterator[tuple[Table, LaptopFleet, Laptop]]:
    table = make_table(make_livcr(tmp_path / "coordinator"))
    io = add_io(table)
    made = LaptopFleet(table, hub_db, tmp_path)
    laptop = made.enrol(io)
    made.enrol(table.chair)  # Proefdorp's mayor: sees the cases of Proefdorp
    yield table, made, laptop
    made.close()
    for workspace in table.workspaces:
        workspace.close()
    table.ws.close()


def _held(laptop: Laptop) -> list[tuple[str, str]]:
    with laptop.db.read_session() as session:
        return [(r.state, r.reason) for r in session.scalars(select(SyncHeldRow))]


def test_a_case_opened_on_the_io_laptop_reaches_the_coordinator(
    fleet: tuple[Table, LaptopFleet, Laptop],
) -> None:
    table, made, io = fleet
    case_id = make_case(
        table.livcr, "Sara", "Verzonnen", description="Fictief signaal.", workspace=io.workspace
    )
    with io.db.read_session() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        assert case.number >= PROVISIONAL_NUMBERS  # the IO's laptop cannot know the next one

    assert io.sync().pushed >= 3  # person, case, signal: not waiting for a key any more
    made.coordinator.sync()
    made.coordinator.sync()
    with table.ws.db.read_session() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None, _held(made.coordinator)
        assert case.subject_name == "Sara Verzonnen"
        assert session.scalars(select(SignalRow).where(SignalRow.case_id == case_id)).one()
        numbers = set(session.scalars(select(CaseRow.number).where(CaseRow.year == case.year)))
    assert _held(made.coordinator) == []

    # A request about its person registered meanwhile keeps its code with the case's.
    request = SubjectRequestService(table.ws).register(
        RequestDraft(case_id, RequestKind.ACCESS, table.clock.today(), Requester.PERSON)
    )

    # The coordinator's session gives it the next number of the year.
    (code,) = number_arrived_cases(table.ws)
    with table.ws.db.read_session() as session:
        registered = session.get(SubjectRequestRow, request)
        assert registered is not None
        assert registered.case_code == code
    with table.ws.db.read_session() as session:
        case = session.get(CaseRow, case_id)
        assert case is not None
        assert case.code == code
        assert case.number == max(n for n in numbers if n < PROVISIONAL_NUMBERS) + 1
    assert number_arrived_cases(table.ws) == []
    made.coordinator.sync()

    # The IO may not see the case it registered (it is not invited): the key rolled over
    # without its laptop, and the case left it at its next sync.
    report = io.sync()
    assert report.cases_removed == 1
    with io.db.read_session() as session:
        assert session.get(CaseRow, case_id) is None
        assert session.scalars(
            select(JournalOperation).where(JournalOperation.scope_id == case_id)
        ).all()
    assert _held(io) == []

    # Converged: the mayor's laptop holds the case of Proefdorp with its number of the year,
    # and the operations of the case are the same on both laptops that may hold it.
    chair = made.members[table.chair.username]
    chair.sync()
    with chair.db.read_session() as session:
        held = session.get(CaseRow, case_id)
        assert held is not None
        assert held.code == code
        on_chair = _operations(session, case_id)
    with table.ws.db.read_session() as session:
        assert _operations(session, case_id) == on_chair
    assert _held(chair) == []


def _operations(session: Session, case_id: str) -> set[str]:
    return set(
        session.scalars(
            select(JournalOperation.op_id).where(
                JournalOperation.scope_id == case_id,
                JournalOperation.entity.in_(("case_file", "person")),
            )
        )
    )
