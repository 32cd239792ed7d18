"""Two laptops, one LIVC-R, through a real hub: the coordinator's and a partner's own laptop,
each a real encrypted data folder. What the partner may see arrives, nothing else; what the
partner writes reaches the coordinator; what the hub stores cannot be read."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.persons import NoteVisibility
from livcr_desktop.hub.client import HubClient
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync import devices
from livcr_desktop.services.sync.link import connect_hub, dsn_with_password, read_link
from livcr_desktop.services.sync.round import sync_round
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.models import CaseNoteRow, CaseRow, PersonRow, SyncHeldRow
from tests.helpers.factories import LivcrFixture, add_person, make_case, make_livcr
from tests.integration.hub.conftest import HubDatabase

PARTNER_PASSPHRASE = "Partner-Laptop-Zin-42"


def _sync(workspace: Workspace, password: str) -> object:
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
    assert link is not None
    with HubClient(dsn_with_password(link.dsn, password)) as client:
        return sync_round(workspace.db, link, client)


class TwoLaptops:
    def __init__(self, tmp_path: Path, hub: HubDatabase) -> None:
        self.hub = hub
        self.livcr: LivcrFixture = make_livcr(tmp_path / "coordinator")
        self.coordinator = self.livcr.workspace
        self.partner = add_person(self.livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
        self.shared_case = make_case(self.livcr, "Jonas", "Gedeeld")
        self.other_case = make_case(self.livcr, "Mira", "Geheim", description="Niet voor Pieter.")
        InvolvementService(self.coordinator).invite(self.shared_case, self.partner.member_id)
        connect_hub(
            self.coordinator,
            hub.coordinator_dsn.rsplit(" password=", 1)[0],
            hub.coordinator_password,
        )
        _sync(self.coordinator, hub.coordinator_password)
        with self.coordinator.db.read_session() as session:
            link = read_link(session, self.coordinator.db.device_id)
        assert link is not None
        with HubClient(hub.coordinator_dsn) as client:
            self.invitation = devices.invite(self.coordinator, client, link, "pieter.partner")
        self.partner_root = tmp_path / "partner"
        joined = devices.join(self.partner_root, self.invitation, PARTNER_PASSPHRASE)
        with HubClient(hub.coordinator_dsn) as client:
            devices.approve(self.coordinator, client, joined.fingerprint)
        _sync(self.coordinator, hub.coordinator_password)
        self.partner_password = self.invitation.password
        self.partner_ws: Workspace | None = None

    def partner_first_sync(self) -> Workspace:
        from livcr_desktop.store.database import Database
        from livcr_desktop.store.keyslots import normalise_passphrase

        folder = DataFolder(self.partner_root)
        header, _ = folder.header.load()
        slot = header.slot_for_account(self.invitation.account_id)
        assert slot is not None
        key = slot.unwrap(header.folder_id, normalise_passphrase(PARTNER_PASSPHRASE))
        db = Database.open(folder, key)
        try:
            with db.read_session() as session:
                link = read_link(session, db.device_id)
            assert link is not None
            with HubClient(dsn_with_password(link.dsn, self.partner_password)) as client:
                sync_round(db, link, client)
        finally:
            db.close()
        self.partner_ws = FolderAccess(folder).sign_in(
            self.invitation.account_id, PARTNER_PASSPHRASE
        )
        return self.partner_ws

    def close(self) -> None:
        if self.partner_ws is not None:
            self.partner_ws.close()
        self.coordinator.close()


@pytest.fixture
def laptops(tmp_path: Path, hub_db: HubDatabase) -> Iterator[TwoLaptops]:
    made = TwoLaptops(tmp_path, hub_db)
    yield made
    made.close()


def test_the_partner_laptop_receives_its_case_and_nothing_else(laptops: TwoLaptops) -> None:
    partner = laptops.partner_first_sync()
    with partner.db.read_session() as session:
        cases = set(session.scalars(select(CaseRow.id)))
        people = {p.last_name for p in session.scalars(select(PersonRow))}
        held = session.scalars(select(SyncHeldRow)).all()
    assert cases == {laptops.shared_case}
    assert people == {"Gedeeld"}
    assert [(h.reason, h.state) for h in held] == []


def test_a_note_written_on_the_partner_laptop_reaches_the_coordinator(
    laptops: TwoLaptops,
) -> None:
    partner = laptops.partner_first_sync()
    note_id = InvolvementService(partner).add_note(
        laptops.shared_case, "Gesprek met Jonas verliep rustig.", NoteVisibility.TABLE
    )
    _sync(partner, laptops.partner_password)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    with laptops.coordinator.db.read_session() as session:
        note = session.get(CaseNoteRow, note_id)
    assert note is not None
    assert note.body == "Gesprek met Jonas verliep rustig."


def test_the_hub_dump_holds_no_name_note_or_wording(laptops: TwoLaptops) -> None:
    partner = laptops.partner_first_sync()
    InvolvementService(partner).add_note(
        laptops.shared_case, "Kanarie-notitie over Jonas.", NoteVisibility.TABLE
    )
    _sync(partner, laptops.partner_password)
    server = laptops.hub.server
    dump = subprocess.run(
        server._command(
            str(server.bindir / "pg_dump"),
            "-h",
            server.socket_dir,
            "-U",
            "hubadmin",
            laptops.hub.database,
        ),
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout
    assert b"CREATE TABLE hub.envelope" in dump
    for canary in (
        b"Kanarie",
        b"Gedeeld",
        b"Geheim",
        b"Jonas",
        b"Pieter",
        b"Tessa",
        b"Proefdorp",
        b"radicale",
        b"Niet voor Pieter",
    ):
        assert canary not in dump, canary


def test_a_case_the_partner_is_invited_to_later_arrives_with_its_whole_past(
    laptops: TwoLaptops,
) -> None:
    partner = laptops.partner_first_sync()
    with partner.db.read_session() as session:
        assert session.get(CaseRow, laptops.other_case) is None
    InvolvementService(laptops.coordinator).invite(laptops.other_case, laptops.partner.member_id)
    _sync(laptops.coordinator, laptops.hub.coordinator_password)
    _sync(partner, laptops.partner_password)
    with partner.db.read_session() as session:
        case = session.get(CaseRow, laptops.other_case)
        people = {p.last_name for p in session.scalars(select(PersonRow))}
    assert case is not None
    assert people == {"Gedeeld", "Geheim"}
