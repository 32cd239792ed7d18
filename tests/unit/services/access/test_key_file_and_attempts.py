"""The sign-in slowdown survives deleting its file; an older key file is upgraded; an
interrupted setup says so."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime

import pytest

from livcr_desktop.domain.errors import AuthenticationError, DataFolderError
from livcr_desktop.services import messages
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.setup import finish_interrupted_setup
from livcr_desktop.store.keyslots import KeyHeader
from livcr_desktop.store.signin_attempts import FREE_TRIES, SignInAttempts
from tests.helpers.factories import LivcrFixture


def test_deleting_the_attempts_file_does_not_reset_the_slowdown(livcr: LivcrFixture) -> None:
    livcr.workspace.close()
    access = FolderAccess(livcr.folder)
    account = access.accounts()[0].account_id
    for _ in range(FREE_TRIES + 1):
        SignInAttempts(livcr.folder.attempts_path).record_failure(account, datetime.now(UTC))
    livcr.folder.attempts_path.unlink()
    with pytest.raises(AuthenticationError) as caught:
        FolderAccess(livcr.folder).sign_in(account, livcr.passphrase)
    assert caught.value.message.text == messages.TOO_MANY_ATTEMPTS
    # the copy sits in both copies of the key file, outside what the checks cover
    main = json.loads(livcr.folder.header.path.read_text())
    assert main["signin_attempts"][account]["failures"] == FREE_TRIES + 1
    livcr.folder.header.load()  # still a valid key file


def test_a_successful_sign_in_clears_both_records(livcr: LivcrFixture) -> None:
    livcr.workspace.close()
    account = FolderAccess(livcr.folder).accounts()[0].account_id
    SignInAttempts(livcr.folder.attempts_path).record_failure(account, datetime.now(UTC))
    livcr.workspace = FolderAccess(livcr.folder).sign_in(account, livcr.passphrase)
    assert SignInAttempts(livcr.folder.attempts_path).state(account).failures == 0
    assert "signin_attempts" not in json.loads(livcr.folder.header.backup_path.read_text())


def test_a_key_file_of_version_1_opens_and_is_rewritten_with_its_checks(
    livcr: LivcrFixture,
) -> None:
    livcr.workspace.close()
    header, _ = livcr.folder.header.load()
    header.legacy, header._mac_key = True, None
    old = header.to_json()
    assert json.loads(old)["version"] == 1 and "mac" not in old
    for path in (livcr.folder.header.path, livcr.folder.header.backup_path):
        path.write_text(old)
    account = FolderAccess(livcr.folder).accounts()[0].account_id
    livcr.workspace = FolderAccess(livcr.folder).sign_in(account, livcr.passphrase)
    for path in (livcr.folder.header.path, livcr.folder.header.backup_path):
        upgraded = KeyHeader.from_json(path.read_text())
        assert not upgraded.legacy
        slot = upgraded.slot_for_account(account)
        assert slot is not None and upgraded.verify(livcr.workspace.db.key.raw(), slot)


def test_an_interrupted_setup_says_so_rather_than_damaged(livcr: LivcrFixture) -> None:
    livcr.workspace.close()
    folder = livcr.folder
    staging = folder.root / ".setup-0badcafe"
    staging.mkdir()
    shutil.move(folder.db_path, staging / "livcr.db.partial")
    for side in folder.root.glob("livcr.db-*"):
        side.unlink()
    finish_interrupted_setup(folder)  # as every start does: the staging folder stays
    assert staging.exists()
    with pytest.raises(DataFolderError) as caught:
        FolderAccess(folder).accounts()
    assert caught.value.message.text == messages.SETUP_INTERRUPTED
    shutil.rmtree(staging)
    with pytest.raises(DataFolderError) as caught:
        FolderAccess(folder).accounts()
    assert caught.value.message.text == messages.DATABASE_MISSING
