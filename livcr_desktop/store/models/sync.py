"""What this laptop knows about its hub and the operations on their way: the link to the hub,
the scope keys it holds, and the operations it received but may not (yet) apply.

None of it is journaled (see store/replay.py NOT_JOURNALED_TABLES): it describes this device's
position in the sync, not a record of the LIVC-R; the keys in it are as safe as the data key.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Boolean, Integer, LargeBinary, String, Text, true
from sqlalchemy.orm import Mapped, mapped_column

from livcr_desktop.store.models.base import Base

_E = TypeVar("_E")

ENVELOPE_FIELDS = (
    "op_id",
    "scope_id",
    "device_id",
    "device_seq",
    "hlc",
    "prev_hash",
    "hash",
    "key_epoch",
    "schema_version",
    "body",
)
"""The fields of a received envelope (hub/envelopes.Envelope) that a held row keeps, each in
the column of the same name."""


class SyncLinkRow(Base):
    """The one hub this data folder syncs with (at most one row)."""

    __tablename__ = "sync_link"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    dsn: Mapped[str] = mapped_column(Text)
    """The hub's address without its password (that is in the OS keyring or a file)."""
    livcr_scope_id: Mapped[str] = mapped_column(String(36))
    member_id: Mapped[str] = mapped_column(String(36))
    """The member whose laptop this is (the coordinator's on the laptop that connected)."""
    is_coordinator: Mapped[bool] = mapped_column(Boolean)
    anchor_account_id: Mapped[str] = mapped_column(String(36))
    """The coordinator's account this laptop trusts from the start (the one that connected the
    hub, or that made the invitation): its operations set up everyone else's roles, so they are
    the one thing a new laptop cannot check against records it does not hold yet."""
    box_private: Mapped[str] = mapped_column(String(64))
    """This device's X25519 private key: scope keys arrive wrapped for its public half."""
    pushed_seq: Mapped[int] = mapped_column(Integer, default=0)
    pulled_cursor: Mapped[int] = mapped_column(Integer, default=0)
    keys_cursor: Mapped[int] = mapped_column(Integer, default=0)
    signatures_cursor: Mapped[int] = mapped_column(Integer, default=0)
    signatures_pushed_seq: Mapped[int] = mapped_column(Integer, default=0)
    erasures_checked_seq: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    """The journal's `seq` up to which the erasures were carried out (erasure_sync.py)."""
    last_synced_at: Mapped[datetime | None]
    connected_at: Mapped[datetime]


class SyncScopeKeyRow(Base):
    """One scope's key for one epoch, as this device received or made it."""

    __tablename__ = "sync_scope_key"

    scope_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[bytes] = mapped_column(LargeBinary)
    backfilled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    """False while the operations of a scope this laptop just gained, which the hub served
    before the pull cursor reached its present place, have not been pulled yet."""


class SyncHeldRow(Base):
    """An operation received and kept but not applied: waiting (for an earlier operation, a key,
    its signature, or an upgrade of this app) or quarantined (never applied, shown to the
    coordinator). Held operations are never dropped."""

    __tablename__ = "sync_held"

    op_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_seq: Mapped[int] = mapped_column(Integer)
    scope_id: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(String(24))
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
    key_epoch: Mapped[int] = mapped_column(Integer)
    schema_version: Mapped[int] = mapped_column(Integer)
    body: Mapped[bytes] = mapped_column(LargeBinary)
    state: Mapped[str] = mapped_column(String(20))
    """'waiting' or 'quarantined'."""
    reason: Mapped[str] = mapped_column(String(40))
    received_at: Mapped[datetime]

    @classmethod
    def from_envelope(
        cls, envelope: object, *, state: str, reason: str, received_at: datetime
    ) -> SyncHeldRow:
        """Hold a received envelope as it came (the store does not import the hub: any object
        with the envelope's fields will do)."""
        fields: dict[str, Any] = {name: getattr(envelope, name) for name in ENVELOPE_FIELDS}
        return cls(**fields, state=state, reason=reason, received_at=received_at)

    def to_envelope(self, make: Callable[..., _E]) -> _E:
        """The envelope as it was received, built by `make` (hub.envelopes.Envelope)."""
        return make(**{name: getattr(self, name) for name in ENVELOPE_FIELDS})


class SyncConflictRow(Base):
    """Two people changed the same field without seeing each other: both values are kept in the
    journal; this row points a person at them until one of them resolves it."""

    __tablename__ = "sync_conflict"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    scope_id: Mapped[str | None] = mapped_column(String(36))
    kept_op_id: Mapped[str] = mapped_column(String(36))
    other_op_id: Mapped[str] = mapped_column(String(36))
    found_at: Mapped[datetime]
    resolved: Mapped[bool] = mapped_column(Boolean, default=False)


class SyncManifestRow(Base):
    """A signature manifest received from the hub, kept sealed (as the hub stores it) until
    every operation it covers is in this laptop's journal.

    Signatures are pulled once, from a cursor; an operation may arrive rounds later (it waited
    for an earlier one, for a key, or for its scope to be shared), and its signature must still be
    here to check it then."""

    __tablename__ = "sync_manifest"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    first_seq: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(Integer)
    key_epoch: Mapped[int] = mapped_column(Integer)
    body: Mapped[bytes] = mapped_column(LargeBinary)


class SyncPublishedKeyRow(Base):
    """A member's public signing key as a signature manifest published it: how a laptop that
    may not hold the member's own scope (where the key's row, with its wrapped private half,
    travels) still checks what that member signs."""

    __tablename__ = "sync_published_key"

    key_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    member_id: Mapped[str] = mapped_column(String(36))
    public_key: Mapped[str] = mapped_column(String(64))
