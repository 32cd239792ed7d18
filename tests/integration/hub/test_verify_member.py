"""`verify` on a member's own laptop after sync (services/audit/verify.py with
services/sync/held_chains.py): the other laptops' chains are held in part, so what is held is
checked (each operation's hash, links where both ends are here, each transaction's signature or
signed manifest) and what is not this laptop's to see is counted, not reported as a break; a
changed held operation or a removed last operation of its own is still caught."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select, update

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.audit.verify import VerifyReport, verify_session
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.store.models import JournalOperation
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import Table, make_table
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import Laptop, LaptopFleet

pytestmark = pytest.mark.slow


@pytest.fixture
def synced(tmp_path: Path, hub_db: HubDatabase) -> Iterator[tuple[Table, Laptop]]:
    table = make_table(make_livcr(tmp_path / "coordinator"))
    fleet = LaptopFleet(table, hub_db, tmp_path)
    school = fleet.enrol(table.school)
    InvolvementService(school.workspace).add_note(
        table.case_school, "Fictieve notitie van de school.", NoteVisibility.TABLE
    )
    InvolvementService(table.ws).add_note(
        table.case_welfare, "Fictief: niet voor de school.", NoteVisibility.TABLE
    )
    InvolvementService(table.ws).add_note(
        table.case_school, "Fictief: wel voor de school.", NoteVisibility.TABLE
    )
    for _ in range(2):
        for laptop in fleet.laptops:
            laptop.sync()
    yield table, school
    fleet.close()
    for workspace in table.workspaces:
        workspace.close()
    table.ws.close()


def _verify(laptop: Laptop) -> VerifyReport:
    with laptop.db.read_session() as session:
        return verify_session(session, laptop.db.device_id)


def test_a_partners_laptop_verifies_green_and_says_what_it_could_not_check(
    synced: tuple[Table, Laptop],
) -> None:
    _table, school = synced
    report = _verify(school)
    assert report.chain.breaks == []
    assert report.signatures.problems == []
    assert report.healthy
    assert report.chain.not_held > 0  # the welfare case's note, the other cases ...
    assert report.chain.devices == 2


def test_a_changed_operation_of_another_laptop_is_caught(synced: tuple[Table, Laptop]) -> None:
    table, school = synced
    coordinator_device = table.ws.db.device_id
    with school.db.write_session() as session, session.begin():
        seq = session.scalar(
            select(func.max(JournalOperation.seq)).where(
                JournalOperation.device_id == coordinator_device,
                JournalOperation.kind == "case.note_added",
            )
        )
        session.execute(
            update(JournalOperation)
            .where(JournalOperation.seq == seq)
            .values(payload=func.replace(JournalOperation.payload, "wel voor", "niet voor"))
        )
    report = _verify(school)
    assert not report.healthy
    assert [b.device_id for b in report.chain.breaks] == [coordinator_device]


def test_its_own_last_operation_removed_is_caught(synced: tuple[Table, Laptop]) -> None:
    _table, school = synced
    own = school.db.device_id
    with school.db.write_session() as session, session.begin():
        last = session.scalar(
            select(func.max(JournalOperation.device_seq)).where(JournalOperation.device_id == own)
        )
        session.execute(
            delete(JournalOperation).where(
                JournalOperation.device_id == own, JournalOperation.device_seq == last
            )
        )
    report = _verify(school)
    assert not report.healthy
    assert [(b.device_id, b.device_seq) for b in report.chain.breaks] == [(own, last)]
