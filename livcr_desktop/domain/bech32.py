"""Bech32 (BIP 173), the text form of age's keys: how a device's raw X25519 key becomes an age
recipient (`age1...`) and identity (`AGE-SECRET-KEY-1...`) that the `age` command reads.

age's keys are longer than BIP 173's 90 characters, so no length limit is applied, as age does.
"""

from __future__ import annotations

CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)


class Bech32Error(ValueError):
    """Text that is not the bech32 form of a key."""


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for i, generator in enumerate(_GENERATOR):
            if (top >> i) & 1:
                check ^= generator
    return check


def _expand(hrp: str) -> list[int]:
    return [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]


def _regroup(data: bytes | list[int], source: int, target: int, pad: bool) -> list[int]:
    acc, bits, out = 0, 0, []
    maxv = (1 << target) - 1
    for value in data:
        acc = (acc << source) | value
        bits += source
        while bits >= target:
            bits -= target
            out.append((acc >> bits) & maxv)
    if pad and bits:
        out.append((acc << (target - bits)) & maxv)
    elif not pad and (bits >= source or (acc << (target - bits)) & maxv):
        raise Bech32Error("padding")
    return out


def encode(hrp: str, data: bytes) -> str:
    """`data` in bech32 under the human-readable part `hrp` (lower case)."""
    words = _regroup(data, 8, 5, True)
    check = _polymod(_expand(hrp) + words + [0] * 6) ^ 1
    words += [(check >> 5 * (5 - i)) & 31 for i in range(6)]
    return hrp + "1" + "".join(CHARSET[w] for w in words)


def decode(text: str) -> tuple[str, bytes]:
    """(human-readable part, data) of a bech32 string in one case; Bech32Error otherwise."""
    if text.lower() != text and text.upper() != text:
        raise Bech32Error("mixed case")
    text = text.lower()
    hrp, sep, rest = text.rpartition("1")
    if not sep or not hrp or len(rest) < 6 or any(c not in CHARSET for c in rest):
        raise Bech32Error("not bech32")
    words = [CHARSET.index(c) for c in rest]
    if _polymod(_expand(hrp) + words) != 1:
        raise Bech32Error("checksum")
    return hrp, bytes(_regroup(words[:-6], 5, 8, False))
