"""Several laptops of one LIVC-R through a real hub, for the state machine and the role matrix.

The coordinator's laptop is the fictional joint LIVC-R of tests/helpers/meetings.py (a chair, a
school and a welfare partner, three cases, a clock the test moves); every other laptop is a real
data folder of its own, joined by invitation, approved by fingerprint and synced through the hub
as a member would. Every laptop shares the table's clock, so "today" is the same day everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from livcr_desktop.hub.client import HubClient, PulledEnvelope
from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.sync import devices
from livcr_desktop.services.sync.link import HubLink, connect_hub, dsn_with_password, read_link
from livcr_desktop.services.sync.round import SyncReport, sync_round
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.database import Database
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.keyslots import normalise_passphrase
from tests.helpers.factories import Person
from tests.helpers.meetings import Table
from tests.integration.hub.conftest import HubDatabase

LAPTOP_PASSPHRASE = "Eigen-Laptop-Zin-2026"


@dataclass
class Faults:
    """What the network does to the next calls of one client (each fault fires once)."""

    drop_push: bool = False
    """The push never reaches the hub (the connection drops before the call)."""
    lose_ack: bool = False
    """The push reaches the hub but its answer is lost (the laptop does not record it)."""
    duplicate_push: bool = False
    """The same batch arrives twice (a retry after a timeout the first one survived)."""
    reorder_pull: int | None = None
    """Seed to shuffle each pulled batch with (the largest server_seq stays last, as a cursor
    that moves forward needs); with small batches, operations arrive before what they need."""


class FaultyHubClient(HubClient):
    """The real client over a real connection, with the faults a network and a crash cause."""

    def __init__(self, dsn: str, faults: Faults) -> None:
        super().__init__(dsn)
        self.faults = faults

    def push(self, envelopes: Sequence[Envelope]) -> int:
        from livcr_desktop.hub.client import HubUnreachable

        if self.faults.drop_push and envelopes:
            self.faults.drop_push = False
            raise HubUnreachable("push dropped by the test network")
        pushed = super().push(envelopes)
        if self.faults.duplicate_push and envelopes:
            self.faults.duplicate_push = False
            assert super().push(envelopes) == 0
        if self.faults.lose_ack and envelopes:
            self.faults.lose_ack = False
            raise HubUnreachable("acknowledgement lost by the test network")
        return pushed

    def pull(
        self, after: int, limit: int = 5000, *, own_device: str | None = None
    ) -> list[PulledEnvelope]:
        if self.faults.reorder_pull is None:
            return super().pull(after, limit, own_device=own_device)
        import random

        batch = super().pull(after, min(limit, 7), own_device=own_device)
        if len(batch) > 2:
            head, last = batch[:-1], batch[-1]
            random.Random(self.faults.reorder_pull + after).shuffle(head)
            batch = [*head, last]
        return batch


@dataclass
class Laptop:
    """One data folder with its hub login: the coordinator's, or a member's own."""

    name: str
    workspace: Workspace
    hub_password: str
    person: Person | None = None
    faults: Faults = field(default_factory=Faults)

    @property
    def db(self) -> Database:
        return self.workspace.db

    def link(self) -> HubLink:
        with self.db.read_session() as session:
            link = read_link(session, self.db.device_id)
        assert link is not None
        return link

    def sync(self) -> SyncReport:
        link = self.link()
        with FaultyHubClient(dsn_with_password(link.dsn, self.hub_password), self.faults) as client:
            return sync_round(self.db, link, client)

    def member_id(self) -> str:
        return self.workspace.actor.member_id


class LaptopFleet:
    """The coordinator's laptop connected to a hub, and the members' laptops enrolled on it."""

    def __init__(self, table: Table, hub: HubDatabase, root: Path) -> None:
        self.table = table
        self.hub = hub
        self.root = root
        connect_hub(
            table.ws, hub.coordinator_dsn.rsplit(" password=", 1)[0], hub.coordinator_password
        )
        self.coordinator = Laptop("coordinator", table.ws, hub.coordinator_password)
        self.coordinator.sync()
        self.members: dict[str, Laptop] = {}

    def enrol(self, person: Person) -> Laptop:
        """Invite, join, approve and first-sync a laptop of its own for `person`."""
        link = self.coordinator.link()
        with HubClient(self.hub.coordinator_dsn) as client:
            invitation = devices.invite(self.table.ws, client, link, person.username)
        root = self.root / person.username
        joined = devices.join(root, invitation, LAPTOP_PASSPHRASE)
        with HubClient(self.hub.coordinator_dsn) as client:
            devices.approve(self.table.ws, client, joined.fingerprint)
        self.coordinator.sync()
        access = FolderAccess(DataFolder(root))
        db = access.open_for_sync(invitation.account_id, LAPTOP_PASSPHRASE)
        try:
            with db.read_session() as session:
                first_link = read_link(session, db.device_id)
            assert first_link is not None
            dsn = dsn_with_password(first_link.dsn, invitation.password)
            with HubClient(dsn) as client:
                sync_round(db, first_link, client)
        finally:
            db.close()
        workspace = access.sign_in(invitation.account_id, LAPTOP_PASSPHRASE)
        workspace.db.clock = self.table.clock
        laptop = Laptop(person.username, workspace, invitation.password, person)
        self.members[person.username] = laptop
        return laptop

    @property
    def laptops(self) -> list[Laptop]:
        return [self.coordinator, *self.members.values()]

    def close(self) -> None:
        for laptop in self.members.values():
            laptop.workspace.close()


def raw_database(laptop: Laptop) -> Database:
    """The laptop's database opened with its owner's key, not through a session: what anyone
    holding that key reads with sqlcipher."""
    assert laptop.person is not None
    folder = DataFolder(laptop.db.folder.root)
    header, _ = folder.header.load()
    slot = header.slot_for_account(laptop.person.account_id)
    assert slot is not None
    key = slot.unwrap(header.folder_id, normalise_passphrase(LAPTOP_PASSPHRASE))
    return Database.open(folder, key)
