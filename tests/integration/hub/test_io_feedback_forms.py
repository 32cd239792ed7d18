"""The Information Officer's feedback forms through a real hub: the IO hands every approved form
to the LTF, also of a case it is not invited to. Its own laptop receives the form, its items and
the approval (in the form's frozen content, with the case's code), never the case, its notes,
trajectory or decisions; the IO's hand-over and the LTF's answer reach the coordinator's laptop.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.feedback import FormStatus
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.feedback.composing import FeedbackService
from livcr_desktop.services.feedback.transmission import TransmissionService
from livcr_desktop.store.models import (
    CaseNoteRow,
    CaseRow,
    DecisionRow,
    FeedbackFormRow,
    FeedbackItemRow,
    PersonRow,
    SignalRow,
    SyncHeldRow,
    TrajectoryRow,
)
from tests.helpers.factories import make_livcr
from tests.helpers.feedback import add_io, approve, compose, confidential_notes, referred
from tests.helpers.meetings import Table, make_table
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import Laptop, LaptopFleet, raw_database

pytestmark = pytest.mark.slow


@pytest.fixture
def world(tmp_path: Path, hub_db: HubDatabase) -> Iterator[tuple[Table, LaptopFleet, Laptop, str]]:
    """An approved form on the school's case, to which the IO is not invited."""
    table = make_table(make_livcr(tmp_path / "coordinator"))
    io = add_io(table)
    confidential_notes(table)
    form_id, _item = referred(table)
    compose(table, form_id)
    approve(table, form_id)
    fleet = LaptopFleet(table, hub_db, tmp_path)
    laptop = fleet.enrol(io)
    fleet.coordinator.sync()
    laptop.sync()
    yield table, fleet, laptop, form_id
    fleet.close()
    for workspace in table.workspaces:
        workspace.close()
    table.ws.close()


def _held(laptop: Laptop) -> list[tuple[str, str]]:
    with laptop.db.read_session() as session:
        return [(r.state, r.reason) for r in session.scalars(select(SyncHeldRow))]


def test_the_io_laptop_holds_the_forms_and_nothing_else_of_the_case(
    world: tuple[Table, LaptopFleet, Laptop, str],
) -> None:
    table, _fleet, io, form_id = world
    with table.ws.db.read_session() as session:
        case = session.get(CaseRow, table.case_school)
        assert case is not None
        code = case.code
        items = set(
            session.scalars(select(FeedbackItemRow.id).where(FeedbackItemRow.form_id == form_id))
        )
    assert items
    raw = raw_database(io)
    try:
        with raw.read_session() as session:
            assert set(session.scalars(select(FeedbackFormRow.id))) == {form_id}
            assert set(session.scalars(select(FeedbackItemRow.id))) == items
            for table_row in (CaseRow, PersonRow, SignalRow, CaseNoteRow, TrajectoryRow):
                assert session.scalars(select(table_row.id)).first() is None, table_row
            assert session.scalars(select(DecisionRow.id)).first() is None
    finally:
        raw.close()
    queue = TransmissionService(io.workspace).queue()
    assert [(entry.form_id, entry.case_code, entry.status) for entry in queue] == [
        (form_id, code, FormStatus.SIGNED)
    ]
    assert _held(io) == []


def test_the_io_hand_over_and_the_ltf_answer_reach_the_coordinator(
    world: tuple[Table, LaptopFleet, Laptop, str],
) -> None:
    table, fleet, io, form_id = world
    transmission = TransmissionService(io.workspace)
    transmission.transmit(form_id, table.clock.today(), "LTF Fictief Arrondissement")
    assert io.sync().pushed >= 1
    fleet.coordinator.sync()
    view = FeedbackService(table.ws).form(form_id)
    assert view.summary.status is FormStatus.TRANSMITTED, _held(fleet.coordinator)
    assert view.transmitted_to == "LTF Fictief Arrondissement"
    assert view.transmitted_by == "Ivo Informatie"

    transmission.acknowledge(form_id, table.clock.today(), "Goed ontvangen.")
    io.sync()
    fleet.coordinator.sync()
    assert FeedbackService(table.ws).form(form_id).summary.status is FormStatus.ACKNOWLEDGED
    assert _held(fleet.coordinator) == []


def test_an_ended_invitation_takes_the_case_off_the_io_laptop_not_the_forms(
    world: tuple[Table, LaptopFleet, Laptop, str],
) -> None:
    table, fleet, io, form_id = world
    involvement = InvolvementService(table.ws)
    participant = involvement.invite(table.case_school, _member(io))
    for _ in range(2):
        fleet.coordinator.sync()
        io.sync()
    with io.db.read_session() as session:
        assert session.get(CaseRow, table.case_school) is not None
    table.clock.advance(timedelta(days=1))
    involvement.remove(participant)
    for _ in range(2):
        fleet.coordinator.sync()
        io.sync()
    with io.db.read_session() as session:
        assert session.get(CaseRow, table.case_school) is None  # withdrawn
        assert session.get(FeedbackFormRow, form_id) is not None  # still the IO's to hand over
        assert session.scalars(select(FeedbackItemRow.id)).first() is not None
    TransmissionService(io.workspace).transmit(form_id, table.clock.today(), "LTF Fictief")
    io.sync()
    fleet.coordinator.sync()
    assert FeedbackService(table.ws).form(form_id).summary.status is FormStatus.TRANSMITTED
    assert _held(fleet.coordinator) == []


def _member(laptop: Laptop) -> str:
    assert laptop.person is not None
    return laptop.person.member_id
