"""Shared fixtures: an offscreen Qt, cheap key derivation, an in-memory keyring, and a fresh
LIVC-R in a temporary data folder. Every person in these fixtures is fictional."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The smallest screen the app must fit: a 1366×768 laptop's usable 1280×720 (100 % scale).
    LAPTOP_SCREEN = Path(__file__).parent / "laptop_screen.json"
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"
os.environ["LIVCR_NO_CRASH_DIALOG"] = "1"

from collections.abc import Iterator

import keyring
import pytest

from tests.helpers.factories import (
    COORDINATOR_PASSPHRASE,
    LivcrFixture,
    MemoryKeyring,
    make_livcr,
)


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with tiny parameters: the real ones cost 0.2 s per slot by design."""
    from livcr_desktop.store import keyslots

    monkeypatch.setattr(
        keyslots, "ACCOUNT_KDF", keyslots.KdfParams(iterations=1, memory_kib=64, lanes=1)
    )


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Tests never touch the machine's real keyring (one integration test does, on purpose)."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True, scope="session")
def isolated_qt_paths() -> None:
    """QStandardPaths points into a throw-away home, never the developer's own data."""
    from PySide6.QtCore import QStandardPaths

    QStandardPaths.setTestModeEnabled(True)


@pytest.fixture(autouse=True)
def private_config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-user config folder (the list of this laptop's LIVC-Rs) of each test is its own,
    for the app started in a subprocess too: never the developer's own list."""
    config = tmp_path / "config"
    monkeypatch.setenv("LIVCR_CONFIG_DIR", str(config))
    return config


@pytest.fixture(autouse=True)
def template_livcrs() -> Iterator[None]:
    """Within a test, `make_livcr` copies a LIVC-R set up earlier instead of setting one up
    again (tests/helpers/template_folders.py): the same bytes, a fifth of the time."""
    from tests.helpers import template_folders

    template_folders.begin_test()
    yield
    template_folders.end_test()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """An empty data folder."""
    return tmp_path / "data"


@pytest.fixture
def livcr(data_dir: Path) -> Iterator[LivcrFixture]:
    """A freshly set-up joint LIVC-R with its coordinator signed in."""
    fixture = make_livcr(data_dir)
    yield fixture
    fixture.workspace.close()


@pytest.fixture
def passphrase() -> str:
    """The fictional coordinator's passphrase."""
    return COORDINATOR_PASSPHRASE


@pytest.fixture
def table(livcr: LivcrFixture) -> Iterator[object]:
    """A meeting table: the LIVC-R with a chair, two partners each invited to one case, and a
    controllable clock (tests/helpers/meetings.py); the sessions it opened are closed after."""
    from tests.helpers.meetings import make_table

    made = make_table(livcr)
    yield made
    for workspace in made.workspaces:
        workspace.close()
