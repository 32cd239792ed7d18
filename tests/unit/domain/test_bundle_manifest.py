"""The bundle manifest read back from untrusted bytes, the gaps between what bundles brought,
and the bech32 form of age's keys."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from livcr_desktop.domain import bech32
from livcr_desktop.domain.bundle_manifest import (
    MAX_MANIFEST_BYTES,
    BundleManifest,
    DeviceRange,
    Gap,
    covered_through,
    gaps,
)
from livcr_desktop.domain.errors import DomainError

MANIFEST = BundleManifest(
    bundle_id="b1",
    livcr_scope_id="livcr",
    sender_device_id="laptop-a",
    recipients=("laptop-b",),
    made_at="2026-12-06T03:00:00+00:00",
    ranges={"laptop-a": DeviceRange(40, 57)},
    heads={"laptop-a": (57, "ab" * 32)},
    acks={"laptop-b": 12},
)


def test_a_manifest_reads_back_as_written() -> None:
    assert BundleManifest.from_bytes(MANIFEST.to_bytes()) == MANIFEST


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"[]",
        b'{"format":"livcr-bundle/2"}',
        MANIFEST.to_bytes().replace(b"[40,57]", b"[57,40]"),
        MANIFEST.to_bytes().replace(b"[40,57]", b"[-1,57]"),
        MANIFEST.to_bytes().replace(b"[40,57]", b"[true,57]"),
        MANIFEST.to_bytes().replace(b'"b1"', b'"' + b"x" * 65 + b'"'),
        b" " * (MAX_MANIFEST_BYTES + 1),
    ],
)
def test_anything_else_is_not_a_bundle(raw: bytes) -> None:
    with pytest.raises(DomainError):
        BundleManifest.from_bytes(raw)


def test_gaps_between_the_ranges_imported() -> None:
    ranges = [DeviceRange(0, 40), DeviceRange(57, 70)]
    assert gaps("olga", ranges) == [Gap("olga", 41, 57)]
    assert covered_through(ranges) == 40
    # The missing bundle arrives: no gap left, covered to the end, in any order.
    ranges.insert(0, DeviceRange(40, 57))
    assert gaps("olga", ranges) == []
    assert covered_through(ranges) == 70


@given(st.binary(max_size=64))
def test_bech32_round_trip(data: bytes) -> None:
    text = bech32.encode("age", data)
    assert bech32.decode(text) == ("age", data)
    assert bech32.decode(text.upper()) == ("age", data)


def test_bech32_refuses_a_changed_character() -> None:
    text = bech32.encode("age", bytes(32))
    changed = text[:-1] + ("q" if text[-1] != "q" else "p")
    with pytest.raises(bech32.Bech32Error):
        bech32.decode(changed)
