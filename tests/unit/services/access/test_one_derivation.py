"""One sign-in with a passphrase derives it once (Argon2id is slow on purpose): the key slot and
the signing key share the derivation. Folders whose signing keys were wrapped the old way (their
own salt, the derivation itself as the key) keep signing in, and are re-wrapped once."""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from dataclasses import asdict

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from livcr_desktop.services.access.accounts import AccountService
from livcr_desktop.services.access.sign_in import FolderAccess
from livcr_desktop.services.access.signing_keys import active_key
from livcr_desktop.services.audit.verify import verify_session
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.settings import DeviceSettings
from livcr_desktop.store import keyslots, signing
from livcr_desktop.store.keyslots import KdfParams, normalise_passphrase
from tests.helpers.factories import LivcrFixture


@pytest.fixture
def derivations(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bytes]]:
    """The salts of every Argon2id derivation made while the test runs."""
    made: list[bytes] = []
    original = KdfParams.derive

    def counted(self: KdfParams, secret: bytes, salt: bytes) -> bytes:
        if self.name == "argon2id":
            made.append(salt)
        return original(self, secret, salt)

    monkeypatch.setattr(KdfParams, "derive", counted)
    yield made


def _journal_kinds(workspace: Workspace) -> list[str]:
    from sqlalchemy import select

    from livcr_desktop.store.models import JournalOperation

    with workspace.db.read_session() as session:
        return list(
            session.scalars(select(JournalOperation.kind).order_by(JournalOperation.seq)).all()
        )


def _wrap_the_old_way(livcr: LivcrFixture) -> str:
    """Put the coordinator's signing key back as it was wrapped before one derivation per
    sign-in (journaled, as any change of it): Argon2id with a salt of its own, used as the key."""
    workspace = livcr.workspace
    member_id = workspace.actor.member_id
    with workspace.uow() as uow:
        row = active_key(uow.session, member_id)
        assert row is not None
        private = signing.unwrap_private_key(
            row.wrapped_private_key, livcr.passphrase, key_id=row.id, member_id=member_id
        )
        kdf, salt, nonce = keyslots.ACCOUNT_KDF, secrets.token_bytes(16), secrets.token_bytes(12)
        sealed = AESGCM(kdf.derive(normalise_passphrase(livcr.passphrase), salt)).encrypt(
            nonce,
            private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),
            f"livcr-signing-key/1/{row.id}/{member_id}".encode(),
        )
        old = {"kdf": asdict(kdf), "salt": salt.hex(), "nonce": nonce.hex(), "sealed": sealed.hex()}
        uow.journal.updated(
            row, "signing_key.rewrapped", {"wrapped_private_key": json.dumps(old, sort_keys=True)}
        )
        return row.id


def test_a_sign_in_with_a_passphrase_derives_it_once(
    livcr: LivcrFixture, derivations: list[bytes]
) -> None:
    account = livcr.workspace.actor.account_id
    livcr.workspace.close()
    livcr.workspace = FolderAccess(livcr.folder).sign_in(account, livcr.passphrase)
    assert len(derivations) == 1
    assert livcr.workspace.signer is not None
    with livcr.workspace.db.read_session() as session:
        key = active_key(session, livcr.workspace.actor.member_id)
        assert key is not None and key.id == livcr.workspace.signer.key_id
        assert verify_session(session).healthy


def test_a_folder_whose_signing_key_was_wrapped_the_old_way_signs_in_and_is_rewrapped_once(
    livcr: LivcrFixture, derivations: list[bytes]
) -> None:
    key_id = _wrap_the_old_way(livcr)
    account = livcr.workspace.actor.account_id
    settings = DeviceSettings(livcr.folder.settings_path)
    access = FolderAccess(livcr.folder)
    access.set_remembered(livcr.workspace, True, settings)  # remembered before the change
    livcr.workspace.close()
    derivations.clear()

    livcr.workspace = access.sign_in(account, livcr.passphrase)
    assert len(derivations) == 2  # the slot, then the key's own salt; once
    assert livcr.workspace.signer is not None and livcr.workspace.signer.key_id == key_id
    assert _journal_kinds(livcr.workspace)[-2:] == ["signing_key.rewrapped", "auth.signed_in"]
    livcr.workspace.close()
    derivations.clear()

    livcr.workspace = access.sign_in(account, livcr.passphrase)
    assert len(derivations) == 1
    assert livcr.workspace.signer is not None and livcr.workspace.signer.key_id == key_id
    assert _journal_kinds(livcr.workspace)[-1] == "auth.signed_in"
    livcr.workspace.close()

    # the sign-in remembered on this device before the re-wrap still brings the same key
    livcr.workspace = access.sign_in_remembered(account)
    assert livcr.workspace.signer is not None and livcr.workspace.signer.key_id == key_id
    with livcr.workspace.db.read_session() as session:
        assert verify_session(session).healthy


def test_after_a_passphrase_change_the_next_sign_in_derives_once(
    livcr: LivcrFixture, derivations: list[bytes]
) -> None:
    account = livcr.workspace.actor.account_id
    new = "Een-Heel-Nieuwe-Zin-2031"
    AccountService(livcr.workspace).change_own_passphrase(livcr.passphrase, new, new)
    assert _journal_kinds(livcr.workspace)[-1] == "signing_key.rewrapped"  # under the new one
    livcr.workspace.close()
    derivations.clear()
    livcr.workspace = FolderAccess(livcr.folder).sign_in(account, new)
    assert len(derivations) == 1
    assert livcr.workspace.signer is not None
    assert _journal_kinds(livcr.workspace)[-2:] == ["signing_key.rewrapped", "auth.signed_in"]
