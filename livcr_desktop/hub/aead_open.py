"""Sealing and opening XChaCha20-Poly1305 ciphertexts straight through libsodium's binding.

PyNaCl's `crypto_aead_xchacha20poly1305_ietf_decrypt` checks each argument with `ensure`, which
formats every error message before it knows whether the check failed: five checks and five
`str.format` calls per envelope were a third of opening one (a pulled batch opens thousands).
Here the same C function is called through the same cffi `lib` PyNaCl uses; the caller's
lengths and types are checked once, by plain comparisons. Same result, same refusals (None
where PyNaCl raised). Sealing likewise: PyNaCl's checks took more than the encryption of an
operation itself."""

from __future__ import annotations

import nacl.bindings  # (importing it initialises libsodium once, as PyNaCl's own calls need)
from nacl._sodium import ffi, lib
from nacl.exceptions import CryptoError

KEY_BYTES = 32
NONCE_BYTES = 24
TAG_BYTES = 16
MAX_CIPHERTEXT = (2**63 - 1) if ffi.sizeof("size_t") >= 8 else 2**32 - 1
"""Far above anything a hub or a bundle holds; PyNaCl's own bound, as a plain integer."""


def aead_open(ciphertext: bytes, aad: bytes, nonce: bytes, key: bytes) -> bytes | None:
    """The plaintext of `ciphertext` (its 16-byte tag at the end) under `key`, bound to `aad`
    and `nonce`; None when it does not open or an argument is not what libsodium takes (a
    forged envelope must refuse itself, never raise)."""
    if (
        type(ciphertext) is not bytes
        or type(aad) is not bytes
        or type(nonce) is not bytes
        or type(key) is not bytes
        or len(nonce) != NONCE_BYTES
        or len(key) != KEY_BYTES
    ):
        return None
    size = len(ciphertext)
    if size < TAG_BYTES or size > MAX_CIPHERTEXT:
        return None
    message = ffi.new("unsigned char[]", size - TAG_BYTES)
    failed = lib.crypto_aead_xchacha20poly1305_ietf_decrypt(
        message, ffi.NULL, ffi.NULL, ciphertext, size, aad, len(aad), nonce, key
    )
    if failed:
        return None
    # libsodium writes exactly size - TAG_BYTES bytes when the tag checks.
    plain: bytes = ffi.buffer(message, size - TAG_BYTES)[:]
    return plain


def aead_seal(message: bytes, aad: bytes, nonce: bytes, key: bytes) -> bytes:
    """`message` sealed under `key`, bound to `aad` and `nonce` (the tag at the end). A nonce or
    key of another length goes to PyNaCl's checked call, which refuses it as before; the rest
    holds by construction where envelopes are sealed (tests/unit/hub/test_sealing.py)."""
    if len(nonce) != NONCE_BYTES or len(key) != KEY_BYTES:
        return nacl.bindings.crypto_aead_xchacha20poly1305_ietf_encrypt(message, aad, nonce, key)
    out = ffi.new("unsigned char[]", len(message) + TAG_BYTES)
    out_len = ffi.new("unsigned long long *")
    if lib.crypto_aead_xchacha20poly1305_ietf_encrypt(
        out, out_len, message, len(message), aad, len(aad), ffi.NULL, nonce, key
    ):
        raise CryptoError("encryption failed")
    return bytes(ffi.buffer(out, out_len[0]))
