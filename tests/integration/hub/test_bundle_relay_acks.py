"""Relays do not repeat: a partner relaying to another partner starts after what that partner
acknowledged, counting what earlier relays brought it and what it pulled from the hub. A → B
through the hub, B → C by bundle, C → B with its acknowledgement, B → C again: the second
bundle holds nothing of A's already acknowledged. And a laptop synced by the hub is not sent
what it pulled. Three real data folders and a real hub."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseNoteRow, JournalOperation, SyncHeldRow
from tests.helpers.factories import make_livcr
from tests.helpers.meetings import make_table
from tests.integration.hub.conftest import HubDatabase
from tests.integration.hub.laptops import LaptopFleet


@pytest.fixture
def fleet(tmp_path: Path, hub_db: HubDatabase) -> Iterator[LaptopFleet]:
    table = make_table(make_livcr(tmp_path / "coordinator"))
    InvolvementService(table.ws).invite(table.case_school, table.welfare.member_id)
    made = LaptopFleet(table, hub_db, tmp_path)
    made.enrol(table.school)
    made.enrol(table.welfare)
    made.coordinator.sync()
    for laptop in made.members.values():
        laptop.sync()
    yield made
    made.close()


def _once_each(workspace: Workspace) -> bool:
    with workspace.db.read_session() as session:
        doubled = session.execute(
            select(JournalOperation.op_id)
            .group_by(JournalOperation.device_id, JournalOperation.device_seq)
            .having(func.count() > 1)
        ).all()
        held = session.scalars(select(SyncHeldRow)).all()
    return not doubled and not held


def test_a_second_relay_holds_nothing_already_acknowledged(
    fleet: LaptopFleet, tmp_path: Path
) -> None:
    table = fleet.table
    school, welfare = fleet.members["sofie.s"], fleet.members["wout.w"]
    coordinator_device = table.ws.db.device_id
    note_id = InvolvementService(table.ws).add_note(
        table.case_school, "Gesprek met Jonas op het CLB.", NoteVisibility.TABLE
    )
    fleet.coordinator.sync()
    school.sync()  # A → B through the hub; C does not sync again

    first = export_bundle(school.workspace, "wout.w", tmp_path / "1.livcr-bundle")
    assert coordinator_device in first.ranges
    import_bundle(welfare.workspace, tmp_path / "1.livcr-bundle")
    with welfare.db.read_session() as session:
        assert session.get(CaseNoteRow, note_id) is not None

    # C answers B: its manifest acknowledges what B relayed.
    export_bundle(welfare.workspace, "sofie.s", tmp_path / "terug.livcr-bundle")
    import_bundle(school.workspace, tmp_path / "terug.livcr-bundle")

    second = export_bundle(school.workspace, "wout.w", tmp_path / "2.livcr-bundle")
    assert coordinator_device not in second.ranges
    assert set(second.ranges) == {school.db.device_id}  # only what B itself wrote since
    report = import_bundle(welfare.workspace, tmp_path / "2.livcr-bundle")
    assert report.gaps == []
    assert _once_each(welfare.workspace) and _once_each(school.workspace)

    # What A writes next is relayed, starting after what C acknowledged.
    InvolvementService(table.ws).add_note(
        table.case_school, "Tweede gesprek gepland.", NoteVisibility.TABLE
    )
    fleet.coordinator.sync()
    school.sync()
    third = export_bundle(school.workspace, "wout.w", tmp_path / "3.livcr-bundle")
    assert (
        third.ranges[coordinator_device].after_seq >= first.ranges[coordinator_device].through_seq
    )
    import_bundle(welfare.workspace, tmp_path / "3.livcr-bundle")
    with welfare.db.read_session() as session:
        assert "Tweede gesprek gepland." in set(session.scalars(select(CaseNoteRow.body)))
    assert _once_each(welfare.workspace)


def test_a_laptop_synced_by_the_hub_is_not_relayed_what_it_pulled(
    fleet: LaptopFleet, tmp_path: Path
) -> None:
    table = fleet.table
    school, welfare = fleet.members["sofie.s"], fleet.members["wout.w"]
    InvolvementService(table.ws).add_note(
        table.case_school, "Gesprek met Jonas op het CLB.", NoteVisibility.TABLE
    )
    fleet.coordinator.sync()
    school.sync()
    welfare.sync()  # C holds A's note through the hub

    export_bundle(welfare.workspace, "sofie.s", tmp_path / "c-naar-b.livcr-bundle")
    import_bundle(school.workspace, tmp_path / "c-naar-b.livcr-bundle")
    sent = export_bundle(school.workspace, "wout.w", tmp_path / "b-naar-c.livcr-bundle")
    assert table.ws.db.device_id not in sent.ranges
    import_bundle(welfare.workspace, tmp_path / "b-naar-c.livcr-bundle")
    assert _once_each(welfare.workspace)
