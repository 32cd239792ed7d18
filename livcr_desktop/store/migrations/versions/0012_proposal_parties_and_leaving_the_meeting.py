"""The people a proposal is put to, fixed when it is put, and participants who left the meeting

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 23:41:58.406587

Consensus was computed over the item's effective participants as ticked at the moment of reading,
so un-ticking an objector turned a blocked proposal into consensus. From now on a proposal stores
whom it was put to. Proposals put before keep NULL: they are read as put to the item's current
effective participants and everyone who took a position on them, so no recorded objection can be
dropped by a tick. A participant who left the room gets the moment in left_at.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.add_column(sa.Column("put_to", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("left_before", sa.Text(), nullable=True))

    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.add_column(sa.Column("left_at", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("meeting_participant", schema=None) as batch_op:
        batch_op.drop_column("left_at")

    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_column("left_before")
        batch_op.drop_column("put_to")
