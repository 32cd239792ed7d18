"""Relayed bundle ranges kept beside the complete ones

Revision ID: 0028
Revises: 0027
Create Date: 2026-12-06 09:05:00.000000

A bundle's range of another laptop's operations relayed by a partner holds only what that
partner may see: it never counted as complete (a gap would hide), so it was not kept, and the
next bundle from that partner repeated it. It is now kept with `complete = false`: gaps are still
reported over the complete ranges only, while the acknowledgement sent back to that partner
counts what it relayed, so its next relay starts after it.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0028"
down_revision: str | None = "0027"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_bundle_range") as batch:
        batch.add_column(
            sa.Column("complete", sa.Boolean(), nullable=False, server_default=sa.true())
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_bundle_range") as batch:
        batch.drop_column("complete")
