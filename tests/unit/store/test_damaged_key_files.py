"""A table of damaged key files (keyslots.json and its backup copy), generated field by field.

For each damage: no traceback; when the other copy is good the sign-in succeeds from it and the
damaged copy is rewritten; when both copies carry it, the refusal names that damage and its way
forward, and every file of the folder is left byte for byte as it was. No damage ever counts as a
failed sign-in attempt.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from livcr_desktop.domain.errors import DataFolderError, DomainError
from livcr_desktop.services import messages
from livcr_desktop.services.access.key_file import KEY_FILE_MESSAGES
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.store import keyslots
from livcr_desktop.store.datafolder import DataFolder
from livcr_desktop.store.signin_attempts import SignInAttempts
from tests.helpers.damaged_key_files import (
    DAMAGES,
    SEEN_ONLY_WITH_THE_KEY,
    F,
    coordinator_account,
    snapshot,
)
from tests.helpers.factories import COORDINATOR_PASSPHRASE, make_livcr


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """One real data folder, copied for each case (cheap key derivation, as in every test)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(
            keyslots, "ACCOUNT_KDF", keyslots.KdfParams(iterations=1, memory_kib=64, lanes=1)
        )
        root = tmp_path_factory.mktemp("template") / "data"
        make_livcr(root).workspace.close()
    yield root


def _copy(template: Path, tmp_path: Path) -> DataFolder:
    target = tmp_path / "data"
    shutil.copytree(template, target)
    return DataFolder(target)


@pytest.mark.parametrize("name", sorted(DAMAGES))
def test_both_copies_damaged_is_refused_with_its_own_message(
    name: str, template: Path, tmp_path: Path
) -> None:
    damage, fault = DAMAGES[name]
    folder = _copy(template, tmp_path)
    account = coordinator_account(folder)
    damage(folder.header.path)
    damage(folder.header.backup_path)
    before = snapshot(folder.root)
    with pytest.raises(DataFolderError) as caught:
        access = FolderAccess(folder)
        access.sign_in(account, COORDINATOR_PASSPHRASE).close()
    assert caught.value.message.text == KEY_FILE_MESSAGES[fault], name
    assert snapshot(folder.root) == before
    assert SignInAttempts(folder.attempts_path).state(account).failures == 0


@pytest.mark.parametrize("name", sorted(DAMAGES))
def test_a_damaged_main_copy_falls_back_to_the_backup_and_is_repaired(
    name: str, template: Path, tmp_path: Path
) -> None:
    damage, _ = DAMAGES[name]
    folder = _copy(template, tmp_path)
    account = coordinator_account(folder)
    good = folder.header.backup_path.read_bytes()
    damage(folder.header.path)
    access = FolderAccess(folder)
    with pytest.raises(DomainError) as wrong:
        access.sign_in(account, "Not-The-Passphrase-1!")
    counted = SignInAttempts(folder.attempts_path).state(account).failures
    if name in SEEN_ONLY_WITH_THE_KEY:  # the copies look intact until a slot opens
        assert wrong.value.message.text == messages.WRONG_PASSPHRASE and counted == 1
    else:
        assert wrong.value.message.text == KEY_FILE_MESSAGES[F.UNSURE] and counted == 0
    access.sign_in(account, COORDINATOR_PASSPHRASE).close()
    assert folder.header.backup_path.read_bytes() == good
    if name != "a folder in its place":  # a folder is never replaced by the app
        assert folder.header.path.read_bytes() == good


@pytest.mark.parametrize("name", sorted(DAMAGES)[::4])
def test_a_damaged_backup_copy_is_rewritten_from_the_good_main_copy(
    name: str, template: Path, tmp_path: Path
) -> None:
    damage, _ = DAMAGES[name]
    folder = _copy(template, tmp_path)
    account = coordinator_account(folder)
    good = folder.header.path.read_bytes()
    damage(folder.header.backup_path)
    FolderAccess(folder).sign_in(account, COORDINATOR_PASSPHRASE).close()
    assert folder.header.path.read_bytes() == good
    if name != "a folder in its place":
        assert folder.header.backup_path.read_bytes() == good
        assert folder.header.backup_path.stat().st_mode & 0o077 == 0


def test_a_wrong_passphrase_with_both_copies_intact_is_counted(
    template: Path, tmp_path: Path
) -> None:
    folder = _copy(template, tmp_path)
    account = coordinator_account(folder)
    before = folder.header.path.read_bytes()
    with pytest.raises(Exception) as caught:
        FolderAccess(folder).sign_in(account, "Not-The-Passphrase-1!")
    assert type(caught.value).__name__ == "AuthenticationError"
    assert SignInAttempts(folder.attempts_path).state(account).failures == 1
    header, _ = folder.header.load()
    assert header.slots == keyslots.KeyHeader.from_json(before.decode()).slots
