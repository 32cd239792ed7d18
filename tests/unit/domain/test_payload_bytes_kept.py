"""An operation's payload is serialised once: its canonical bytes are cut out of the bytes its
hash (or its envelope) covers (`Operation.keep_payload_bytes`), and are byte for byte what
serialising the payload alone gives, whatever the payload and the other fields hold."""

from __future__ import annotations

import secrets
from dataclasses import replace
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)

from livcr_desktop.domain.canonical import canonical_bytes, canonical_hash
from livcr_desktop.domain.journal import Operation
from livcr_desktop.hub import envelopes
from livcr_desktop.hub.envelopes import open_envelope, seal_operation
from livcr_desktop.store.journal_writer import (
    STORED_ORDER,
    operation_of_values,
    stored_columns,
    to_operation,
)

# Texts that look like the structure being cut: keys and values named like the fields.
texts = st.sampled_from(
    ["", "payload", "prev_hash", "scope_id", ',"payload":', ',"prev_hash":', '"}', "é\\"]
) | st.text(max_size=10)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**60), 2**60) | texts,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=25,
)
operations = st.builds(
    Operation,
    op_id=texts,
    device_id=texts,
    device_seq=st.integers(1, 2**40),
    actor_id=st.none() | texts,
    hlc=texts,
    entity=texts,
    entity_id=texts,
    kind=texts,
    payload=st.dictionaries(texts, json_values, max_size=6),
    base_version=st.none() | st.integers(0, 2**31),
    prev_hash=texts,
    scope_id=st.none() | texts,
)


@settings(max_examples=400, deadline=None)
@given(operations)
def test_hashing_keeps_the_payloads_own_canonical_bytes(op: Operation) -> None:
    assert op.compute_hash() == canonical_hash(op.hashed_fields())
    assert op.payload_bytes() == canonical_bytes(dict(op.payload))


@settings(max_examples=200, deadline=None)
@given(operations)
def test_sealing_keeps_them_too_and_the_envelope_opens_to_the_operation(op: Operation) -> None:
    hashed = Operation(**{**op.__dict__, "hash": op.compute_hash()})
    fresh = Operation(**{k: v for k, v in hashed.__dict__.items() if not k.startswith("_")})
    key = secrets.token_bytes(32)
    env = seal_operation(fresh, scope_id="s", epoch=1, key=key, schema_version=1)
    assert fresh.payload_bytes() == canonical_bytes(dict(op.payload))
    opened = open_envelope(env, key)
    assert opened == fresh
    assert opened.payload_bytes() == canonical_bytes(dict(op.payload))


def test_a_field_that_is_not_plain_falls_back_to_serialising_the_payload() -> None:
    for actor, base in (({"x": 1, "payload": 2}, None), (None, True)):
        op = Operation("o", "d", 1, actor, "h", "e", "i", "k", {"a": [1]}, base, "p")  # type: ignore[arg-type]
        assert op.compute_hash() == canonical_hash(op.hashed_fields())
        assert op.payload_bytes() == b'{"a":[1]}'


@settings(max_examples=200, deadline=None)
@given(operations)
def test_sealing_from_the_stored_text_seals_the_same_content(op: Operation) -> None:
    """A pushed operation is sealed with its payload as the journal stores it (the text
    `stored_columns` wrote); what opens is the same operation with the same payload bytes."""
    hashed = Operation(**{**op.__dict__, "hash": op.compute_hash()})
    fresh = Operation(**{k: v for k, v in hashed.__dict__.items() if not k.startswith("_")})
    columns = stored_columns(fresh)
    stored = operation_of_values([columns[name] for name in STORED_ORDER])
    assert stored == to_operation(SimpleNamespace(**columns))
    key = secrets.token_bytes(32)
    env = seal_operation(stored, scope_id="s", epoch=1, key=key, schema_version=1)
    opened = open_envelope(env, key)
    assert opened == fresh
    assert stored.payload_bytes() == opened.payload_bytes() == canonical_bytes(dict(op.payload))
    # Byte for byte what serialising the whole content gives.
    aad = envelopes._aad("envelope", env.op_id, "s", 1, env.device_id, env.device_seq, env.hash)
    content = crypto_aead_xchacha20poly1305_ietf_decrypt(
        env.body[envelopes.NONCE_BYTES :], aad, env.body[: envelopes.NONCE_BYTES], key
    )
    assert content == canonical_bytes(envelopes._sealed_fields(fresh))


def test_a_float_in_the_sealed_content_refuses_the_envelope() -> None:
    """Content with a number that is not canonical (a fraction) refuses its envelope: no
    laptop seals one (tests/unit/hub/test_open_envelope_fuzz.py tries every other kind)."""
    op = Operation("o", "d", 1, None, "h", "e", "i", "k", {"n": 1}, None, "p", scope_id=None)
    key = secrets.token_bytes(32)
    env = seal_operation(
        Operation(**{**op.__dict__, "hash": op.compute_hash()}),
        scope_id="s",
        epoch=1,
        key=key,
        schema_version=1,
    )
    # Seal a content with a float under the same binding, as a forged sender could.
    nonce = secrets.token_bytes(envelopes.NONCE_BYTES)
    aad = envelopes._aad("envelope", env.op_id, "s", 1, "d", 1, env.hash)
    forged = b'{"actor_id":null,"base_version":null,"entity":"e","entity_id":"i","kind":"k",'
    forged += b'"payload":{"n":1.5},"scope_id":null}'
    body = nonce + crypto_aead_xchacha20poly1305_ietf_encrypt(forged, aad, nonce, key)
    with pytest.raises(envelopes.EnvelopeRefused, match="not canonical"):
        open_envelope(replace(env, body=body), key)
