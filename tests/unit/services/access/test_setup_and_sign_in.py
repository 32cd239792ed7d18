"""Setting up an LIVC-R and signing in, with every way it can go wrong."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta

import pytest

from livcr_desktop.domain.errors import AuthenticationError, DataFolderError, ValidationError
from livcr_desktop.domain.languages import Language
from livcr_desktop.domain.organisations import Role
from livcr_desktop.domain.recovery import generate_recovery_key
from livcr_desktop.domain.text import Text
from livcr_desktop.services import messages
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.messages import REMEMBERED_KEY_MISSING, TOO_MANY_ATTEMPTS
from livcr_desktop.services.profile import ProfileService
from livcr_desktop.services.setup import (
    CoordinatorDetails,
    LivcrDetails,
    finish_interrupted_setup,
    initialise,
)
from livcr_desktop.settings import REMEMBERED_ACCOUNTS, DeviceSettings
from livcr_desktop.store.datafolder import DataFolder, FolderState
from livcr_desktop.store.journal_writer import iter_operations
from livcr_desktop.store.signin_attempts import SignInAttempts
from tests.helpers.factories import LivcrFixture, MemoryKeyring, make_case, make_livcr


def kinds(livcr: LivcrFixture) -> list[str]:
    with livcr.workspace.db.read_session() as session:
        return [op.kind for op in iter_operations(session)]


def test_setup_creates_a_joint_livcr_with_its_coordinator(livcr: LivcrFixture) -> None:
    profile = ProfileService(livcr.workspace).profile()
    assert profile.name == "LIVC-R Testland"
    assert [m.name for m in profile.municipalities] == ["Proefdorp", "Testegem"]
    assert profile.is_joint and profile.working_language is Language.NL
    assert livcr.workspace.actor.has_role(Role.COORDINATOR, livcr.workspace.today())
    assert livcr.folder.state() is FolderState.READY
    assert list(livcr.folder.root.glob(".setup-*")) == []


def test_setup_never_touches_a_folder_that_holds_a_database(livcr: LivcrFixture) -> None:
    before = livcr.folder.db_path.read_bytes()
    with pytest.raises(DataFolderError):
        make_livcr(livcr.folder.root)
    assert livcr.folder.db_path.read_bytes() == before


@pytest.mark.parametrize(
    ("livcr_details", "coordinator", "field"),
    [
        (LivcrDetails("", ["A"], Language.NL), None, "name"),
        (LivcrDetails("L", [], Language.NL), None, "municipalities"),
        (
            None,
            CoordinatorDetails("", "Org", "tessa", "Zon-Boven-Brugge-77", "Zon-Boven-Brugge-77"),
            "full_name",
        ),
        (
            None,
            CoordinatorDetails("Tessa", "Org", "t", "Zon-Boven-Brugge-77", "Zon-Boven-Brugge-77"),
            "username",
        ),
        (None, CoordinatorDetails("Tessa", "Org", "tessa", "kort", "kort"), "passphrase"),
        (
            None,
            CoordinatorDetails("Tessa", "Org", "tessa", "Zon-Boven-Brugge-77", "anders"),
            "confirmation",
        ),
    ],
)
def test_bad_setup_input_names_the_field_and_creates_nothing(
    data_dir,
    livcr_details,
    coordinator,
    field,  # type: ignore[no-untyped-def]
) -> None:
    folder = DataFolder(data_dir)
    with pytest.raises(ValidationError) as caught:
        initialise(
            folder,
            livcr_details or LivcrDetails("LIVC-R X", ["Proefdorp"], Language.FR),
            coordinator
            or CoordinatorDetails(
                "Tessa Test", "Org", "tessa", "Zon-Boven-Brugge-77", "Zon-Boven-Brugge-77"
            ),
            generate_recovery_key(),
        )
    assert caught.value.field == field
    assert folder.state() is FolderState.EMPTY


def test_sign_in_with_the_passphrase_journals_it(livcr: LivcrFixture) -> None:
    livcr.workspace.close()
    access = FolderAccess(livcr.folder)
    [account] = access.accounts()
    assert (account.username, account.display_name) == ("tessa.test", "Tessa Test")
    livcr.workspace = access.sign_in(account.account_id, livcr.passphrase)
    assert kinds(livcr)[-1] == "auth.signed_in"


def test_wrong_passphrases_get_a_clear_message_a_growing_delay_and_a_journal_entry(
    livcr: LivcrFixture,
) -> None:
    livcr.workspace.close()
    access = FolderAccess(livcr.folder)
    account = access.accounts()[0].account_id
    for _ in range(3):
        with pytest.raises(AuthenticationError) as caught:
            access.sign_in(account, "Verkeerd-Wachtwoord-1")
        assert caught.value.message.text == messages.WRONG_PASSPHRASE
    attempts = SignInAttempts(livcr.folder.attempts_path)
    assert attempts.wait_seconds(account, datetime.now(UTC)) == 1
    with pytest.raises(AuthenticationError) as caught:
        access.sign_in(account, livcr.passphrase)  # even the right one must wait
    assert caught.value.message.text == TOO_MANY_ATTEMPTS
    later = datetime.now(UTC) + timedelta(seconds=30)
    assert attempts.wait_seconds(account, later) == 0
    state = attempts.state(account)
    assert state.last_failure is not None
    attempts._save(
        {
            account: {
                "failures": 3,
                "last_failure": (state.last_failure - timedelta(seconds=5)).isoformat(),
            }
        }
    )
    livcr.workspace = access.sign_in(account, livcr.passphrase)
    assert kinds(livcr)[-2:] == ["auth.failed_attempts", "auth.signed_in"]
    assert attempts.state(account).failures == 0


def test_recovery_key_sets_a_new_passphrase_and_the_old_one_stops_working(
    livcr: LivcrFixture,
) -> None:
    livcr.workspace.close()
    access = FolderAccess(livcr.folder)
    account = access.accounts()[0].account_id
    with pytest.raises(ValidationError):
        access.sign_in_with_recovery(
            "ABCD-EFGH", account, "Nieuw-Wachtwoord-99", "Nieuw-Wachtwoord-99"
        )
    with pytest.raises(AuthenticationError):
        access.sign_in_with_recovery(
            generate_recovery_key(), account, "Nieuw-Wachtwoord-99", "Nieuw-Wachtwoord-99"
        )
    livcr.workspace = access.sign_in_with_recovery(
        livcr.recovery_key, account, "Nieuw-Wachtwoord-99", "Nieuw-Wachtwoord-99"
    )
    assert "account.passphrase_reset_by_recovery" in kinds(livcr)
    livcr.workspace.close()
    with pytest.raises(AuthenticationError):
        access.sign_in(account, livcr.passphrase)
    livcr.workspace = access.sign_in(account, "Nieuw-Wachtwoord-99")


def test_remember_on_this_device_and_a_vanished_keyring_entry(
    livcr: LivcrFixture, memory_keyring: MemoryKeyring
) -> None:
    settings = DeviceSettings(livcr.folder.settings_path)
    access = FolderAccess(livcr.folder)
    access.set_remembered(livcr.workspace, True, settings)
    account = livcr.workspace.actor.account_id
    assert settings.get(REMEMBERED_ACCOUNTS) == [account]
    assert len(memory_keyring.entries) == 2  # the data key and the person's signing key
    livcr.workspace.close()
    livcr.workspace = access.sign_in_remembered(account)
    # a change made after a remembered sign-in carries the person's own signature
    make_case(livcr, "Ilse", "Onthouden")
    with livcr.workspace.db.read_session() as session:
        assert verify_session(session).healthy
    livcr.workspace.close()
    memory_keyring.entries.clear()
    with pytest.raises(AuthenticationError) as caught:
        access.sign_in_remembered(account)
    assert caught.value.message.text == REMEMBERED_KEY_MISSING
    livcr.workspace = access.sign_in(account, livcr.passphrase)
    access.set_remembered(livcr.workspace, False, settings)
    assert settings.get(REMEMBERED_ACCOUNTS) == []


def test_a_damaged_header_is_repaired_from_its_backup_copy(livcr: LivcrFixture) -> None:
    livcr.workspace.close()
    livcr.folder.header.path.write_text("{ damaged", encoding="utf-8")
    access = FolderAccess(livcr.folder)
    account = access.accounts()[0].account_id
    assert livcr.folder.header.load()[1] is True
    livcr.workspace = access.sign_in(account, livcr.passphrase)
    assert livcr.folder.header.load()[1] is False  # the main copy was written again


@pytest.mark.parametrize(
    ("damage", "way_forward"),
    [
        ("header_gone", messages.HEADER_MISSING),
        ("database_gone", messages.DATABASE_MISSING),
        ("both_headers_damaged", messages.HEADER_DAMAGED),
    ],
)
def test_a_broken_folder_gives_a_way_forward_and_is_left_as_it_is(
    livcr: LivcrFixture, damage: str, way_forward: Text
) -> None:
    livcr.workspace.close()
    folder = livcr.folder
    if damage == "header_gone":
        folder.header.path.unlink()
        folder.header.backup_path.unlink()
    elif damage == "database_gone":
        folder.db_path.unlink()
    else:
        folder.header.path.write_text("x")
        folder.header.backup_path.write_text("y")
    files_before = sorted(p.name for p in folder.root.iterdir())
    with pytest.raises(DataFolderError) as caught:
        FolderAccess(folder).accounts()
    assert caught.value.message.text == way_forward
    assert sorted(p.name for p in folder.root.iterdir()) == files_before


def test_a_damaged_database_is_refused_and_never_replaced(livcr: LivcrFixture) -> None:
    livcr.workspace.close()
    path = livcr.folder.db_path
    data = bytearray(path.read_bytes())
    data[0:4096] = os.urandom(4096)
    path.write_bytes(bytes(data))
    access = FolderAccess(livcr.folder)
    with pytest.raises(DataFolderError) as caught:
        access.sign_in(access.accounts()[0].account_id, livcr.passphrase)
    assert caught.value.message.text == messages.DATABASE_UNREADABLE
    assert path.read_bytes() == bytes(data)


def test_an_interrupted_setup_is_completed_on_the_next_start(data_dir) -> None:  # type: ignore[no-untyped-def]
    fixture = make_livcr(data_dir)
    fixture.workspace.close()
    folder = fixture.folder
    staging = folder.root / ".setup-deadbeef"
    staging.mkdir()
    shutil.move(folder.header.path, staging / folder.header.path.name)
    folder.header.backup_path.unlink()
    assert folder.state() is FolderState.DATABASE_WITHOUT_HEADER
    finish_interrupted_setup(folder)
    assert folder.state() is FolderState.READY
    assert not staging.exists()
    access = FolderAccess(folder)
    access.sign_in(access.accounts()[0].account_id, fixture.passphrase).close()


def test_the_profile_can_be_renamed_and_municipalities_retired(livcr: LivcrFixture) -> None:
    service = ProfileService(livcr.workspace)
    profile = service.update("LIVC-R Testland-Oost", Language.FR, ["Testegem", "Nieuwdorp"])
    assert profile.name == "LIVC-R Testland-Oost"
    assert profile.working_language is Language.FR
    assert [(m.name, m.active) for m in profile.municipalities] == [
        ("Testegem", True),
        ("Nieuwdorp", True),
        ("Proefdorp", False),
    ]
    profile = service.update("LIVC-R Testland-Oost", Language.FR, ["Proefdorp", "Testegem"])
    assert [(m.name, m.active) for m in profile.municipalities][:2] == [
        ("Proefdorp", True),
        ("Testegem", True),
    ]
    with pytest.raises(ValidationError):
        service.update("LIVC-R", Language.FR, ["Testegem", "testegem"])


def test_signing_in_to_an_older_schema_backs_up_then_upgrades(livcr: LivcrFixture) -> None:
    from alembic import command

    from livcr_desktop.services.audit.verify import verify_session
    from livcr_desktop.store.backup import read_manifest
    from livcr_desktop.store.migrate import SCHEMA_HEAD, alembic_config, current_revision

    engine = livcr.workspace.db.engine
    with engine.connect() as conn, conn.begin():
        command.downgrade(alembic_config(conn), "0001")
    livcr.workspace.close()
    access = FolderAccess(livcr.folder)
    livcr.workspace = access.sign_in(access.accounts()[0].account_id, livcr.passphrase)
    [backup] = list(livcr.folder.backups_dir.glob("pre-upgrade-0001-to-*.livcrbackup"))
    manifest = read_manifest(backup)
    assert (manifest.reason, manifest.schema_revision) == ("pre-upgrade", "0001")
    with livcr.workspace.db.read_session() as session:
        assert current_revision(session.connection()) == SCHEMA_HEAD
        report = verify_session(session)
    # The downgrade to 0001 dropped the signing_key table whose rows (the coordinator's key,
    # made at setup) the journal remembers; a folder really made at 0001 has none. Everything
    # else, the upgrade's checkpoint and the signatures included, verifies.
    assert report.sqlite_ok and report.cipher_ok
    assert report.chain.healthy and report.signatures.healthy
    deleted = [problem.params["record"] for problem in report.record_problems]
    assert [record.params["type"] for record in deleted] == [Text("AuditRecord", "Signing key")]
