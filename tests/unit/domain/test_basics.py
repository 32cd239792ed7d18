"""Identifiers, clocks, canonical serialisation and translatable texts."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from livcr_desktop.domain.canonical import canonical_bytes, canonical_hash
from livcr_desktop.domain.clock import ManualClock
from livcr_desktop.domain.hlc import HlcStamp, HybridLogicalClock
from livcr_desktop.domain.ids import new_id, uuid7
from livcr_desktop.domain.text import QT_TRANSLATE_NOOP, Message


def test_uuid7_has_version_and_variant_and_sorts_by_creation() -> None:
    ids = [uuid7() for _ in range(2000)]
    assert all(i.version == 7 for i in ids)
    assert all(i.variant == uuid.RFC_4122 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    assert str(ids[0]) == str(uuid.UUID(str(ids[0])))
    assert len(new_id()) == 36


def test_hlc_is_strictly_increasing_even_when_the_wall_clock_goes_back() -> None:
    wall = iter([1000, 1000, 999, 2000, 1500])
    clock = HybridLogicalClock(wall_ms=lambda: next(wall))
    stamps = [clock.tick() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5
    assert [s.encode() for s in stamps] == sorted(s.encode() for s in stamps)


def test_hlc_observing_a_later_remote_stamp_moves_past_it() -> None:
    clock = HybridLogicalClock(wall_ms=lambda: 100)
    clock.observe(HlcStamp(5000, 3))
    assert clock.tick() > HlcStamp(5000, 3)


def test_hlc_text_roundtrip_and_rejects_garbage() -> None:
    stamp = HlcStamp(1_732_000_000_000, 42)
    assert HlcStamp.decode(stamp.encode()) == stamp
    with pytest.raises(ValueError):
        HlcStamp.decode("not-a-stamp")


def test_canonical_bytes_ignore_key_order_and_keep_unicode() -> None:
    a = {"b": 1, "a": ["é", None, True]}
    b = {"a": ["é", None, True], "b": 1}
    assert canonical_bytes(a) == canonical_bytes(b) == '{"a":["é",null,true],"b":1}'.encode()
    assert canonical_hash(a) == canonical_hash(b)


@pytest.mark.parametrize("bad", [1.5, {"x": float("nan")}, {1: "a"}, {"d": datetime.now(UTC)}])
def test_canonical_bytes_refuse_values_without_one_form(bad: object) -> None:
    with pytest.raises(TypeError):
        canonical_bytes(bad)


def test_manual_clock_moves_only_when_told() -> None:
    clock = ManualClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))
    assert clock.now() == clock.now()
    clock.advance(timedelta(days=31))
    assert clock.today().isoformat() == "2026-04-01"
    with pytest.raises(ValueError):
        ManualClock(datetime(2026, 3, 1))


def test_text_renders_through_a_translate_function_with_parameters() -> None:
    text = QT_TRANSLATE_NOOP("Ctx", "Hello {name}")
    assert Message(text, {"name": "Tessa"}).render() == "Hello Tessa"
    assert text.render(lambda ctx, src: f"[{ctx}] Dag {{name}}", name="Tessa") == "[Ctx] Dag Tessa"
