"""How far this laptop's journal was checked for erasures to carry out

Revision ID: 0027
Revises: 0026
Create Date: 2026-12-06 09:00:00.000000

After every round and every bundle import a laptop carries out the erasures of the register
(services/retention/erasure_sync.py). It used to look at every erased case each time, four
queries a case; now it looks only at what arrived since the last check: the journal position up
to which it checked is kept in `sync_link.erasures_checked_seq` (local, never travels). Zero
means "never checked": the first check after this upgrade looks at every erased case once.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0027"
down_revision: str | None = "0026"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_link") as batch:
        batch.add_column(
            sa.Column("erasures_checked_seq", sa.Integer(), nullable=False, server_default="0")
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_link") as batch:
        batch.drop_column("erasures_checked_seq")
