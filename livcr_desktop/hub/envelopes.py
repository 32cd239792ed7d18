"""Sealing operations for the hub: what leaves a laptop is readable only by the laptops entitled
to its scope.

Each scope (a case; the LIVC-R-wide records) has a random 32-byte key per epoch. An operation's
content is sealed with XChaCha20-Poly1305 under its scope's key; the associated data binds the
operation's id, scope, epoch, device and sequence, so the hub cannot move a ciphertext to another
case or another place in a chain. A scope key reaches a device wrapped in a sealed box for that
device's X25519 key (the 1Password shared-vault model).

What stays in clear on the hub (routing metadata): op id, scope id, device id, sequence, hybrid
clock stamp, previous hash and hash, epoch, schema version, size.
"""

from __future__ import annotations

import json
import secrets
from dataclasses import dataclass
from json.encoder import encode_basestring
from typing import Any

from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, PublicKey, SealedBox

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.journal import Operation
from livcr_desktop.hub.aead_open import aead_open, aead_seal

NONCE_BYTES = 24
KEY_BYTES = 32
ENVELOPE_FORMAT = 1
"""Bumped when the sealed content changes shape; part of the associated data."""


class EnvelopeRefused(Exception):
    """An envelope or wrapped key that does not open: forged, damaged, moved, or not for us."""


class MalformedContent(EnvelopeRefused):
    """An envelope that opens with its scope's key but holds something no laptop seals (not
    UTF-8 JSON, a float, a field missing or of another type): made by a tampered or faulty
    laptop that holds the key."""


def new_scope_key() -> bytes:
    """A fresh random key for one scope and epoch."""
    return secrets.token_bytes(KEY_BYTES)


@dataclass(frozen=True)
class Envelope:
    """One operation as the hub stores it: routing metadata in clear, the rest sealed."""

    op_id: str
    scope_id: str
    device_id: str
    device_seq: int
    hlc: str
    prev_hash: str
    hash: str
    key_epoch: int
    schema_version: int
    body: bytes


def _aad(kind: str, *parts: object) -> bytes:
    return ("livcr-" + kind + f"/{ENVELOPE_FORMAT}/" + "/".join(str(p) for p in parts)).encode()


def _sealed_fields(op: Operation) -> dict[str, Any]:
    return {**_sealed_fields_without_payload(op), "payload": dict(op.payload)}


def _sealed_content(op: Operation) -> bytes:
    """The canonical bytes of what is sealed. An operation read from this laptop's journal
    brings its payload's canonical bytes: they are put in place, not serialised again, and the
    six fields beside them, each of the type the journal stores, are written directly in
    canonical form (sorted keys; texts as the canonical encoder writes them, integers as it
    writes them): a push seals tens of thousands of operations, and building and encoding a
    mapping for each was a fifth of it. Otherwise the payload's bytes are kept from the whole,
    for its signature's digest."""
    payload = op.kept_payload_bytes()
    actor, version, scope = op.actor_id, op.base_version, op.scope_id
    entity, entity_id, kind = op.entity, op.entity_id, op.kind
    if (
        payload is None
        or type(entity) is not str
        or type(entity_id) is not str
        or type(kind) is not str
        or (actor is not None and type(actor) is not str)
        or (version is not None and type(version) is not int)
        or (scope is not None and type(scope) is not str)
    ):
        content = canonical_bytes(_sealed_fields(op))
        op.keep_payload_bytes(content, "scope_id")
        return content
    text = _encode_text
    head = (
        f'{{"actor_id":{"null" if actor is None else text(actor)},'
        f'"base_version":{"null" if version is None else int.__repr__(version)},'
        f'"entity":{text(entity)},"entity_id":{text(entity_id)},"kind":{text(kind)},"payload":'
    )
    tail = f',"scope_id":{"null" if scope is None else text(scope)}}}'
    # Encoded as UTF-8 as `canonical_bytes` does: a lone surrogate refuses itself the same way.
    return head.encode() + payload + tail.encode()


_encode_text = encode_basestring  # what the canonical encoder writes texts with


def _sealed_fields_without_payload(op: Operation) -> dict[str, Any]:
    return {
        "actor_id": op.actor_id,
        "entity": op.entity,
        "entity_id": op.entity_id,
        "kind": op.kind,
        "base_version": op.base_version,
        "scope_id": op.scope_id,
    }


class Nonces:
    """Fresh random nonces, drawn from the system's random source one batch at a time: one
    `urandom` call per 2,000 envelopes instead of one per envelope. Slices of one random draw
    are as random and as independent as separate draws; a nonce is public (it travels in
    front of its ciphertext), so holding the next ones in memory gives nothing away. One per
    push, used by one thread."""

    def __init__(self, per_draw: int = 2000) -> None:
        self._size = NONCE_BYTES * per_draw
        self._pool = b""
        self._at = 0

    def take(self) -> bytes:
        """The next nonce, never handed out before."""
        at = self._at
        if at + NONCE_BYTES > len(self._pool):
            self._pool, at = secrets.token_bytes(self._size), 0
        self._at = at + NONCE_BYTES
        return self._pool[at : at + NONCE_BYTES]


def seal_operation(
    op: Operation,
    *,
    scope_id: str,
    epoch: int,
    key: bytes,
    schema_version: int,
    nonces: Nonces | None = None,
) -> Envelope:
    """The envelope of one operation under its scope's key. `nonces`: a push's batch source
    of nonces (else one is drawn for this envelope alone)."""
    nonce = secrets.token_bytes(NONCE_BYTES) if nonces is None else nonces.take()
    # `_aad("envelope", ...)` written in one piece (`!s` is its `str`): built per operation.
    aad = (
        f"livcr-envelope/{ENVELOPE_FORMAT}/{op.op_id!s}/{scope_id!s}/{epoch!s}/"
        f"{op.device_id!s}/{op.device_seq!s}/{op.hash!s}"
    ).encode()
    content = _sealed_content(op)  # its payload's bytes serve its signature's digest, next
    sealed = aead_seal(content, aad, nonce, key)
    # What the frozen dataclass's `__init__` sets, one `object.__setattr__` per field (a tenth
    # of sealing an operation), set in one update (`Envelope` has no `__post_init__`).
    envelope: Envelope = _new_instance(Envelope)
    envelope.__dict__.update(
        op_id=op.op_id,
        scope_id=scope_id,
        device_id=op.device_id,
        device_seq=op.device_seq,
        hlc=op.hlc,
        prev_hash=op.prev_hash,
        hash=op.hash,
        key_epoch=epoch,
        schema_version=schema_version,
        body=nonce + sealed,
    )
    return envelope


_new_instance = object.__new__


class _NotCanonical(Exception):
    """The sealed content holds a value no laptop writes: a number with a fraction, NaN or
    Infinity, or an integer beyond SQLite's 64 bits."""


def _no_float(text: str) -> Any:
    raise _NotCanonical(text)


_INT_MIN, _INT_MAX = -(2**63), 2**63 - 1


def _bounded_int(text: str) -> int:
    value = int(text)
    if len(text) > 18 and not _INT_MIN <= value <= _INT_MAX:
        raise _NotCanonical(text)
    return value


_DECODER = json.JSONDecoder(parse_float=_no_float, parse_constant=_no_float, parse_int=_bounded_int)
"""Parses sealed content whose values are all canonical, or stops at the first value that is
not (a laptop seals only canonical bytes, so such content was forged or damaged)."""

_TEXT = (str,)
_TEXT_OR_NONE = (str, type(None))
_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "actor_id": _TEXT_OR_NONE,
    "entity": _TEXT,
    "entity_id": _TEXT,
    "kind": _TEXT,
    "base_version": (int, type(None)),
    "scope_id": _TEXT_OR_NONE,
    "payload": (dict,),
}
"""What each sealed field must be, exactly (no subclass: `True` is not a version)."""


def _parsed(plain: bytes) -> dict[str, Any]:
    """The sealed content's fields, each of the type an operation holds; MalformedContent for
    anything else (not UTF-8, not JSON, nested past the parser's depth, a value no laptop
    writes, a field missing or of another type). A forged envelope must refuse itself, never
    raise something else: that would fail the round of every laptop that pulls it."""
    try:
        fields = _DECODER.decode(plain.decode("utf-8"))
    except _NotCanonical as exc:
        raise MalformedContent("not canonical") from exc
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError, JSONDecodeError, digits
        raise MalformedContent("not JSON") from exc
    if type(fields) is not dict:
        raise MalformedContent("not an operation")
    for name, types in _FIELD_TYPES.items():
        if name not in fields or type(fields[name]) not in types:
            raise MalformedContent("not an operation")
    return fields


def open_envelope(envelope: Envelope, key: bytes) -> Operation:
    """The operation inside an envelope, with its hash checked; EnvelopeRefused otherwise
    (and nothing else, whatever the envelope holds)."""
    if len(envelope.body) <= NONCE_BYTES:
        raise EnvelopeRefused("too short")
    aad = _aad(
        "envelope",
        envelope.op_id,
        envelope.scope_id,
        envelope.key_epoch,
        envelope.device_id,
        envelope.device_seq,
        envelope.hash,
    )
    body = envelope.body
    plain = aead_open(body[NONCE_BYTES:], aad, body[:NONCE_BYTES], key)
    if plain is None:
        raise EnvelopeRefused("does not open")
    fields = _parsed(plain)
    op = Operation.assembled(
        op_id=envelope.op_id,
        device_id=envelope.device_id,
        device_seq=envelope.device_seq,
        actor_id=fields["actor_id"],
        hlc=envelope.hlc,
        entity=fields["entity"],
        entity_id=fields["entity_id"],
        kind=fields["kind"],
        payload=fields["payload"],
        base_version=fields["base_version"],
        prev_hash=envelope.prev_hash,
        hash=envelope.hash,
        scope_id=fields["scope_id"],
    )
    # The routing fields come from the hub or a bundle, the rest from the content.
    plain_routing = (
        type(op.op_id) is str
        and type(op.device_id) is str
        and type(op.hlc) is str
        and type(op.prev_hash) is str
        and type(op.device_seq) is int
    )
    try:
        # A lone surrogate (a `\ud800` escape) parses but has no UTF-8: not canonical.
        computed = op.compute_hash(parsed=plain_routing)
    except (TypeError, ValueError, RecursionError) as exc:
        raise MalformedContent("not canonical") from exc
    if computed != envelope.hash:
        raise EnvelopeRefused("hash does not match")
    return op


def seal_blob(data: bytes, *, label: str, key: bytes, context: tuple[object, ...]) -> bytes:
    """Seal any other record (a signature's manifest) under a scope key, bound to its context."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + crypto_aead_xchacha20poly1305_ietf_encrypt(
        data, _aad(label, *context), nonce, key
    )


def open_blob(body: bytes, *, label: str, key: bytes, context: tuple[object, ...]) -> bytes:
    """The record sealed by `seal_blob`; EnvelopeRefused when it does not open."""
    try:
        return crypto_aead_xchacha20poly1305_ietf_decrypt(
            body[NONCE_BYTES:], _aad(label, *context), body[:NONCE_BYTES], key
        )
    except (CryptoError, ValueError) as exc:
        raise EnvelopeRefused("does not open") from exc


@dataclass(frozen=True)
class BoxKeyPair:
    """A device's X25519 key pair: scope keys are wrapped for its public half."""

    private: bytes

    @classmethod
    def generate(cls) -> BoxKeyPair:
        return cls(bytes(PrivateKey.generate()))

    @property
    def public_hex(self) -> str:
        return bytes(PrivateKey(self.private).public_key).hex()


def wrap_scope_key(key: bytes, *, scope_id: str, epoch: int, recipient_public_hex: str) -> bytes:
    """A scope key sealed for one device; the scope and epoch are inside, so the hub cannot hand a
    device one case's key as another's."""
    inner = canonical_bytes({"scope_id": scope_id, "epoch": epoch, "key": key.hex()})
    return bytes(SealedBox(PublicKey(bytes.fromhex(recipient_public_hex))).encrypt(inner))


def unwrap_scope_key(wrapped: bytes, *, scope_id: str, epoch: int, pair: BoxKeyPair) -> bytes:
    """The scope key wrapped for this device; EnvelopeRefused when it is not what it claims."""
    try:
        inner = json.loads(SealedBox(PrivateKey(pair.private)).decrypt(wrapped))
        if inner.get("scope_id") != scope_id or inner.get("epoch") != epoch:
            raise EnvelopeRefused("wrapped for another scope")
        key = bytes.fromhex(inner["key"])
    except (CryptoError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise EnvelopeRefused("does not open") from exc
    if len(key) != KEY_BYTES:
        raise EnvelopeRefused("not a key")
    return key


def fingerprint(sign_public_hex: str, box_public_hex: str) -> str:
    """A device's fingerprint as people compare it aloud: 8 groups of 4 hex digits over the
    SHA-256 of both public keys."""
    import hashlib

    digest = hashlib.sha256(
        bytes.fromhex(sign_public_hex) + bytes.fromhex(box_public_hex)
    ).hexdigest()[:32]
    return " ".join(digest[i : i + 4].upper() for i in range(0, 32, 4))
