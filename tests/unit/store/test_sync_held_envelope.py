"""A held operation keeps its envelope whole: one mapping each way between the hub's envelope
and the sync_held row (the store does not import the hub, so the mapping is checked here)."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

from livcr_desktop.hub.envelopes import Envelope
from livcr_desktop.store.models import SyncHeldRow
from livcr_desktop.store.models.sync import ENVELOPE_FIELDS


def test_the_row_keeps_every_field_of_the_envelope() -> None:
    assert set(ENVELOPE_FIELDS) == {f.name for f in fields(Envelope)}
    assert set(ENVELOPE_FIELDS) <= set(SyncHeldRow.__table__.columns.keys())


def test_an_envelope_held_and_read_back_is_the_same_envelope() -> None:
    envelope = Envelope(
        op_id="01a24900-0000-7000-8000-000000000001",
        scope_id="01a24900-0000-7000-8000-000000000002",
        device_id="01a24900-0000-7000-8000-000000000003",
        device_seq=7,
        hlc="0000019a2490000000000001",
        prev_hash="a" * 64,
        hash="b" * 64,
        key_epoch=2,
        schema_version=14,
        body=b"\x00sealed\xff",
    )
    now = datetime(2026, 12, 6, 3, 0, tzinfo=UTC)
    row = SyncHeldRow.from_envelope(
        envelope, state="waiting", reason="waiting_key", received_at=now
    )
    assert (row.state, row.reason, row.received_at) == ("waiting", "waiting_key", now)
    assert row.to_envelope(Envelope) == envelope
