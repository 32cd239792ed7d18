"""Whatever a properly sealed envelope holds, `open_envelope` returns its operation or refuses
it with EnvelopeRefused, never another exception: one envelope from a tampered or buggy laptop
that raised anything else would fail the round of every laptop that pulls it, at every round.

The envelopes here are sealed with the scope key and bound to their routing fields as a real
sender would, and their hash is the one a careless sender would compute over what it sealed
(`json.dumps` as it comes), so most reach every check after decryption."""

from __future__ import annotations

import hashlib
import json
import secrets
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_encrypt

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.hub import envelopes
from livcr_desktop.hub.envelopes import (
    Envelope,
    EnvelopeRefused,
    MalformedContent,
    open_envelope,
)

KEY = secrets.token_bytes(32)
ROUTING = {
    "op_id": "0b6f3a52-1f0e-4a53-9a57-3c1e0c2f8d11",
    "device_id": "7d1c5a0e-52b4-4b0e-8f7e-0e5b1c9d2a33",
    "device_seq": 12,
    "hlc": "2026-12-06T09:00:00.000000Z-0000",
    "prev_hash": "ab" * 32,
}

weird_numbers = st.sampled_from(
    [1.5, -0.0, float("nan"), float("inf"), 2**63, -(2**63) - 1, 10**40, 1e308, True, False]
)
weird_texts = st.sampled_from(["", "\ud800", "é", "\x00", "payload", ',"scope_id":']) | st.text(
    max_size=8
)
scalars = st.none() | st.booleans() | st.integers() | st.floats() | weird_numbers | weird_texts
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(weird_texts, inner, max_size=3),
    max_leaves=12,
)
good_fields = st.fixed_dictionaries(
    {
        "actor_id": st.none() | st.text(max_size=8),
        "entity": st.sampled_from(["case_note", "case_file", "person"]),
        "entity_id": st.text(max_size=8),
        "kind": st.sampled_from(["case_note.added", "case_file.updated"]),
        "base_version": st.none() | st.integers(0, 10),
        "scope_id": st.none() | st.text(max_size=8),
        "payload": st.dictionaries(st.text(max_size=6), values, max_size=3),
    }
)


@st.composite
def contents(draw: st.DrawFn) -> Any:
    """Sealed content: an operation's fields with some taken away, retyped or made strange."""
    fields: dict[str, Any] = draw(good_fields)
    for name in draw(st.lists(st.sampled_from(sorted(fields)), max_size=3, unique=True)):
        if draw(st.booleans()):
            del fields[name]
        else:
            fields[name] = draw(values)
    if draw(st.booleans()):
        fields[draw(weird_texts)] = draw(values)
    return fields if draw(st.integers(0, 9)) else draw(values)


def _careless_text(content: Any) -> bytes:
    text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return text.encode("utf-8", "surrogatepass")


def _careless_hash(content: Any) -> str:
    """The hash a sender computes over the operation without checking what it holds."""
    if not isinstance(content, dict):
        return "00" * 32
    hashed = {**ROUTING, **content}
    hashed.pop("hash", None)
    try:
        return hashlib.sha256(_careless_text(hashed)).hexdigest()
    except (TypeError, ValueError):
        return "00" * 32


def _sealed(plain: bytes, hash_: str) -> Envelope:
    nonce = secrets.token_bytes(envelopes.NONCE_BYTES)
    aad = envelopes._aad("envelope", ROUTING["op_id"], "scope", 3, ROUTING["device_id"], 12, hash_)
    body = nonce + crypto_aead_xchacha20poly1305_ietf_encrypt(plain, aad, nonce, KEY)
    return Envelope(
        op_id=str(ROUTING["op_id"]),
        scope_id="scope",
        device_id=str(ROUTING["device_id"]),
        device_seq=12,
        hlc=str(ROUTING["hlc"]),
        prev_hash=str(ROUTING["prev_hash"]),
        hash=hash_,
        key_epoch=3,
        schema_version=1,
        body=body,
    )


def _opens_or_refuses(env: Envelope) -> None:
    try:
        op = open_envelope(env, KEY)
    except EnvelopeRefused:
        return
    # What opens is an operation any laptop could have written: canonical, with its hash.
    assert canonical_bytes(op.hashed_fields())
    assert op.compute_hash() == env.hash


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=contents())
def test_only_envelope_refused_escapes_for_any_json_content(content: Any) -> None:
    try:
        plain = _careless_text(content)
    except (TypeError, ValueError):
        plain = repr(content).encode("utf-8", "surrogatepass")
    _opens_or_refuses(_sealed(plain, _careless_hash(content)))


@settings(max_examples=200, deadline=None)
@given(plain=st.binary(max_size=200))
def test_only_envelope_refused_escapes_for_any_bytes(plain: bytes) -> None:
    _opens_or_refuses(_sealed(plain, "00" * 32))


def _operation_with(payload_text: str) -> bytes:
    head = '{"actor_id":null,"base_version":null,"entity":"e","entity_id":"i","kind":"k",'
    return (head + '"payload":' + payload_text + ',"scope_id":null}').encode("utf-8")


@pytest.mark.parametrize(
    ("plain", "reason"),
    [
        (_operation_with('{"n":1.5}'), "not canonical"),
        (_operation_with('{"n":NaN}'), "not canonical"),
        (_operation_with('{"n":-Infinity}'), "not canonical"),
        (_operation_with('{"n":1e3}'), "not canonical"),
        (_operation_with('{"n":9223372036854775808}'), "not canonical"),
        (_operation_with('{"n":' + "9" * 5000 + "}"), "not JSON"),
        (_operation_with('{"n":' + "[" * 100_000 + "]" * 100_000 + "}"), "not JSON"),
        (_operation_with('{"n":"\\ud800"}'), "not canonical"),
        (_operation_with("[]"), "not an operation"),
        (_operation_with("{}").replace(b'"kind":"k"', b'"kind":5'), "not an operation"),
        (
            _operation_with("{}").replace(b'"base_version":null', b'"base_version":true'),
            "not an operation",
        ),
        (_operation_with("{}").replace(b'"entity":"e",', b""), "not an operation"),
        (b'{"actor_id":null,"payload":{"t":"\xff\xfe"}}', "not JSON"),
        (b"[1,2,3]", "not an operation"),
        (b"", "not JSON"),
    ],
    ids=[
        "fraction",
        "nan",
        "infinity",
        "exponent",
        "beyond-64-bits",
        "5000-digits",
        "deep-nesting",
        "lone-surrogate",
        "payload-not-a-mapping",
        "kind-a-number",
        "version-a-boolean",
        "entity-missing",
        "not-utf-8",
        "not-a-mapping",
        "empty",
    ],
)
def test_each_kind_of_malformed_content_is_refused_with_its_reason(
    plain: bytes, reason: str
) -> None:
    with pytest.raises(MalformedContent, match=reason):
        open_envelope(_sealed(plain, "00" * 32), KEY)
