"""The LIVC-R's hand-over key can be rotated and a compromised one retired

Revision ID: 0029
Revises: 0028
Create Date: 2026-12-06 09:00:00.000000

`livcr_handover_key` keeps every key the LIVC-R had: the current one (neither column set), the
ones a rotation superseded (kept read-only so that hand-overs sealed to them still open) and the
retired ones (compromised: a hand-over sealed to them is refused).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0029"
down_revision: str | None = "0028"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("livcr_handover_key") as batch_op:
        batch_op.add_column(sa.Column("superseded_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("retired_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("livcr_handover_key") as batch_op:
        batch_op.drop_column("retired_at")
        batch_op.drop_column("superseded_at")
