"""A partner's bundle for another partner relays what it holds of other laptops, with the
original signatures: A → B through the hub, B → C by bundle, and C gets A's operation. Three
real data folders and a real hub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.store.models import (
    CaseNoteRow,
    JournalOperation,
    SyncBundleRangeRow,
    SyncHeldRow,
)
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import make_table
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import LaptopFleet

NOTE = "Afspraak met Jonas bij het CLB op donderdag."


@pytest.fixture
def fleet(tmp_path: Path, hub_db: HubDatabase) -> Iterator[LaptopFleet]:
    table = make_table(make_livcr(tmp_path / "coordinator"))
    # The welfare partner sees the school's case too: what B may see, C may see.
    InvolvementService(table.ws).invite(table.case_school, table.welfare.member_id)
    made = LaptopFleet(table, hub_db, tmp_path)
    made.enrol(table.school)
    made.enrol(table.welfare)
    made.coordinator.sync()
    for laptop in made.members.values():
        laptop.sync()
    yield made
    made.close()


def test_a_partner_relays_the_coordinators_operation_to_another_partner(
    fleet: LaptopFleet, tmp_path: Path
) -> None:
    table = fleet.table
    school, welfare = fleet.members["sofie.s"], fleet.members["wout.w"]
    note_id = InvolvementService(table.ws).add_note(table.case_school, NOTE, NoteVisibility.TABLE)
    fleet.coordinator.sync()
    school.sync()  # A → B through the hub; C never syncs again

    bundle = tmp_path / "naar-wout.livcr-bundle"
    sent = export_bundle(school.workspace, "wout.w", bundle)
    assert sent.operations > 0 and table.ws.db.device_id in sent.ranges
    report = import_bundle(welfare.workspace, bundle)
    assert report.sync.applied > 0

    with welfare.db.read_session() as session:
        note = session.get(CaseNoteRow, note_id)
        author = session.scalars(
            select(JournalOperation.device_id).where(JournalOperation.entity_id == note_id)
        ).first()
        held = [(h.reason, h.device_id) for h in session.scalars(select(SyncHeldRow))]
        counted = set(
            session.scalars(
                select(SyncBundleRangeRow.device_id).where(SyncBundleRangeRow.complete.is_(True))
            )
        )
    assert note is not None and note.body == NOTE
    # Landed under the coordinator laptop's own chain and signature, not the relaying laptop's.
    assert author == table.ws.db.device_id
    assert [h for h in held if h[0] not in {"waiting_earlier"}] == []
    # A relayed range is not counted as complete: the coordinator's next bundle still covers it.
    assert table.ws.db.device_id not in counted
