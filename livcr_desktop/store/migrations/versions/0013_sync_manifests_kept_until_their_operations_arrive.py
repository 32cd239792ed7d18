"""Signature manifests received from the hub, kept until their operations arrive

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-07 10:00:00.000000

A sync round pulled every signature from the hub's start at every round, to check operations
that arrive later than their signature. Signatures are now pulled from a cursor and the ones
whose operations are not all here yet are kept sealed in sync_manifest.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_manifest",
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("first_seq", sa.Integer(), nullable=False),
        sa.Column("last_seq", sa.Integer(), nullable=False),
        sa.Column("key_epoch", sa.Integer(), nullable=False),
        sa.Column("body", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("device_id", "first_seq", name=op.f("pk_sync_manifest")),
    )
    # Signatures were pulled from 0 at every round until now: pull them all once more into the
    # new table (nothing is lost; the round skips what it already holds).
    op.execute("UPDATE sync_link SET signatures_cursor = 0")


def downgrade() -> None:
    op.drop_table("sync_manifest")
