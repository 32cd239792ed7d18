"""Opening XChaCha20-Poly1305 ciphertexts straight through libsodium's binding.

PyNaCl's `crypto_aead_xchacha20poly1305_ietf_decrypt` checks each argument with `ensure`, which
formats every error message before it knows whether the check failed: five checks and five
`str.format` calls per envelope were a third of opening one (a pulled batch opens thousands).
Here the same C function is called through the same cffi `lib` PyNaCl uses; the caller's
lengths and types are checked once, by plain comparisons. Same result, same refusals (None
where PyNaCl raised)."""

from __future__ import annotations

import nacl.bindings  # noqa: F401  (initialises libsodium once, as PyNaCl's own calls need)
from nacl._sodium import ffi, lib

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
