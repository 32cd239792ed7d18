"""Ed25519 signing keys of chairs, kept encrypted under their passphrase.

A chair's private key never exists in clear outside the moment of signing: it is stored wrapped
with AES-256-GCM under a key derived from the chair's passphrase with Argon2id (the same KDF as the
key slots), bound to the key's id and owner so a wrapped key cannot be moved to someone else.

Since wrapping version 2 the Argon2id derivation is the one of the person's key slot (its salt and
parameters), and the wrapping key is drawn from it with HKDF: a sign-in derives once for both.
Keys wrapped the older way (the derivation itself as the key, with a salt of their own) still
open, and the sign-in re-wraps them the new way (services/access/signing_keys.py).
"""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from livcr_desktop.store import keyslots
from livcr_desktop.store.keyslots import KdfParams, Passphrase

WRAPPING_VERSION = 2
"""1 (no `wrap` field): AES key = Argon2id(passphrase, own salt). 2: AES key = HKDF of
Argon2id(passphrase, the key slot's salt), so it shares the slot's derivation."""


class WrongSigningPassphrase(Exception):
    """The passphrase does not open this signing key (or the wrapped key was altered)."""


def _aad(key_id: str, member_id: str) -> bytes:
    return f"livcr-signing-key/1/{key_id}/{member_id}".encode()


def _as_passphrase(passphrase: str | Passphrase) -> Passphrase:
    return passphrase if isinstance(passphrase, Passphrase) else Passphrase(passphrase)


def _aes_key(derived: bytes, version: int, aad: bytes) -> bytes:
    if version == 1:
        return derived
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"livcr-signing-key-wrap/" + aad
    ).derive(derived)


def wrap_private_key(
    private: Ed25519PrivateKey, passphrase: str | Passphrase, *, key_id: str, member_id: str
) -> str:
    """The private key encrypted under the passphrase, as JSON text for the database. A
    passphrase that has just opened a key slot lends that derivation (nothing is derived again);
    otherwise one is made with a fresh salt."""
    secret = _as_passphrase(passphrase)
    kdf, salt = secret.first_derivation() or (keyslots.ACCOUNT_KDF, secrets.token_bytes(16))
    nonce = secrets.token_bytes(12)
    aad = _aad(key_id, member_id)
    raw = private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    key = _aes_key(secret.derive(kdf, salt), WRAPPING_VERSION, aad)
    sealed = AESGCM(key).encrypt(nonce, raw, aad)
    return json.dumps(
        {
            "kdf": asdict(kdf),
            "salt": salt.hex(),
            "nonce": nonce.hex(),
            "sealed": sealed.hex(),
            "wrap": WRAPPING_VERSION,
        },
        sort_keys=True,
    )


def unwrap_private_key(
    wrapped: str, passphrase: str | Passphrase, *, key_id: str, member_id: str
) -> Ed25519PrivateKey:
    """The private key, or WrongSigningPassphrase."""
    data = json.loads(wrapped)
    kdf = KdfParams(**data["kdf"])
    aad = _aad(key_id, member_id)
    derived = _as_passphrase(passphrase).derive(kdf, bytes.fromhex(data["salt"]))
    try:
        raw = AESGCM(_aes_key(derived, int(data.get("wrap", 1)), aad)).decrypt(
            bytes.fromhex(data["nonce"]), bytes.fromhex(data["sealed"]), aad
        )
    except InvalidTag as exc:
        raise WrongSigningPassphrase(key_id) from exc
    return Ed25519PrivateKey.from_private_bytes(raw)


def shares_derivation(wrapped: str, passphrase: Passphrase) -> bool:
    """Whether the wrapped key opens with the passphrase's first derivation (the key slot's),
    so a sign-in derives once; False for a key wrapped the old way or under an older slot."""
    first = passphrase.first_derivation()
    data = json.loads(wrapped)
    return (
        first is not None
        and data.get("wrap") == WRAPPING_VERSION
        and (KdfParams(**data["kdf"]), bytes.fromhex(data["salt"])) == first
    )


def new_private_key() -> Ed25519PrivateKey:
    """A fresh Ed25519 key."""
    return Ed25519PrivateKey.generate()


def public_hex(private: Ed25519PrivateKey) -> str:
    """The raw public key of a private key, as hex."""
    return private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()


def sign(private: Ed25519PrivateKey, data: bytes) -> str:
    """The signature of `data`, as hex."""
    return private.sign(data).hex()


def signature_valid(public_key_hex: str, data: bytes, signature_hex: str) -> bool:
    """Whether the signature is that key's signature of exactly these bytes."""
    try:
        public = Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_key_hex))
        public.verify(bytes.fromhex(signature_hex), data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class Signer:
    """An unwrapped private key with the id of its stored public half: what signs a
    transaction's operations. Held in memory only while its owner is signed in."""

    key_id: str
    private: Ed25519PrivateKey

    def sign(self, data: bytes) -> str:
        """The signature of `data`, as hex."""
        return sign(self.private, data)


def private_hex(private: Ed25519PrivateKey) -> str:
    """The raw private key as hex (a device key, kept only inside the encrypted database)."""
    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()).hex()


def private_from_hex(raw: str) -> Ed25519PrivateKey:
    """A device key read back from the database."""
    return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(raw))


def private_raw(private: Ed25519PrivateKey) -> bytes:
    """The raw private key (for the keyring entry of a remembered sign-in)."""
    return private.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def private_from_raw(raw: bytes) -> Ed25519PrivateKey:
    """A signing key read back from the keyring."""
    return Ed25519PrivateKey.from_private_bytes(raw)
