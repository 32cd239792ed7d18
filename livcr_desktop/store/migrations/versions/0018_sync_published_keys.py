"""Public signing keys published by the signature manifests

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-08 10:00:00.000000

A member's private signing key now travels only in that member's own scope; every other laptop
learns the public half from the manifests of the signatures (services/sync/manifests.py) and
keeps it in sync_published_key. The signatures are pulled once more from the start so a laptop
that synced before learns the keys of what it already holds (the round skips what it has).

The table is created only where it is missing: folders made while it was still part of 0013 (a
development branch, never released) have it already.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if not sa.inspect(op.get_bind()).has_table("sync_published_key"):
        op.create_table(
            "sync_published_key",
            sa.Column("key_id", sa.String(length=36), nullable=False),
            sa.Column("member_id", sa.String(length=36), nullable=False),
            sa.Column("public_key", sa.String(length=64), nullable=False),
            sa.PrimaryKeyConstraint("key_id", name=op.f("pk_sync_published_key")),
        )
    op.execute("UPDATE sync_link SET signatures_cursor = 0")


def downgrade() -> None:
    op.drop_table("sync_published_key")
