"""The GUI's sync tests run against a real hub: the PostgreSQL fixtures of the hub's
integration tests, and real data folders for the coordinator's and a partner's laptop."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from livcr_desktop.domain.organisations import Role
from livcr_desktop.hub.client import HubClient
from livcr_desktop.services.cases.involvement import InvolvementService
from livcr_desktop.services.sync import devices
from livcr_desktop.services.sync.devices import Invitation
from livcr_desktop.services.sync.in_app import run_round
from livcr_desktop.services.sync.link import connect_hub, read_link, remember_password
from livcr_desktop.services.workspace import Workspace
from tests.helpers.factories import LivcrFixture, add_person, make_case, make_livcr
from tests.integration.hub.conftest import HubDatabase, hub_db, pg_server

__all__ = ["hub_db", "pg_server"]

PARTNER_PASSPHRASE = "Eigen-Laptop-Zin-42"


class CoordinatorLaptop:
    """A coordinator's laptop connected to a real hub, with a partner invited to one case."""

    def __init__(self, root: Path, hub: HubDatabase) -> None:
        self.hub = hub
        self.livcr: LivcrFixture = make_livcr(root)
        self.workspace: Workspace = self.livcr.workspace
        self.partner = add_person(self.livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
        self.case = make_case(self.livcr, "Jonas", "Gedeeld")
        InvolvementService(self.workspace).invite(self.case, self.partner.member_id)
        connect_hub(
            self.workspace,
            hub.coordinator_dsn.rsplit(" password=", 1)[0],
            hub.coordinator_password,
        )
        assert remember_password(self.workspace, hub.coordinator_password)
        run_round(self.workspace)

    def invitation(self) -> Invitation:
        with self.workspace.db.read_session() as session:
            link = read_link(session, self.workspace.db.device_id)
        assert link is not None
        with HubClient(self.hub.coordinator_dsn) as client:
            return devices.invite(self.workspace, client, link, "pieter.partner")

    def approve(self, fingerprint: str) -> None:
        with HubClient(self.hub.coordinator_dsn) as client:
            devices.approve(self.workspace, client, fingerprint)


@pytest.fixture
def coordinator_laptop(tmp_path: Path, hub_db: HubDatabase) -> Iterator[CoordinatorLaptop]:
    made = CoordinatorLaptop(tmp_path / "coordinator", hub_db)
    yield made
    made.workspace.close()
