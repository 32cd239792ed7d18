"""A case item's frozen minutes beside the item, in the case's scope

Revision ID: 0026
Revises: 0025
Create Date: 2026-12-06 09:10:00.000000

Minutes approved from this version on (frozen format 3) keep in the meeting's snapshot, which
every laptop of the LIVC-R holds, only the digest of each case item; the item's frozen text is
written on the agenda item (`frozen_minutes`) by an operation in the case's scope, so a laptop
holds it only with the case and an erasure (which destroys the case's keys) takes it along.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0026"
down_revision: str | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch:
        batch.add_column(sa.Column("frozen_minutes", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("agenda_item") as batch:
        batch.drop_column("frozen_minutes")
