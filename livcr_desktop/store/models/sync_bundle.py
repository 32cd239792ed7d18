"""What this laptop knows for sync without a network (sealed bundles, services/bundles): the
laptops of the LIVC-R as the hub last listed them, and the bundles it imported.

Like the rest of sync_*, none of it is journaled: it is this device's position in the sync.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Integer, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base


class SyncPeerRow(Base):
    """Another laptop of this LIVC-R as the hub listed it at the last round (approved by its
    fingerprint): a bundle is sealed for its X25519 key and its signature is checked against
    its Ed25519 key, with no hub at hand."""

    __tablename__ = "sync_peer"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(36))
    sign_public: Mapped[str] = mapped_column(String(64))
    box_public: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20))
    acked: Mapped[str] = mapped_column(Text, default="{}")
    """What that laptop said it holds, per device (JSON {device: sequence}), in the last bundle
    it sent here: the next bundle for it starts after that."""


class SyncBundleSeenRow(Base):
    """A bundle imported here: the same bundle again is refused (a replay), and the ranges it
    carried say which operations of each device arrived."""

    __tablename__ = "sync_bundle_seen"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sender_device_id: Mapped[str] = mapped_column(String(36))
    imported_at: Mapped[datetime]


class SyncBundleRangeRow(Base):
    """One device's operations after `after_seq` up to `through_seq` that a bundle brought
    (those this laptop may see): the holes between ranges are the gaps reported."""

    __tablename__ = "sync_bundle_range"

    bundle_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    after_seq: Mapped[int] = mapped_column(Integer)
    through_seq: Mapped[int] = mapped_column(Integer)
    complete: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    """False for a range another laptop relayed (only what it may see): not counted for gaps,
    counted in the acknowledgement sent back to that laptop (migration 0028)."""
