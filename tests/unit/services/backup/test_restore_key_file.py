"""A restore opens the live key file as a sign-in does: a damaged main copy falls back to its
backup copy (.bak) before anything is counted, is rewritten from the good copy afterwards, and
damage to both copies is named by its own message, never counted as a wrong passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest

from livcr_desktop.domain.errors import AuthenticationError, DataFolderError
from livcr_desktop.services import messages
from livcr_desktop.services.access.key_file import KEY_FILE_MESSAGES
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.services.backup.restore import RestoreCredentials, restore_with_credentials
from livcr_desktop.store.datafolder import FolderState
from livcr_desktop.store.signin_attempts import SignInAttempts
from tests.helpers.backups import fingerprint
from tests.helpers.factories import COORDINATOR_PASSPHRASE, LivcrFixture
from tests.unit.store.test_damaged_key_files import DAMAGES

CASES = [
    "wrapped key flipped",
    "slot removed",
    "folder id changed",
    "unknown KDF",
    "cut off halfway",
    "a folder in its place",
]
CREDENTIALS = RestoreCredentials("tessa.test", passphrase=COORDINATOR_PASSPHRASE)


def _failures(livcr: LivcrFixture) -> int:
    account = livcr.workspace.actor.account_id
    return SignInAttempts(livcr.folder.attempts_path).state(account).failures


@pytest.mark.parametrize("name", CASES)
def test_a_restore_over_a_damaged_main_key_file_works_from_its_backup_copy(
    name: str, livcr: LivcrFixture, tmp_path: Path
) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    livcr.workspace.close()
    header = livcr.folder.header
    good = header.backup_path.read_bytes()
    damage, _ = DAMAGES[name]
    damage(header.path)
    result = restore_with_credentials(livcr.folder, backup, CREDENTIALS)
    livcr.workspace = result.workspace
    assert _failures(livcr) == 0
    if name != "a folder in its place":  # a folder is never written over; the rest is repaired
        assert header.path.read_bytes() == header.backup_path.read_bytes()
    assert header.backup_path.read_bytes().splitlines()[:4] == good.splitlines()[:4]
    livcr.workspace.close()
    access = FolderAccess(livcr.folder)
    livcr.workspace = access.sign_in(access.accounts()[0].account_id, COORDINATOR_PASSPHRASE)


@pytest.mark.parametrize(
    "name", ["wrapped key flipped", "unknown KDF", "wrapped key not base64", "lanes 0"]
)
def test_a_restore_over_two_damaged_slots_names_the_damage_and_counts_nothing(
    name: str, livcr: LivcrFixture, tmp_path: Path
) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    livcr.workspace.close()
    damage, fault = DAMAGES[name]
    damage(livcr.folder.header.path)
    damage(livcr.folder.header.backup_path)
    before = fingerprint(livcr.folder.root)
    with pytest.raises(DataFolderError) as caught:
        restore_with_credentials(livcr.folder, backup, CREDENTIALS).workspace.close()
    assert caught.value.message.text == KEY_FILE_MESSAGES[fault], caught.value.render()
    assert fingerprint(livcr.folder.root) == before
    assert _failures(livcr) == 0


@pytest.mark.parametrize("name", ["slot removed", "folder id changed", "cut off halfway"])
def test_two_unreadable_copies_are_a_lost_header_taken_from_the_backup(
    name: str, livcr: LivcrFixture, tmp_path: Path
) -> None:
    """Neither copy can be read at all: as for a lost header, the backup's header comes in
    when the backup's key opens the live database; nothing is counted."""
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    livcr.workspace.close()
    damage, _ = DAMAGES[name]
    damage(livcr.folder.header.path)
    damage(livcr.folder.header.backup_path)
    livcr.workspace = restore_with_credentials(livcr.folder, backup, CREDENTIALS).workspace
    assert livcr.folder.state() is FolderState.READY
    assert _failures(livcr) == 0


def test_a_wrong_passphrase_over_intact_copies_still_counts(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    livcr.workspace.close()
    wrong = RestoreCredentials("tessa.test", passphrase="Niet-De-Goede-Zin-2026")
    with pytest.raises(AuthenticationError) as caught:
        restore_with_credentials(livcr.folder, backup, wrong)
    assert caught.value.message.text == messages.WRONG_PASSPHRASE
    assert _failures(livcr) == 1
