"""Sealing an operation calls libsodium without PyNaCl's argument checks (hub/aead_open.py):
the same bytes as the checked wrapper, for any message and associated data, and what does not
hold by construction still refused as before."""

from __future__ import annotations

import secrets

import pytest
from hypothesis import given
from hypothesis import strategies as st
from nacl.bindings import (
    crypto_aead_xchacha20poly1305_ietf_decrypt,
    crypto_aead_xchacha20poly1305_ietf_encrypt,
)

from livcr_desktop.hub.aead_open import aead_seal
from livcr_desktop.hub.envelopes import KEY_BYTES, NONCE_BYTES


@given(st.binary(max_size=4096), st.binary(max_size=300))
def test_the_same_ciphertext_as_the_checked_wrapper(message: bytes, aad: bytes) -> None:
    nonce, key = secrets.token_bytes(NONCE_BYTES), secrets.token_bytes(KEY_BYTES)
    sealed = aead_seal(message, aad, nonce, key)
    assert sealed == crypto_aead_xchacha20poly1305_ietf_encrypt(message, aad, nonce, key)
    assert crypto_aead_xchacha20poly1305_ietf_decrypt(sealed, aad, nonce, key) == message


def test_a_nonce_or_key_of_another_length_is_refused_as_before() -> None:
    for nonce, key in (
        (secrets.token_bytes(NONCE_BYTES - 1), secrets.token_bytes(KEY_BYTES)),
        (secrets.token_bytes(NONCE_BYTES), secrets.token_bytes(KEY_BYTES + 1)),
    ):
        with pytest.raises(Exception) as got:
            aead_seal(b"x", b"", nonce, key)
        with pytest.raises(type(got.value)):
            crypto_aead_xchacha20poly1305_ietf_encrypt(b"x", b"", nonce, key)
