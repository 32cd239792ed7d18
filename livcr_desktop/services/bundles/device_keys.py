"""A device's own keys in the forms age and minisign read, so standard tools can check a bundle.

No new key is made for bundles: the age recipient of a laptop is its X25519 key (the one scope
keys are wrapped for, sync_link.box_private), written in age's bech32 form; the minisign key of
a laptop is its Ed25519 device key (store/device_keys.py, the key the hub roster lists), with a
key id derived from the public key (the first 8 bytes of its BLAKE2b-256 hash) so every laptop
computes the same id from the roster. Both were approved once, by the fingerprint compared aloud.
"""

from __future__ import annotations

import base64
import hashlib
from pathlib import Path

import minisign
import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from livcr_desktop.domain import bech32
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.hub.envelopes import BoxKeyPair
from livcr_desktop.services.sync.link import NOT_CONNECTED, read_link
from livcr_desktop.services.workspace import Workspace
from livcr_desktop.store import signing
from livcr_desktop.store.device_keys import stored_device_signer
from livcr_desktop.store.private_files import private_file

_ED = b"Ed"
_NO_KDF = b"\0\0"
_BLAKE2B = b"B2"


def age_recipient_text(box_public_hex: str) -> str:
    """The age recipient (`age1...`) of a device's X25519 public key."""
    return bech32.encode("age", bytes.fromhex(box_public_hex))


def age_recipient(box_public_hex: str) -> pyrage.x25519.Recipient:
    return pyrage.x25519.Recipient.from_str(age_recipient_text(box_public_hex))


def age_identity_text(box: BoxKeyPair) -> str:
    """The age identity (`AGE-SECRET-KEY-1...`) of this device's X25519 key: what `age -d -i`
    reads. Secret: written only where IT asks for it on the laptop itself."""
    return bech32.encode("age-secret-key-", box.private).upper()


def age_identity(box: BoxKeyPair) -> pyrage.x25519.Identity:
    return pyrage.x25519.Identity.from_str(age_identity_text(box))


def minisign_key_id(sign_public_hex: str) -> bytes:
    return hashlib.blake2b(bytes.fromhex(sign_public_hex), digest_size=32).digest()[:8]


def minisign_public(sign_public_hex: str) -> minisign.PublicKey:
    """The minisign public key of a device's Ed25519 key."""
    raw = _ED + minisign_key_id(sign_public_hex) + bytes.fromhex(sign_public_hex)
    return minisign.PublicKey.from_base64(base64.standard_b64encode(raw))


def minisign_public_text(sign_public_hex: str, device_id: str) -> str:
    """The public key file `minisign -V -p FILE` reads."""
    line = base64.standard_b64encode(
        _ED + minisign_key_id(sign_public_hex) + bytes.fromhex(sign_public_hex)
    ).decode()
    return f"untrusted comment: LIVC-R laptop {device_id}\n{line}\n"


def minisign_secret(private: Ed25519PrivateKey) -> minisign.SecretKey:
    """This device's Ed25519 key as an unencrypted minisign secret key (in memory only)."""
    seed = private.private_bytes_raw()
    public = private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    key_id = minisign_key_id(public.hex())
    checksum = hashlib.blake2b(_ED + key_id + seed + public, digest_size=32).digest()
    raw = _ED + _NO_KDF + _BLAKE2B + bytes(32) + bytes(16) + key_id + seed + public + checksum
    return minisign.SecretKey.from_base64(base64.standard_b64encode(raw))


PUBLIC_KEY_FILE = "laptop.minisign.pub"
RECIPIENT_FILE = "laptop.age.pub"
IDENTITY_FILE = "laptop.agekey"


def write_key_files(workspace: Workspace, folder: Path, *, with_identity: bool) -> list[Path]:
    """This laptop's minisign public key and age recipient, for IT to check and open bundles
    with the standard commands; its age identity (secret) only when asked, owner-only."""
    with workspace.db.read_session() as session:
        link = read_link(session, workspace.db.device_id)
        if link is None:
            raise DomainError(NOT_CONNECTED)
        signer = stored_device_signer(session, link.device_id)
    assert signer is not None, "a laptop linked to the hub has its device key"
    folder.mkdir(parents=True, exist_ok=True)
    sign_public = signing.public_hex(signer.private)
    written = [folder / PUBLIC_KEY_FILE, folder / RECIPIENT_FILE]
    written[0].write_text(minisign_public_text(sign_public, link.device_id), encoding="ascii")
    written[1].write_text(age_recipient_text(link.box.public_hex) + "\n", encoding="ascii")
    if with_identity:
        with private_file(folder / IDENTITY_FILE) as partial:
            partial.write_text(age_identity_text(link.box) + "\n", encoding="ascii")
        written.append(folder / IDENTITY_FILE)
    with workspace.uow() as uow:
        uow.journal.access(
            "device", link.device_id, "sync.bundle_keys_written", identity=with_identity
        )
    return written
