"""The fictional data folder every fault starts from, made once per run.

Key derivation is made cheap (as in the tests): the runner is about crashes and bad files, and
Argon2id's deliberate 0.2 s and 64 MiB per sign-in would hide both the time and the memory the
runner measures. The OS keyring is replaced by one in memory, so nothing touches the machine's.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import keyring

from livcr_desktop.domain.organisations import Role
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.store import keyslots
from tests.helpers.factories import COORDINATOR_PASSPHRASE, MemoryKeyring, add_person, make_livcr


@dataclass
class Template:
    """A folder, a backup made before its last partner joined, and the coordinator's secret."""

    root: Path
    backup: Path
    secret: Path
    passphrase: str
    username: str
    names_in_backup: set[str]
    names_now: set[str]


def cheap_and_private() -> None:
    """Tiny Argon2id parameters for new key slots and an in-memory keyring, for this process."""
    keyslots.ACCOUNT_KDF = keyslots.KdfParams(iterations=1, memory_kib=64, lanes=1)
    keyring.set_keyring(MemoryKeyring())


def make_template(work: Path) -> Template:
    """Set up the fictional LIVC-R Testland with two partners, one of them after the backup."""
    livcr = make_livcr(work / "template")
    add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    backup = make_backup(livcr.workspace, work / "monday.livcrbackup").file
    add_person(livcr, "Latere Lotte", "lotte.later", Role.PARTNER)
    livcr.workspace.close()
    secret = work / "passphrase.txt"
    secret.write_text(COORDINATOR_PASSPHRASE)
    before = {livcr.username, "pieter.partner"}
    return Template(
        livcr.folder.root,
        backup,
        secret,
        COORDINATOR_PASSPHRASE,
        livcr.username,
        before,
        before | {"lotte.later"},
    )
