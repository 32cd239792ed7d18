"""`aead_open` (libsodium through cffi, checked once) opens exactly what PyNaCl's
`crypto_aead_xchacha20poly1305_ietf_decrypt` opens, with the same plaintext, and refuses
(None) exactly what PyNaCl refuses (an exception)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)
from nacl.exceptions import CryptoError

from livcr_desktop.hub.aead_open import aead_open


def _pynacl(ciphertext: object, aad: object, nonce: object, key: object) -> bytes | None:
    try:
        return crypto_aead_xchacha20poly1305_ietf_decrypt(ciphertext, aad, nonce, key)  # type: ignore[arg-type]
    except (CryptoError, ValueError, TypeError):
        return None


_KEY = st.binary(min_size=32, max_size=32)
_NONCE = st.binary(min_size=24, max_size=24)


@settings(max_examples=300, deadline=None)
@given(
    message=st.binary(max_size=300),
    aad=st.binary(max_size=80),
    nonce=_NONCE,
    key=_KEY,
    flip=st.one_of(st.none(), st.integers(min_value=0)),
    other_aad=st.booleans(),
)
def test_same_as_pynacl_on_sealed_and_damaged(
    message: bytes, aad: bytes, nonce: bytes, key: bytes, flip: int | None, other_aad: bool
) -> None:
    sealed = crypto_aead_xchacha20poly1305_ietf_encrypt(message, aad, nonce, key)
    if flip is not None:
        at = flip % len(sealed)
        sealed = sealed[:at] + bytes([sealed[at] ^ 1]) + sealed[at + 1 :]
    used_aad = aad + b"x" if other_aad else aad
    expected = _pynacl(sealed, used_aad, nonce, key)
    assert aead_open(sealed, used_aad, nonce, key) == expected
    if flip is None and not other_aad:
        assert expected == message


@settings(max_examples=300, deadline=None)
@given(
    ciphertext=st.binary(max_size=60),
    aad=st.binary(max_size=20),
    nonce=st.binary(max_size=30),
    key=st.binary(max_size=40),
)
def test_same_refusals_on_anything(ciphertext: bytes, aad: bytes, nonce: bytes, key: bytes) -> None:
    assert aead_open(ciphertext, aad, nonce, key) == _pynacl(ciphertext, aad, nonce, key)


def test_not_bytes_is_refused_as_pynacl_refuses_it() -> None:
    key, nonce = bytes(32), bytes(24)
    sealed = crypto_aead_xchacha20poly1305_ietf_encrypt(b"inhoud", b"ad", nonce, key)
    for args in (
        (bytearray(sealed), b"ad", nonce, key),
        (memoryview(sealed), b"ad", nonce, key),
        (sealed, b"ad", nonce, "0" * 32),
        (sealed, b"ad", bytearray(nonce), key),
    ):
        assert _pynacl(*args) is None
        assert aead_open(*args) is None
    assert aead_open(sealed, b"ad", nonce, key) == b"inhoud"
