"""Services that read the key file while someone is signed in obey the sign-in's rules: a
damaged main copy is never written back over the good backup copy nor put into a backup, and
when both copies are damaged the refusal names the damage, not a generic "damaged"."""

from __future__ import annotations

from pathlib import Path

import pytest

from livcr_desktop.domain.errors import DataFolderError
from livcr_desktop.services.access.accounts import AccountService
from livcr_desktop.services.access.key_file import KEY_FILE_MESSAGES
from livcr_desktop.services.access.recovery import renew_recovery_key
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.store.backup import read_header_text, read_manifest
from livcr_desktop.store.errors import HeaderFault
from livcr_desktop.store.keyslots import KeyHeader
from tests.helpers.factories import LivcrFixture
from tests.unit.store.test_damaged_key_files import DAMAGES

NEW = "Nieuwe-Eigen-Zin-55"


def _damage(livcr: LivcrFixture, name: str, *, both: bool = False) -> None:
    damage, _ = DAMAGES[name]
    damage(livcr.folder.header.path)
    if both:
        damage(livcr.folder.header.backup_path)


@pytest.mark.parametrize("name", ["wrapped key flipped", "folder id changed", "header mac changed"])
def test_a_passphrase_change_over_a_damaged_main_copy_uses_the_backup_copy(
    name: str, livcr: LivcrFixture
) -> None:
    _damage(livcr, name)
    AccountService(livcr.workspace).change_own_passphrase(livcr.passphrase, NEW, NEW)
    header = livcr.folder.header
    assert header.path.read_bytes() == header.backup_path.read_bytes()  # rewritten whole
    main = KeyHeader.from_json(header.path.read_text(encoding="utf-8"))
    assert main.fully_verified(livcr.workspace.db.key.raw())


def test_a_backup_carries_the_good_copy_of_a_changed_key_file(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    _damage(livcr, "header mac changed")  # only the data key tells this copy is not right
    path = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    carried = KeyHeader.from_json(read_header_text(path, read_manifest(path)))
    assert carried.fully_verified(livcr.workspace.db.key.raw())


@pytest.mark.parametrize(
    ("name", "fault"),
    [("wrapped key flipped", HeaderFault.SLOT_DAMAGED), ("lanes 0", HeaderFault.BAD_PARAMETERS)],
)
def test_two_damaged_copies_are_named_by_their_damage(
    name: str, fault: HeaderFault, livcr: LivcrFixture
) -> None:
    _damage(livcr, name, both=True)
    for call in (
        lambda: renew_recovery_key(livcr.workspace),
        lambda: AccountService(livcr.workspace).change_own_passphrase(livcr.passphrase, NEW, NEW),
    ):
        with pytest.raises(DataFolderError) as caught:
            call()
        assert caught.value.message.text == KEY_FILE_MESSAGES[fault]
