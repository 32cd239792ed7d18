"""A laptop still waiting for a scope's past acknowledges what it applied: relays to it do not
repeat meanwhile, and the backfill still brings that past, applied once.

The welfare partner's laptop is invited to another case; the round that brings the case's key
is cut before it pulls the case's past (`backfilled` stays false). Meanwhile bundles go
between the welfare and the school laptops: the school's relay to the welfare laptop holds
nothing of the coordinator's that the welfare laptop pulled from the hub. The next round
backfills the case. Three real data folders and a real hub.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import HubUnreachable
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.models import CaseNoteRow, SyncScopeKeyRow
from tests.integration.hub.laptops import LaptopFleet
from tests.integration.hub.test_bundle_relay_acks import _once_each, fleet  # noqa: F401


def _waiting(workspace: Workspace) -> int:
    with workspace.db.read_session() as session:
        return int(
            session.scalar(
                select(func.count())
                .select_from(SyncScopeKeyRow)
                .where(SyncScopeKeyRow.backfilled.is_(False))
            )
            or 0
        )


def _notes(workspace: Workspace) -> set[str]:
    with workspace.db.read_session() as session:
        return set(session.scalars(select(CaseNoteRow.body)))


def test_relays_do_not_repeat_while_a_scope_waits_for_its_past(
    fleet: LaptopFleet,  # noqa: F811 (the fixture of test_bundle_relay_acks.py)
    tmp_path: Path,
) -> None:
    table = fleet.table
    school, welfare = fleet.members["sofie.s"], fleet.members["wout.w"]
    coordinator_device = table.ws.db.device_id
    # The past of a case the welfare partner is not on yet, and a note both partners see.
    InvolvementService(table.ws).add_note(
        table.case_nobody, "Eerder gesprek met Kobe.", NoteVisibility.TABLE
    )
    InvolvementService(table.ws).add_note(
        table.case_school, "Gesprek met Jonas op het CLB.", NoteVisibility.TABLE
    )
    fleet.coordinator.sync()
    school.sync()
    welfare.sync()  # holds the coordinator's note through the hub
    assert "Gesprek met Jonas op het CLB." in _notes(welfare.workspace)

    # The welfare partner is invited to Kobe's case; its round is cut after the case's key.
    InvolvementService(table.ws).invite(table.case_nobody, table.welfare.member_id)
    fleet.coordinator.sync()
    InvolvementService(welfare.workspace).add_note(
        table.case_school, "Mira's broer ook gezien.", NoteVisibility.TABLE
    )
    welfare.faults.drop_push = True
    with pytest.raises(HubUnreachable):
        welfare.sync()
    assert _waiting(welfare.workspace) > 0
    assert "Eerder gesprek met Kobe." not in _notes(welfare.workspace)

    # Bundles meanwhile: the welfare laptop acknowledges what it pulled from the hub...
    back = export_bundle(welfare.workspace, "sofie.s", tmp_path / "c-naar-b.livcr-bundle")
    assert back.ranges  # its own note goes out
    import_bundle(school.workspace, tmp_path / "c-naar-b.livcr-bundle")
    # ... so the school's relay to it holds nothing of the coordinator's it already has.
    sent = export_bundle(school.workspace, "wout.w", tmp_path / "b-naar-c.livcr-bundle")
    assert coordinator_device not in sent.ranges
    import_bundle(welfare.workspace, tmp_path / "b-naar-c.livcr-bundle")
    again = export_bundle(school.workspace, "wout.w", tmp_path / "b-naar-c-2.livcr-bundle")
    assert coordinator_device not in again.ranges
    assert _waiting(welfare.workspace) > 0

    # The next round backfills the case's past: it arrives, applied once.
    welfare.sync()
    assert _waiting(welfare.workspace) == 0
    assert "Eerder gesprek met Kobe." in _notes(welfare.workspace)
    assert _once_each(welfare.workspace) and _once_each(school.workspace)
