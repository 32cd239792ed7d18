"""Sealed bundles: the laptops of the LIVC-R as the hub last listed them, and the bundles imported

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 03:30:00.000000

Sync without a network (services/bundles) seals a bundle for another laptop's X25519 key and
checks the sender's Ed25519 key with no hub at hand, so each laptop keeps the roster the hub
gave it at its last round (sync_peer); the bundles imported (sync_bundle_seen) refuse a replay,
and the ranges they brought (sync_bundle_range) show the gaps.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019"
down_revision: str | None = "0018"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_peer",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("member_id", sa.String(length=36), nullable=False),
        sa.Column("sign_public", sa.String(length=64), nullable=False),
        sa.Column("box_public", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("acked", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", name=op.f("pk_sync_peer")),
    )
    op.create_table(
        "sync_bundle_seen",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("sender_device_id", sa.String(length=36), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", name=op.f("pk_sync_bundle_seen")),
    )
    op.create_table(
        "sync_bundle_range",
        sa.Column("bundle_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("after_seq", sa.Integer(), nullable=False),
        sa.Column("through_seq", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("bundle_id", "device_id", name=op.f("pk_sync_bundle_range")),
    )


def downgrade() -> None:
    op.drop_table("sync_bundle_range")
    op.drop_table("sync_bundle_seen")
    op.drop_table("sync_peer")
