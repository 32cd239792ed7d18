"""A pushed operation's sealed content is written directly (`envelopes._sealed_content`), its
associated data in one piece and its nonce cut from a batch's draw (`envelopes.Nonces`): byte
for byte what the canonical serialisation and `_aad` give, for any plain field, so every
receiver opens and hashes it as before."""

from __future__ import annotations

import secrets
from dataclasses import FrozenInstanceError, fields, replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.bindings import crypto_aead_xchacha20poly1305_ietf_decrypt

from livcr_desktop.domain.canonical import canonical_bytes
from livcr_desktop.domain.journal import Operation
from livcr_desktop.hub import envelopes
from livcr_desktop.hub.envelopes import Nonces, open_envelope, seal_operation
from livcr_desktop.store.journal_writer import STORED_ORDER, operation_of_values, stored_columns

# Any text the canonical encoder can write (quotes, backslashes, control characters, non-BMP
# letters), and the names of the fields themselves.
texts = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12
) | st.sampled_from(
    ["", "payload", "scope_id", ',"scope_id":', '"', "\\", "\x00\x1f\x7f", "\u2028", "é😀"]
)
numbers = st.integers(-(2**63), 2**63 - 1)
plain = st.none() | texts | numbers  # any of the six fields may hold any plain value
payloads = st.dictionaries(texts, st.none() | st.booleans() | numbers | texts, max_size=4)


def _stored(op: Operation) -> Operation:
    """`op` as a push reads it from the journal: its payload's canonical bytes kept."""
    hashed = Operation(**{**op.__dict__, "hash": op.compute_hash()})
    fresh = Operation(**{k: v for k, v in hashed.__dict__.items() if not k.startswith("_")})
    columns = stored_columns(fresh)
    return operation_of_values([columns[name] for name in STORED_ORDER])


def _operation(**fields: object) -> Operation:
    base: dict[str, object] = {
        "op_id": "o",
        "device_id": "d",
        "device_seq": 1,
        "actor_id": None,
        "hlc": "h",
        "entity": "e",
        "entity_id": "i",
        "kind": "k",
        "payload": {"a": 1},
        "base_version": None,
        "prev_hash": "p",
        "scope_id": None,
    }
    return Operation(**{**base, **fields})  # type: ignore[arg-type]


@settings(max_examples=600, deadline=None)
@given(plain, plain, plain, plain, plain, plain, payloads)
def test_written_directly_it_is_the_canonical_bytes(
    actor: object,
    version: object,
    entity: object,
    entity_id: object,
    kind: object,
    scope: object,
    payload: dict[str, object],
) -> None:
    op = _operation(
        actor_id=actor,
        base_version=version,
        entity=entity,
        entity_id=entity_id,
        kind=kind,
        scope_id=scope,
        payload=payload,
    )
    op.keep_stored_payload(canonical_bytes(payload).decode("utf-8"))
    assert envelopes._sealed_content(op) == canonical_bytes(envelopes._sealed_fields(op))


def test_a_lone_surrogate_refuses_itself_as_the_canonical_encoder_does() -> None:
    for field in ("actor_id", "entity", "entity_id", "kind", "scope_id"):
        op = _operation(**{field: "x\ud800"})
        op.keep_stored_payload('{"a":1}')
        with pytest.raises(UnicodeEncodeError):
            canonical_bytes(envelopes._sealed_fields(op))
        with pytest.raises(UnicodeEncodeError):
            envelopes._sealed_content(op)


def test_a_field_that_is_not_plain_goes_through_the_canonical_encoder() -> None:
    """A flag where a version stands (`True` is not an integer here) or a float: the checked
    serialisation writes or refuses it, as before."""
    op = _operation(base_version=True)
    op.keep_stored_payload('{"a":1}')
    assert envelopes._sealed_content(op) == canonical_bytes(envelopes._sealed_fields(op))
    op = _operation(base_version=1.5)
    op.keep_stored_payload('{"a":1}')
    with pytest.raises(TypeError):
        envelopes._sealed_content(op)


@settings(max_examples=200, deadline=None)
@given(texts, texts, st.integers(1, 2**40), texts, st.integers(0, 2**31), payloads)
def test_the_envelope_opens_under_the_associated_data_of_before(
    op_id: str, device_id: str, seq: int, scope: str, epoch: int, payload: dict[str, object]
) -> None:
    op = _stored(_operation(op_id=op_id, device_id=device_id, device_seq=seq, payload=payload))
    key = secrets.token_bytes(envelopes.KEY_BYTES)
    env = seal_operation(
        op, scope_id=scope, epoch=epoch, key=key, schema_version=1, nonces=Nonces(3)
    )
    aad = envelopes._aad("envelope", op.op_id, scope, epoch, op.device_id, op.device_seq, op.hash)
    nonce, sealed = env.body[: envelopes.NONCE_BYTES], env.body[envelopes.NONCE_BYTES :]
    content = crypto_aead_xchacha20poly1305_ietf_decrypt(sealed, aad, nonce, key)
    assert content == canonical_bytes(envelopes._sealed_fields(op))
    assert open_envelope(env, key) == op


def test_nonces_are_cut_from_one_draw_per_batch_and_never_repeat(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    draws: list[int] = []
    real = secrets.token_bytes

    def counted(size: int) -> bytes:
        draws.append(size)
        return real(size)

    monkeypatch.setattr(envelopes.secrets, "token_bytes", counted)
    nonces = Nonces(per_draw=2000)
    taken = [nonces.take() for _ in range(5000)]
    assert draws == [2000 * envelopes.NONCE_BYTES] * 3
    assert all(len(nonce) == envelopes.NONCE_BYTES for nonce in taken)
    assert len(set(taken)) == len(taken)


def test_a_sealed_envelope_is_what_the_dataclass_would_build() -> None:
    """`seal_operation` fills the envelope without its frozen `__init__`: the same fields, no
    other attribute, still frozen, and `replace` still builds one from it."""
    op = _stored(_operation(payload={"fields": {"body": "Fictief."}}))
    env = seal_operation(op, scope_id="s", epoch=2, key=secrets.token_bytes(32), schema_version=3)
    built = envelopes.Envelope(**{f.name: getattr(env, f.name) for f in fields(envelopes.Envelope)})
    assert env == built and env.__dict__ == built.__dict__
    with pytest.raises(FrozenInstanceError):
        env.body = b""  # type: ignore[misc]
    assert replace(env, key_epoch=5).key_epoch == 5
