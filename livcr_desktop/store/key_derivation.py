"""Deriving and checking keys for the key slots: the passphrase and recovery-key derivations
(Argon2id, HKDF), the MAC key drawn from the data key, and the checksums of the key file.

`cryptography` is imported inside the functions that need it, never at import: reading the key
file for the sign-in screen needs only JSON and SHA-256 (see docs/architecture.md).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from livcr_desktop.store.errors import HeaderDamaged, HeaderFault

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def checksum_of(label: bytes, value: Any) -> str:
    return hashlib.sha256(label + b"\0" + canonical_json(value)).hexdigest()[:32]


def hkdf_sha256(data_key: bytes, salt: bytes | None, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(data_key)


def aead(key: bytes) -> AESGCM:
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    return AESGCM(key)


def mac_key(data_key: bytes) -> bytes:
    """The key of the header's and slots' MACs, derived from (never equal to) the data key."""
    return hkdf_sha256(data_key, None, b"livcr-keyslots-mac")


def mac_of(key: bytes, label: bytes, value: Any) -> str:
    return hmac.new(key, label + b"\0" + canonical_json(value), hashlib.sha256).hexdigest()


def is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class KdfParams:
    """How a secret is stretched into a wrapping key; stored with each slot."""

    name: str = "argon2id"
    iterations: int = 3
    memory_kib: int = 65536
    lanes: int = 4

    def check(self) -> None:
        """HeaderDamaged unless the method is known and its parameters usable (a stored
        `lanes: 0` would otherwise crash inside the key derivation)."""
        if not all(is_int(v) for v in (self.iterations, self.memory_kib, self.lanes)):
            raise HeaderDamaged("KDF parameters are not whole numbers", HeaderFault.BAD_PARAMETERS)
        if self.name == "argon2id":
            if not (
                1 <= self.lanes <= 64
                and 1 <= self.iterations <= 64
                and 8 * self.lanes <= self.memory_kib <= 4 * 1024 * 1024
            ):
                raise HeaderDamaged("KDF parameters out of range", HeaderFault.BAD_PARAMETERS)
        elif self.name != "hkdf-sha256":
            raise HeaderDamaged("unknown KDF", HeaderFault.UNKNOWN_KDF)

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        """The 32-byte wrapping key for this secret and salt."""
        self.check()
        if self.name == "argon2id":
            from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

            return Argon2id(
                salt=salt,
                length=32,
                iterations=self.iterations,
                lanes=self.lanes,
                memory_cost=self.memory_kib,
            ).derive(secret)
        return hkdf_sha256(secret, salt, b"livcr-recovery-slot")


def normalise_passphrase(passphrase: str) -> bytes:
    """The bytes a passphrase stands for: NFC, so é typed either way opens the same slot."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


class Passphrase:
    """A passphrase as typed, with the keys derived from it so far.

    One sign-in opens the account's key slot and the person's signing key (store/signing.py).
    The signing key is wrapped under a key drawn (HKDF) from the slot's own Argon2id derivation,
    with the slot's salt and parameters, so the deliberate fifth of a second is spent once per
    sign-in, not twice. Lives as long as the one sign-in that made it: derived keys are never
    kept beyond it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.secret = normalise_passphrase(text)
        self._derived: dict[tuple[KdfParams, bytes], bytes] = {}
        self._first: tuple[KdfParams, bytes] | None = None

    def derive(self, kdf: KdfParams, salt: bytes) -> bytes:
        """`kdf.derive(secret, salt)`, computed once for each parameters and salt."""
        known = self._derived.get((kdf, salt))
        if known is None:
            known = self._derived[(kdf, salt)] = kdf.derive(self.secret, salt)
            if self._first is None and kdf.name == "argon2id":
                self._first = (kdf, salt)
        return known

    def first_derivation(self) -> tuple[KdfParams, bytes] | None:
        """The parameters and salt of the first Argon2id derivation made (the key slot's, in a
        sign-in), for a signing key to be wrapped so that the next sign-in reuses it."""
        return self._first


Secret = bytes | Passphrase
"""What opens a slot: the recovery key's bytes, or a passphrase (remembering its derivations)."""


def wrapping_key(kdf: KdfParams, secret: Secret, salt: bytes) -> bytes:
    if isinstance(secret, Passphrase):
        return secret.derive(kdf, salt)
    return kdf.derive(secret, salt)


def shared_salt(secret: Secret, kdf: KdfParams) -> bytes | None:
    """The salt of a derivation the passphrase made already with these parameters (wrapping the
    person's signing key a moment earlier): the new slot shares it, so a sign-in derives once."""
    first = secret.first_derivation() if isinstance(secret, Passphrase) else None
    return first[1] if first is not None and first[0] == kdf else None
