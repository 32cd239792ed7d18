"""Builders of fictional test data (no real person appears anywhere in the tests)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.recovery import generate_recovery_key
from livcr_desktop.services.setup import CoordinatorDetails, LivcrDetails, initialise
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder

COORDINATOR_PASSPHRASE = "Kamer-met-Uitzicht-42!"
LIVCR_NAME = "LIVC-R Testland"
MUNICIPALITIES = ("Proefdorp", "Testegem")


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory, standing in for the OS keyring in tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.entries:
            raise PasswordDeleteError(username)
        del self.entries[(service, username)]


@dataclass
class LivcrFixture:
    """A set-up LIVC-R: its folder, the coordinator's workspace and the secrets that open it."""

    folder: DataFolder
    workspace: Workspace
    passphrase: str
    recovery_key: str
    username: str = "tessa.test"


def make_livcr(root: Path, *, language: Language = Language.NL) -> LivcrFixture:
    """Set up a fictional joint LIVC-R with coordinator Tessa Test."""
    folder = DataFolder(root)
    recovery_key = generate_recovery_key()
    workspace = initialise(
        folder,
        LivcrDetails(LIVCR_NAME, list(MUNICIPALITIES), language),
        CoordinatorDetails(
            "Tessa Test",
            "Preventiedienst Proefdorp",
            "tessa.test",
            COORDINATOR_PASSPHRASE,
            COORDINATOR_PASSPHRASE,
        ),
        recovery_key,
    )
    return LivcrFixture(folder, workspace, COORDINATOR_PASSPHRASE, recovery_key)
