"""The seal set of draft minutes, for a chair who approves on their own laptop

Revision ID: 0032
Revises: 0030
Create Date: 2026-12-06 12:00:00.000000

In a joint LIVC-R the chair's own laptop does not hold the case items of another municipality,
so the minutes it composes are not whole. The coordinator's laptop (which holds every case)
seals the held meeting's draft: `meeting.minutes_seal_set` is the draft in frozen format 3, each
case item only its seal (no text; LIVC-R-wide), and each case item's text is written on its
agenda item in the case's scope. The chair's approval signs that set
(domain/minutes_seal_set.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0032"
down_revision: str | None = "0030"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.add_column(sa.Column("minutes_seal_set", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting") as batch:
        batch.drop_column("minutes_seal_set")
