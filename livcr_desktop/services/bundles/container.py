"""The bundle file: a plain tar that standard tools open, holding the changes encrypted with age
to the recipients' laptops (`changes.age`), the sender laptop's minisign signature over that
ciphertext (`changes.age.minisig`), and, for convenience only, the sender's minisign public
key (`sender.minisign.pub`; a check compares it with the key the sender laptop shows).

Every read is bounded: the file, each member and the manifest have a size limit checked before
anything is read into memory, so no file can hang the import or exhaust memory.
"""

from __future__ import annotations

import base64
import binascii
import io
import tarfile
from dataclasses import dataclass
from pathlib import Path

import minisign
import pyrage

from livcr_desktop.domain.bundle_manifest import MAX_MANIFEST_BYTES, NOT_A_BUNDLE
from livcr_desktop.domain.errors import DomainError
from livcr_desktop.store.private_files import private_file

CHANGES = "changes.age"
SIGNATURE = "changes.age.minisig"
SENDER_KEY = "sender.minisign.pub"
MAX_BUNDLE_BYTES = 256 * 1024 * 1024
"""Far above a year of a busy LIVC-R's changes; a larger file is refused before it is read."""
_MAX_SMALL_MEMBER = 8_192
_MEMBERS = {CHANGES: MAX_BUNDLE_BYTES, SIGNATURE: _MAX_SMALL_MEMBER, SENDER_KEY: _MAX_SMALL_MEMBER}


@dataclass(frozen=True)
class SealedFile:
    """A bundle file's parts as read, nothing checked yet but their sizes."""

    ciphertext: bytes
    signature: bytes
    sender_key: bytes
    """The sender's minisign public key as the file carries it: for IT's convenience only,
    required to be the key of the laptop whose signature holds."""


def _pack(ciphertext: bytes, signature: bytes, sender_key: bytes) -> bytes:
    """The file's bytes: the same parts always give the same bytes (no time, owner or padding
    left to chance), so the import can require exactly these and a flipped bit anywhere in the
    file, even in a part it would otherwise ignore, is refused."""
    out = io.BytesIO()
    with tarfile.open(fileobj=out, mode="w", format=tarfile.USTAR_FORMAT) as tar:
        for name, data in ((CHANGES, ciphertext), (SIGNATURE, signature), (SENDER_KEY, sender_key)):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o600
            tar.addfile(info, io.BytesIO(data))
    return out.getvalue()


def write_bundle(
    path: Path,
    plaintext: bytes,
    recipients: list[pyrage.x25519.Recipient],
    signer: minisign.SecretKey,
    *,
    trusted_comment: str,
    sender_key_text: str,
) -> None:
    """Encrypt, sign and write the bundle file (replacing it whole, never half-written)."""
    ciphertext = pyrage.encrypt(plaintext, recipients)
    signature = bytes(signer.sign(ciphertext, trusted_comment=trusted_comment)) + b"\n"
    with private_file(path) as partial:
        partial.write_bytes(_pack(ciphertext, signature, sender_key_text.encode()))


def read_bundle(path: Path, *, max_bytes: int = MAX_BUNDLE_BYTES) -> SealedFile:
    """The parts of a bundle file; DomainError (not a bundle) for anything else."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise DomainError(NOT_A_BUNDLE)
        with path.open("rb") as handle:
            # read(n) reserves n bytes first: ask for what the file holds, not for the limit.
            raw = handle.read(size + 1)
        if len(raw) > max_bytes:
            raise DomainError(NOT_A_BUNDLE)
        parts: dict[str, bytes] = {}
        with tarfile.open(fileobj=io.BytesIO(raw), mode="r:") as tar:
            for _ in range(len(_MEMBERS) + 1):
                member = tar.next()
                if member is None:
                    break
                limit = _MEMBERS.get(member.name)
                if limit is None or not member.isfile() or member.size > limit:
                    raise DomainError(NOT_A_BUNDLE)
                extracted = tar.extractfile(member)
                if extracted is None:
                    raise DomainError(NOT_A_BUNDLE)
                data = extracted.read(member.size)  # checked against its limit above
                if len(data) != member.size:
                    raise DomainError(NOT_A_BUNDLE)
                parts[member.name] = data
            else:
                raise DomainError(NOT_A_BUNDLE)
    except (OSError, tarfile.TarError, EOFError) as exc:
        raise DomainError(NOT_A_BUNDLE) from exc
    if set(parts) != set(_MEMBERS):
        raise DomainError(NOT_A_BUNDLE)
    sealed = SealedFile(parts[CHANGES], parts[SIGNATURE], parts[SENDER_KEY])
    if _pack(sealed.ciphertext, sealed.signature, sealed.sender_key) != raw:
        raise DomainError(NOT_A_BUNDLE)
    return sealed


def signature_key_id(signature: bytes) -> bytes:
    """The key id a minisign signature names (which laptop claims to have signed)."""
    try:
        lines = signature.split(b"\n")
        raw = base64.b64decode(lines[1], validate=True)
    except (IndexError, binascii.Error) as exc:
        raise DomainError(NOT_A_BUNDLE) from exc
    if len(raw) != 74:
        raise DomainError(NOT_A_BUNDLE)
    return raw[2:10]


def signature_holds(sealed: SealedFile, public: minisign.PublicKey) -> bool:
    try:
        public.verify(sealed.ciphertext, minisign.Signature.from_bytes(sealed.signature))
    except (minisign.Error, ValueError):
        return False
    return True


def decrypt(sealed: SealedFile, identity: pyrage.x25519.Identity) -> bytes | None:
    """The plaintext, or None when the bundle is not encrypted to this laptop."""
    try:
        return bytes(pyrage.decrypt(sealed.ciphertext, [identity]))
    except pyrage.DecryptError:
        return None


def split_manifest(plaintext: bytes) -> tuple[bytes, int]:
    """The manifest line and where the records after it start (its size bounded first)."""
    end = plaintext.find(b"\n", 0, MAX_MANIFEST_BYTES + 1)
    if end < 0:
        raise DomainError(NOT_A_BUNDLE)
    return plaintext[:end], end + 1
