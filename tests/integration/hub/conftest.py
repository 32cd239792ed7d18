"""A real PostgreSQL server for the hub's tests (one per test session) and a fresh hub database
per test, set up by `hub init` as IT would, with the coordinator's login."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from livcr_desktop.hub.admin import init_hub
from tests.helpers.postgres import PostgresServer, start_server

if TYPE_CHECKING:
    from tests.integration.hub.test_two_laptops import TwoLaptops


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    server = start_server()
    try:
        yield server
    finally:
        server.stop()


@dataclass
class HubDatabase:
    """One LIVC-R's hub: its database, the administrator's DSN and the coordinator's login."""

    server: PostgresServer
    database: str
    coordinator_login: str
    coordinator_password: str

    @property
    def admin_dsn(self) -> str:
        return self.server.dsn(self.database)

    @property
    def coordinator_dsn(self) -> str:
        return self.server.dsn(self.database, self.coordinator_login, self.coordinator_password)

    def login_dsn(self, login: str, password: str) -> str:
        return self.server.dsn(self.database, login, password)


def new_hub(server: PostgresServer) -> HubDatabase:
    """A fresh hub database set up by `hub init`, with its coordinator's login."""
    database = server.new_database()
    login, password = f"{database}_coord", secrets.token_urlsafe(16)
    init_hub(server.dsn(database), coordinator_login=login, coordinator_password=password)
    return HubDatabase(server, database, login, password)


@pytest.fixture
def hub_db(pg_server: PostgresServer) -> HubDatabase:
    return new_hub(pg_server)


@pytest.fixture
def laptops(tmp_path: Path, hub_db: HubDatabase) -> Iterator[TwoLaptops]:
    """The coordinator's laptop and a partner's own laptop on one hub (test_two_laptops.py)."""
    from tests.integration.hub.test_two_laptops import TwoLaptops

    made = TwoLaptops(tmp_path, hub_db)
    yield made
    made.close()
