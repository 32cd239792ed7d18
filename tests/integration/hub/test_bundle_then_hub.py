"""An LIVC-R that lived on bundles meets a hub later: the coordinator's laptop and a partner's
laptop joined and exchanged by files only, then the coordinator connects to a real hub (keeping
its keys and device, telling the hub of the laptop it approved by file), gives that laptop a hub
login, and both sync through the hub. A new note flows each way by hub, nothing that travelled
by bundle is sent twice or applied twice, and verify is green on both laptops."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import select

from livcr_desktop.domain.errors import DomainError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import HubClient
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.bundles.enrolment import approve_request, invite_by_file, join_request
from livcr_desktop.services.bundles.export import export_bundle
from livcr_desktop.services.bundles.receive import import_bundle, import_first_bundle
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync.devices import join
from livcr_desktop.services.sync.hub_access import (
    NOT_AN_ACCESS,
    HubAccess,
    hub_access_for,
    take_hub_access,
)
from livcr_desktop.services.sync.link import ALREADY_CONNECTED, connect_hub, read_link
from livcr_desktop.services.sync.round import sync_round
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import CaseNoteRow, JournalOperation, SyncHeldRow, SyncLinkRow
from tests.helpers.factories import add_person, make_case, make_livcr
from tests.integration.hub.conftest import HubDatabase

PASSPHRASE = "Eigen-Laptop-Zin-42"


def _round(workspace: Workspace, dsn: str) -> None:
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
    assert link is not None
    with HubClient(dsn) as client:
        sync_round(workspace.db, link, client)


def _notes(workspace: Workspace) -> set[str]:
    with workspace.db.read_session() as session:
        return set(session.scalars(select(CaseNoteRow.body)))


def _journal(workspace: Workspace) -> Counter[tuple[str, int]]:
    with workspace.db.read_session() as session:
        return Counter(
            session.execute(select(JournalOperation.device_id, JournalOperation.device_seq)).all()
        )


def _own_chain(workspace: Workspace) -> int:
    return sum(1 for device, _ in _journal(workspace) if device == workspace.db.device_id)


def _hub_envelopes(hub: HubDatabase) -> Counter[str]:
    with psycopg.connect(hub.admin_dsn) as conn:
        rows = conn.execute("SELECT device_id::text FROM hub.envelope").fetchall()
    return Counter(str(device) for (device,) in rows)


def _green(workspace: Workspace) -> None:
    with workspace.db.read_session() as session:
        report = verify_session(session, workspace.db.device_id)
        assert report.healthy, report
        assert session.scalars(select(SyncHeldRow)).all() == []


def test_laptops_on_bundles_connect_to_a_hub_later(tmp_path: Path, hub_db: HubDatabase) -> None:
    livcr = make_livcr(tmp_path / "coordinator")
    coordinator = livcr.workspace
    partner_person = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    case = make_case(livcr, "Jonas", "Gedeeld")
    InvolvementService(coordinator).invite(case, partner_person.member_id)

    # 1. By files only: invitation, request approved by fingerprint, bundles both ways.
    invitation = invite_by_file(coordinator, "pieter.partner")
    partner_root = tmp_path / "partner"
    joined = join(partner_root, invitation, PASSPHRASE)
    request = join_request(invitation, joined.sign_public, joined.box_public)
    approve_request(coordinator, request, joined.fingerprint)
    InvolvementService(coordinator).add_note(
        case, "Per bundel: eerste afspraak.", NoteVisibility.TABLE
    )
    first = tmp_path / "eerste.livcr-bundle"
    export_bundle(coordinator, "pieter.partner", first)
    access = FolderAccess(DataFolder(partner_root))
    db = access.open_for_sync(invitation.account_id, PASSPHRASE)
    try:
        import_first_bundle(db, first)
    finally:
        db.close()
    partner = access.sign_in(invitation.account_id, PASSPHRASE)
    try:
        InvolvementService(partner).add_note(
            case, "Per bundel: Jonas kwam op school.", NoteVisibility.TABLE
        )
        back = tmp_path / "terug.livcr-bundle"
        export_bundle(partner, "tessa.test", back)
        import_bundle(coordinator, back)
        assert "Per bundel: Jonas kwam op school." in _notes(coordinator)
        with coordinator.db.read_session() as session:
            before = session.scalars(select(SyncLinkRow)).one()
            box_before, device_before = before.box_private, coordinator.db.device_id
            assert before.dsn == ""

        # 2. The coordinator connects to a hub: same keys, same device; the hub lists the
        #    laptop approved by file, approved, with the keys whose fingerprint was compared.
        dsn = hub_db.coordinator_dsn.rsplit(" password=", 1)[0]
        connect_hub(coordinator, dsn, hub_db.coordinator_password)
        with pytest.raises(DomainError) as again:
            connect_hub(coordinator, dsn, hub_db.coordinator_password)
        assert again.value.message.text == ALREADY_CONNECTED
        with coordinator.db.read_session() as session:
            after = session.scalars(select(SyncLinkRow)).one()
            assert after.box_private == box_before and after.dsn == dsn
        assert coordinator.db.device_id == device_before
        with HubClient(hub_db.coordinator_dsn) as client:
            listed = {d.device_id: d for d in client.devices()}
            assert listed[joined.device_id].status == "approved"
            assert listed[joined.device_id].sign_public == joined.sign_public
            _round(coordinator, hub_db.coordinator_dsn)
            files = hub_access_for(coordinator, client, "pieter.partner")
        assert [a.device_id for a in files] == [joined.device_id]
        access_file = tmp_path / "hub-toegang.json"
        access_file.write_text(files[0].to_json())

        # A hub access for another laptop is refused and changes nothing.
        wrong = HubAccess(
            "00000000-0000-0000-0000-000000000000", *list(files[0].__dict__.values())[1:]
        )
        with pytest.raises(DomainError) as refused:
            take_hub_access(partner, wrong)
        assert refused.value.message.text == NOT_AN_ACCESS

        # 3. The partner's laptop takes its hub access and syncs through the hub.
        taken = HubAccess.read(access_file)
        take_hub_access(partner, taken)
        partner_dsn = hub_db.login_dsn(taken.login, taken.password)
        _round(partner, partner_dsn)
        _round(coordinator, hub_db.coordinator_dsn)  # pulls what it already has by bundle

        # What travelled by bundle is not sent twice: each chain is on the hub once, pushed by
        # its own laptop only, and each laptop holds each operation once.
        on_hub = _hub_envelopes(hub_db)
        assert on_hub[coordinator.db.device_id] == _own_chain(coordinator)
        assert on_hub[partner.db.device_id] == _own_chain(partner)
        assert set(on_hub) == {coordinator.db.device_id, partner.db.device_id}

        # 4. A new note flows each way through the hub.
        InvolvementService(coordinator).add_note(
            case, "Via de hub: nieuwe afspraak.", NoteVisibility.TABLE
        )
        _round(coordinator, hub_db.coordinator_dsn)
        _round(partner, partner_dsn)
        assert "Via de hub: nieuwe afspraak." in _notes(partner)
        InvolvementService(partner).add_note(
            case, "Via de hub: gesprek verliep goed.", NoteVisibility.TABLE
        )
        _round(partner, partner_dsn)
        _round(coordinator, hub_db.coordinator_dsn)
        assert "Via de hub: gesprek verliep goed." in _notes(coordinator)

        for workspace in (coordinator, partner):
            assert max(_journal(workspace).values()) == 1
            _green(workspace)
        on_hub = _hub_envelopes(hub_db)
        assert on_hub[coordinator.db.device_id] == _own_chain(coordinator)
        assert on_hub[partner.db.device_id] == _own_chain(partner)
    finally:
        partner.close()
        coordinator.close()
