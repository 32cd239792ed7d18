"""Restoring backups on real SQLCipher files: the round trip, and every refusal changing nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3.dbapi2 as sqlcipher

from livcr_desktop.domain.errors import AuthenticationError, BackupError, ValidationError
from livcr_desktop.domain.organisations import Role
from livcr_desktop.services import messages
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.backup.backups import make_backup
from livcr_desktop.services.backup.restore import (
    RestoreCredentials,
    restore_signed_in,
    restore_with_credentials,
)
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.signin_attempts import SignInAttempts
from tests.helpers.backups import altered_backup, fingerprint, truncated_copy
from tests.helpers.factories import COORDINATOR_PASSPHRASE, LivcrFixture, add_person, make_livcr


def kinds(workspace: Workspace) -> list[str]:
    with workspace.db.read_session() as session:
        return [op.kind for op in iter_operations(session)]


def usernames(workspace: Workspace) -> set[str]:
    from sqlalchemy import select

    from livcr_desktop.store.models import Account

    with workspace.db.read_session() as session:
        return set(session.scalars(select(Account.username)))


def refused(call: object, expected: object) -> BackupError | AuthenticationError:
    with pytest.raises((BackupError, AuthenticationError)) as caught:
        call()  # type: ignore[operator]
    assert caught.value.message.text == expected, caught.value.render()
    return caught.value


def test_restore_round_trip_while_signed_in(livcr: LivcrFixture, tmp_path: Path) -> None:
    add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    backup = make_backup(livcr.workspace, tmp_path / "monday.livcrbackup").file
    add_person(livcr, "Latere Lotte", "lotte.later", Role.PARTNER)
    old_device = livcr.workspace.db.device_id
    header_before = livcr.folder.header.path.read_bytes()

    result = restore_signed_in(livcr.workspace, backup)
    assert livcr.workspace.db.closed  # the old workspace was closed before the swap
    livcr.workspace = result.workspace
    assert usernames(result.workspace) == {"tessa.test", "pieter.partner"}
    assert result.workspace.actor.username == "tessa.test"
    # the replaced database is kept aside, with a copy of the header of that moment
    assert result.replaced_dir is not None
    assert result.replaced_dir.parent == livcr.folder.backups_dir
    assert result.replaced_dir.name.startswith("replaced-")
    assert (result.replaced_dir / "livcr.db").is_file()
    assert (result.replaced_dir / "keyslots.json").read_bytes() == header_before
    assert livcr.folder.header.path.read_bytes() == header_before  # today's passphrases stay
    # a new device id: this device's old chain is closed, a fresh one starts
    assert result.workspace.db.device_id != old_device
    assert "backup.restored" in kinds(result.workspace)
    # the person goes on working in the restored data, signing with their own key
    add_person(livcr, "Na Het Herstel", "na.herstel", Role.PARTNER)
    with result.workspace.db.read_session() as session:
        report = verify_session(session)
    assert report.healthy and report.chain.devices == 2
    assert list(livcr.folder.backups_dir.glob(".restore-*")) == []
    # the restored folder opens as usual afterwards
    result.workspace.close()
    access = FolderAccess(livcr.folder)
    livcr.workspace = access.sign_in(access.accounts()[0].account_id, COORDINATOR_PASSPHRASE)


def test_refused_backups_change_nothing(livcr: LivcrFixture, tmp_path: Path) -> None:
    good = make_backup(livcr.workspace, tmp_path / "good.livcrbackup").file
    key = livcr.workspace.db.key.raw()
    other = make_livcr(tmp_path / "other")
    foreign = make_backup(other.workspace, tmp_path / "foreign.livcrbackup").file
    other.workspace.close()
    flipped = tmp_path / "flipped.livcrbackup"
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 0xFF
    flipped.write_bytes(bytes(data))
    not_backup = tmp_path / "notes.livcrbackup"
    not_backup.write_text("minutes of a fictional meeting")

    def tamper(connection: sqlcipher.Connection) -> None:
        connection.execute(
            "UPDATE journal_operation SET payload = replace(payload, 'Testegem', 'Elders') "
            "WHERE kind = 'municipality.added'"
        )

    def future(connection: sqlcipher.Connection) -> None:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")

    cases = [
        (foreign, messages.BACKUP_FOREIGN),
        (truncated_copy(good, tmp_path / "cut.livcrbackup"), messages.BACKUP_DAMAGED),
        (truncated_copy(good, tmp_path / "cut-early.livcrbackup", 0.01), messages.BACKUP_DAMAGED),
        (flipped, messages.BACKUP_DAMAGED),
        (not_backup, messages.BACKUP_NOT_A_BACKUP),
        (tmp_path / "missing.livcrbackup", messages.BACKUP_MISSING),
        (altered_backup(good, tmp_path / "tampered.livcrbackup", key, tamper),
         messages.BACKUP_FAILS_CHECKS),
        (altered_backup(good, tmp_path / "newer.livcrbackup", key, future),
         messages.BACKUP_SCHEMA_TOO_NEW),
    ]  # fmt: skip
    before = fingerprint(livcr.folder.root)
    for path, expected in cases:
        refused(lambda p=path: restore_signed_in(livcr.workspace, p), expected)
        assert not livcr.workspace.db.closed, path.name
        assert fingerprint(livcr.folder.root) == before, path.name
        assert not any(livcr.folder.backups_dir.iterdir()), path.name
    # the same refusals without a workspace, as the command line restores
    credentials = RestoreCredentials("tessa.test", passphrase=COORDINATOR_PASSPHRASE)
    livcr.workspace.close()
    before = fingerprint(livcr.folder.root)
    for path, expected in cases:
        refused(lambda p=path: restore_with_credentials(livcr.folder, p, credentials), expected)
        assert fingerprint(livcr.folder.root) == before, path.name
    livcr.workspace = FolderAccess(livcr.folder).sign_in(
        livcr.workspace.actor.account_id, COORDINATOR_PASSPHRASE
    )


def test_only_who_may_restore_in_the_backup_can_restore(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    partner = add_person(livcr, "Pieter Partner", "pieter.partner", Role.PARTNER)
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    admin = add_person(livcr, "Ivo Informatica", "ivo.it", Role.IT_ADMINISTRATOR)
    livcr.workspace.close()
    before = fingerprint(livcr.folder.root)
    # a partner's passphrase opens the key, but partners may not restore
    as_partner = RestoreCredentials("pieter.partner", passphrase=partner.passphrase)
    refused(
        lambda: restore_with_credentials(livcr.folder, backup, as_partner),
        messages.BACKUP_NO_RIGHT_IN_BACKUP,
    )
    # an IT administrator added after the backup does not exist in it
    as_admin = RestoreCredentials("ivo.it", passphrase=admin.passphrase)
    refused(
        lambda: restore_with_credentials(livcr.folder, backup, as_admin),
        messages.BACKUP_NO_RIGHT_IN_BACKUP,
    )
    wrong = RestoreCredentials("tessa.test", passphrase="Niet-De-Juiste-Zin-1")
    refused(
        lambda: restore_with_credentials(livcr.folder, backup, wrong), messages.WRONG_PASSPHRASE
    )
    account_id = FolderAccess(livcr.folder).accounts()[0].account_id
    assert SignInAttempts(livcr.folder.attempts_path).state(account_id).failures == 1
    nobody = RestoreCredentials("nobody", passphrase="Niet-De-Juiste-Zin-1")
    refused(
        lambda: restore_with_credentials(livcr.folder, backup, nobody), messages.UNKNOWN_ACCOUNT
    )
    assert fingerprint(livcr.folder.root) == before
    # the coordinator can; the failed try is journaled in the restored database
    right = RestoreCredentials("tessa.test", passphrase=COORDINATOR_PASSPHRASE)
    livcr.workspace = restore_with_credentials(livcr.folder, backup, right).workspace
    restored = ["backup.restored", "auth.signed_in", "auth.failed_attempts"]
    assert kinds(livcr.workspace)[-3:] == restored


def test_a_damaged_live_database_is_replaced_and_kept(livcr: LivcrFixture, tmp_path: Path) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    livcr.workspace.close()
    damaged = livcr.folder.db_path.read_bytes()[:8192] + b"\x00" * 4096
    livcr.folder.db_path.write_bytes(damaged)
    credentials = RestoreCredentials("tessa.test", passphrase=COORDINATOR_PASSPHRASE)
    result = restore_with_credentials(livcr.folder, backup, credentials)
    livcr.workspace = result.workspace
    assert result.replaced_dir is not None
    assert (result.replaced_dir / "livcr.db").read_bytes() == damaged
    assert usernames(result.workspace) == {"tessa.test"}


def test_a_new_laptop_restores_into_an_empty_folder(livcr: LivcrFixture, tmp_path: Path) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    laptop = DataFolder(tmp_path / "new-laptop")
    credentials = RestoreCredentials("Tessa.Test ", passphrase=COORDINATOR_PASSPHRASE)
    result = restore_with_credentials(laptop, backup, credentials)
    try:
        assert result.replaced_dir is None
        assert laptop.state() is FolderState.READY
        assert laptop.header.load()[0].folder_id == livcr.folder.header.load()[0].folder_id
        assert result.workspace.db.device_id != livcr.workspace.db.device_id
    finally:
        result.workspace.close()
    access = FolderAccess(laptop)
    access.sign_in(access.accounts()[0].account_id, COORDINATOR_PASSPHRASE).close()


def test_the_recovery_key_reopens_a_backup_on_a_new_laptop(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    admin = add_person(livcr, "Ivo Informatica", "ivo.it", Role.IT_ADMINISTRATOR)
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    laptop = DataFolder(tmp_path / "new-laptop")
    with_key = RestoreCredentials("ivo.it", recovery_key=livcr.recovery_key)
    refused(  # the recovery key is for a coordinator
        lambda: restore_with_credentials(laptop, backup, with_key),
        messages.BACKUP_NO_RIGHT_IN_BACKUP,
    )
    weak = RestoreCredentials(
        "tessa.test", recovery_key=livcr.recovery_key, new_passphrase="kort", confirmation="kort"
    )
    with pytest.raises(ValidationError):
        restore_with_credentials(laptop, backup, weak)
    assert laptop.state() is FolderState.EMPTY
    new = "Nieuwe-Laptop-Zin-2026"
    credentials = RestoreCredentials(
        "tessa.test", recovery_key=livcr.recovery_key, new_passphrase=new, confirmation=new
    )
    restore_with_credentials(laptop, backup, credentials).workspace.close()
    access = FolderAccess(laptop)
    accounts = {a.username: a.account_id for a in access.accounts()}
    workspace = access.sign_in(accounts["tessa.test"], new)
    assert "account.passphrase_reset_by_recovery" in kinds(workspace)
    workspace.close()
    # the administrator's own passphrase still opens their slot from the backup's header
    access.sign_in(accounts["ivo.it"], admin.passphrase).close()


def test_a_lost_header_is_taken_from_the_backup_when_its_key_opens_the_database(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    livcr.workspace.close()
    header = livcr.folder.header
    header.path.unlink()
    header.backup_path.unlink()
    credentials = RestoreCredentials("tessa.test", passphrase=COORDINATOR_PASSPHRASE)
    livcr.workspace = restore_with_credentials(livcr.folder, backup, credentials).workspace
    assert livcr.folder.state() is FolderState.READY


def test_a_lost_header_and_an_unreadable_database_are_not_guessed_at(
    livcr: LivcrFixture, tmp_path: Path
) -> None:
    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    livcr.workspace.close()
    other = make_livcr(tmp_path / "other")
    other.workspace.close()
    header = livcr.folder.header
    header.path.write_text("{")
    header.backup_path.write_text("{")
    # this folder's database is another LIVC-R's: the backup's key does not open it
    livcr.folder.db_path.write_bytes(other.folder.db_path.read_bytes())
    before = fingerprint(livcr.folder.root)
    credentials = RestoreCredentials("tessa.test", passphrase=COORDINATOR_PASSPHRASE)
    refused(
        lambda: restore_with_credentials(livcr.folder, backup, credentials),
        messages.BACKUP_IDENTITY_UNKNOWN,
    )
    assert fingerprint(livcr.folder.root) == before
    livcr.workspace = other.workspace  # closed already; the fixture closes it again harmlessly


def test_a_failure_after_the_swap_puts_everything_back(
    livcr: LivcrFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from livcr_desktop.services.backup import restore_run

    backup = make_backup(livcr.workspace, tmp_path / "b.livcrbackup").file
    livcr.workspace.close()
    before = fingerprint(livcr.folder.root)

    def no_room(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(restore_run, "prepare_schema", no_room)
    credentials = RestoreCredentials("tessa.test", passphrase=COORDINATOR_PASSPHRASE)
    error = refused(
        lambda: restore_with_credentials(livcr.folder, backup, credentials),
        messages.BACKUP_PUT_BACK,
    )
    assert "No space left on device" in error.render()
    assert fingerprint(livcr.folder.root) == before
    assert [p.name for p in livcr.folder.backups_dir.iterdir()] == []
    monkeypatch.undo()
    access = FolderAccess(livcr.folder)
    livcr.workspace = access.sign_in(access.accounts()[0].account_id, COORDINATOR_PASSPHRASE)
